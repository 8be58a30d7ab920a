/// Language data of the Timeline stage: what a part of day and a clock time mean on a
/// calendar. The engine (`CalendarOptions`, `CalendarMeaning`) reads only these tables.
public enum TimelineTables {
    /// Default part-of-day windows, start and end as minutes after midnight.
    /// Chosen for Chinese government work hours (上午 09:00–12:00, 下午 14:30–17:30).
    public static let defaultWindows: [PartOfDay: MinuteWindow] = [
        .morning: MinuteWindow(start: 9 * 60, end: 12 * 60),
        .midday: MinuteWindow(start: 12 * 60, end: 14 * 60),
        .afternoon: MinuteWindow(start: 14 * 60 + 30, end: 17 * 60 + 30),
        .evening: MinuteWindow(start: 19 * 60, end: 21 * 60),
        .night: MinuteWindow(start: 21 * 60, end: 23 * 60),
    ]

    /// Names a user may give a window by in `--window NAME=HH:MM-HH:MM`: the Chinese
    /// words the time engine maps to each part of day, and the TIMEX3 codes.
    public static let partOfDayNames: [(name: String, part: PartOfDay)] = [
        ("上午", .morning), ("早上", .morning), ("早晨", .morning), ("早", .morning), ("MO", .morning),
        ("中午", .midday), ("MI", .midday),
        ("下午", .afternoon), ("AF", .afternoon),
        ("晚上", .evening), ("傍晚", .evening), ("晚", .evening), ("EV", .evening),
        ("夜间", .night), ("深夜", .night), ("夜里", .night), ("NI", .night),
    ]

    /// The word a window is documented by (first Chinese name of each part).
    public static let partOfDayLabel: [PartOfDay: String] = [
        .morning: "上午", .midday: "中午", .afternoon: "下午", .evening: "晚上", .night: "夜间",
    ]

    /// Default length, in minutes, of an event dated by a clock time only, per kind.
    public static let defaultLengths: [String: Int] = [
        "meeting": 120, "inspection": 180, "study": 120, "symposium": 120,
        "ceremony": 60, "reception": 60, "training": 180, "other": 60,
    ]
    /// Length for kinds the table does not know (user lexicon kinds).
    public static let fallbackLength = 60

    /// The longest span drawn whole on a calendar, in days: a training course of two weeks
    /// is drawn, a month (3月份) or a plan (2021年至2025年) becomes one entry on its first
    /// day, so a calendar never fills with a bar of hundreds of days.
    public static let longestDrawnSpanDays = 15
    /// How far from the issue date, in days, an event is still put on calendars: history
    /// (1978年召开的…) and distant plans stay in CSV, JSON lines and HTML only.
    public static let calendarReachDays = 366
}

/// A window of a day, in minutes after midnight, end exclusive (24:00 allowed as end).
public struct MinuteWindow: Hashable, Sendable {
    public let start: Int
    public let end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
