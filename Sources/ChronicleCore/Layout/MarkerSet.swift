/// A set of words from a lexicon table, stored as a trie over folded scalars.
///
/// Lookups walk the text once from a position, so finding every marker in a line is
/// linear in the line's length times the longest marker, whatever the table's size.
struct MarkerSet: Sendable {
    private var children: [[Unicode.Scalar: Int32]] = [[:]]
    private var terminal: [Bool] = [false]
    /// Length of the longest marker, so suffix checks look only at the tail.
    private var maxLength = 0

    init(_ words: [String]) {
        for word in words where !word.isEmpty { insert(MatchFolding.fold(word)) }
    }

    private mutating func insert(_ word: [Unicode.Scalar]) {
        maxLength = max(maxLength, word.count)
        var node = 0
        for s in word {
            if let next = children[node][s] {
                node = Int(next)
            } else {
                children.append([:])
                terminal.append(false)
                let next = children.count - 1
                children[node][s] = Int32(next)
                node = next
            }
        }
        terminal[node] = true
    }

    /// Length of the longest marker starting at `start` in `text`, if any.
    func longestMatch(in text: ArraySlice<Unicode.Scalar>, at start: Int) -> Int? {
        var node = 0
        var best: Int?
        var i = start
        while i < text.endIndex, let next = children[node][text[i]] {
            node = Int(next)
            i += 1
            if terminal[node] { best = i - start }
        }
        return best
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
            if let n = longestMatch(in: text, at: i) { return i..<(i + n) }
            i += 1
        }
        return nil
    }

    func occurs(in text: [Unicode.Scalar]) -> Bool { firstOccurrence(in: text[...]) != nil }

    /// True when `text` ends with one of the markers.
    func isSuffix(of text: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = max(text.startIndex, text.endIndex - maxLength)
        while i < text.endIndex {
            if matchEnding(in: text, at: i) { return true }
            i += 1
        }
        return false
    }

    private func matchEnding(in text: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        var node = 0
        var i = start
        while i < text.endIndex, let next = children[node][text[i]] {
            node = Int(next)
            i += 1
        }
        return i == text.endIndex && terminal[node]
    }
}
