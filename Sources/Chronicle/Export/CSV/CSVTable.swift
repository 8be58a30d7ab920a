/// RFC 4180 writer: CRLF records, a header row, fields quoted when they hold a comma, a
/// quote or a line break, UTF-8 with an optional BOM, and every cell a spreadsheet would
/// read as a formula neutralised with a leading `'` (CSV injection; quoting does not help).
struct CSVTable {
    var header: [String]
    var rows: [[String]] = []

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// First characters Excel, LibreOffice and Sheets start a formula with (OWASP).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    func render(bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? Self.bom : []
        for record in [header] + rows {
            out += Array(record.map { Self.field($0) }.joined(separator: ",").utf8)
            out += [0x0D, 0x0A]
        }
        return out
    }

    /// One field: neutralised, then quoted if needed.
    static func field(_ raw: String) -> String {
        let value = neutralised(raw)
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `'` before a value that starts (after leading spaces) like a formula.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        let firstVisible = value.unicodeScalars.first { $0 != " " } ?? first
        return formulaStarts.contains(first) || formulaStarts.contains(firstVisible) ? "'" + value : value
    }
}

extension String {
    /// Replaces every occurrence of a one-character `target` (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
