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

    /// 0–9 (folded text: full-width digits are ASCII there).
    @inline(__always)
    static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

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

    /// A scalar with a numeric value (digits, 〇一二…, ①, Ⅻ): Unicode's Numeric_Type, asked of
    /// Unicode only off ASCII and the unified ideographs.
    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39: return true
        case 0..<0x80: return false
        default: return s.properties.numericType != nil
        }
    }

    /// A letter or ideograph (Unicode's Alphabetic): ASCII letters and the unified ideographs
    /// without asking Unicode.
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF, 0x3400...0x4DBF: return true
        case 0..<0x80: return false
        default: return s.properties.isAlphabetic
        }
    }

    /// Unicode's White_Space set, which the standard keeps stable (a test checks it against
    /// the scalar properties): listed, so that start-up builds no table from the properties.
    static let whitespace: ScalarSet = [
        "\u{09}", "\u{0A}", "\u{0B}", "\u{0C}", "\u{0D}", "\u{20}", "\u{85}", "\u{A0}", "\u{1680}",
        "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}", "\u{2007}",
        "\u{2008}", "\u{2009}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}",
    ]
}
