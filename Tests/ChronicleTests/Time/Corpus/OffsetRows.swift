/// Offsets: stacked 大, 第N天 counted from the anchor, tense cues for weekdays.
enum OffsetRows {
    static let rows: [TimeRow] = [
        TimeRow("one 大", "2021-04-14", "大前天", ["大前天 = 2021-04-11"]),
        TimeRow("two 大 back", "2021-04-14", "大大前天", ["大大前天 = 2021-04-10"]),
        TimeRow("two 大 ahead", "2021-04-14", "大大后天", ["大大后天 = 2021-04-18"]),
        TimeRow("three 大", "2021-04-14", "大大大前天", ["大大大前天 = 2021-04-09"]),
        TimeRow("stacked years", "2021-04-14", "大大前年", ["大大前年 = 2017"]),
        TimeRow("大 before other words is no offset", "2021-04-14", "大大提高", []),
        TimeRow("nth day from the date before", "2021-04-14", "4月12日开幕，第三天上午闭幕", ["4月12日 = 2021-04-12", "第三天上午 = 2021-04-14TMO"]),
        TimeRow("first day is the date before", "2021-04-14", "5月3日起，第一天", ["5月3日 = 2021-05-03", "第一天 = 2021-05-03"]),
        TimeRow("nth day of a year", "2021-04-14", "2021年第一天", ["2021年第一天 = 2021-01-01"]),
        TimeRow("an ordinal of something else", "2021-04-14", "第三届", []),
        TimeRow("the same day years ago", "2021-04-14", "两年前的今天", ["两年前的今天 = 2019-04-14"]),
        TimeRow("a part of the day days ago", "2021-04-14", "三天前的下午", ["三天前的下午 = 2021-04-11TAF"]),
        TimeRow("a clock a week ahead", "2021-04-14", "一周后的晚上8点", ["一周后的晚上8点 = 2021-04-21T20:00"]),
        TimeRow("the same day next month", "2021-04-14", "下个月的今天", ["下个月的今天 = 2021-05-14"]),
        TimeRow("the same day last year", "2021-04-14", "去年的今天", ["去年的今天 = 2020-04-14"]),
        TimeRow("a weekday of a relative week with 的", "2021-04-14", "上个星期的周一", ["上个星期的周一 = 2021-04-05"]),
        TimeRow("a month of a relative year with 的", "2021-04-14", "今年的3月", ["今年的3月 = 2021-03"]),
        TimeRow("a relative year before another noun", "2021-04-14", "今年的目标", ["今年 = 2021"]),
        TimeRow("weekday with 将 after it is ahead", "2021-04-16", "周一将召开大会", ["周一 = 2021-04-19"]),
        TimeRow("weekday with 拟 before it is ahead", "2021-04-16", "拟于星期二举行", ["星期二 = 2021-04-20"]),
        TimeRow("weekday with 定于 is ahead", "2021-04-16", "定于周三上午召开", ["周三上午 = 2021-04-21TMO"]),
        TimeRow("weekday already ahead stays", "2021-04-14", "将于周五召开", ["周五 = 2021-04-16"]),
        TimeRow("bare weekday without a cue is this week (news policy)", "2021-04-16", "周一召开了大会", ["周一 = 2021-04-12"]),
    ]
}
