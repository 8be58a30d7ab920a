/// Character classes the matchers of every stage need.
enum ScalarClass {
    /// CJK ideographs (basic, extension A and beyond) and 〇.
    @inline(__always)
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F, 0xF900...0xFAFF, 0x3007: return true
        default: return false
        }
    }

    /// White space other than a line break.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s != "\n" && isWhitespace(s)
    }

    /// Unicode's White_Space (spaces, tabs, line breaks), read from a table: the property
    /// lookup is a binary search the scanners cannot afford at every scalar.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        whitespace.contains(s)
    }

    /// A scalar with a numeric value (digits, 〇一二…, ①, Ⅻ): Unicode's Numeric_Type, from a
    /// table over the Basic Multilingual Plane.
    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? numericBMP.contains(s) : s.properties.numericType != nil
    }

    /// A letter or ideograph (Unicode's Alphabetic), from a table over the Basic Multilingual Plane.
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? alphabeticBMP.contains(s) : s.properties.isAlphabetic
    }

    /// Every White_Space scalar lies in the Basic Multilingual Plane.
    static let whitespace = ScalarSet((0..<UInt32(0x10000)).lazy.compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace))
    static let alphabeticBMP = ScalarSet((0..<UInt32(0x10000)).lazy.compactMap(Unicode.Scalar.init).filter(\.properties.isAlphabetic))
    static let numericBMP = ScalarSet((0..<UInt32(0x10000)).lazy.compactMap(Unicode.Scalar.init).filter { $0.properties.numericType != nil })
}
