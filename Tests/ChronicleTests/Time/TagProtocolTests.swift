import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// `chronicle tag --jsonl`: one answer per line, errors as lines, the stream goes on.
@Suite struct TagProtocolTests {
    let handler = TagProtocol(defaultReference: nil)

    func answer(_ line: String) throws -> [String: Any] {
        let text = handler.respond(to: line)
        #expect(!text.contains("\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aGoodLineGetsItsMentions() throws {
        let a = try answer(#"{"id": "a1", "text": "我们4月12日上午开会", "ref": "2016-11-07T00:00:00"}"#)
        #expect(a["id"] as? String == "a1")
        let mentions = try #require(a["mentions"] as? [[String: Any]])
        #expect(mentions.count == 1)
        #expect(mentions.first?["start"] as? Int == 2 && mentions.first?["end"] as? Int == 9)
        #expect(mentions.first?["text"] as? String == "4月12日上午")
        #expect(mentions.first?["type"] as? String == "date")
        #expect(mentions.first?["timex"] as? String == "2016-04-12TMO")
    }

    /// A stream mixing bad JSON, missing fields and bad refs: one error line per bad line,
    /// the good lines around them still answered.
    @Test(arguments: [
        (#"not json at all"#, "not a JSON object"),
        (#"[1, 2, 3]"#, "not a JSON object"),
        (#"{"id": "x", "text": "#, "not a JSON object"),
        (#"{"id": "x", "ref": "2021-04-14"}"#, "no \"text\""),
        (#"{"id": "x", "text": 42, "ref": "2021-04-14"}"#, "no \"text\""),
        (#"{"id": "x", "text": "昨天", "ref": "2021-13-40"}"#, "\"ref\" is not"),
        (#"{"id": "x", "text": "昨天", "ref": 20210414}"#, "\"ref\" is not"),
        (#"{"id": "x", "text": "昨天"}"#, "no reference date"),
        ("", "not a JSON object"),
    ])
    func badLinesGetOneErrorLine(_ line: String, _ expected: String) throws {
        let a = try answer(line)
        #expect((a["error"] as? String)?.contains(expected) == true, "\(line) → \(a)")
        #expect(a["mentions"] == nil)
    }

    @Test func idsComeBackAsTheyWent() throws {
        #expect(try answer(#"{"id": 7, "text": "昨天", "ref": "2021-04-14"}"#)["id"] as? Int == 7)
        #expect(try answer(#"{"text": "昨天", "ref": "2021-04-14"}"#)["id"] is NSNull)
        #expect(try answer(#"{"id": "引号\"和\\", "text": "x"}"#)["id"] as? String == "引号\"和\\")
    }

    @Test func theDefaultReferenceServesLinesWithoutRef() throws {
        let withDefault = TagProtocol(defaultReference: LocalDateTime(iso: "2021-04-14"))
        let text = withDefault.respond(to: #"{"id": "d", "text": "昨天开会"}"#)
        #expect(text.contains("\"timex\": \"2021-04-13\""))
    }
}
