/// Durations: any numeral, simple and compound units.
enum DurationRows {
    static let rows: [TimeRow] = [
        TimeRow("days written with 日 where no date can be", "2021-04-14", "三日内完成整改", ["三日 = P3D"]),
        TimeRow("an Arabic number before 日 is never days", "2021-04-14", "第317日", []),
        TimeRow("weeks written 礼拜", "2021-04-14", "培训两个礼拜", ["两个礼拜 = P2W"]),
        TimeRow("compound days hours minutes", "2021-04-14", "历时5天3小时20分", ["5天3小时20分 = P5DT3H20M"]),
        TimeRow("compound hours minutes", "2021-04-14", "用时2小时15分", ["2小时15分 = PT2H15M"]),
        TimeRow("literary years", "2021-04-14", "十载耕耘", ["十载 = P10Y"]),
        TimeRow("years and months", "2021-04-14", "坚守三年零两个月", ["三年零两个月 = P3Y2M"]),
        TimeRow("half a day", "2021-04-14", "只用了半天", ["半天 = PT12H"]),
        TimeRow("an anniversary is a name (news policy)", "2021-04-14", "庆祝建厂二十周年", []),
        TimeRow("age is no duration", "2021-04-14", "年满18周岁", []),
        TimeRow("one a year is a frequency", "2021-04-14", "一年一度的盛会", []),
        TimeRow("days within, written with an Arabic count and 日", "2021-04-14", "30日内办结", ["30日 = P30D"]),
        TimeRow("days within 以内", "2021-04-14", "15日以内答复", ["15日 = P15D"]),
        TimeRow("a day of the month before a verb stays a date", "2021-04-14", "30日召开", ["30日 = 2021-03-30"]),
        TimeRow("a year that could be a short year is a duration after 历时", "2021-04-14", "历时15年", ["15年 = P15Y"]),
        TimeRow("whole units", "2021-06-14", "忙了一整天", ["一整天 = P1D"]),
        TimeRow("a half month or week as a decimal", "2021-06-14", "一个半月，一周半", ["一个半月 = P1.5M", "一周半 = P1.5W"]),
    ]
}
