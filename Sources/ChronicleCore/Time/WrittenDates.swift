/// A calendar date as written, the year or the month possibly left out (`4月13日`, `13日`).
///
/// The layout reads issue dates and datelines with the time engine's own grammar and
/// policy, so numerals and date forms are defined once, in `TimeLexicon`.
struct WrittenDate: Equatable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int
}

extension TimeTagger {
    /// The dates written with a day number in `text` (`2021年4月14日`, `2021-04-14`,
    /// `20210414`, `二〇二一年四月十四日`, `4月13日`, `13日`), with their scalar offsets
    /// in `text`. Relative, vague and lunar expressions are not written dates.
    func writtenDates(in text: some Collection<Unicode.Scalar>) -> [(date: WrittenDate, start: Int, end: Int)] {
        let folded = text.map { TimeFolding.fold($0.value) }
        let raws = folded.withUnsafeBufferPointer { scanner.scan($0) }
        return raws.compactMap { raw in
            guard case .point(let spec) = raw.value, let date = WrittenDate(spec) else { return nil }
            return (date, raw.start, raw.end)
        }
    }

    /// Completes a written date against the issue date by the news policy of `TimeResolver`
    /// (`4月13日` in the issue's year unless that is far after it; `13日` in the issue's
    /// month or the month before). An impossible date (`2月30日`) gives nil.
    func complete(_ written: WrittenDate, against issue: CalendarDate) -> CalendarDate? {
        var spec = DateSpec()
        spec.year = written.year.map { .absolute($0) }
        spec.month = written.month.map { .absolute($0) }
        spec.day = .absolute(written.day)
        let resolver = TimeResolver(reference: LocalDateTime(date: issue), anchor: nil, future: false)
        guard case .date(let d)? = resolver.point(spec)?.timex else { return nil }
        return d
    }
}

extension WrittenDate {
    /// Only absolute parts; a weekday, part of day or clock after the date is allowed.
    init?(_ spec: DateSpec) {
        guard case .absolute(let day)? = spec.day, spec.week == nil, spec.within == nil, spec.festival == nil,
              !spec.lunar, spec.offset == nil, !spec.isNow else { return nil }
        switch spec.year {
        case .absolute(let y)?: year = y
        case nil: year = nil
        default: return nil
        }
        switch spec.month {
        case .absolute(let m)?: month = m
        case nil: month = nil
        default: return nil
        }
        if year != nil && month == nil { return nil }
        self.day = day
    }
}

extension TimeTagger {
    /// The text opens with a time expression and a clause break (`11月26日至27日，`,
    /// `近日，`, `昨天上午，`): how a report without a lead begins.
    func opensWithTime(_ text: some Collection<Unicode.Scalar>) -> Bool {
        let folded = text.prefix(TimeLexicon.openingReach).map { TimeFolding.fold($0.value) }
        let raws = folded.withUnsafeBufferPointer { scanner.scan($0) }
        guard let first = raws.first, first.start == 0, first.end < folded.count else { return false }
        switch first.value {
        case .point, .range, .vague: break
        default: return false
        }
        return Unicode.Scalar(folded[first.end]).map(TextBreaks.sentenceOrClause.contains) ?? false
    }
}
