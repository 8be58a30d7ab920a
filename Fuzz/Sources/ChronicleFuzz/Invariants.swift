import Chronicle

/// What must hold for every input, beyond not crashing: a broken one traps, so libFuzzer
/// reports the input like a crash.
enum Invariants {
    /// Mentions lie inside the text, in order, not overlapping; each value is one TIMEX3
    /// value (no range inside a range) and a range never ends before it starts.
    static func check(_ mentions: [TimeMention], scalarCount: Int) {
        var last = 0
        for m in mentions {
            precondition(m.start >= last && m.start < m.end && m.end <= scalarCount, "span \(m.start)..<\(m.end)")
            last = m.end
            check(m.timex)
        }
    }

    static func check(_ timex: Timex) {
        guard case .range(let a, let b) = timex else { return }
        if case .range = a { preconditionFailure("nested range \(timex.value)") }
        if case .range = b { preconditionFailure("nested range \(timex.value)") }
        if let start = a.firstDay, let end = b.firstDay {
            precondition(start <= end, "range ends before it starts: \(timex.value)")
        }
    }
}
