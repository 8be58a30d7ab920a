extension FirstScalarMask {
    /// The first position from `start` up to `end` whose scalar may start a phrase of the
    /// mask's table, or `end`: the loops that probe a small table at every scalar of a clause
    /// or a scope pass over the rest here, the mask in registers and the scalars read from
    /// their buffer (no bounds check, no table read per scalar).
    @inline(__always)
    func firstCandidate(in s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        s.withUnsafeBufferPointer { t in
            var k = start
            while k < end, !mayStart(t[k].value) { k += 1 }
            return k
        }
    }
}
