/// A named day of the year, computed for any year.
enum Festival: Hashable, Sendable {
    /// A fixed Gregorian day (元旦, 国庆).
    case solar(Int, Int)
    /// A day of the lunar calendar (春节 1/1, 端午 5/5, 中秋 8/15).
    case lunar(Int, Int)
    /// 除夕: the last day of the lunar year that ends in the given year.
    case lunarNewYearEve
    /// The day the sun reaches this longitude (清明 15°).
    case solarTerm(Int)
    /// Some days from a solar term (寒食: the day before 清明).
    case solarTermShifted(Int, Int)
    /// Some days from the nth weekday of a month (感恩节: the 4th Thursday of November;
    /// 黑色星期五: the day after it).
    case nthWeekday(month: Int, n: Int, weekday: Int, days: Int = 0)
    /// Some days from Western Easter Sunday (复活节 0, 耶稣受难日 -2).
    case easter(Int)

    /// The festival's day in the year a text names with it (`2021年大寒`): as `date(in:)`,
    /// except that 小寒 and 大寒, which close the solar year begun at 立春, fall in the next January.
    func date(inNamedYear year: Int) -> CalendarDate? {
        if case .solarTerm(let longitude) = self, (271..<315).contains(longitude) { return date(in: year + 1) }
        return date(in: year)
    }

    /// True when the festival is on this fixed day in the calendar the date is written in
    /// (`八月十五中秋节` lunar, `10月1日国庆节` Gregorian: the date written before it restates it;
    /// a Gregorian `8月15日` is no 中秋). A date may read in both (`十月一日` names no calendar).
    func falls(onMonth month: Int, day: Int, lunar: Bool, gregorian: Bool) -> Bool {
        switch self {
        case .lunar(let m, let d): return lunar && m == month && d == day
        case .solar(let m, let d): return gregorian && m == month && d == day
        default: return false
        }
    }

    /// The festival's day in Gregorian `year`.
    func date(in year: Int) -> CalendarDate? {
        switch self {
        case .solar(let m, let d):
            return CalendarDate(year: year, month: m, day: d)
        case .lunar(let m, let d):
            return LunarCalendar.date(year: year, month: m, day: d)
        case .lunarNewYearEve:
            return LunarCalendar.newYear(year)?.adding(days: -1)
        case .solarTerm(let longitude):
            guard let jan1 = CalendarDate(year: year, month: 1, day: 1) else { return nil }
            let jd = Double(jan1.dayNumber) + Astronomy.unixEpochJD - 8.0 / 24
            return CalendarDate(dayNumber: Astronomy.chinaDay(ofJDE: Astronomy.solarTerm(longitude: Double(longitude), after: jd)))
        case .solarTermShifted(let longitude, let days):
            return Festival.solarTerm(longitude).date(in: year)?.adding(days: days)
        case .nthWeekday(let m, let n, let wd, let days):
            guard let first = CalendarDate(year: year, month: m, day: 1) else { return nil }
            return first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1) + days)
        case .easter(let days):
            return Festival.easterSunday(year)?.adding(days: days)
        }
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let n = h + l - 7 * m + 114
        return CalendarDate(year: year, month: n / 31, day: n % 31 + 1)
    }
}
