/// Credits closing an article's last paragraph: in parentheses (`…落到实处。(记者 张三)`),
/// or after its last sentence (`…落到实处。 林一凡 王二河 摄`).
struct TrailingCredits: Sendable {
    private let grammar = BylineGrammar()

    /// The paragraph without its closing credits, and the credits as written.
    func split(_ paragraph: String) -> (rest: String, credits: String)? {
        let tail = Array(paragraph.unicodeScalars.suffix(LayoutLexicon.maxBylineLength + 2))
        let key = tail.map(MatchFolding.fold)
        guard let (credits, restEnd) = [bracketed(key), afterLastSentence(key)].lazy.compactMap({ $0 })
            .first(where: { grammar.accepts(key[$0.0]) }) else { return nil }
        let rest = Substring(paragraph).unicodeScalars.dropLast(tail.count - restEnd)
        return (String(Self.unpadded(rest)), String(Self.unpadded(tail[credits])))
    }

    /// `(…)` closing the tail: the credits inside, and where the rest ends (at the bracket).
    private func bracketed(_ key: [Unicode.Scalar]) -> (credits: Range<Int>, restEnd: Int)? {
        guard key.last == LayoutLexicon.creditsClose, let open = key.lastIndex(of: LayoutLexicon.creditsOpen) else { return nil }
        return ((open + 1)..<(key.count - 1), open)
    }

    /// What follows the last sentence end of the tail, and where the rest ends (after it).
    private func afterLastSentence(_ key: [Unicode.Scalar]) -> (credits: Range<Int>, restEnd: Int)? {
        guard let end = key.lastIndex(where: TextBreaks.sentenceEnds.contains), end + 1 < key.count else { return nil }
        return ((end + 1)..<key.count, end + 1)
    }

    private static func unpadded<C: BidirectionalCollection<Unicode.Scalar>>(_ c: C) -> String.UnicodeScalarView {
        var view = String.UnicodeScalarView(c.drop { LayoutLexicon.padding.contains($0) })
        while let s = view.last, LayoutLexicon.padding.contains(s) { view.removeLast() }
        return view
    }
}
