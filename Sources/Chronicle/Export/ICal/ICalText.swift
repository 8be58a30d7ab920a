/// Text cleaned before it reaches libical, which drops CR, BS and FF silently, writes other
/// C0 controls raw (invalid), and whose parser trims spaces from both ends of a value.
enum ICalText {
    /// Newlines become LF; control characters other than tab and LF (C0, DEL, C1) go;
    /// leading and trailing white space goes.
    static func clean(_ text: String) -> String {
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
        trimmed(String(String.UnicodeScalarView(clean(text).unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })))
    }

    static func trimmed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
