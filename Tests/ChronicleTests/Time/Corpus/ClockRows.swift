/// Clock times: approximations kept in the span, neighbouring days named together.
enum ClockRows {
    static let rows: [TimeRow] = [
        TimeRow("about a clock with 许", "2021-04-14", "4月12日18时许", ["4月12日18时许 = 2021-04-12T18:00"]),
        TimeRow("about a clock with 左右", "2021-04-14", "当天下午3点左右", ["当天下午3点左右 = 2021-04-14T15:00"]),
        TimeRow("past a clock with 多", "2021-04-14", "4月12日早上7点多", ["4月12日早上7点多 = 2021-04-12T07:00"]),
        TimeRow("counted points are no clock", "2021-04-14", "提出三点多项要求", []),
        TimeRow("counted points before a colon are no clock", "2021-04-14", "他强调四点：一是", []),
        TimeRow("a bare hour at the end of a clause is a clock", "2021-04-14", "会议定在三点。", ["三点 = 2021-04-14T03:00"]),
        TimeRow("today and tomorrow as one span", "2021-04-14", "今明两天有雨", ["今明两天 = (2021-04-14,2021-04-15,P1D)"]),
        TimeRow("the two days after today", "2021-04-14", "明后天", ["明后天 = (2021-04-15,2021-04-16,P1D)"]),
        TimeRow("this year and next as one span", "2021-04-14", "今明两年", ["今明两年 = (2021,2022,P1Y)"]),
        TimeRow("from a clock time on", "2021-04-14", "上午十点半以后", ["上午十点半以后 = 2021-04-14T10:30 ON_OR_AFTER"]),
        // Minutes past or to the hour (过, 差), written after or before it.
        TimeRow("minutes to the hour after it", "2021-06-14", "联欢会八点差五分开场", ["八点差五分 = 2021-06-14T07:55"]),
        TimeRow("minutes to the hour before it", "2021-06-14", "差一刻九点出发", ["差一刻九点 = 2021-06-14T08:45"]),
        TimeRow("minutes past the hour in the evening", "2021-06-14", "晚上十点过五分熄灯", ["晚上十点过五分 = 2021-06-14T22:05"]),
        TimeRow("a quarter past", "2021-06-14", "明天十二点过一刻集合", ["明天十二点过一刻 = 2021-06-15T12:15"]),
        TimeRow("past a bare hour", "2021-06-14", "老李五点多就到了", ["五点多 = 2021-06-14T05:00"]),
        TimeRow("差 before minutes and no hour is a shortfall", "2021-06-14", "差五分钟满分", ["五分钟 = PT5M"]),
        TimeRow("差一点 says almost", "2021-06-14", "他差一点迟到", []),
        TimeRow("a clock after a date and one space", "2021-06-14", "2021年06月14日 10:30签到", ["2021年06月14日 10:30 = 2021-06-14T10:30"]),
        TimeRow("a zero before Arabic minutes", "2021-06-14", "12点零5分发车", ["12点零5分 = 2021-06-14T12:05"]),
        TimeRow("a space between a part of day and a clock", "2016-11-07", "上午 10:30 开会", ["上午 10:30 = 2016-11-07T10:30"]),
        TimeRow("spaces around the hour mark", "2016-11-07", "早上 8 点出发", ["早上 8 点 = 2016-11-07T08:00"]),
        TimeRow("spaces around hour and minute marks", "2021-06-14", "下午 3 点 20 分集合", ["下午 3 点 20 分 = 2021-06-14T15:20"]),
        TimeRow("a one-character part of day, a space, a clock", "2016-11-07", "晚 8 点半见", ["晚 8 点半 = 2016-11-07T20:30"]),
        TimeRow("a part of day after a date and a space", "2018-03-21", "时间：2018年3月24日 上午9:30", ["2018年3月24日 上午9:30 = 2018-03-24T09:30"]),
        TimeRow("neighbouring hours are a span", "2021-06-14", "下午两三点到", ["下午两三点 = (2021-06-14T14:00,2021-06-14T15:00,PT1H)"]),
        TimeRow("neighbouring hours with 钟", "2021-06-14", "晚上六七点钟", ["晚上六七点钟 = (2021-06-14T18:00,2021-06-14T19:00,PT1H)"]),
        TimeRow("counted points after a space are no clock", "2021-06-14", "提出 3 点建议", []),
        TimeRow("neighbouring counted points are no clock", "2021-06-14", "提出三四点建议", []),
    ]
}
