/// Month-days a source damaged: 月 lost between the month's and the day's digits
/// (`317日` for 3月17日). Read only when one split fits the issue date, on it or in the
/// month before it; otherwise nothing (a wrong date is worse than none).
enum DamagedDateRows {
    static let rows: [TimeRow] = [
        TimeRow("three digits, one split a month-day", "2022-03-18", "317日，委员会召开学习会", ["317日 = 2022-03-17"]),
        TimeRow("three digits, the issue day itself", "2023-07-26", "726日上午，培训班开班", ["726日上午 = 2023-07-26TMO"]),
        TimeRow("four digits, a two-digit month", "2021-12-09", "1207日，调研组到青石镇", ["1207日 = 2021-12-07"]),
        TimeRow("across the new year", "2022-01-03", "1229日，全区召开推进会", ["1229日 = 2021-12-29"]),
        TimeRow("full-width digits", "2022-03-18", "３１７日，委员会召开学习会", ["３１７日 = 2022-03-17"]),
        // Negative: no split fits, or it is not a date.
        TimeRow("no split is a month-day", "2021-04-14", "365日不停歇", []),
        TimeRow("a split far from the issue date", "2021-09-14", "317日，委员会召开学习会", []),
        TimeRow("a split after the issue date", "2021-03-10", "317日，委员会召开学习会", []),
        TimeRow("the other split is months before", "2022-01-12", "111日，全区召开推进会", ["111日 = 2022-01-11"]),
        TimeRow("a room number with 号", "2021-04-14", "在412号会议室", []),
    ]
}
