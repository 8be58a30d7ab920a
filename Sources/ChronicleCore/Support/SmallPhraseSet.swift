/// The few phrases of one article (its people's names, the readings of a name), matched
/// without building a trie per article: the keys sorted once, and a mask of their first
/// scalars turns most scalars away. The rest is a trie walk over the sorted list: the keys
/// that begin like the text are one run of it, narrowed one scalar at a time by a search by
/// halves within the run, so an article with thousands of names sharing a surname costs a
/// few steps per scalar, not a step per name. Keys are folded like the text
/// (`MatchFolding`); as in `PhraseTrie`, a key that starts beyond the Basic Multilingual
/// Plane is never matched.
struct SmallPhraseSet {
    /// Sorted; and the index each had as given.
    private let keys: [[UInt32]]
    private let given: [Int]
    private let firsts: FirstScalarMask

    /// `keys`: distinct, as scalar values folded like the text; a match's payload is the
    /// index of its key here.
    init(foldedKeys: [[UInt32]]) {
        let order = foldedKeys.indices.filter { !foldedKeys[$0].isEmpty && foldedKeys[$0][0] < 0x10000 }
            .sorted { foldedKeys[$0].lexicographicallyPrecedes(foldedKeys[$1]) }
        keys = order.map { foldedKeys[$0] }
        given = order
        firsts = FirstScalarMask(keys.lazy.map { $0[0] })
    }

    /// False when no key starts with the scalar value `v` (true says only "maybe"): what a
    /// caller walking a text asks before a look-up.
    @inline(__always)
    func mayStart(_ v: UInt32) -> Bool { firsts.mayStart(v) }

    /// The first position from `start` up to `end` of `s` where a phrase may start, or `end`
    /// (`FirstScalarMask.firstCandidate`).
    func firstCandidate(in s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        firsts.firstCandidate(in: s, from: start, to: end)
    }

    /// Every key starting at `i` and ending at or before `end`, shortest first: its length
    /// and payload.
    @inline(__always)
    func forEachMatch(in s: [Unicode.Scalar], at i: Int, end: Int, _ body: (Int, Int) -> Void) {
        var probes = 0
        forEachMatch(in: s, at: i, end: end, probes: &probes, body)
    }

    /// `forEachMatch`, counting in `probes` the key scalars it reads (the walk's cost, which
    /// the tests bound).
    @inline(__always)
    func forEachMatch(in s: [Unicode.Scalar], at i: Int, end: Int, probes: inout Int, _ body: (Int, Int) -> Void) {
        guard i < end else { return }
        guard firsts.mayStart(s[i].value) else { return }
        // keys[lo..<hi] begin with the text's first `depth` scalars and are longer than that.
        var lo = 0, hi = keys.count, depth = 0
        while i + depth < end {
            let v = s[i + depth].value
            lo = partition(lo, hi, depth, probes: &probes) { $0 < v }
            hi = partition(lo, hi, depth, probes: &probes) { $0 <= v }
            guard lo < hi else { return }
            depth += 1
            // Sorted, so the one key that ends here comes first in its run.
            if keys[lo].count == depth {
                body(depth, given[lo])
                lo += 1
            }
        }
    }

    /// The first index in `lo..<hi` whose key's scalar at `depth` is not `below` (the run is
    /// sorted by that scalar).
    @inline(__always)
    private func partition(_ lo: Int, _ hi: Int, _ depth: Int, probes: inout Int, _ below: (UInt32) -> Bool) -> Int {
        var low = lo, high = hi
        while low < high {
            let mid = (low + high) >> 1
            probes += 1
            if below(keys[mid][depth]) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The longest key starting at `i` and ending at or before `end`.
    func longestMatch(in s: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, payload: Int)? {
        var best: (length: Int, payload: Int)?
        forEachMatch(in: s, at: i, end: end) { length, payload in best = (length, payload) }
        return best
    }
}
