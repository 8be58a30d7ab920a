/// The first scalars of a small table's phrases as 128 bits (bit `v & 127`): most scalars of
/// a text start no phrase, and one bit test turns them away before the table is searched.
/// A set bit only says "maybe": the search decides.
struct FirstScalarMask: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init<S: Sequence<UInt32>>(_ values: S) {
        for v in values {
            if v & 64 == 0 { low |= 1 << UInt64(v & 63) } else { high |= 1 << UInt64(v & 63) }
        }
    }

    /// False when no phrase starts with `v`.
    @inline(__always)
    func mayStart(_ v: UInt32) -> Bool {
        ((v & 64 == 0 ? low : high) >> UInt64(v & 63)) & 1 != 0
    }

    /// The first position from `start` up to `end` whose scalar may start a phrase of the
    /// mask's table, or `end`: the loops that probe a small table at every scalar of a clause
    /// or a scope pass over the rest here, the mask in registers and the scalars read from
    /// their buffer (no bounds check, no table read per scalar).
    @inline(__always)
    func firstCandidate(in s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= s.count, "a range of the scalars")   // the buffer is read unchecked
        return s.withUnsafeBufferPointer { t in
            var k = start
            while k < end, !mayStart(t[k].value) { k += 1 }
            return k
        }
    }

    /// Each position from `start` up to `end` of `s` whose scalar may start a phrase, in
    /// order: the loops that look a table up at every candidate of a clause or a scope.
    @inline(__always)
    func candidates(in s: [Unicode.Scalar], from start: Int, to end: Int) -> Candidates {
        Candidates(mask: self, scalars: s, position: start, end: end)
    }

    struct Candidates: Sequence, IteratorProtocol {
        fileprivate let mask: FirstScalarMask
        fileprivate let scalars: [Unicode.Scalar]
        fileprivate var position: Int
        fileprivate let end: Int

        // Inlined into each loop, as the walk it replaced was (a call per candidate otherwise).
        @inline(__always)
        mutating func next() -> Int? {
            guard position < end else { return nil }
            let i = mask.firstCandidate(in: scalars, from: position, to: end)
            position = i + 1
            return i < end ? i : nil
        }
    }
}
