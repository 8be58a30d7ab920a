/// Text cleaned before it reaches libical, which drops CR, BS and FF silently, writes other
/// C0 controls raw (invalid), and whose parser trims spaces from both ends of a value.
enum ICalText {
    /// Newlines become LF; control characters other than tab and LF (C0, DEL, C1) go;
    /// leading and trailing white space goes.
    static func clean(_ text: String) -> String {
        // Most text has nothing to clean (line feeds stay as they are): keep it as it is
        // instead of rebuilding it.
        if !hasControls(text, keepingTab: true, keepingLF: true) { return trimmed(text) }
        return cleanScalarByScalar(text)
    }

    /// `clean` of valid UTF-8 made of lines each already made by `line`, joined by LF (an
    /// entry's DESCRIPTION), as UTF-8: such text holds no control to clean, so only its ends
    /// are read (its lines were scanned for controls when each was made), and bytes with
    /// nothing to trim (nearly all) are returned as they are, not made a string and back.
    static func clean(lines bytes: [UInt8]) -> [UInt8] {
        assert(!bytes.withUnsafeBufferPointer { hasControls(utf8: $0, keepingTab: false, keepingLF: true) },
               "lines made by ICalText.line, joined by LF")
        return bytes.withUnsafeBufferPointer(endsClean) ? bytes : Array(trimmed(String(decoding: bytes, as: UTF8.self)).utf8)
    }

    /// `clean` for text that has something to clean.
    static func cleanScalarByScalar(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            defer { previousCR = s == "\r" }
            switch s.value {
            case 0x0D: scalars.append("\n")
            case 0x0A: if !previousCR { scalars.append("\n") }
            case 0x2028, 0x2029: scalars.append("\n")
            case 0x09: scalars.append(s)
            case 0x00..<0x20, 0x7F..<0xA0: continue
            default: scalars.append(s)
            }
        }
        return trimmed(String(scalars))
    }

    /// One line: newlines and tabs become spaces.
    static func line(_ text: String) -> String {
        if !hasControls(text, keepingTab: false) { return trimmed(text) }
        return lineScalarByScalar(text)
    }

    /// `line` for text that has something to clean.
    static func lineScalarByScalar(_ text: String) -> String {
        trimmed(String(String.UnicodeScalarView(cleanScalarByScalar(text).unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })))
    }

    static func trimmed(_ text: String) -> String {
        var utf8Text = text
        if utf8Text.withUTF8(endsClean) { return text }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Whether valid UTF-8 `bytes` are not empty and neither start nor end with white space:
    /// the end scalars read from the bytes (the scalar view's `last` walks back through its
    /// index machinery; nearly every text has nothing to trim).
    private static func endsClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Printable ASCII is never white space, nor anything after U+3000 (the last scalar
        // Unicode calls white space): Han and full-width punctuation need not ask Unicode.
        func isWhitespace(_ v: UInt32) -> Bool {
            v <= 0x3000 && !(0x21..<0x7F).contains(v) && (Unicode.Scalar(v)?.properties.isWhitespace ?? false)
        }
        guard !bytes.isEmpty else { return false }
        var lead = bytes.count - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return !isWhitespace(firstValue(bytes, at: 0)) && !isWhitespace(firstValue(bytes, at: lead))
    }

    /// The scalar value that starts at byte `i` of valid UTF-8.
    @inline(__always)
    private static func firstValue(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return b0 }
        if b0 < 0xE0 { return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
        if b0 < 0xF0 { return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F) }
        return (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
    }

    /// Whether `clean` would change anything but the ends: C0 controls (tab allowed when
    /// `keepingTab`, LF when `keepingLF`), DEL, C1 controls, U+2028/2029. Read from the UTF-8
    /// bytes, in one pass, eight at a time: a word with no byte below 0x20 and none 0x7F,
    /// 0xC2 or 0xE2 (the only bytes that start one of these) is passed over whole.
    static func hasControls(_ text: String, keepingTab: Bool, keepingLF: Bool = false) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { hasControls(utf8: bytes, keepingTab: keepingTab, keepingLF: keepingLF) }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// `hasControls` of the UTF-8 bytes of a text.
    static func hasControls(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingTab: Bool, keepingLF: Bool = false) -> Bool {
        let n = bytes.count
        @inline(__always) func startsControl(_ i: Int) -> Bool {
            let b = bytes[i]
            if b >= 0x20 && b != 0x7F && b != 0xC2 && b != 0xE2 { return false }
            switch b {
            case 0x09 where keepingTab, 0x0A where keepingLF: return false
            case 0xC2: return i + 1 < n && (0x80...0x9F).contains(bytes[i + 1])                                      // C1
            case 0xE2: return i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)   // U+2028, U+2029
            default: return true                                                                                  // C0, DEL
            }
        }
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if mayStartControl(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                    for k in i..<(i + 8) where startsControl(k) { return true }
                }
                i += 8
            }
        }
        while i < n {
            if startsControl(i) { return true }
            i += 1
        }
        return false
    }

    /// Whether a word of eight bytes holds a byte below 0x20, or 0x7F, 0xC2 or 0xE2 (the
    /// word-at-a-time tests for a byte below a bound and for a zero byte).
    @inline(__always)
    private static func mayStartControl(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        return (w &- ones &* 0x20) & ~w & highs != 0
            || hasZero(w ^ (ones &* 0x7F)) || hasZero(w ^ (ones &* 0xC2)) || hasZero(w ^ (ones &* 0xE2))
    }
}
