/// Recurring times (TIMEX3 SET, typed `set`): a unit with 每 and what recurs in it — a
/// weekday, a day of the month, a month (and day) of the year, a part of day, a clock — and
/// ranges inside the recurring unit, written like ranges of dates:
/// `(XXXX-WXX-1,XXXX-WXX-5,P4D)`.
enum RecurrenceRows {
    static let rows: [TimeRow] = [
        TimeRow("weekdays of each week", "2021-04-14", "服务大厅每周一至周五开放", ["每周一至周五 = (XXXX-WXX-1,XXXX-WXX-5,P4D)"]),
        TimeRow("weekdays with 到 and 星期", "2021-04-14", "每星期二到星期四值班", ["每星期二到星期四 = (XXXX-WXX-2,XXXX-WXX-4,P2D)"]),
        TimeRow("weekday mornings", "2021-04-14", "每周一至周五上午接访", ["每周一至周五上午 = (XXXX-WXX-1TMO,XXXX-WXX-5TMO,P4D)"]),
        TimeRow("opening hours each day", "2021-04-14", "每天上午9点至下午5点开馆", ["每天上午9点至下午5点 = (XXXX-XX-XXT09:00,XXXX-XX-XXT17:00,PT8H)"]),
        TimeRow("opening hours with a colon", "2021-04-14", "每日8:30-17:30办公", ["每日8:30-17:30 = (XXXX-XX-XXT08:30,XXXX-XX-XXT17:30,PT9H)"]),
        TimeRow("a day of each month", "2021-04-14", "每月15日为主题党日", ["每月15日 = XXXX-XX-15"]),
        TimeRow("a day of each month with 的 and 号", "2021-04-14", "每月的5号发放", ["每月的5号 = XXXX-XX-05"]),
        TimeRow("a month of each year", "2021-04-14", "每年3月开展", ["每年3月 = XXXX-03"]),
        TimeRow("a month of each year in Chinese", "2021-04-14", "每年十月举办", ["每年十月 = XXXX-10"]),
        TimeRow("a date of each year", "2021-04-14", "每年的5月1日", ["每年的5月1日 = XXXX-05-01"]),
        TimeRow("each day", "2021-04-14", "每天坚持", ["每天 = P1D"]),
        TimeRow("each weekday alone", "2021-04-14", "每周三例会", ["每周三 = XXXX-WXX-3"]),
        TimeRow("days of each month", "2021-04-14", "每月1日至5日申报", ["每月1日至5日 = (XXXX-XX-01,XXXX-XX-05,P4D)"]),
        TimeRow("months of each year", "2021-04-14", "每年3月至5月禁渔", ["每年3月至5月 = (XXXX-03,XXXX-05,P2M)"]),
        TimeRow("each weekend", "2021-04-14", "每周末开放", ["每周末 = XXXX-WXX-WE"]),
        // Negatives: 每 before what is no time.
        TimeRow("each person", "2021-04-14", "每人每次限领一份", []),
        TimeRow("a falling weekday range is no set", "2021-04-14", "每周五至周一", ["每周五 = XXXX-WXX-5", "周一 = 2021-04-12"]),
        TimeRow("times in each week are a frequency", "2021-06-14", "每周三次", ["每周 = P1W"]),
        TimeRow("times in each day", "2021-06-14", "每天两回", ["每天 = P1D"]),
        TimeRow("a clock each evening", "2021-06-14", "每晚8点", ["每晚8点 = XXXX-XX-XXT20:00"]),
        TimeRow("a season each year", "2021-06-14", "每年春天", ["每年春天 = XXXX-SP"]),
        TimeRow("a weekday of every other week", "2016-11-07", "每两周的周一开例会", ["每两周的周一 = XXXX-WXX-1"]),
        TimeRow("each working day", "2016-11-07", "每个工作日", ["每个工作日 = (XXXX-WXX-1,XXXX-WXX-5,P4D)"]),
        TimeRow("each working day's morning", "2016-11-07", "每个工作日上午", ["每个工作日上午 = (XXXX-WXX-1TMO,XXXX-WXX-5TMO,P4D)"]),
        TimeRow("a fixed festival each year", "2021-06-14", "每年国庆", ["每年国庆 = XXXX-10-01"]),
        TimeRow("a lunar festival each year is the year's recurrence, no date", "2021-06-14", "每年春节前，每年的中秋节",
                ["每年春节 = P1Y", "每年的中秋节 = P1Y"]),
        TimeRow("a festival on a weekday each year", "2021-06-14", "每年母亲节", ["每年母亲节 = P1Y"]),
        TimeRow("a fixed festival each year with 的", "2021-06-14", "每年的元旦", ["每年的元旦 = XXXX-01-01"]),
        TimeRow("the nth day of each month", "2016-11-07", "每月的第一天", ["每月的第一天 = XXXX-XX-01"]),
        TimeRow("a clock range right after a set of weekdays", "2021-06-14", "服务时间为每周一至周五8:30-17:30", ["每周一至周五 = (XXXX-WXX-1,XXXX-WXX-5,P4D)", "8:30-17:30 = (2021-06-14T08:30,2021-06-14T17:30,PT9H)"]),
        TimeRow("a weekday listed after a weekly set recurs", "2021-06-14", "每周一和周四开放", ["每周一 = XXXX-WXX-1", "周四 = XXXX-WXX-4"]),
        TimeRow("a weekday and its part of day listed after a set", "2021-06-14", "每周二、周四下午", ["每周二 = XXXX-WXX-2", "周四下午 = XXXX-WXX-4TAF"]),
        TimeRow("days listed after a monthly set", "2021-06-14", "每月5日、15日和25日", ["每月5日 = XXXX-XX-05", "15日 = XXXX-XX-15", "25日 = XXXX-XX-25"]),
        TimeRow("months listed after a yearly set", "2021-06-14", "每年3月、9月", ["每年3月 = XXXX-03", "9月 = XXXX-09"]),
        TimeRow("a part of day listed after a daily set", "2021-06-14", "每天上午和下午", ["每天上午 = XXXX-XX-XXTMO", "下午 = XXXX-XX-XXTAF"]),
        TimeRow("a week named after a set does not recur", "2021-06-14", "每周三和下周五", ["每周三 = XXXX-WXX-3", "下周五 = 2021-06-25"]),
        TimeRow("a comma ends the list", "2021-06-14", "每周一，周四见", ["每周一 = XXXX-WXX-1", "周四 = 2021-06-17"]),
        // A day of each month or year with its part of day or clock.
        TimeRow("a day of each month and its part of day", "2021-06-14", "每月15日上午", ["每月15日上午 = XXXX-XX-15TMO"]),
        TimeRow("a day of each month and its clock", "2021-06-14", "每月1日9点", ["每月1日9点 = XXXX-XX-01T09:00"]),
        TimeRow("a date of each year and its clock", "2021-06-14", "每年的5月1日上午10点", ["每年的5月1日上午10点 = XXXX-05-01T10:00"]),
        TimeRow("a month of each year takes no part of day", "2021-06-14", "每年3月上午", ["每年3月 = XXXX-03", "上午 = 2021-06-14TMO"]),
    ]
}
