/// The time engine: finds and resolves every temporal expression in a text.
///
/// Build one (`TimeTagger()` builds its tries and tables once) and share it freely:
/// it is immutable, safe to use from any number of threads at once. A class, so that
/// passing it on (to Layout's lead detector, into closures) shares its tables instead of
/// retaining each one.
public final class TimeTagger: Sendable {
    let scanner: TimeScanner
    /// Layout's lead detector: only the dateline of a lead becomes the reference date.
    let leads: LeadGrammar
    /// `TimeLexicon.speechVerbs`: where reported speech opens.
    let speechVerbs: PhraseTrie<Bool>

    public init() {
        scanner = TimeScanner()
        leads = LeadGrammar()
        speechVerbs = PhraseTrie(TimeLexicon.speechVerbs.map { ($0, true) })
    }

    /// Finds and resolves every temporal expression in `text` against `reference`.
    ///
    /// Offsets are Unicode scalar offsets into `text`. The dateline of a lead that opens
    /// the text (`本报郑州4月13日讯`, `新华社…4月13日电`, found by Layout's `LeadGrammar`)
    /// becomes the reference for what follows;
    /// anaphora (当天, 次日, bare clock times) resolve against the last date before them;
    /// 今天, 明天, 昨天 in reported speech (`…指出，明天起…`) count from the day stated
    /// before the speech, when that day is a recent one;
    /// tense cues (将, 将于, 拟, 定于, 计划) and deadlines mark mentions as future.
    /// Pinyin glosses (`當(dāng)日`) are read as if they were not there; offsets and texts
    /// are those of `text` as given.
    public func tag(_ text: String, reference: LocalDateTime) -> [TimeMention] {
        guard PinyinGloss.mayHaveGlosses(text) else { return tag(text, reference: reference, lead: .find) }
        let written = Array(text.unicodeScalars)
        let dropped = PinyinGloss.Dropped(written)
        guard dropped.hadGlosses else { return tag(text, reference: reference, lead: .find) }
        return tag(dropped.text, reference: reference, lead: .find).map { m in
            var m = m
            let r = dropped.original(m.start..<m.end)
            (m.start, m.end) = (r.lowerBound, r.upperBound)
            m.text = String(scalars: written[r])
            return m
        }
    }

    /// Where the dateline comes from: the text layer that already read the lead, or the
    /// lead detector run here on a bare text.
    enum LeadSource { case find, known(LeadGrammar.Match?) }

    /// `folded`: the text's scalar values folded (`TimeFolding.scalars(of: text)`), when the
    /// caller holds them already (Events' text layer), so the text is not decoded again.
    func tag(_ text: String, reference: LocalDateTime, lead: LeadSource, folded: [UInt32]? = nil) -> [TimeMention] {
        let scalars = folded ?? TimeFolding.scalars(of: text)
        var raws = scalars.withUnsafeBufferPointer { scanner.scan($0) }
        guard !raws.isEmpty else { return [] }
        // A deadline after a list covers every item of it (`元旦、春节前`).
        for i in raws.indices.dropLast().reversed()
        where raws[i + 1].deadline && raws[i].end + 1 == raws[i + 1].start && scalars[raws[i].end] == scanner.listSeparator {
            raws[i].deadline = true
        }
        let datelines: [Range<Int>]
        switch lead {
        case .known(let m): datelines = m?.dateline.map { [$0] } ?? []
        case .find: datelines = findDatelines(scalars)
        }
        for dateline in datelines {
            for i in raws.indices where raws[i].start == dateline.lowerBound && raws[i].end == dateline.upperBound {
                raws[i].dateline = true
            }
        }
        let texts = TimeFolding.substrings(of: text, spans: raws.map { ($0.start, $0.end) })

        var out: [TimeMention] = []
        out.reserveCapacity(raws.count)
        var ref = reference
        var anchor: CalendarDate?
        var anchorYear: Int?
        var anchorMonth: (year: Int, month: Int)?
        // Days that opened a sentence so far (`4月12日上午，…`: a report's own day, where a
        // date inside a sentence may be history), with where they end: a speech's day is the
        // last one before it.
        var statedDays: [(end: Int, day: CalendarDate)] = []
        var speeches: [Range<Int>]?
        for (raw, written) in zip(raws, texts) {
            var reference = ref
            if raw.value.isDeicticDay {
                let spans = speeches ?? reportedSpeech(in: scalars)
                speeches = spans
                if let speech = spans.first(where: { $0.contains(raw.start) }),
                   let said = statedDays.last(where: { $0.end <= speech.lowerBound })?.day,
                   said < ref.date, said.adding(days: TimeLexicon.speechDayReach) >= ref.date {
                    reference = LocalDateTime(date: said)
                }
            }
            var resolver = TimeResolver(reference: reference, anchor: anchor,
                                        future: raw.futureCue || raw.deadline && !raw.pastClause,
                                        plannedDeadline: raw.futureCue && raw.deadline,
                                        anchorYear: anchorYear, anchorMonth: anchorMonth)
            resolver.nearest = raw.topicCue && !raw.futureCue
            resolver.pastOnly = raw.pastOnly
            if raw.listItem, let last = out.last, last.end < raw.start { resolver.listDay = last.timex.startDay }
            guard let r = resolver.resolve(raw) else { continue }
            // A topic cue alone (`RawMention.topicCue`) plans nothing the value does not: `later`.
            let later = r.timex.startDay.map { $0 > ref.date } ?? false
            var mention = TimeMention(start: raw.start, end: raw.end, text: written, type: r.type, timex: r.timex,
                                      modifier: r.modifier, isFuture: raw.futureCue || raw.deadline && !raw.pastClause || later)
            if case .point(let spec) = raw.value, spec.festival != nil { mention.isFestival = true }
            out.append(mention)
            if let period = r.timex.namedPeriod {
                anchorYear = period.year
                anchorMonth = period.month.map { (period.year, $0) }
            }
            if raw.dateline, case .date(let d) = r.timex {
                ref = LocalDateTime(date: d)
                anchor = d
            } else if !raw.value.isPeriodToOrFromNow, let d = r.timex.anchorDay {
                anchor = d
            }
            if let d = r.timex.anchorDay, opensSentence(raw.start, scalars) { statedDays.append((raw.end, d)) }
        }
        return out
    }

