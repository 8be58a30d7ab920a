/// An article body as the later stages read it: Layout's one text layer.
///
/// Unicode scalars (the offsets `TimeMention` uses), folded once for matching
/// (`MatchFolding`: traditional to simplified, full-width to ASCII, one scalar for one,
/// so offsets stay those of the text as written, which `original` keeps for everything
/// the user sees); the lead (`本报讯(记者 X)`), its dateline and credits found by the one
/// lead detector (`LeadGrammar`); sentences and clauses cut by the one table of breaks
/// (`TextBreaks`). Time takes the dateline from here, Events its sentences and clauses.
struct ArticleText: Sendable {
    struct Clause: Sendable {
        /// Scalar range, trimmed of spaces, without its closing punctuation.
        var range: Range<Int>
        var sentence: Int
    }

    /// Folded, for matching; pinyin glosses dropped. Every offset of the text layer
    /// (clauses, sentences, the lead, the mentions Events reads) is an offset into this.
    let scalars: [Unicode.Scalar]
    /// As written, for output, glosses dropped: same offsets as `scalars`.
    let original: [Unicode.Scalar]
    /// `original` as a string: what the time engine reads for this article.
    let written: String
    /// The body without its pinyin glosses, when it had any (Layout drops them from a page,
    /// so only bodies given directly have them); nil: offsets here are the body's.
    private let glosses: PinyinGloss.Dropped?
    /// Offset in the body as written of each offset here (count + 1 entries, so an end maps too).
    var bodyOffsets: [Int] { glosses?.offsets ?? Array(0...original.count) }
    /// The lead that opens the body, if any.
    let lead: LeadGrammar.Match?
    /// End of the lead marker and its parenthesized credits; 0 when there is none.
    var leadEnd: Int { lead?.end ?? 0 }
    let clauses: [Clause]
    /// Scalar range of each sentence.
    let sentences: [Range<Int>]

    /// Brackets: a clause break inside them does not end the clause.
    static let openers: ScalarSet = ["(", "["]
    static let closers: ScalarSet = [")", "]"]

    /// The text layer of `body`; `dates` reads written dates (the time engine's grammar),
    /// which the lead detector needs to see a dateline.
    init(_ body: String, leads: LeadGrammar, dates: any WrittenDateReader) {
        let dropped = PinyinGloss.mayHaveGlosses(body) ? PinyinGloss.Dropped([Unicode.Scalar](scalarsOf: body)) : nil
        glosses = dropped?.hadGlosses == true ? dropped : nil
        // A body without glosses (nearly every one) is decoded and folded in one pass.
        let s: [Unicode.Scalar]
        if let glosses {
            original = glosses.scalars
            s = MatchFolding.fold(scalars: glosses.scalars)
        } else {
            let decoded = ArticleText.scalarsAndFolded(body)
            original = decoded.written
            s = decoded.folded
        }
        written = glosses?.text ?? body
        scalars = s
        lead = leads.opening(of: s, dates: dates)
        let leadEnd = lead?.end ?? 0
        var clauses: [Clause] = []
        var sentences: [Range<Int>] = []
        // Room for a clause every 16 scalars and a sentence every 32 (news runs about 26 and
        // 60): most articles fill their arrays without growing them, each growth a copy. A
        // long body grows them as before (the room is capped, not a megabyte per long page).
        clauses.reserveCapacity(min(s.count / 16 + 2, 4096))
        sentences.reserveCapacity(min(s.count / 32 + 2, 2048))
        var sentenceStart = leadEnd
        var clauseStart = leadEnd
        var depth = 0

        func closeClause(_ end: Int) {
            var a = clauseStart, b = end
            while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
            while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
            if a < b { clauses.append(Clause(range: a..<b, sentence: sentences.count)) }
        }
        func closeSentence(_ end: Int) {
            let hadClauses = clauses.last?.sentence == sentences.count
            if hadClauses { sentences.append(sentenceStart..<end) }
        }

        // The tables once, not a lazy global's check at every scalar.
        let (openers, closers) = (ArticleText.openers, ArticleText.closers)
        let (sentenceEnds, clauseEnds) = (TextBreaks.sentenceEnds, TextBreaks.clauseEnds)
        let marks = ArticleText.marks
        var i = leadEnd
        while i < s.count {
            let c = s[i]
            // Most scalars are none of the marks below: one bit read passes them.
            guard marks.contains(c) else {
                i += 1
                continue
            }
            if openers.contains(c) { depth += 1 }
            if closers.contains(c) { depth = max(0, depth - 1) }
            if c == "\n" { depth = 0 }
            if sentenceEnds.contains(c) {
                closeClause(i)
                closeSentence(i)
                sentenceStart = i + 1
                clauseStart = i + 1
            } else if depth == 0, clauseEnds.contains(c), c != ":" || !ArticleText.isClockColon(s, i) {
                closeClause(i)
                clauseStart = i + 1
            }
            i += 1
        }
        closeClause(s.count)
        closeSentence(s.count)
        self.clauses = clauses
        self.sentences = sentences
    }

    /// Every scalar the clause cutter acts on: a bracket, a line feed, a break.
    private static let marks = ScalarSet([Unicode.Scalar](openers) + [Unicode.Scalar](closers) + ["\n"]
                                         + [Unicode.Scalar](TextBreaks.sentenceEnds) + [Unicode.Scalar](TextBreaks.clauseEnds))

    /// The scalars of `text` as written and folded, in one pass of the text layer's decoder.
    private static func scalarsAndFolded(_ text: String) -> (written: [Unicode.Scalar], folded: [Unicode.Scalar]) {
        var text = text
        return text.withUTF8 { MatchFolding.writtenAndFolded(utf8: $0, count: ByteWord.scalarCount(utf8: $0)) }
    }

    /// `9:00`: a colon between digits belongs to a clock time, not to the clause.
    private static func isClockColon(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[i] == ":" && i > 0 && i + 1 < s.count
            && ScalarClass.isNumeric(s[i - 1]) && ScalarClass.isNumeric(s[i + 1])
    }

    /// The offset here of an offset into the body as written (one inside a gloss maps to
    /// the gloss's place).
    func offset(ofBodyOffset o: Int) -> Int {
        glosses.map { g in g.offsets.partitioningIndex { $0 >= o } } ?? min(max(o, 0), original.count)
    }

    func text(_ range: Range<Int>) -> String {
        String(scalars: original[range.clamped(to: 0..<original.count)])
    }
}
