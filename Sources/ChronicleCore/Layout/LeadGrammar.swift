/// The opening of a report: `本报讯`, `本报郑州4月13日讯(记者 X)`, `新华社…4月13日电`,
/// `据…报道`. The one lead detector: Layout classifies lines with it, Time takes the
/// dateline it finds as the reference date, Events starts its sentences after it.
///
/// A dateline is a date that ends the source phrase of a lead and follows a source or a
/// place; a date followed by 电 anywhere else (`3月5日电视电话会议`) is not one.
struct LeadGrammar: Sendable {
    /// Scalar offsets into the text the lead was found in.
    struct Match: Equatable, Sendable {
        /// After the lead mark, its credits and the spaces that follow; 0 for a weak lead.
        var end: Int
        /// The dateline's date, if the source phrase ends with one.
        var dateline: Range<Int>?
        /// The credits after the mark (`记者 X 通讯员 Y`), trimmed.
        var credits: Range<Int>?
        /// `据…报道` opens a rewritten report, but also quotes a source inside an article:
        /// it starts an article only below a headline.
        var weak: Bool
    }

    private let bylines = BylineGrammar()
    private let newsMarks = MarkerSet(LayoutLexicon.newsMarks)
    private let wireMarks = MarkerSet(LayoutLexicon.wireMarks)
    private let leadSuffixes = MarkerSet(LayoutLexicon.leadSourceSuffixes)
    private let leadPrefixes = MarkerSet(LayoutLexicon.leadSourcePrefixes)
    private let leadFalseFollowers = MarkerSet(LayoutLexicon.leadFalseFollowers)
    private let reportOpen = MarkerSet(LayoutLexicon.reportLeads.map(\.open))
    private let reportClose = MarkerSet(LayoutLexicon.reportLeads.map(\.close))
    private let breaks = TextBreaks.scalars(.sentence, .clause, .colon, .enumeration)
    /// The first scalars of the news and wire marks, and of the report openings: `mayOpen`
    /// and `match` read one bit a scalar.
    private let markStarts: ScalarSet
    private let reportOpenStarts: ScalarSet

    init() {
        markStarts = ScalarSet(newsMarks.firstScalars + wireMarks.firstScalars)
        reportOpenStarts = ScalarSet(reportOpen.firstScalars)
    }

    /// The lead that opens `key` (folded scalars; leading spaces are skipped), if any.
    /// `firstDate` reads the first written date of a phrase (the time engine's grammar)
    /// as offsets into that phrase.
    func match(_ key: [Unicode.Scalar], firstDate: (ArraySlice<Unicode.Scalar>) -> Range<Int>?) -> Match? {
        var start = 0
        while start < key.count, key[start] == " " || key[start] == "\n" { start += 1 }
        let limit = min(key.count, start + LayoutLexicon.maxLeadPrefix)
        var i = start + 1
        while i < limit, !breaks.contains(key[i]) {
            // Most scalars start no mark: one bit read passes them before either trie is walked.
            guard markStarts.contains(key[i]) else { i += 1; continue }
            let news = newsMarks.longestMatch(in: key, at: i)
            guard let n = news ?? wireMarks.longestMatch(in: key, at: i) else { i += 1; continue }
            let prefix = key[start..<i]
            let next = i + n < key.count ? key[i + n] : nil
            if leadFalseFollowers.longestMatch(in: key, at: i + n) != nil { i += 1; continue }
            // The dateline must be the phrase's first date, end it, and follow a source or place.
            let dateline = firstDate(prefix).flatMap { d in
                d.lowerBound > 0 && d.upperBound == prefix.count ? (start + d.lowerBound)..<(start + d.upperBound) : nil
            }
            let afterMarkIsOpen = next.map { LayoutLexicon.leadMarkClosers.contains($0) || $0 == "(" } ?? true
            let openerOnly = leadPrefixes.isPrefix(of: prefix) && afterMarkIsOpen
            if dateline != nil || (news != nil && leadSuffixes.isSuffix(of: prefix)) || openerOnly {
                let (credits, end) = self.credits(key, after: i + n)
                return Match(end: end, dateline: dateline, credits: credits, weak: false)
            }
            i += 1
        }
        if let n = reportOpen.longestMatch(in: key, at: start) {
            var j = start + n
            while j < limit, !breaks.contains(key[j]) {
                if let m = reportClose.longestMatch(in: key, at: j), j + m < key.count,
                   breaks.contains(key[j + m]) || key[j + m] == " " {
                    return Match(end: 0, dateline: nil, credits: nil, weak: true)
                }
                j += 1
            }
        }
        return nil
    }

    /// Credits right after the lead mark: in parentheses (`本报讯(记者 X)`) or up to the
    /// first clause break (`本报讯 记者 X 通讯员 Y 报道:`); and where the lead ends: after
    /// a parenthesized group (credits or not), else right after the mark.
    private func credits(_ key: [Unicode.Scalar], after start: Int) -> (Range<Int>?, Int) {
        var i = start
        while i < key.count, LayoutLexicon.leadMarkClosers.contains(key[i]), key[i] != ")" { i += 1 }
        let parenthesized = i < key.count && key[i] == "("
        var end = i
        if parenthesized {
            var j = i + 1
            while j < min(key.count, i + 1 + LayoutLexicon.maxBylineLength), key[j] != ")", key[j] != "\n" { j += 1 }
            if j < key.count, key[j] == ")" { end = j + 1 }
            i += 1
        }
        while end < key.count, key[end] == " " { end += 1 }
        var j = i
        while j < key.count, j - i <= LayoutLexicon.maxBylineLength,
              parenthesized ? key[j] != ")" : !breaks.contains(key[j]) { j += 1 }
        guard j < key.count, j > i, bylines.accepts(key[i..<j]) else { return (nil, end) }
        var a = i, b = j
        while a < b, key[a] == " " { a += 1 }
        while b > a, key[b - 1] == " " { b -= 1 }
        return (a..<b, end)
    }

    /// False where no lead can open the line at `lineStart` of a folded text: no news or wire
    /// mark starts within the lead's reach, nor a report's opening at its start. `match` would
    /// refuse such a line; this tells it without copying the line (a page's every line is asked).
    func mayOpen(_ text: UnsafeBufferPointer<UInt32>, at lineStart: Int) -> Bool {
        let newline = UInt32(0x0A)
        var start = lineStart
        while start < text.count, text[start] == 0x20 { start += 1 }
        guard start < text.count, text[start] != newline else { return false }
        if reportOpenStarts.contains(value: text[start]) { return true }
        let limit = min(text.count, start + LayoutLexicon.maxLeadPrefix)
        var i = start + 1
        while i < limit, text[i] != newline {
            if markStarts.contains(value: text[i]) { return true }
            i += 1
        }
        return false
    }

    /// The lead that opens a folded text, read on its first line (the lead detector of
    /// Time's datelines and of the text layer: one function, one answer).
    func opening(of folded: some Collection<Unicode.Scalar>, dates: any WrittenDateReader) -> Match? {
        let reach = folded.prefix(LayoutLexicon.maxLeadPrefix + LayoutLexicon.maxBylineLength)
        return match(Array(reach.prefix { $0 != "\n" })) { phrase in
            dates.writtenDates(in: phrase).first.map { $0.start..<$0.end }
        }
    }
}
