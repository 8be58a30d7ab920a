/// The Chinese lunisolar calendar, computed from new moons and solar terms (China time).
///
/// Rules (the 1645 reform as used today): a month begins on the day of a new moon; the
/// month holding the winter solstice is the 11th; when eleven solstice-to-solstice
/// months number thirteen, the first one without a principal term (中气) is the leap month.
enum LunarCalendar {
    /// Start days (days since 1970-01-01) of the months from the 11th month before
    /// `year`'s new year to the 11th month of `year`, with their numbers and leap flags.
    static func months(ofYearEnding year: Int) -> [(start: Int, number: Int, leap: Bool)] {
        let solsticeBefore = solsticeDay(year: year - 1)
        let solsticeAfter = solsticeDay(year: year)
        let startA = monthStart(onOrBefore: solsticeBefore)
        let startB = monthStart(onOrBefore: solsticeAfter)
        // All new moons from startA up to and including startB, then one more for month ends.
        var starts: [Int] = []
        var k = approximateK(day: startA) - 1
        while starts.count < 16 {
            let d = Astronomy.chinaDay(ofJDE: Astronomy.newMoon(Double(k)))
            if d >= startA { starts.append(d) }
            if d > startB { break }
            k += 1
        }
        guard let lastIndex = starts.firstIndex(of: startB) else { return [] }
        let isLeapYear = lastIndex == 13
        var result: [(Int, Int, Bool)] = []
        var number = 11
        var leapUsed = false
        for i in 0..<lastIndex {
            let leap = isLeapYear && !leapUsed && i > 0 && !hasPrincipalTerm(from: starts[i], to: starts[i + 1])
            if leap { leapUsed = true } else if i > 0 { number = number % 12 + 1 }
            result.append((starts[i], number, leap))
        }
        return result
    }

    /// The Gregorian day of lunar `month`/`day` in the lunar year that begins in `year`.
    static func date(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard (1...12).contains(month), (1...30).contains(day) else { return nil }
        let ms = months(ofYearEnding: year)
        // Months 11 and 12 at the head belong to the previous lunar year; this year's
        // 11th and 12th months head the next list.
        guard let firstOfYear = ms.firstIndex(where: { $0.number == 1 && !$0.leap }) else { return nil }
        var start = ms[firstOfYear...].first(where: { $0.number == month && !$0.leap })?.start
        var next = ms.first(where: { $0.start > (start ?? Int.max) })?.start
        if start == nil {
            let following = months(ofYearEnding: year + 1)
            guard let i = following.firstIndex(where: { $0.number == month && !$0.leap }),
                  i + 1 < following.count else { return nil }
            start = following[i].start
            next = following[i + 1].start
        }
        guard let s = start, next.map({ s + day - 1 < $0 }) ?? true else { return nil }   // 三十 of a short month
        return CalendarDate(dayNumber: s + day - 1)
    }

    /// The first day of the lunar year that begins in Gregorian `year` (春节).
    static func newYear(_ year: Int) -> CalendarDate? { date(year: year, month: 1, day: 1) }

    private static func solsticeDay(year: Int) -> Int {
        let jd = Astronomy.solarTerm(longitude: 270, after: julianDay(year: year, month: 12, day: 1))
        return Astronomy.chinaDay(ofJDE: jd)
    }

    private static func julianDay(year: Int, month: Int, day: Int) -> Double {
        Double(CalendarDate(year: year, month: month, day: day)?.dayNumber ?? 0) + Astronomy.unixEpochJD
    }

    private static func approximateK(day: Int) -> Int {
        Int(((Double(day) + Astronomy.unixEpochJD - 2451550.09766) / 29.530588861).rounded(.down))
    }

    /// The start of the month holding `day`: the last new moon on or before it.
    private static func monthStart(onOrBefore day: Int) -> Int {
        var k = approximateK(day: day) + 1
        while true {
            let d = Astronomy.chinaDay(ofJDE: Astronomy.newMoon(Double(k)))
            if d <= day { return d }
            k -= 1
        }
    }

    /// Whether a principal term (a multiple of 30° of solar longitude) falls in `[from, to)`.
    private static func hasPrincipalTerm(from: Int, to: Int) -> Bool {
        let jd = Double(from) + Astronomy.unixEpochJD - 8.0 / 24
        let lon = Astronomy.sunLongitude(jd)
        let next = (lon / 30).rounded(.down) * 30 + 30
        let termJD = Astronomy.solarTerm(longitude: next.truncatingRemainder(dividingBy: 360), after: jd)
        return Astronomy.chinaDay(ofJDE: termJD) < to
    }
}
