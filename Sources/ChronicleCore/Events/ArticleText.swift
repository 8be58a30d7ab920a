/// An article body as Unicode scalars (the offsets `TimeMention` uses), cut into
/// sentences and clauses, with the newspaper lead (`本报讯(记者 X)`) set apart.
///
/// Matching reads `scalars`, folded one scalar for one (`MatchFolding`: traditional to
/// simplified, full-width to ASCII), so offsets stay those of the text as written, which
/// `original` keeps for everything the user sees.
struct ArticleText {
    struct Clause {
        /// Scalar range, trimmed of spaces, without its closing punctuation.
        var range: Range<Int>
        var sentence: Int
    }

    /// Folded, for matching.
    let scalars: [Unicode.Scalar]
    /// As written, for output.
    let original: [Unicode.Scalar]
    /// End of the lead marker and its parenthesized credits; 0 when there is none.
    let leadEnd: Int
    let clauses: [Clause]
    /// Scalar range of each sentence.
    let sentences: [Range<Int>]

    init(_ body: String, lexicon: CompiledLexicon) {
        original = Array(body.unicodeScalars)
        let s = MatchFolding.fold(body)
        scalars = s
        leadEnd = ArticleText.leadEnd(s, lexicon: lexicon)
        var clauses: [Clause] = []
        var sentences: [Range<Int>] = []
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

        var i = leadEnd
        while i < s.count {
            let c = s[i]
            if Punctuation.openers.contains(c) { depth += 1 }
            if Punctuation.closers.contains(c) { depth = max(0, depth - 1) }
            if c == "\n" { depth = 0 }
            if Punctuation.sentenceEnds.contains(c) {
                closeClause(i)
                closeSentence(i)
                sentenceStart = i + 1
                clauseStart = i + 1
            } else if depth == 0, Punctuation.clauseBreaks.contains(c), !ArticleText.isClockColon(s, i) {
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

    /// `9:00`: a colon between digits belongs to a clock time, not to the clause.
    private static func isClockColon(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[i] == ":" && i > 0 && i + 1 < s.count
            && s[i - 1].properties.numericType != nil && s[i + 1].properties.numericType != nil
    }

    func text(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: original[range.clamped(to: 0..<original.count)])
        return String(out)
    }

    /// `本报讯`, `本报澜州4月13日讯(记者 X)`, `新华社澜州4月13日电(记者 X)`: the lead
    /// ending must come before any clause punctuation and after a source mark.
    private static func leadEnd(_ s: [Unicode.Scalar], lexicon: CompiledLexicon) -> Int {
        var start = 0
        while start < s.count, ScalarClass.isSpace(s[start]) || s[start] == "\n" { start += 1 }
        var sawSource = false
        var i = start
        while i < min(s.count, start + 40) {
            let c = s[i]
            if Punctuation.clauseBreaks.contains(c) || Punctuation.sentenceEnds.contains(c) { return 0 }
            if sawSource, let m = lexicon.leadEndings.longestMatch(in: s, at: i) {
                var end = i + m.length
                while end < s.count, ScalarClass.isSpace(s[end]) { end += 1 }
                if end < s.count, Punctuation.openers.contains(s[end]) {
                    var j = end + 1
                    while j < min(s.count, end + 80), !Punctuation.closers.contains(s[j]), s[j] != "\n" { j += 1 }
                    if j < s.count, Punctuation.closers.contains(s[j]) { end = j + 1 }
                }
                while end < s.count, ScalarClass.isSpace(s[end]) { end += 1 }
                return end
            }
            if lexicon.leadSourceMarks.matches(s, at: i) { sawSource = true }
            i += 1
        }
        return 0
    }
}
