/// Numerals in every script a page uses, crossed with the units they count.
enum NumeralRows {
    static let rows: [TimeRow] = [
        TimeRow("year read as a number", "2021-04-14", "两千零八年五月六日开幕", ["两千零八年五月六日 = 2008-05-06"]),
        TimeRow("year read as a number with 二千", "2021-04-14", "二千零二十一年", ["二千零二十一年 = 2021"]),
        TimeRow("round thousand before a month is a year", "2021-04-14", "两千年5月", ["两千年5月 = 2000-05"]),
        TimeRow("round thousand alone is a span", "2021-04-14", "两千年的历史", ["两千年 = P2000Y"]),
        TimeRow("digits with 〇", "2021-04-14", "二〇一九年十月", ["二〇一九年十月 = 2019-10"]),
        TimeRow("digits with 零", "2021-04-14", "二零一九年十月", ["二零一九年十月 = 2019-10"]),
        TimeRow("short year in Chinese", "2021-04-14", "九八年抗洪", ["九八年 = 1998"]),
        TimeRow("short year with a leading zero", "2021-04-14", "08年奥运会", ["08年 = 2008"]),
        TimeRow("full-width digits", "2021-04-14", "２０２０年３月", ["２０２０年３月 = 2020-03"]),
        TimeRow("a year spaced from its mark", "2021-04-14", "按照2023 年的安排", ["2023 年 = 2023"]),
        TimeRow("a year and its month written apart", "2021-04-14", "2019年 7月，工程开工", ["2019年 7月 = 2019-07"]),
        TimeRow("a year and its month and day written apart", "2021-04-14", "2018年 3月5日", ["2018年 3月5日 = 2018-03-05"]),
        TimeRow("俩 and 仨", "2021-04-14", "干了仨礼拜，歇了俩小时", ["仨礼拜 = P3W", "俩小时 = PT2H"]),
        TimeRow("decimal hours", "2021-04-14", "会议持续0.5小时", ["0.5小时 = PT30M"]),
        TimeRow("decimal days and hours", "2021-04-14", "停电1.5天，抢修2.5个小时", ["1.5天 = P1DT12H", "2.5个小时 = PT2H30M"]),
        TimeRow("decimal years", "2021-04-14", "工期1.5年", ["1.5年 = P1Y6M"]),
        TimeRow("decimal that no unit counts exactly", "2021-04-14", "增长0.3天", []),
        TimeRow("one or two years is no year 12", "2021-04-14", "一两年内", ["一两年 = P1Y APPROX"]),
        TimeRow("两 after a multiplier counts", "2021-04-14", "一千两百年前", ["一千两百年前 = 0821"]),
        TimeRow("counting digits before 月 count months", "2021-04-14", "干了仨月，两月有余", ["仨月 = P3M", "两月 = P2M"]),
        TimeRow("二 before 月 names February", "2021-04-14", "二月", ["二月 = 2021-02"]),
        TimeRow("俩 before a noun is no time", "2021-04-14", "他们俩人一起", []),
        TimeRow("a score is no time", "2021-04-14", "比赛得了3分", []),
    ]
}
