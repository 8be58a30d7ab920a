/// The JSON chronicle writes, shared by the time engine's `tag --jsonl` protocol and the
/// `--format jsonl` exporter; it lives below both so neither stage reaches into the other.
/// Compact, keys in insertion order, non-ASCII as UTF-8.
package indirect enum JSONValue: Hashable, Sendable {
    case string(String), int(Int), bool(Bool), array([JSONValue]), object(JSONObject), null
    /// A number as JSON text, passed through as it came in (a request's `id`).
    case number(String)

    package func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .int(let n): out += Array(String(n).utf8)
        case .number(let text): out += Array(text.utf8)
        case .object(let o): o.write(into: &out)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .null: out += Array("null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out += [UInt8(ascii: ","), UInt8(ascii: " ")] }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// Escapes `"`, `\` and the C0 controls; U+2028/2029 too, so a line is also valid
    /// JavaScript. Works on the UTF-8 bytes: every other byte is copied as it is.
    package static func writeString(_ s: String, into out: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        out.append(quote)
        let bytes = Array(s.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case quote, backslash:
                out.append(backslash); out.append(b)
            case 0x0A: out.append(backslash); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(backslash); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(backslash); out.append(UInt8(ascii: "t"))
            case 0x00..<0x20:
                out.append(backslash); out.append(UInt8(ascii: "u")); out.append(UInt8(ascii: "0")); out.append(UInt8(ascii: "0"))
                hex.withUTF8Buffer { out.append($0[Int(b >> 4)]); out.append($0[Int(b & 15)]) }
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out.append(contentsOf: bytes[i + 2] == 0xA8 ? lineSeparator : paragraphSeparator)
                i += 3
                continue
            default:
                out.append(b)
            }
            i += 1
        }
        out.append(quote)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
    private static let lineSeparator = Array("\\u2028".utf8), paragraphSeparator = Array("\\u2029".utf8)
}

package struct JSONObject: Hashable, Sendable {
    private struct Member: Hashable, Sendable {
        let key: String
        let value: JSONValue
    }
    private var members: [Member] = []

    package init() {}

    package mutating func add(_ key: String, _ value: JSONValue) { members.append(Member(key: key, value: value)) }

    /// `{"k": v, …}` with the spacing of DESIGN.md's example.
    package func write(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            if i > 0 { out += [UInt8(ascii: ","), UInt8(ascii: " ")] }
            JSONValue.writeString(member.key, into: &out)
            out += [UInt8(ascii: ":"), UInt8(ascii: " ")]
            member.value.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }
}
