/// The dates on a page's furniture: issue dates in file names, headers and mastheads,
/// and the dates of datelines.
///
/// Read with the time engine's grammar (a `WrittenDateReader`) and completed by its
/// policy, so the layout keeps no numeral table or year rule of its own.
struct FurnitureDates: Sendable {
    private let tagger: any WrittenDateReader

    init(reader: any WrittenDateReader) {
        tagger = reader
    }

    /// The first full date (with year) in `key`: `2021年4月14日`, `2021-04-14`, `20210414`.
    func firstFullDate(in key: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        for found in tagger.writtenDates(in: key) {
            guard let y = found.date.year, LayoutLexicon.plausibleYears.contains(y), let m = found.date.month,
                  let d = CalendarDate(year: y, month: m, day: found.date.day) else { continue }
            return d
        }
        return nil
    }

    /// Where the first written date of `phrase` is, as offsets into it (what `LeadGrammar`
    /// needs to see a dateline).
    func firstDate(in phrase: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        tagger.writtenDates(in: phrase).first.map { $0.start..<$0.end }
    }

    /// The date that ends a lead's source phrase (`本报郑州4月13日` → 4月13日). It must be
    /// the first date of the phrase, end it, and follow a source or place:
    /// `4月12日电网公司…` opens an ordinary sentence.
    func dateline(endingPhrase prefix: ArraySlice<Unicode.Scalar>) -> WrittenDate? {
        guard let first = tagger.writtenDates(in: prefix).first else { return nil }
        return first.start > 0 && first.end == prefix.count ? first.date : nil
    }

    /// The paragraph opens with a time expression and a comma (`11月26日至27日，`, `近日，`).
    func opensWithTime(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        tagger.opensWithTime(key)
    }

    /// A digit of any script, or 十 (`一、`, `(十二)`).
    func isDigitOrTen(_ scalar: Unicode.Scalar) -> Bool {
        tagger.isDigitOrTen(scalar)
    }

    /// A dateline's date completed against the issue date.
    func complete(_ written: WrittenDate, against issue: CalendarDate) -> CalendarDate? {
        tagger.complete(written, against: issue)
    }

    /// The first year, month and day written as three numeric fields of a file name, one
    /// separator apart (`2020-08-21-02993-doc.txt`, `scan_2021_4_9.txt`): a file name is a
    /// format, not prose, so digits after the day (a page or serial number) do not matter.
    static func firstNumericFields(in t: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        let isDigit: (Unicode.Scalar) -> Bool = { $0.value >= 48 && $0.value <= 57 }
        var runs: [(start: Int, end: Int, value: Int)] = []
        var i = t.startIndex
        while i < t.endIndex {
            guard isDigit(t[i]) else { i += 1; continue }
            var j = i, value = 0
            while j < t.endIndex, isDigit(t[j]) {
                if j - i < 9 { value = value * 10 + Int(t[j].value - 48) }
                j += 1
            }
            runs.append((i, j, value))
            i = j
        }
        func oneSeparatorApart(_ a: (start: Int, end: Int, value: Int), _ b: (start: Int, end: Int, value: Int)) -> Bool {
            b.start == a.end + 1 && LayoutLexicon.fileNameFieldSeparators.contains(t[a.end])
        }
        for k in runs.indices where k + 2 < runs.count {
            let (y, m, d) = (runs[k], runs[k + 1], runs[k + 2])
            guard y.end - y.start == 4, (1...2).contains(m.end - m.start), (1...2).contains(d.end - d.start),
                  oneSeparatorApart(y, m), oneSeparatorApart(m, d), LayoutLexicon.plausibleYears.contains(y.value),
                  let date = CalendarDate(year: y.value, month: m.value, day: d.value) else { continue }
            return date
        }
        return nil
    }

    /// The first time stamp `YYYYMMDDhhmm[ss]` opening a run of 12 or 14 digits, as
    /// content systems name files (`page2_202104141030.html`); eight digits are a date
    /// the time engine reads.
    static func firstCompactStamp(in t: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        let digit: (Unicode.Scalar) -> Int? = { $0.value >= 48 && $0.value <= 57 ? Int($0.value - 48) : nil }
        var i = t.startIndex
        while i < t.endIndex {
            guard digit(t[i]) != nil, i == t.startIndex || digit(t[i - 1]) == nil else { i += 1; continue }
            var j = i
            while j < t.endIndex, digit(t[j]) != nil { j += 1 }
            if LayoutLexicon.compactStampLengths.contains(j - i) {
                let v = t[i..<(i + 8)].reduce(0) { $0 * 10 + (digit($1) ?? 0) }
                if LayoutLexicon.plausibleYears.contains(v / 10000),
                   let d = CalendarDate(year: v / 10000, month: v / 100 % 100, day: v % 100) { return d }
            }
            i = j
        }
        return nil
    }
}
