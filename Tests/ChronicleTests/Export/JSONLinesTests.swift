import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct JSONLinesTests {
    typealias S = SampleEvents

    /// DESIGN.md's example, field for field and in its key order.
    @Test func theContractLine() throws {
        let event = Event(kind: "inspection", timex: .partOfDay(S.day(4, 12), .morning), dateText: "4月12日上午",
                          summary: "虎强暗访督导国家卫生城市复审工作", leaders: ["管城回族区委书记虎强"], location: "东南小学",
                          trigger: "暗访督导", sentence: "4月12日上午，管城回族区委书记虎强暗访督导国家卫生城市复审工作。",
                          headline: "虎强暗访督导国家卫生城市复审工作", byline: "记者 柴琳琳 通讯员 姜璞",
                          issueDate: S.issue, source: "guancheng-2021-04-14.txt", article: 3, ordinal: 1)
        let timeline = Timeline(events: [event])
        let line = String(decoding: try render(timeline, as: .jsonl, options: .init()), as: UTF8.self)
        let uid = timeline.entries[0].uid
        #expect(line == """
            {"uid": "\(uid)", "kind": "inspection", "timex": "2021-04-12TMO", "date_text": "4月12日上午", \
            "start": "2021-04-12T09:00:00+08:00", "end": "2021-04-12T12:00:00+08:00", "all_day": false, \
            "precision": "part_of_day", "planned": false, "summary": "虎强暗访督导国家卫生城市复审工作", \
            "leaders": ["管城回族区委书记虎强"], "attendees": [], "location": "东南小学", "headline": "虎强暗访督导国家卫生城市复审工作", \
            "sentence": "4月12日上午，管城回族区委书记虎强暗访督导国家卫生城市复审工作。", "byline": "记者 柴琳琳 通讯员 姜璞", \
            "issue_date": "2021-04-14", "source": "guancheng-2021-04-14.txt", "article": 3}

            """)
    }

    @Test func everyLineIsValidJSONInTimelineOrder() throws {
        let timeline = Timeline(events: S.everyShape + S.hostile)
        let bytes = try render(timeline, as: .jsonl, options: .init())
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == timeline.entries.count)
        for (line, entry) in zip(lines, timeline.entries) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["uid"] as? String == entry.uid)
            #expect(object["sentence"] as? String == entry.event.sentence)   // as written, controls escaped
            #expect(object["timex"] as? String == entry.event.timex.value)
            if entry.precision == .vague { #expect(object["start"] as? String == "" && object["end"] as? String == "") }
        }
        let deadline = try #require(lines.first { $0.contains("\"timex\": \"2021-05-31\"") })
        #expect(deadline.contains("\"timex\": \"2021-05-31\", \"mod\": \"ON_OR_BEFORE\", \"date_text\""))
        let nulls = try render(Timeline(events: [S.event(.date(S.day(4, 12)), dateText: nil, location: nil, byline: nil)]),
                               as: .jsonl, options: .init())
        let text = String(decoding: nulls, as: UTF8.self)
        #expect(text.contains("\"date_text\": null") && text.contains("\"location\": null") && text.contains("\"byline\": null"))
    }

    @Test func stringsAreEscaped() {
        var out: [UInt8] = []
        JSONValue.writeString("a\"b\\c\nd\u{1}e\u{2028}中", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "\"a\\\"b\\\\c\\nd\\u0001e\\u2028中\"")
    }
}