    /// Nothing but blanks, or a lead's closing bracket or quote, between a sentence's start and `p`.
    private func opensSentence(_ p: Int, _ s: [UInt32]) -> Bool {
        var i = p - 1
        while i >= 0, Unicode.Scalar(s[i]).map(ScalarClass.isSpace) ?? false { i -= 1 }
        guard i >= 0, let c = Unicode.Scalar(s[i]) else { return true }
        return TextBreaks.sentenceEnds.contains(c) || LayoutLexicon.closers.contains(c)
    }

    /// Where reported speech runs: from after a speech verb and its comma or colon
    /// (`王二河指出，`) to the end of the sentence. Read only when a text has a day word.
    private func reportedSpeech(in s: [UInt32]) -> [Range<Int>] {
        let isSentenceEnd = { (v: UInt32) in Unicode.Scalar(v).map(TextBreaks.sentenceEnds.contains) ?? false }
        return s.withUnsafeBufferPointer { t in
            var spans: [Range<Int>] = []
            var i = 0
            while i < t.count {
                guard speechVerbs.startsWord(t[i]), let m = speechVerbs.longestMatch(in: t, at: i), m.end < t.count,
                      let mark = Unicode.Scalar(t[m.end]), TextBreaks.clauseEnds.contains(mark),
                      !isSentenceEnd(t[m.end]) else { i += 1; continue }
                var end = m.end + 1
                while end < t.count, !isSentenceEnd(t[end]) { end += 1 }
                spans.append((m.end + 1)..<end)
                i = end
            }
            return spans
        }
    }
}

extension RawValue {
    /// 今天, 明天, 昨天 (with a part of day or a clock): a day counted from the reference.
    var isDeicticDay: Bool {
        guard case .point(let spec) = self, case .relative? = spec.day else { return false }
        return spec.year == nil && spec.month == nil
    }

    /// A period ending or starting at the reference (近两年, 今年以来): it names no day that
    /// a later 当天 or 第三天 could refer back to.
    var isPeriodToOrFromNow: Bool {
        switch self {
        case .rollingUnits: return true
        case .range(_, let end): return end.isNow
        default: return false
        }
    }
}

extension TimeTagger {
    /// The datelines of the leads that open lines of a bare text (a whole page given to
    /// `chronicle tag`): Layout's lead detector, run where Layout would run it.
    func findDatelines(_ scalars: [UInt32]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var lineStart = 0
        scalars.withUnsafeBufferPointer { t in
            while lineStart < t.count {
                if leads.mayOpen(t, at: lineStart) {
                    let line = t[lineStart...].lazy.map { Unicode.Scalar($0) ?? " " }
                    if let d = leads.opening(of: line, dates: self)?.dateline {
                        found.append((lineStart + d.lowerBound)..<(lineStart + d.upperBound))
                    }
                }
                var newline = lineStart
                while newline < t.count && t[newline] != 0x0A { newline += 1 }
                lineStart = newline + 1
            }
        }
        return found
    }
}

extension Timex {
    /// The first day a value covers, weeks and parts of years included (for `isFuture`); a
    /// range's is its start's, whatever its end.
    var startDay: CalendarDate? {
        if case .range(let a, _) = self { return a.startDay }
        return coveredDays?.first
    }

    /// The year (and month, when it names one) a later 同年 / 次月 refers back to.
    var namedPeriod: (year: Int, month: Int?)? {
        switch self {
        case .year(let y): return (y, nil)
        case .month(let y, let m): return (y, m)
        case .date(let d), .partOfDay(let d, _), .dateTime(let d, _): return (d.year, d.month)
        case .quarter(let y, _), .half(let y, _), .season(let y, _): return (y, nil)
        case .range(let a, _): return a.namedPeriod
        default: return nil
        }
    }

    /// The day a later 当天 / 次日 / bare clock time refers back to: only values that name a day.
    var anchorDay: CalendarDate? {
        switch self {
        case .date(let d), .partOfDay(let d, _), .dateTime(let d, _): return d
        case .range(let a, _): return a.anchorDay
        default: return nil
        }
    }
}
