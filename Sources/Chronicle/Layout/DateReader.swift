/// A small reader of calendar dates in folded text, for issue dates and datelines.
///
/// It reads `2021-04-14`, `20210414`, `2021年4月14日`, `二〇二一年四月十四日`, `4月13日`
/// and `13日`. Relative and vague expressions are the time engine's business.
enum DateReader {
    /// A date as written: the year or the month may be missing (`4月13日`, `13日`).
    struct Written: Equatable, Sendable {
        var year: Int?
        var month: Int?
        var day: Int
    }

    /// Reads a number in Arabic digits (at most `maxDigits`) or Chinese numerals at `i`.
    /// Chinese numerals: digit strings (`二〇二一`) or tens forms (`十二`, `二十三`, `三十一`).
    static func number(in t: ArraySlice<Unicode.Scalar>, at i: Int, maxDigits: Int = 4) -> (value: Int, end: Int)? {
        guard i < t.endIndex else { return nil }
        if let d = asciiDigit(t[i]) {
            var value = d, j = i + 1
            while j < t.endIndex, j - i < maxDigits, let e = asciiDigit(t[j]) { value = value * 10 + e; j += 1 }
            if j < t.endIndex, asciiDigit(t[j]) != nil { return nil }   // longer digit run: not ours
            return (value, j)
        }
        // Chinese: tens form first (十, 十二, 二十, 二十三), then plain digit strings.
        var j = i
        var lead: Int?
        if let d = LayoutLexicon.chineseDigits[t[j]] { lead = d; j += 1 }
        if j < t.endIndex, t[j] == LayoutLexicon.chineseTen {
            let tens = lead ?? 1
            j += 1
            if j < t.endIndex, let u = LayoutLexicon.chineseDigits[t[j]], u > 0 { return (tens * 10 + u, j + 1) }
            return (tens * 10, j)
        }
        guard var value = lead else { return nil }
        while j < t.endIndex, j - i < maxDigits, let d = LayoutLexicon.chineseDigits[t[j]] { value = value * 10 + d; j += 1 }
        return (value, j)
    }

    /// Reads `[Y年]M月D日`, `D日`, or `YYYY-MM-DD` (`-` `.` `/` `_`) at `i`.
    static func date(in t: ArraySlice<Unicode.Scalar>, at i: Int) -> (date: Written, end: Int)? {
        guard let first = number(in: t, at: i) else { return nil }
        var j = first.end
        guard j < t.endIndex else { return nil }
        let mark = t[j]
        if LayoutLexicon.dateSeparators.contains(mark), first.end - i == 4 {
            guard let m = number(in: t, at: j + 1, maxDigits: 2), m.end < t.endIndex, t[m.end] == mark,
                  let d = number(in: t, at: m.end + 1, maxDigits: 2) else { return nil }
            return (Written(year: first.value, month: m.value, day: d.value), d.end)
        }
        var year: Int?
        if mark == LayoutLexicon.yearMark {
            year = first.value
            j += 1
            guard let m = number(in: t, at: j, maxDigits: 2), m.end < t.endIndex,
                  t[m.end] == LayoutLexicon.monthMark else { return nil }
            return monthDay(in: t, month: m.value, after: m.end + 1, year: year)
        }
        if mark == LayoutLexicon.monthMark { return monthDay(in: t, month: first.value, after: j + 1, year: nil) }
        if LayoutLexicon.dayMarks.contains(mark) { return (Written(year: nil, month: nil, day: first.value), j + 1) }
        return nil
    }

    private static func monthDay(in t: ArraySlice<Unicode.Scalar>, month: Int, after j: Int, year: Int?)
        -> (date: Written, end: Int)? {
        guard let d = number(in: t, at: j, maxDigits: 2), d.end < t.endIndex,
              LayoutLexicon.dayMarks.contains(t[d.end]) else { return nil }
        return (Written(year: year, month: month, day: d.value), d.end + 1)
    }

    /// The first full date (with year) in `t`: `2021年4月14日`, `2021-04-14`.
    static func firstFullDate(in t: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        var i = t.startIndex
        while i < t.endIndex {
            if startsNumber(t, i), let found = date(in: t, at: i), let y = found.date.year,
               LayoutLexicon.plausibleYears.contains(y), let m = found.date.month,
               let d = CalendarDate(year: y, month: m, day: found.date.day) {
                return d
            }
            i += 1
        }
        return nil
    }

    /// The first compact date `YYYYMMDD` standing alone as a run of eight digits, or
    /// opening a time stamp (`202104141030`, `20210414103000`).
    static func firstCompactDate(in t: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        var i = t.startIndex
        while i < t.endIndex {
            guard asciiDigit(t[i]) != nil, i == t.startIndex || asciiDigit(t[i - 1]) == nil else { i += 1; continue }
            var j = i
            while j < t.endIndex, asciiDigit(t[j]) != nil { j += 1 }
            if LayoutLexicon.compactDateLengths.contains(j - i) {
                let v = t[i..<(i + 8)].reduce(0) { $0 * 10 + (asciiDigit($1) ?? 0) }
                if LayoutLexicon.plausibleYears.contains(v / 10000),
                   let d = CalendarDate(year: v / 10000, month: v / 100 % 100, day: v % 100) { return d }
            }
            i = j
        }
        return nil
    }

    /// Completes a date written without year or month against the issue date, by the
    /// corpus policy: `M月D日` takes the issue year unless that puts it more than about
    /// six months after the issue (then the year before); `D日` takes the issue month,
    /// or the month before when that would be after the issue.
    static func resolve(_ w: Written, against issue: CalendarDate) -> CalendarDate? {
        if let y = w.year, let m = w.month { return CalendarDate(year: y, month: m, day: w.day) }
        if let m = w.month {
            guard let same = CalendarDate(year: issue.year, month: m, day: w.day) else {
                return CalendarDate(year: issue.year - 1, month: m, day: w.day)   // 2月29日 of a past leap year
            }
            return same.dayNumber - issue.dayNumber > 183
                ? CalendarDate(year: issue.year - 1, month: m, day: w.day) : same
        }
        if let same = CalendarDate(year: issue.year, month: issue.month, day: w.day), same <= issue { return same }
        let previous = issue.month == 1 ? (issue.year - 1, 12) : (issue.year, issue.month - 1)
        return CalendarDate(year: previous.0, month: previous.1, day: w.day)
    }

    @inline(__always)
    static func asciiDigit(_ s: Unicode.Scalar) -> Int? {
        s.value >= 48 && s.value <= 57 ? Int(s.value - 48) : nil
    }

    /// A number starts here and not in the middle of another one.
    @inline(__always)
    static func startsNumber(_ t: ArraySlice<Unicode.Scalar>, _ i: Int) -> Bool {
        let isDigit: (Unicode.Scalar) -> Bool = {
            asciiDigit($0) != nil || LayoutLexicon.chineseDigits[$0] != nil || $0 == LayoutLexicon.chineseTen
        }
        return isDigit(t[i]) && (i == t.startIndex || !isDigit(t[i - 1]))
    }
}
