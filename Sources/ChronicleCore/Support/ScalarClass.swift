/// Character classes the matchers of every stage need.
enum ScalarClass {
    /// CJK ideographs (basic, extension A and beyond) and 〇.
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F, 0xF900...0xFAFF, 0x3007: return true
        default: return false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace && s != "\n"
    }
}
