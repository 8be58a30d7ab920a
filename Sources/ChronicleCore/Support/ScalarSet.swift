/// A set of Unicode scalars whose membership test is one bit read: the punctuation and
/// break tables the scanners consult at every scalar (a hashed `Set` costs a SipHash each
/// time). Bits cover the scalars up to the largest member of the Basic Multilingual
/// Plane; the rare member beyond it is found in a short sorted list.
struct ScalarSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    /// The members, sorted: what iteration gives.
    private let members: [Unicode.Scalar]
    private let bits: [UInt64]
    private let astral: [UInt32]

    init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
        let sorted = Array(Set(scalars)).sorted { $0.value < $1.value }
        members = sorted
        let bmp = sorted.lazy.map(\.value).filter { $0 < 0x10000 }
        var bits = [UInt64](repeating: 0, count: Int((bmp.max() ?? 0) >> 6) + 1)
        for v in bmp { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        self.bits = bits
        astral = sorted.map(\.value).filter { $0 >= 0x10000 }
    }

    /// Scalar values (the time scanner's folded text); a value that is no scalar is left out.
    init<S: Sequence<UInt32>>(values: S) {
        self.init(values.compactMap(Unicode.Scalar.init))
    }

    init(arrayLiteral elements: Unicode.Scalar...) {
        self.init(elements)
    }

    @inline(__always)
    func contains(_ s: Unicode.Scalar) -> Bool {
        contains(value: s.value)
    }

    @inline(__always)
    func contains(value v: UInt32) -> Bool {
        let word = Int(v >> 6)
        if word < bits.count { return bits[word] & (1 << UInt64(v & 63)) != 0 }
        return v >= 0x10000 && astral.contains(v)
    }

    var isEmpty: Bool { members.isEmpty }
    var count: Int { members.count }

    func makeIterator() -> IndexingIterator<[Unicode.Scalar]> {
        members.makeIterator()
    }

    static func == (a: ScalarSet, b: ScalarSet) -> Bool { a.members == b.members }
    func hash(into hasher: inout Hasher) { hasher.combine(members) }
}
