/// A day of the proleptic Gregorian calendar, with no time zone.
///
/// All date arithmetic in chronicle goes through this type so that no stage
/// depends on `Foundation.Calendar`, the process time zone or the locale.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 8 bytes, not three `Int`s: every event, calendar slot and line kind holds
    // dates, and a large page holds hundreds of thousands of them.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Returns nil for impossible dates (2月30日, 13月5日).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Parses `YYYY-MM-DD` (also accepts a trailing `T…` time, which is ignored).
    public init?(iso text: some StringProtocol) {
        let head = text.prefix(10)
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        guard head.count == 10, parts.count == 3,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before it). Howard Hinnant's civil algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    /// The Monday of this date's week (weeks start on Monday).
    public var startOfWeek: CalendarDate { adding(days: 1 - weekday) }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDate(unchecked: thursday.year, 1, 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `year`; nil when the year has no such week.
    public static func isoWeekMonday(year: Int, week: Int) -> CalendarDate? {
        guard (1...53).contains(week), let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        let monday = jan4.startOfWeek.adding(days: (week - 1) * 7)
        return monday.isoWeek.week == week ? monday : nil
    }

    public var lastDayOfMonth: CalendarDate {
        CalendarDate(unchecked: year, month, CalendarDate.daysIn(month: month, year: year))
    }

    /// The same day `months` months away, held at that month's last day (`一个月后` on
    /// March 31 is April 30); nil outside years 1…9999.
    public func adding(months: Int) -> CalendarDate? {
        let (y, m) = CalendarDate.month(year, month, movedBy: months)
        guard y >= 1 else { return nil }
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The year and month `months` months away from `year`-`month` (floored below year 0).
    public static func month(_ year: Int, _ month: Int, movedBy months: Int) -> (year: Int, month: Int) {
        let total = year * 12 + (month - 1) + months
        return (total >= 0 ? total / 12 : (total - 11) / 12, ((total % 12) + 12) % 12 + 1)
    }

    /// Day arithmetic can step outside years 1…9999 (the failable init's range); the
    /// derived values above must still not trap there (a year past ±2 billion, from
    /// arithmetic on no real date, is held at the bound).
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        storedYear = Int32(clamping: year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = (year, month, day)
        // Years of four digits (all but the odd far date): ten bytes, written in place (a
        // small string, no heap), not three padded strings interpolated.
        guard (0...9999).contains(y) else { return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))" }
        return String(unsafeUninitializedCapacity: 10) { b in
            writeDigits(y, width: 4, into: b, at: 0)
            b[4] = UInt8(ascii: "-")
            writeDigits(m, width: 2, into: b, at: 5)
            b[7] = UInt8(ascii: "-")
            writeDigits(d, width: 2, into: b, at: 8)
            return 10
        }
    }
}

/// A wall-clock time of day.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Three bytes (as `CalendarDate`): the second is -1 when not stated.
    private let storedHour: Int8
    private let storedMinute: Int8
    private let storedSecond: Int8

    public var hour: Int { Int(storedHour) }
    public var minute: Int { Int(storedMinute) }
    /// Present only when the text states seconds.
    public var second: Int? { storedSecond < 0 ? nil : Int(storedSecond) }

    public init?(hour: Int, minute: Int = 0, second: Int? = nil) {
        guard (0...24).contains(hour), (0...59).contains(minute),
              second.map({ (0...59).contains($0) }) ?? true,
              hour < 24 || (minute == 0 && (second ?? 0) == 0) else { return nil }
        storedHour = Int8(hour)
        storedMinute = Int8(minute)
        storedSecond = Int8(second ?? -1)
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (a: ClockTime, b: ClockTime) -> Bool {
        (a.hour, a.minute, a.second ?? 0) < (b.hour, b.minute, b.second ?? 0)
    }

    /// `HH:MM` or `HH:MM:SS`.
    public var description: String {
        let second = second
        return String(unsafeUninitializedCapacity: second == nil ? 5 : 8) { b in
            writeDigits(hour, width: 2, into: b, at: 0)
            b[2] = UInt8(ascii: ":")
            writeDigits(minute, width: 2, into: b, at: 3)
            guard let second else { return 5 }
            b[5] = UInt8(ascii: ":")
            writeDigits(second, width: 2, into: b, at: 6)
            return 8
        }
    }
}

/// A local (Asia/Shanghai by default) date and time, as in the `ref` of `tag --jsonl`.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CalendarDate
    public let time: ClockTime

    public init(date: CalendarDate, time: ClockTime = ClockTime(hour: 0)!) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    public init?(iso text: String) {
        guard let date = CalendarDate(iso: text) else { return nil }
        let rest = text.dropFirst(10)
        if rest.isEmpty { self.init(date: date); return }
        guard rest.first == "T" || rest.first == " " else { return nil }
        let fields = rest.dropFirst().split(separator: ":").map { Int($0) }
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0 != nil }),
              let t = ClockTime(hour: fields[0]!, minute: fields[1]!,
                                second: fields.count == 3 ? fields[2]! : nil) else { return nil }
        self.init(date: date, time: t)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.time) < (b.date, b.time)
    }

    public var description: String { date.description + "T" + time.description }
}

/// `n` in decimal, zero-padded to `width` digits (a sign, when negative, counts as one).
package func pad(_ n: Int, _ width: Int) -> String {
    guard n >= 0 else {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
    var digits = 1, rest = n
    while rest >= 10 { rest /= 10; digits += 1 }
    let count = max(digits, width)
    return String(unsafeUninitializedCapacity: count) { b in
        writeDigits(n, width: count, into: b, at: 0)
        return count
    }
}

/// Writes the low `width` decimal digits of `n` (≥ 0), zero-padded, at `offset`.
@inline(__always)
package func writeDigits(_ n: Int, width: Int, into b: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
    var v = n
    var i = offset + width - 1
    while i >= offset {
        b[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
        v /= 10
        i -= 1
    }
}
