/// A trie over Unicode scalars: finds the longest table phrase starting at a position,
/// in time bounded by the longest phrase, so whole articles are scanned in linear time.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var payloads: [Payload?] = [nil]
    private(set) var maxLength = 0

    init(_ entries: [(String, Payload)]) {
        for (phrase, payload) in entries { insert(phrase, payload) }
    }

    /// A later entry for the same phrase replaces an earlier one (user lexicons override).
    mutating func insert(_ phrase: String, _ payload: Payload) {
        var node = 0
        var length = 0
        for scalar in phrase.unicodeScalars {
            length += 1
            if let next = children[node][scalar.value] {
                node = Int(next)
            } else {
                children.append([:])
                payloads.append(nil)
                let next = children.count - 1
                children[node][scalar.value] = Int32(next)
                node = next
            }
        }
        guard length > 0 else { return }
        payloads[node] = payload
        maxLength = max(maxLength, length)
    }

    /// The longest phrase starting at `start` and ending at or before `end`.
    func longestMatch(in text: [Unicode.Scalar], at start: Int, end: Int? = nil) -> (length: Int, payload: Payload)? {
        let limit = min(end ?? text.count, text.count)
        var node = 0
        var best: (Int, Payload)?
        var i = start
        while i < limit, let next = children[node][text[i].value] {
            node = Int(next)
            i += 1
            if let p = payloads[node] { best = (i - start, p) }
        }
        return best
    }

    /// Every phrase starting at `start`, shortest first.
    func forEachMatch(in text: [Unicode.Scalar], at start: Int, _ body: (Int, Payload) -> Void) {
        var node = 0
        var i = start
        while i < text.count, let next = children[node][text[i].value] {
            node = Int(next)
            i += 1
            if let p = payloads[node] { body(i - start, p) }
        }
    }

    /// True when a phrase of the table starts at `start`.
    func matches(_ text: [Unicode.Scalar], at start: Int, end: Int? = nil) -> Bool {
        longestMatch(in: text, at: start, end: end) != nil
    }

    /// True when a phrase of the table ends exactly at `end` (starting at or after `lowerBound`).
    func matchesEnding(_ text: [Unicode.Scalar], at end: Int, lowerBound: Int = 0) -> Bool {
        var start = end - 1
        while start >= max(lowerBound, end - maxLength) {
            if exactMatch(text, start, end) { return true }
            start -= 1
        }
        return false
    }

    /// Length of the longest phrase ending exactly at `end`, or 0.
    func longestEndingLength(_ text: [Unicode.Scalar], at end: Int) -> Int {
        var best = 0
        var start = end - 1
        while start >= max(0, end - maxLength) {
            if exactMatch(text, start, end) { best = end - start }
            start -= 1
        }
        return best
    }

    private func exactMatch(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var node = 0
        for i in start..<end {
            guard let next = children[node][text[i].value] else { return false }
            node = Int(next)
        }
        return payloads[node] != nil
    }
}

extension PhraseTrie where Payload == Bool {
    /// A set of phrases, folded like the text they are matched against.
    init(phrases: [String]) {
        self.init(phrases.map { (MatchFolding.folded($0), true) })
    }
}

extension RandomAccessCollection {
    /// The first index where `belongs` holds, for a predicate that is false and then true
    /// along the collection: binary search, so per-event lookups stay logarithmic.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if belongs(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
