/// Spans of years and year-months with any dash, 至/到 and spaces; lists of days under one
/// month; clock ranges across midnight.
enum SpanRows {
    static let rows: [TimeRow] = [
        TimeRow("years with a spaced em dash", "2021-04-14", "2003 — 2005年任教", ["2003 — 2005年 = (2003,2005,P2Y)"]),
        TimeRow("bare years with 到", "2021-04-14", "从2012到2015，他在基层", ["2012到2015 = (2012,2015,P3Y)"]),
        TimeRow("bare years with a hyphen", "2021-04-14", "1998-2000，参军入伍", ["1998-2000 = (1998,2000,P2Y)"]),
        TimeRow("years each with 年 and 至", "2021-04-14", "2016年至2018年", ["2016年至2018年 = (2016,2018,P2Y)"]),
        TimeRow("year-months with dots and a dash", "2021-04-14", "2004.07-2006.11 任镇长", ["2004.07-2006.11 = (2004-07,2006-11,P28M)"]),
        TimeRow("year-months with one-digit month", "2021-04-14", "2009.3—2011.12", ["2009.3—2011.12 = (2009-03,2011-12,P33M)"]),
        TimeRow("a year-month alone", "2021-04-14", "任职时间：2019.05", ["2019.05 = 2019-05"]),
        TimeRow("days with spaces around the dash", "2021-04-14", "4月12日 - 15日", ["4月12日 - 15日 = (2021-04-12,2021-04-15,P3D)"]),
        TimeRow("an amount with a decimal is no year-month", "2021-04-14", "营收2004.07万元", []),
        TimeRow("a descending pair of numbers is no span", "2021-04-14", "比分2015-2012落后", []),
        TimeRow("a phone number is no span", "2021-04-14", "电话0371-1234", []),
        TimeRow("days listed under one month", "2021-04-14", "3月5日、6日、8日分别召开", ["3月5日 = 2021-03-05", "6日 = 2021-03-06", "8日 = 2021-03-08"]),
        TimeRow("days listed under a month of last year", "2021-01-10", "12月28日、30日", ["12月28日 = 2020-12-28", "30日 = 2020-12-30"]),
        TimeRow("a range end of one Chinese digit and 日", "2021-04-14", "三月一日到五日", ["三月一日到五日 = (2021-03-01,2021-03-05,P4D)"]),
        TimeRow("a list item of one Chinese digit and 日", "2021-04-14", "三月一日、五日", ["三月一日 = 2021-03-01", "五日 = 2021-03-05"]),
        TimeRow("months listed before one 月", "2021-04-14", "5、6月份", ["5 = 2021-05", "6月份 = 2021-06"]),
        TimeRow("years listed before one 年", "2021-04-14", "2019、2020年", ["2019 = 2019", "2020年 = 2020"]),
        TimeRow("midnight written 半夜12点", "2021-04-14", "4月12日半夜12点", ["4月12日半夜12点 = 2021-04-13T00:00"]),
        TimeRow("clock range across midnight", "2021-04-14", "4月12日晚上10点到凌晨2点", ["4月12日晚上10点到凌晨2点 = (2021-04-12T22:00,2021-04-13T02:00,PT4H)"]),
        TimeRow("clock range across midnight, 24-hour", "2021-04-14", "4月12日22:30至次日1:30", ["4月12日22:30至次日1:30 = (2021-04-12T22:30,2021-04-13T01:30,PT3H)"]),
        TimeRow("clock range in the afternoon", "2021-04-14", "4月12日下午3点到5点", ["4月12日下午3点到5点 = (2021-04-12T15:00,2021-04-12T17:00,PT2H)"]),
        TimeRow("a range of days alone keeps the start's month", "2021-09-10", "10日至12日", ["10日至12日 = (2021-09-10,2021-09-12,P2D)"]),
        TimeRow("a range of days alone in the month before", "2021-09-10", "15日至18日", ["15日至18日 = (2021-08-15,2021-08-18,P3D)"]),
        TimeRow("a range of days alone across a month end", "2021-09-20", "28日至2日", ["28日至2日 = (2021-08-28,2021-09-02,P5D)"]),
    ]
}
