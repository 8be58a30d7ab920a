/// A resolved TIMEX3 value, as DESIGN.md lists them.
///
/// The time engine produces these; the timeline gives each its calendar
/// meaning; `value` is the string written to every output.
public indirect enum Timex: Hashable, Sendable {
    case date(CalendarDate)                                   // 2016-04-12
    case partOfDay(CalendarDate, PartOfDay)                   // 2016-04-12TMO
    case dateTime(CalendarDate, ClockTime)                    // 2016-04-12T09:30
    case month(year: Int, month: Int)                         // 2016-04
    case year(Int)                                            // 2016
    case decade(Int)                                          // 198 (the 1980s)
    case century(Int)                                         // 19 (the 1900s)
    case week(year: Int, week: Int)                           // 2016-W15
    case weekend(year: Int, week: Int)                        // 2016-W15-WE
    case quarter(year: Int, quarter: Int)                     // 2016-Q2
    case half(year: Int, half: Int)                           // 2016-H1
    case season(year: Int, season: Season)                    // 2016-SP
    case range(Timex, Timex)                                  // (2016-04-07,2016-04-09,P2D)
    case duration(String)                                     // P3D, PT2H
    case set(String)                                          // P1W, XXXX-WXX-1
    case vague(VagueReference)                                // PAST_REF

    /// The TIMEX3 value string.
    public var value: String {
        switch self {
        case .date(let d): return d.description
        case .partOfDay(let d, let p): return d.description + "T" + p.rawValue
        case .dateTime(let d, let t): return d.description + "T" + t.description
        case .month(let y, let m): return pad(y, 4) + "-" + pad(m, 2)
        case .year(let y): return pad(y, 4)
        case .decade(let d): return pad(d, 3)
        case .century(let c): return pad(c, 2)
        case .week(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))"
        case .weekend(let y, let w): return "\(pad(y, 4))-W\(pad(w, 2))-WE"
        case .quarter(let y, let q): return "\(pad(y, 4))-Q\(q)"
        case .half(let y, let h): return "\(pad(y, 4))-H\(h)"
        case .season(let y, let s): return "\(pad(y, 4))-\(s.rawValue)"
        case .range(let a, let b): return "(\(a.value),\(b.value),\(Timex.span(a, b)))"
        case .duration(let p), .set(let p): return p
        case .vague(let v): return v.rawValue
        }
    }

    /// The first day this value covers, when it names days at all.
    public var firstDay: CalendarDate? {
        switch self {
        case .date(let d), .partOfDay(let d, _), .dateTime(let d, _): return d
        case .month(let y, let m): return CalendarDate(year: y, month: m, day: 1)
        case .year(let y): return CalendarDate(year: y, month: 1, day: 1)
        case .range(let a, _): return a.firstDay
        default: return nil
        }
    }

    /// The same day a year later, its part of day or clock kept (a range end that would fall
    /// before its start: `12月31日晚上10点到1月1日凌晨2点`); nil for values that name no one day.
    var nextYearsDay: Timex? { movingDay { CalendarDate(year: $0.year + 1, month: $0.month, day: $0.day) } }

    /// The value `days` later, its part of day or clock kept (`周五18:00至周一8:00`: the
    /// Monday after); nil for values that name no one day.
    func adding(days: Int) -> Timex? { movingDay { $0.adding(days: days) } }

    private func movingDay(_ moved: (CalendarDate) -> CalendarDate?) -> Timex? {
        switch self {
        case .date(let d): return moved(d).map { .date($0) }
        case .partOfDay(let d, let p): return moved(d).map { .partOfDay($0, p) }
        case .dateTime(let d, let t): return moved(d).map { .dateTime($0, t) }
        default: return nil
        }
    }

    /// First and last day (inclusive) a value covers, for values that name days: the one
    /// place calendars, range ends and `isFuture` read a value's days from.
    public var coveredDays: (first: CalendarDate, last: CalendarDate)? {
        switch self {
        case .date(let d), .partOfDay(let d, _), .dateTime(let d, _):
            return (d, d)
        case .week(let y, let w):
            guard let monday = CalendarDate.isoWeekMonday(year: y, week: w) else { return nil }
            return (monday, monday.adding(days: 6))
        case .weekend(let y, let w):
            guard let monday = CalendarDate.isoWeekMonday(year: y, week: w) else { return nil }
            return (monday.adding(days: 5), monday.adding(days: 6))
        case .month(let y, let m):
            guard let first = CalendarDate(year: y, month: m, day: 1) else { return nil }
            return (first, first.lastDayOfMonth)
        case .quarter(let y, let q): return Timex.months(year: y, from: 3 * q - 2, count: 3)
        case .half(let y, let h): return Timex.months(year: y, from: 6 * h - 5, count: 6)
        case .season(let y, let season): return Timex.months(year: y, from: season.firstMonth, count: 3)
        case .year(let y): return Timex.months(year: y, from: 1, count: 12)
        case .decade(let d): return Timex.months(year: d * 10, from: 1, count: 120)
        case .century(let c): return Timex.months(year: c * 100, from: 1, count: 1200)
        case .range(let a, let b):
            guard let start = a.coveredDays?.first, let end = b.coveredDays?.last else { return nil }
            return (start, max(start, end))
        case .duration, .set, .vague:
            return nil
        }
    }

    /// `count` months from `year`-`month`, as first and last day.
    private static func months(year: Int, from month: Int, count: Int) -> (first: CalendarDate, last: CalendarDate)? {
        guard (1...12).contains(month), count > 0,
              let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        let lastIndex = year * 12 + month - 1 + count - 1
        guard let lastMonth = CalendarDate(year: lastIndex / 12, month: lastIndex % 12 + 1, day: 1) else { return nil }
        return (first, lastMonth.lastDayOfMonth)
    }

    /// The year and first month of a value made of whole months (`2019-FA` → 2019, 9).
    var firstMonth: (Int, Int)? {
        switch self {
        case .month(let y, let m): return (y, m)
        case .quarter(let y, let q): return (y, 3 * q - 2)
        case .half(let y, let h): return (y, 6 * h - 5)
        case .season(let y, let s): return (y, s.firstMonth)
        default: return nil
        }
    }

    /// ISO duration between the starts of two values: `P2D` for days, `PT2H` / `PT90M` for clock times.
    static func span(_ a: Timex, _ b: Timex) -> String {
        if let (y1, m1) = a.firstMonth, let (y2, m2) = b.firstMonth { return "P\((y2 - y1) * 12 + m2 - m1)M" }
        switch (a, b) {
        case (.dateTime(let d1, let t1), .dateTime(let d2, let t2)):
            let minutes = (d2.dayNumber - d1.dayNumber) * 1440 + t2.minutesSinceMidnight - t1.minutesSinceMidnight
            return minutes % 60 == 0 ? "PT\(minutes / 60)H" : "PT\(minutes)M"
        case (.year(let y1), .year(let y2)):
            return "P\(y2 - y1)Y"
        case (.decade(let d1), .decade(let d2)):
            return "P\(10 * (d2 - d1))Y"
        default:
            if let d1 = a.firstDay, let d2 = b.firstDay { return "P\(d2.dayNumber - d1.dayNumber)D" }
            return "P"
        }
    }
}

/// TIMEX3 parts of day.
public enum PartOfDay: String, Hashable, Sendable, CaseIterable {
    case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI"
}

public enum Season: String, Hashable, Sendable, CaseIterable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// The month a season starts in (meteorological seasons: spring is March to May).
    var firstMonth: Int {
        switch self {
        case .spring: return 3
        case .summer: return 6
        case .fall: return 9
        case .winter: return 12
        }
    }
}

/// Vague references are values of their own: never forced into a made-up date.
public enum VagueReference: String, Hashable, Sendable {
    case past = "PAST_REF", present = "PRESENT_REF", future = "FUTURE_REF"
}

/// TIMEX3 modifiers; chronicle writes only deadlines today.
public enum TimexModifier: String, Hashable, Sendable {
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case approx = "APPROX"
    case start = "START"
    case mid = "MID"
    case end = "END"
}
