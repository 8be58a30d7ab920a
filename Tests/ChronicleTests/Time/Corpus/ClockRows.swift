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
    ]
}
