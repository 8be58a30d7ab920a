/// Parts of a year, a quarter or a month; the n-th weekday of a month.
enum PartRows {
    static let rows: [TimeRow] = [
        TimeRow("first quarter as 首", "2021-04-14", "首季度经济运行", ["首季度 = 2021-Q1"]),
        TimeRow("end of a quarter", "2021-04-14", "二季度末", ["二季度末 = 2021-Q2 END"]),
        TimeRow("start of a quarter with a year", "2021-04-14", "2020年三季度初", ["2020年三季度初 = 2020-Q3 START"]),
        TimeRow("end of a quarter as a deadline", "2021-04-14", "三季度末前完成", ["三季度末前 = 2021-09-30 ON_OR_BEFORE"]),
        TimeRow("start of a year written", "2021-04-14", "2020年伊始", ["2020年伊始 = 2020 START"]),
        TimeRow("伊始 without a year is no time", "2021-04-14", "活动伊始，大家", []),
        TimeRow("first month of a year", "2021-04-14", "2017年首月", ["2017年首月 = 2017-01"]),
        TimeRow("first months of a year", "2021-04-14", "2016年前三个月", ["2016年前三个月 = (2016-01,2016-03,P2M)"]),
        TimeRow("last months of a year", "2021-04-14", "2018年后两个月", ["2018年后两个月 = (2018-11,2018-12,P1M)"]),
        TimeRow("first half of last year", "2021-04-14", "去年前半年", ["去年前半年 = 2020-H1"]),
        TimeRow("second half of this year", "2021-04-14", "今年后半年", ["今年后半年 = 2021-H2"]),
        TimeRow("last days of a month", "2021-04-14", "5月后10天", ["5月后10天 = (2021-05-22,2021-05-31,P9D)"]),
        TimeRow("first days of a month", "2021-04-14", "4月前4天", ["4月前4天 = (2021-04-01,2021-04-04,P3D)"]),
        TimeRow("end of a month is its last day", "2021-04-14", "6月底，9月末", ["6月底 = 2021-06-30", "9月末 = 2021-09-30"]),
        TimeRow("a year after is no part", "2021-04-14", "2019年后，他", ["2019年 = 2019"]),
        TimeRow("n-th weekday of a month", "2021-04-14", "五月第二个星期日", ["五月第二个星期日 = 2021-05-09"]),
        TimeRow("last weekday of a month", "2021-04-14", "十月最后一个周五", ["十月最后一个周五 = 2021-10-29"]),
        TimeRow("n-th weekday of a month with 的", "2021-04-14", "2020年6月的第三个星期天", ["2020年6月的第三个星期天 = 2020-06-21"]),
        TimeRow("a quarter in Latin letters", "2021-04-14", "Q3营收，2022年Q1", ["Q3 = 2021-Q3", "2022年Q1 = 2022-Q1"]),
        TimeRow("a code is no quarter", "2021-04-14", "型号QQ3", []),
        TimeRow("years in Chinese digits borrowing 年", "2021-04-14", "二〇一八至二〇二〇年", ["二〇一八至二〇二〇年 = (2018,2020,P2Y)"]),
        TimeRow("a frequency is no quarter", "2021-04-14", "一季度一观摩", []),
    ]
}
