/// Credits closing an article's last paragraph: in parentheses (`…落到实处。(记者 张三)`),
/// or after its last sentence (`…落到实处。 林一凡 王二河 摄`).
struct TrailingCredits: Sendable {
    private let grammar = BylineGrammar()

    /// The paragraph without its closing credits, and the credits as written.
    func split(_ paragraph: String) -> (rest: String, credits: String)? {
        bracketed(paragraph) ?? afterLastSentence(paragraph)
    }

    private func bracketed(_ paragraph: String) -> (rest: String, credits: String)? {
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

    private func afterLastSentence(_ paragraph: String) -> (rest: String, credits: String)? {
        let tail = Array(paragraph.unicodeScalars.suffix(LayoutLexicon.maxBylineLength + 1))
        let key = tail.map(MatchFolding.fold)
        guard let end = key.lastIndex(where: TextBreaks.sentenceEnds.contains), end + 1 < key.count,
              grammar.accepts(key[(end + 1)...]) else { return nil }
        var credits = String.UnicodeScalarView(tail[(end + 1)...])
        while let s = credits.first, LayoutLexicon.padding.contains(s) { credits.removeFirst() }
        let rest = Substring(paragraph).unicodeScalars.dropLast(tail.count - end - 1)
        return (String(rest), String(credits))
    }
}
