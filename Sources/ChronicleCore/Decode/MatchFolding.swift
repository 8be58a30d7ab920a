/// Folds text for matching, one Unicode scalar to one Unicode scalar.
///
/// Full-width ASCII (`４月１２日`, `（`, `：`) becomes ASCII, the ideographic space and
/// other spaces become U+0020, and traditional characters become simplified
/// (`本報訊` → `本报讯`). Because the mapping is scalar for scalar, an offset into the
/// folded text is the same offset into the text as written: stages match on the
/// folded form and report spans and output text from the original.
public enum MatchFolding {
    /// The folded form of one scalar.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return s }
        switch v {
        case 0xFF01...0xFF5E:                       // full-width ASCII block
            return Unicode.Scalar(v - 0xFEE0) ?? s
        case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F, 0x205F:
            return " "
        case 0x3400...0x9FFF:
            return traditionalToSimplified[s] ?? s
        default:
            return s
        }
    }

    /// The folded scalars of `text`; same count as `text.unicodeScalars`.
    public static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2)
        for s in text.unicodeScalars { out.append(fold(s)) }
        return out
    }

    /// `fold(text)` as a string.
    public static func folded(_ text: some StringProtocol) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars { view.append(fold(s)) }
        return String(view)
    }

    /// Built once from the generated table; immutable afterwards.
    static let traditionalToSimplified: [Unicode.Scalar: Unicode.Scalar] = {
        let t = TraditionalTable.traditional.unicodeScalars.filter { $0 != "\n" }
        let s = TraditionalTable.simplified.unicodeScalars.filter { $0 != "\n" }
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        map.reserveCapacity(t.count)
        for (a, b) in zip(t, s) { map[a] = b }
        return map
    }()
}
