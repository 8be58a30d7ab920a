import Foundation

/// Folds text for matching, one Unicode scalar to one Unicode scalar.
///
/// Full-width ASCII (`４月１２日`, `（`, `：`) becomes ASCII, the ideographic space and
/// other spaces become U+0020, and traditional characters become simplified
/// (`本報訊` → `本报讯`). CJK compatibility ideographs (U+F900–FAFF) and Kangxi radicals
/// (U+2F00–2FDF, common in text copied out of PDFs: `⼯作`) become the ideograph they stand
/// for, so a name written with one is the same name. Because the mapping is scalar for scalar, an offset into the
/// folded text is the same offset into the text as written: stages match on the
/// folded form and report spans and output text from the original.
public enum MatchFolding {
    /// The folded form of one scalar.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        s.value < 0x10000 ? table[Int(s.value)] : s
    }

    /// The folded value of one scalar value: the scanners' form of `fold(_:)`.
    @inline(__always)
    static func fold(value v: UInt32) -> UInt32 {
        v < 0x10000 ? table[Int(v)].value : v
    }

    /// The folded scalar values of `bytes`, valid UTF-8 (a Swift string's), decoded
    /// straight from the bytes and handed to `body` in order until it returns false.
    @inline(__always)
    static func forEachFoldedValue(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Bool) {
        table.withUnsafeBufferPointer { t in
            forEachValue(utf8: bytes) { v in body(v < 0x10000 ? t[Int(v)].value : v) }
        }
    }

    /// The folded scalars of valid UTF-8 `bytes`, as an array: written into its storage (a
    /// text has at most as many scalars as bytes), not appended one by one. `count`, when the
    /// caller has counted them, is exactly the number of scalars: the array is then made that
    /// size, not the bytes' (a third of it for Chinese).
    static func foldedScalars(utf8 bytes: UnsafeBufferPointer<UInt8>, count: Int? = nil) -> [Unicode.Scalar] {
        let capacity = Swift.min(count ?? bytes.count, bytes.count)
        return table.withUnsafeBufferPointer { t in
            [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, made in
                guard let base = out.baseAddress else { made = 0; return }
                var n = 0
                forEachValue(utf8: bytes) { v in
                    assert(n < capacity, "more scalars than counted")
                    // Folding maps scalars to scalars.
                    (base + n).initialize(to: v < 0x10000 ? t[Int(v)] : Unicode.Scalar(v).unsafelyUnwrapped)
                    n += 1
                    return true
                }
                made = n
            }
        }
    }

    /// The scalars of valid UTF-8 `bytes` as written and folded, decoded once into two
    /// arrays of exactly `count` (the number of scalars, which the caller counted): a text
    /// layer keeps both, the written ones for output and the folded ones for matching.
    static func writtenAndFolded(utf8 bytes: UnsafeBufferPointer<UInt8>, count: Int)
        -> (written: [Unicode.Scalar], folded: [Unicode.Scalar]) {
        var folded: [Unicode.Scalar] = []
        let written = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, made in
            folded = [Unicode.Scalar](unsafeUninitializedCapacity: count) { f, foldedMade in
                table.withUnsafeBufferPointer { t in
                    var k = 0
                    forEachValue(utf8: bytes) { v in
                        assert(k < count, "more scalars than counted")
                        let scalar = Unicode.Scalar(v).unsafelyUnwrapped   // valid UTF-8 decodes to scalars
                        out[k] = scalar
                        f[k] = v < 0x10000 ? t[Int(v)] : scalar
                        k += 1
                        return true
                    }
                    foldedMade = k
                }
            }
            made = folded.count
        }
        return (written, folded)
    }

    /// The scalar values of `bytes`, valid UTF-8 (a Swift string's), as written, handed to
    /// `body` in order until it returns false.
    @inline(__always)
    static func forEachValue(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32) -> Bool) {
        var i = 0
        let end = bytes.count
        while i < end {
            let (v, width) = value(utf8: bytes, at: i)
            i += width
            guard body(v) else { return }
        }
    }

    /// The width in bytes of the scalar whose lead byte is `b0`, in valid UTF-8.
    @inline(__always)
    static func width(lead b0: UInt8) -> Int {
        b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
    }

    /// The scalar value that starts at byte `i` of valid UTF-8 (a Swift string's) and its
    /// width in bytes: the one UTF-8 decoder of the text layer.
    @inline(__always)
    static func value(utf8 bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, width: Int) {
        let b0 = UInt32(bytes[i])
        // Valid UTF-8: the lead byte gives the length.
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// The folded scalars of `text`; same count as `text.unicodeScalars`.
    public static func fold(_ text: some StringProtocol) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count / 2)
        table.withUnsafeBufferPointer { t in
            for s in text.unicodeScalars { out.append(s.value < 0x10000 ? t[Int(s.value)] : s) }
        }
        return out
    }

    /// The folded form of each scalar, the table read once for all of them.
    static func fold(scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        table.withUnsafeBufferPointer { t in scalars.map { $0.value < 0x10000 ? t[Int($0.value)] : $0 } }
    }

    /// `fold(text)` as a string.
    public static func folded(_ text: some StringProtocol) -> String {
        String(scalars: text.unicodeScalars.lazy.map(fold))
    }

    /// Punctuation variants the Unicode blocks below do not fold (ratio colon, en dash,
    /// hyphens, wave dash): the one list of them, for every stage.
    static let variants: [(String, Character)] = [
        ("∶", ":"), ("–‐‑", "-"), ("〜", "~"),
    ]

    /// The whole fold as one flat table over the Basic Multilingual Plane, built once
    /// (full-width ASCII → ASCII, spaces → U+0020, traditional → simplified, `variants`);
    /// a lookup is one load, so the scanners can fold every scalar they read.
    static let table: [Unicode.Scalar] = {
        var t = [Unicode.Scalar](repeating: "\u{FFFD}", count: 0x10000)
        for v in 0..<UInt32(0x10000) {
            if let s = Unicode.Scalar(v) { t[Int(v)] = s }
        }
        for v in UInt32(0xFF01)...0xFF5E { t[Int(v)] = Unicode.Scalar(v - 0xFEE0)! }
        for v: UInt32 in [0x3000, 0x00A0, 0x202F, 0x205F] + Array(0x2002...0x200A) { t[Int(v)] = " " }
        let traditional = TraditionalTable.traditional.unicodeScalars.filter { $0 != "\n" }
        let simplified = TraditionalTable.simplified.unicodeScalars.filter { $0 != "\n" }
        // A character that is itself the simplified form of another (么 for 麼) stays as
        // it is, so folding twice gives what folding once gives.
        let targets = Set(simplified)
        for (a, b) in zip(traditional, simplified) where !targets.contains(a) { t[Int(a.value)] = b }
        // Compatibility ideographs and radicals: their one-scalar compatibility mapping
        // (Unicode's own data, through Foundation), then folded like that ideograph.
        for v in Array(UInt32(0xF900)...0xFAFF) + Array(UInt32(0x2F00)...0x2FDF) {
            let mapped = String(Unicode.Scalar(v)!).precomposedStringWithCompatibilityMapping.unicodeScalars
            if mapped.count == 1, let m = mapped.first, m.value != v, m.value < 0x10000 { t[Int(v)] = t[Int(m.value)] }
        }
        for (sources, target) in variants {
            for s in sources.unicodeScalars { t[Int(s.value)] = target.unicodeScalars.first! }
        }
        return t
    }()
}
