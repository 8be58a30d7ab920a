import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Every timex of the annotated corpus (`Tests/Corpus/gold.jsonl`) must be found with
/// its gold value and modifier when the whole decoded document is tagged against its
/// issue date (datelines inside the text reset the reference, as in the product).
/// A timex split by a page-layout break (doc-039 `6月1` / `0日前`) is looked up in the
/// text the Layout stage repairs.
@Suite struct CorpusTimexTests {
    struct GoldTimex: Decodable { let text: String; let value: String; let mod: String? }
    struct GoldArticle: Decodable { let timexes: [GoldTimex] }
    struct GoldDocument: Decodable {
        let id: String
        let file: String
        let issue_date: String
        let articles: [GoldArticle]
    }

    static var corpus: URL { TestPaths.corpus }

    @Test func everyGoldTimexIsFoundAndResolved() throws {
        let goldURL = Self.corpus.appendingPathComponent("gold.jsonl")
        guard let goldData = FileManager.default.contents(atPath: goldURL.path) else {
            Issue.record("corpus not found at \(goldURL.path): the repository carries it under Tests/Corpus")
            return
        }
        let tagger = TimeTagger()
        let layout = PageLayout()
        var total = 0
        var misses: [String] = []
        for line in goldData.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let doc = try JSONDecoder().decode(GoldDocument.self, from: Data(line))
            let issue = try #require(CalendarDate(iso: doc.issue_date))
            let bytes = try #require(FileManager.default.contents(atPath: Self.corpus.appendingPathComponent(doc.file).path))
            let text = try TextDecoder.decode([UInt8](bytes), source: doc.file)
            var found = tagger.tag(text, reference: LocalDateTime(date: issue)).map(Self.key)
            let page = try layout.page(text: text, source: doc.file, issueDate: issue)
            let repaired = page.articles.map { $0.headline + "\n" + $0.body }.joined(separator: "\n")
            var foundRepaired = tagger.tag(repaired, reference: LocalDateTime(date: issue)).map(Self.key)
            for timex in doc.articles.flatMap(\.timexes) {
                total += 1
                let key = "\(timex.text) = \(timex.value)" + (timex.mod.map { " \($0)" } ?? "")
                if let i = found.firstIndex(of: key) {
                    found.remove(at: i)
                } else if !text.contains(timex.text), let i = foundRepaired.firstIndex(of: key) {
                    foundRepaired.remove(at: i)
                } else {
                    misses.append("\(doc.id): \(key)")
                }
            }
        }
        #expect(total == 92, "gold.jsonl changed: \(total) timexes")
        #expect(misses.isEmpty, "\(misses.count) of \(total) gold timexes missed or wrong:\n\(misses.joined(separator: "\n"))")
    }

    static func key(_ m: TimeMention) -> String {
        "\(m.text) = \(m.timex.value)" + (m.modifier.map { " \($0.rawValue)" } ?? "")
    }
}
