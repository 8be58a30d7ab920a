/// The layout reads issue dates and datelines with the time engine's own grammar and
/// policy, so numerals and date forms are defined once, in `TimeLexicon`.
extension TimeTagger: WrittenDateReader {
    func writtenDates(in text: ArraySlice<Unicode.Scalar>) -> [(date: WrittenDate, start: Int, end: Int)] {
        let folded = text.map { MatchFolding.fold(value: $0.value) }
        let raws = folded.withUnsafeBufferPointer { scanner.scan($0) }
        return raws.compactMap { raw in
            guard case .point(let spec) = raw.value, let date = WrittenDate(spec) else { return nil }
            return (date, raw.start, raw.end)
        }
    }

    /// By the news policy of `TimeResolver`; `13日` is in the issue's month or the month before.
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
    func opensWithTime(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let folded = text.prefix(TimeLexicon.openingReach).map { MatchFolding.fold(value: $0.value) }
        let raws = folded.withUnsafeBufferPointer { scanner.scan($0) }
        guard let first = raws.first, first.start == 0, first.end < folded.count else { return false }
        switch first.value {
        case .point, .range, .vague: break
        default: return false
        }
        return Unicode.Scalar(folded[first.end]).map(TextBreaks.sentenceOrClause.contains) ?? false
    }
}

extension TimeTagger {
    func isDigitOrTen(_ scalar: Unicode.Scalar) -> Bool {
        scanner.numerals.isDigitOrTen(MatchFolding.fold(value: scalar.value))
    }
}
