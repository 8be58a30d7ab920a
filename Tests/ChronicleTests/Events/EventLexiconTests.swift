import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct EventLexiconTests {
    typealias F = EventFixture

    @Test func builtinHasTheDesignKinds() {
        #expect(EventLexicon.builtin.kinds == ["meeting", "inspection", "study", "symposium",
                                               "ceremony", "reception", "training", "other"])
    }

    @Test func exampleFileAddsKindsTriggersAndTitles() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("Samples/lexicon.example.json").path
        let lexicon = try EventLexicon.builtin.merging(userFile: path)
        #expect(lexicon.kinds.contains("drill"))
        let body = "本报讯 4月10日，城东街道网格长郑小红带领居民开展消防演练。"
        let events = F.events(body, [F.mention("4月10日", in: body, .date(F.day("2021-04-10")))], lexicon: lexicon)
        #expect(events.map(\.kind) == ["drill"])
        #expect(events.first?.leaders == ["城东街道网格长郑小红"])
        // Without the user file the same page has no drill and no such title.
        let plain = F.events(body, [F.mention("4月10日", in: body, .date(F.day("2021-04-10")))])
        #expect(plain.map(\.kind) == ["other"])
        #expect(plain.first?.leaders == [])
    }

    @Test func ignoredPhrasesHideTheirTrigger() throws {
        let json = Data(#"{"triggers": {"meeting": ["议事会"]}, "ignore": ["议事会制度"]}"#.utf8)
        let lexicon = try EventLexicon.builtin.merging(json: json, source: "mine.json")
        let body = "4月10日，社区建立议事会制度。"
        #expect(F.events(body, [F.mention("4月10日", in: body, .date(F.day("2021-04-10")))], lexicon: lexicon).isEmpty)
    }

    @Test(arguments: [
        (#"{"triggers": ["议事会"]}"#, "wrong type"),
        (#"{"trigers": {}}"#, "unknown key \"trigers\""),
        (#"{"triggers": {"meeting": [""]}}"#, "empty trigger"),
        (#"{"triggers": {"演练,会": ["应急演练"]}}"#, "cannot hold , ; \\ or control characters"),
        (#"{"triggers": {"演练;会": ["应急演练"]}}"#, "cannot hold , ; \\ or control characters"),
        (#"{"triggers": {"演练\\会": ["应急演练"]}}"#, "cannot hold , ; \\ or control characters"),
        (#"{"triggers": {"演练\t会": ["应急演练"]}}"#, "cannot hold , ; \\ or control characters"),
        ("not json", "not a valid lexicon"),
    ])
    func badFilesGiveOneClearLine(json: String, expected: String) {
        do {
            _ = try EventLexicon.builtin.merging(json: Data(json.utf8), source: "mine.json")
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description.hasPrefix("mine.json: "))
            #expect(error.description.contains(expected))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func missingFileNamesThePath() {
        #expect(throws: EventLexiconError.self) {
            try EventLexicon.builtin.merging(userFile: "/nonexistent/lexicon.json")
        }
    }
}
