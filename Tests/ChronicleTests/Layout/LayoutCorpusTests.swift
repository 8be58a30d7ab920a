import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Runs Decode and Layout over every document of the shared development corpus and
/// compares articles, headlines, bylines and issue dates with the gold annotations.
@Suite struct LayoutCorpusTests {
    struct GoldArticle: Decodable { let headline: String; let byline: String? }
    struct GoldDocument: Decodable {
        let id: String
        let file: String
        let issue_date: String
        let issue_date_text: String?
        let articles: [GoldArticle]
    }

    static let corpus: URL = TestPaths.corpus

    static func gold() throws -> [GoldDocument] {
        let url = corpus.appendingPathComponent("gold.jsonl")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CorpusMissing(path: url.path)
        }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(GoldDocument.self, from: Data($0.utf8))
        }
    }

    struct CorpusMissing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): corpus missing: the repository carries it under Tests/Corpus" }
    }

    struct Score: CustomStringConvertible {
        var articles = 0, articlesRight = 0, headlines = 0, headlinesRight = 0
        var bylines = 0, bylinesRight = 0, issues = 0, issuesRight = 0
        var description: String {
            "article counts \(articlesRight)/\(articles) documents, headlines \(headlinesRight)/\(headlines), "
                + "bylines \(bylinesRight)/\(bylines), issue dates \(issuesRight)/\(issues)"
        }
    }

    @Test func corpusLayoutMatchesGold() throws {
        var score = Score()
        for doc in try Self.gold() {
            let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(doc.file)))
            let text = try TextDecoder.decode(bytes, source: doc.file)
            let goldIssue = try #require(CalendarDate(iso: doc.issue_date))
            // Corpus files are named doc-NNN: give the date unless the file holds it.
            let given = doc.issue_date_text == nil ? goldIssue : nil
            let page = try PageLayout().page(text: text, source: doc.file, issueDate: given)
            score.issues += 1
            if page.issueDate == goldIssue { score.issuesRight += 1 }
            #expect(page.issueDate == goldIssue, "\(doc.id): issue date")

            score.articles += 1
            if page.articles.count == doc.articles.count { score.articlesRight += 1 }
            #expect(page.articles.count == doc.articles.count, "\(doc.id): article count")
            for (k, gold) in doc.articles.enumerated() {
                let found = k < page.articles.count ? page.articles[k] : nil
                score.headlines += 1
                score.bylines += 1
                if found?.headline == gold.headline { score.headlinesRight += 1 }
                if found?.byline == gold.byline { score.bylinesRight += 1 }
                #expect(found?.headline == gold.headline, "\(doc.id) article \(k + 1): headline")
                #expect(found?.byline == gold.byline, "\(doc.id) article \(k + 1): byline")
            }
        }
        print("layout corpus: \(score)")
    }

    /// Bodies start at the lead and hold no credits, no furniture and no broken sentences.
    @Test func corpusBodiesAreClean() throws {
        for doc in try Self.gold() {
            let bytes = try [UInt8](Data(contentsOf: Self.corpus.appendingPathComponent(doc.file)))
            let page = try PageLayout().page(text: try TextDecoder.decode(bytes, source: doc.file), source: doc.file,
                                             issueDate: CalendarDate(iso: doc.issue_date))
            for article in page.articles {
                #expect(!article.body.contains("发布时间"), "\(doc.id): header left in body")
                #expect(!article.body.contains("\r"), "\(doc.id): CR left in body")
                #expect(!article.body.contains("\u{3000}\u{3000}"), "\(doc.id): indentation left in body")
                if let byline = article.byline, !article.body.hasPrefix("本报") && !article.body.contains("(" + byline) {
                    #expect(!article.body.contains(byline), "\(doc.id): byline left in body")
                }
            }
        }
    }
}
