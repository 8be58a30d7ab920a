import Foundation

/// The `chronicle tag --jsonl` protocol of DESIGN.md: one request line in, one response
/// line out. A line that is not a JSON object, has no `text` or a bad `ref` is answered
/// with `{"id": …, "error": …}`, so a stream never stops at a bad line.
public struct TagProtocol: Sendable {
    public let tagger: TimeTagger
    /// Used for lines without a `ref` (from `--ref`); nil makes such lines errors.
    public let defaultReference: LocalDateTime?

    public init(tagger: TimeTagger = TimeTagger(), defaultReference: LocalDateTime? = nil) {
        self.tagger = tagger
        self.defaultReference = defaultReference
    }

    /// The response line (without its newline) to one request line.
    public func respond(to line: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]),
              let request = object as? [String: Any] else {
            return answer(id: .null, "error", .string("not a JSON object: write one {\"id\", \"text\", \"ref\"} object per line"))
        }
        let id = Self.idValue(request["id"])
        guard let text = request["text"] as? String else {
            return answer(id: id, "error", .string("no \"text\" string in this line"))
        }
        let reference: LocalDateTime
        if let r = request["ref"] {
            guard let s = r as? String, let parsed = LocalDateTime(iso: s) else {
                return answer(id: id, "error", .string("\"ref\" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]"))
            }
            reference = parsed
        } else if let d = defaultReference {
            reference = d
        } else {
            return answer(id: id, "error", .string("no reference date: add a \"ref\" field or pass --ref YYYY-MM-DD"))
        }
        let mentions = tagger.tag(text, reference: reference).map { m -> JSONValue in
            var o = JSONObject()
            o.add("start", .int(m.start))
            o.add("end", .int(m.end))
            o.add("text", .string(m.text))
            o.add("type", .string(m.type.rawValue))
            o.add("timex", .string(m.timex.value))
            if let mod = m.modifier { o.add("mod", .string(mod.rawValue)) }
            if m.isFuture { o.add("future", .bool(true)) }
            return .object(o)
        }
        return answer(id: id, "mentions", .array(mentions))
    }

    private func answer(id: JSONValue, _ key: String, _ value: JSONValue) -> String {
        var o = JSONObject()
        o.add("id", id)
        o.add(key, value)
        var out: [UInt8] = []
        o.write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// An `id` as it came in: a string or a number; anything else is null.
    private static func idValue(_ v: Any?) -> JSONValue {
        switch v {
        case let s as String: return .string(s)
        case let n as NSNumber: return .number(n.stringValue)
        default: return .null
        }
    }
}
