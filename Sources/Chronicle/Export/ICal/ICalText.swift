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
        let view = text.unicodeScalars
        // Printable ASCII is never white space, nor anything after U+3000 (the last scalar
        // Unicode calls white space): Han and full-width punctuation need not ask Unicode.
        func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            s.value <= 0x3000 && !(0x21..<0x7F).contains(s.value) && s.properties.isWhitespace
        }
        if let first = view.first, let last = view.last, !isWhitespace(first), !isWhitespace(last) {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Whether `clean` would change anything but the ends: C0 controls (tab allowed when
    /// `keepingTab`, LF when `keepingLF`), DEL, C1 controls, U+2028/2029. Read from the UTF-8
    /// bytes, in one pass: a byte that starts none of these (most of them) costs one test.
    static func hasControls(_ text: String, keepingTab: Bool, keepingLF: Bool = false) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                i += 1
                if b >= 0x20 && b != 0x7F && b != 0xC2 && b != 0xE2 { continue }
                switch b {
                case 0x09 where keepingTab, 0x0A where keepingLF: continue
                case 0xC2: if i < n && (0x80...0x9F).contains(bytes[i]) { return true }              // C1
                case 0xE2: if i + 1 < n && bytes[i] == 0x80 && (bytes[i + 1] == 0xA8 || bytes[i + 1] == 0xA9) { return true }   // U+2028, U+2029
                default: return true                                                               // C0, DEL
                }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
    }
}
