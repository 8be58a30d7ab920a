import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Every document of `Tests/Corpus` as a calendar, twice: from its gold events (fixed
/// input, so the HTML can be a golden file) and from what the pipeline recognizes; every
/// file passes check_ics.py.
@Suite struct CorpusCalendarTests {
    static let gold = TestPaths.corpus.appendingPathComponent("gold.jsonl")

    /// Reads a TIMEX3 value of the shapes the gold uses.
    static func timex(_ value: String) -> Timex? {
        if value == "PAST_REF" { return .vague(.past) }
        if value.hasPrefix("("), value.hasSuffix(")") {
            let parts = value.dropFirst().dropLast().split(separator: ",")
            guard parts.count == 3, let a = timex(String(parts[0])), let b = timex(String(parts[1])) else { return nil }
            return .range(a, b)
        }
        guard let day = CalendarDate(iso: value) else { return nil }
        let rest = value.dropFirst(10)
        if rest.isEmpty { return .date(day) }
        guard rest.first == "T" else { return nil }
        if let part = PartOfDay(rawValue: String(rest.dropFirst())) { return .partOfDay(day, part) }
        return LocalDateTime(iso: value).map { .dateTime($0.date, $0.time) }
    }

    static func documents() throws -> [(name: String, events: [Event])] {
        let text = try String(contentsOf: gold, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(doc["file"] as? String)
            let issueText = try #require(doc["issue_date"] as? String)
            let issue = try #require(CalendarDate(iso: issueText))
            let articles = try #require(doc["articles"] as? [[String: Any]])
            var events: [Event] = []
            for (a, article) in articles.enumerated() {
                let headline = article["headline"] as? String ?? ""
                for (e, gold) in (article["events"] as? [[String: Any]] ?? []).enumerated() {
                    let trigger = gold["trigger"] as? String ?? ""
                    events.append(Event(
                        kind: gold["kind"] as? String ?? "other",
                        timex: try #require(timex(gold["date"] as? String ?? ""), "\(file): \(gold["date"] ?? "")"),
                        dateText: gold["date_text"] as? String, planned: gold["planned"] as? Bool ?? false,
                        summary: headline, leaders: gold["leaders"] as? [String] ?? [], location: gold["location"] as? String,
                        trigger: trigger, sentence: trigger, headline: headline, byline: article["byline"] as? String,
                        issueDate: issue, source: URL(fileURLWithPath: file).lastPathComponent, article: a + 1, ordinal: e + 1))
                }
            }
            return (URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent, events)
        }
    }

    /// Each document's file and issue date.
    static func sources() throws -> [(file: URL, issueDate: CalendarDate)] {
        try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").map { line in
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(doc["file"] as? String)
            let issueText = try #require(doc["issue_date"] as? String)
            return (gold.deletingLastPathComponent().appendingPathComponent(file), try #require(CalendarDate(iso: issueText)))
        }
    }

    @Test
    func everyConvertedDocumentIsAValidCalendar() async throws {
        let pipeline = Pipeline()
        var files: [(name: String, bytes: [UInt8])] = []
        var all: [Event] = []
        for source in try Self.sources() {
            let bytes = try [UInt8](Data(contentsOf: source.file))
            let events = try pipeline.events(bytes: bytes, source: source.file.lastPathComponent, issueDate: source.issueDate).events
            all += events
            let ics = try render(Timeline(events: events), as: .ics, options: .init())
            _ = try ExternalICS.parseBack(ics)
            files.append((source.file.deletingPathExtension().lastPathComponent + ".ics", ics))
        }
        #expect(all.count > 40)
        let timeline = Timeline(events: all)
        files.append(("converted-corpus.ics", try render(timeline, as: .ics, options: .init())))
        // Every format of the whole corpus, twice: byte-identical.
        for format in OutputFormat.allCases {
            #expect(try render(timeline, as: format, options: .init()) == render(Timeline(events: all.reversed()), as: format, options: .init()))
        }
        let urls = try ExternalICS.write(files)
        if ExternalICS.python3 != nil {
            try ExternalICS.checkICS(urls)
            _ = try ExternalICS.khalImport(urls[urls.count - 1])
        }
    }

    @Test
    func everyDocumentBecomesAValidCalendar() throws {
        let documents = try Self.documents()
        #expect(documents.count >= 45)
        var files: [(name: String, bytes: [UInt8])] = []
        for doc in documents {
            let timeline = Timeline(events: doc.events)
            let bytes = try render(timeline, as: .ics, options: ExportOptions(calendarName: doc.name))
            let parsed = try ExternalICS.parseBack(bytes)
            #expect(parsed.events.count == timeline.entries.filter { $0.slot != .unplaced }.count, "\(doc.name)")
            #expect(Set(parsed.events.compactMap(\.uid)).count == parsed.events.count, "\(doc.name)")
            files.append((doc.name + ".ics", bytes))
        }
        let everything = Timeline(events: documents.flatMap(\.events))
        files.append(("corpus.ics", try render(everything, as: .ics, options: .init())))
        // The page scripts/render-html.sh screenshots; golden, so it stays deterministic.
        try Golden.check(try render(everything, as: .html, options: ExportOptions(calendarName: "澜州市各区县大事记（开发语料）")),
                         "corpus.html")
        let urls = try ExternalICS.write(files)
        // khal imports the converted corpus (the pipeline test); here check_ics suffices.
        if ExternalICS.python3 != nil { try ExternalICS.checkICS(urls) }
    }
}
