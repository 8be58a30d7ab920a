/// A set of words from a lexicon table, stored as a trie over folded scalars.
///
/// Lookups walk the text once from a position, so finding every marker in a line is
/// linear in the line's length times the longest marker, whatever the table's size.
struct MarkerSet: Sendable {
    /// The package's one trie type; a marker listed twice is the same member of the set.
    private let trie: PhraseTrie<Bool>
    /// The first scalars of the markers: a search tries the trie only where one stands
    /// (a line holds a marker at a few places, if any).
    private let starts: FirstScalarMask

    init(_ words: [String]) {
        var seen = Set<String>()
        let folded = words.map(MatchFolding.folded).filter { !$0.isEmpty && seen.insert($0).inserted }
        trie = PhraseTrie(folded.map { ($0, true) })
        starts = FirstScalarMask(folded.compactMap { $0.unicodeScalars.first?.value })
    }

    /// The scalars the markers start with (folded).
    var firstScalars: [Unicode.Scalar] { trie.firstScalars }

    /// The length of the longest marker, in scalars.
    var maxLength: Int { trie.maxLength }

    /// Length of the longest marker starting at `start` in `text`, if any.
    func longestMatch(in text: ArraySlice<Unicode.Scalar>, at start: Int) -> Int? {
        trie.longestMatch(in: text, at: start)?.length
    }

    func longestMatch(in text: [Unicode.Scalar], at start: Int) -> Int? {
        longestMatch(in: text[...], at: start)
    }

    /// True when `text` starts with one of the markers.
    func isPrefix(of text: ArraySlice<Unicode.Scalar>) -> Bool {
        longestMatch(in: text, at: text.startIndex) != nil
    }

    func isPrefix(of text: [Unicode.Scalar]) -> Bool { isPrefix(of: text[...]) }

    /// Position of the first occurrence of a marker in `text`.
    func firstOccurrence(in text: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var i = text.startIndex
        while i < text.endIndex {
            if starts.mayStart(text[i].value), let n = longestMatch(in: text, at: i) { return i..<(i + n) }
            i += 1
        }
        return nil
    }

    func occurs(in text: [Unicode.Scalar]) -> Bool { firstOccurrence(in: text[...]) != nil }

    /// True when `text` ends with one of the markers.
    func isSuffix(of text: ArraySlice<Unicode.Scalar>) -> Bool {
        trie.matchesEnding(text, at: text.endIndex, lowerBound: text.startIndex)
    }
}
