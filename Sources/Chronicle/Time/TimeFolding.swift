/// Folds traditional and full-width scalars to the one spelling the lexicon uses.
///
/// One scalar maps to one scalar, so offsets in the folded text are offsets in the original.
enum TimeFolding {
    private static let table: [UInt32] = {
        var t = (0..<0x10000).map { UInt32($0) }
        for (sources, target) in TimeLexicon.foldings {
            let to = target.unicodeScalars.first!.value
            for s in sources.unicodeScalars where s.value < 0x10000 { t[Int(s.value)] = to }
        }
        return t
    }()

    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        scalar < 0x10000 ? table[Int(scalar)] : scalar
    }

    /// The folded scalars of `text`.
    static func scalars(of text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count / 2)
        table.withUnsafeBufferPointer { t in
            for s in text.unicodeScalars {
                let v = s.value
                out.append(v < 0x10000 ? t[Int(v)] : v)
            }
        }
        return out
    }
}

extension Character {
    /// The scalar value of a one-scalar character from the lexicon.
    var scalarValue: UInt32 { unicodeScalars.first!.value }
}
