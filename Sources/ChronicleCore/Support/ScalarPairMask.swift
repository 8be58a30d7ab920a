/// The first two scalars (folded) of the phrases a scanner probes at every scalar, as one bit
/// per pair of low bytes, and the first scalars of its one-scalar phrases, read from the
/// compiled tries themselves (`PhraseTrie.openings`), so a mask cannot drift from its tables.
/// Where the first scalar of a position starts a phrase but the pair there is in no phrase,
/// no table can match, and its walk is not made. Most positions a scanner's first-scalar test
/// lets through start no phrase (`会` starts triggers, and `会员` none; `本` starts time
/// words, and `本报` none): the second scalar turns them away. A set bit only says "maybe":
/// the tables decide.
struct ScalarPairMask: Sendable {
    /// 2^16 bits: bit `(a & 0xFF) << 8 | (b & 0xFF)` for each pair (a, b) a phrase opens with.
    private let bits: [UInt64]
    /// First scalars of the phrases of one scalar, which no pair tests.
    private let singles: ScalarSet

    /// What a table's phrases open with (`PhraseTrie.openings`, read from the compiled trie).
    struct Openings {
        var pairs: [(UInt32, UInt32)]
        var singles: [UInt32]
    }

    /// The openings of every table a scanner probes at a position.
    init(_ tables: [Openings]) {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        var singles: [UInt32] = []
        for table in tables {
            for (a, b) in table.pairs {
                let k = Self.index(a, b)
                bits[k >> 6] |= 1 << UInt64(k & 63)
            }
            singles += table.singles
        }
        self.bits = bits
        self.singles = ScalarSet(values: singles)
    }

    @inline(__always)
    private static func index(_ a: UInt32, _ b: UInt32) -> Int {
        Int((a & 0xFF) << 8 | (b & 0xFF))
    }

    /// False when no phrase starts with the scalar `a` followed by `b` (`next` is false at
    /// the text's end, where only a one-scalar phrase can start).
    @inline(__always)
    private func mayStart(_ a: UInt32, then b: UInt32, next: Bool) -> Bool {
        if singles.contains(value: a) || !next { return true }
        let k = Self.index(a, b)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// False when no phrase starts at `i` of `s` and ends at or before `end` (folded scalars).
    @inline(__always)
    func mayStart(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        mayStart(s[i].value, then: i + 1 < end ? s[i + 1].value : 0, next: i + 1 < end)
    }

    /// False when no phrase starts at `i` of the folded scalar values `t` (the time scanner's text).
    @inline(__always)
    func mayStart(_ t: UnsafeBufferPointer<UInt32>, at i: Int) -> Bool {
        mayStart(t[i], then: i + 1 < t.count ? t[i + 1] : 0, next: i + 1 < t.count)
    }
}
