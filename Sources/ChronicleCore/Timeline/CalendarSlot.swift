/// Where an event sits on a calendar.
public enum CalendarSlot: Hashable, Sendable {
    /// All-day over `first` through `last`, both inclusive (iCalendar's DTEND is `last` + 1).
    case allDay(first: CalendarDate, last: CalendarDate)
    /// Wall-clock times in the timeline's zone, end exclusive.
    case timed(start: LocalDateTime, end: LocalDateTime)
    /// Has no place on a calendar (a duration, a set, a decade, `FUTURE_REF`).
    case unplaced

    /// The first day the slot touches.
    public var firstDay: CalendarDate? {
        switch self {
        case .allDay(let first, _): return first
        case .timed(let start, _): return start.date
        case .unplaced: return nil
        }
    }

    /// Minutes after midnight of the start; all-day slots sort before timed ones of the same day.
    var startMinute: Int {
        if case .timed(let start, _) = self { return start.time.minutesSinceMidnight }
        return -1
    }
}

/// How precisely an event's date is known (the `precision` field of CSV and JSON lines).
public enum Precision: String, Hashable, Sendable, CaseIterable {
    /// A clock time: `4月12日下午3时`.
    case exact
    /// A part of day: `4月12日上午`.
    case partOfDay = "part_of_day"
    /// One day or a range of days.
    case day
    /// A week or a weekend.
    case week
    /// A month, quarter, half year or season.
    case month
    /// A year, decade or century.
    case year
    /// No date: 近日, 日前, a duration or a recurrence.
    case vague
}

extension LocalDateTime {
    /// `date` at `minutes` after its midnight; minutes past 24:00 roll into the next days.
    init(date: CalendarDate, minutes: Int) {
        let days = minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440)
        let rest = minutes - days * 1440
        self.init(date: date.adding(days: days),
                  time: ClockTime(hour: rest / 60, minute: rest % 60) ?? ClockTime(hour: 0)!)
    }
}
