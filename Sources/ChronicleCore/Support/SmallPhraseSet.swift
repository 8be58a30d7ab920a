/// The few phrases of one article (its people's names, the readings of a name), matched
/// without building a trie per article: the keys sorted once, a mask of their first
/// scalars turns most scalars away, and the keys that start with one scalar are one run
/// of the sorted list. Keys are folded like the text (`MatchFolding`); as in `PhraseTrie`,
/// a key that starts beyond the Basic Multilingual Plane is never matched.
struct SmallPhraseSet {
    /// Sorted; the index each had as given; and each one's first scalar.
    private let keys: [[UInt32]]
    private let given: [Int]
    private let firsts: [UInt32]
    /// Bit `v & 127` set for the first scalar `v` of each key.
    private let mask: (UInt64, UInt64)

    /// `keys`: distinct, as scalar values folded like the text; a match's payload is the
    /// index of its key here.
    init(foldedKeys: [[UInt32]]) {
        let order = foldedKeys.indices.filter { !foldedKeys[$0].isEmpty && foldedKeys[$0][0] < 0x10000 }
            .sorted { foldedKeys[$0].lexicographicallyPrecedes(foldedKeys[$1]) }
        keys = order.map { foldedKeys[$0] }
        given = order
        firsts = keys.map { $0[0] }
        var mask: (UInt64, UInt64) = (0, 0)
        for v in firsts {
            if v & 64 == 0 { mask.0 |= 1 << UInt64(v & 63) } else { mask.1 |= 1 << UInt64(v & 63) }
        }
        self.mask = mask
    }

    /// Every key starting at `i` and ending at or before `end`: its length and payload.
    @inline(__always)
    func forEachMatch(in s: [Unicode.Scalar], at i: Int, end: Int, _ body: (Int, Int) -> Void) {
        let v = s[i].value
        guard ((v & 64 == 0 ? mask.0 : mask.1) >> UInt64(v & 63)) & 1 != 0 else { return }
        var k = firsts.partitioningIndex { $0 >= v }
        while k < firsts.count, firsts[k] == v {
            let key = keys[k]
            if i + key.count <= end, (1..<key.count).allSatisfy({ s[i + $0].value == key[$0] }) {
                body(key.count, given[k])
            }
            k += 1
        }
    }

    /// The longest key starting at `i` and ending at or before `end`.
    func longestMatch(in s: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, payload: Int)? {
        var best: (length: Int, payload: Int)?
        forEachMatch(in: s, at: i, end: end) { length, payload in
            if length > best?.length ?? 0 { best = (length, payload) }
        }
        return best
    }
}
