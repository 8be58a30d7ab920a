/// Credits in parentheses closing an article's last paragraph: `…落到实处。(记者 张三)`.
struct TrailingCredits: Sendable {
    private let grammar = BylineGrammar()

    /// The paragraph without its closing credits, and the credits as written.
    func split(_ paragraph: String) -> (rest: String, credits: String)? {
        let tail = Array(paragraph.unicodeScalars.suffix(LayoutLexicon.maxBylineLength + 2))
        let key = tail.map(MatchFolding.fold)
        guard key.last == LayoutLexicon.creditsClose, let open = key.lastIndex(of: LayoutLexicon.creditsOpen),
              grammar.accepts(key[(open + 1)..<(key.count - 1)]) else { return nil }
        var credits = String.UnicodeScalarView(tail[(open + 1)..<(tail.count - 1)])
        while let s = credits.first, LayoutLexicon.padding.contains(s) { credits.removeFirst() }
        while let s = credits.last, LayoutLexicon.padding.contains(s) { credits.removeLast() }
        var rest = Substring(paragraph).unicodeScalars.dropLast(tail.count - open)
        while let s = rest.last, LayoutLexicon.padding.contains(s) { rest.removeLast() }
        return (String(rest), String(credits))
    }
}
