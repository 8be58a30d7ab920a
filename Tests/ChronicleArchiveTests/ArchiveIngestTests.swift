import Chronicle
import Foundation
import Testing
@testable import ChronicleArchive

@Suite struct ArchiveIngestTests {
    typealias F = ArchiveFixtures
    static let issue = "2021-04-14"
    static let d12 = F.date("2021-04-12")

    static func page(_ source: String = "p-2021-04-14.txt", issue: String = issue, headlines: [String]) -> Page {
        Page(source: source, issueDate: F.date(issue),
             articles: headlines.enumerated().map { F.article($0.offset + 1, $0.element, issue: issue) })
    }

    static func samplePage() -> (Page, [Event]) {
        let page = page(headlines: ["全体会议召开", "区长暗访督导"])
        var events = [
            F.event(issue: issue, source: page.source, article: 1, headline: "全体会议召开", timex: .vague(.past)),
            F.event(issue: issue, source: page.source, article: 2, headline: "区长暗访督导", kind: "inspection",
                    timex: .partOfDay(d12, .morning), summary: "苏婉清暗访督导", leaders: ["区长苏婉清"], location: "北塘街道"),
        ]
        // Attendees are stored and read back in their order.
        events[1].attendees = ["副区长马骁", "区城管局局长韩青"]
        return (page, events)
    }

    @Test func ingestThenReadBack() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        let summary = try archive.ingest(page: page, events: events, contentHash: "h1", at: 100)
        #expect(summary == IngestSummary(added: 2))
        let stored = try archive.events()
        #expect(Set(stored.map(\.event)) == Set(events))
        #expect(stored.allSatisfy { $0.sequence == 0 && $0.lastModified == 100 && $0.alsoReportedIn.isEmpty })
        #expect(try archive.problems().isEmpty)
    }

    @Test func ingestingTwiceChangesNothing() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        try archive.ingest(page: page, events: events, contentHash: "h1", at: 100)
        let before = try archive.events()
        let fileBefore = try Data(contentsOf: URL(fileURLWithPath: archive.path))
        let again = try archive.ingest(page: page, events: events, contentHash: "h1", at: 999)
        #expect(!again.changedAnything)
        #expect(again.unchanged == 2)
        #expect(try archive.events() == before)
        // Nothing was written, not even a timestamp.
        #expect(try Data(contentsOf: URL(fileURLWithPath: archive.path)) == fileBefore)
    }

    @Test func correctedPageReplacesItsEventsAndBumpsSequence() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        try archive.ingest(page: page, events: events, contentHash: "h1", at: 100)
        var corrected = events
        corrected[1].location = "北塘街道东南小学"
        // The corrected file also drops the first report and adds a third.
        let newPage = Self.page(headlines: ["区长暗访督导", "新闻发布会举行"])
        corrected[1].article = 1
        let added = F.event(issue: Self.issue, source: page.source, article: 2, headline: "新闻发布会举行", kind: "other",
                            timex: .date(Self.d12), summary: "新闻发布会", leaders: [])
        let summary = try archive.ingest(page: newPage, events: [corrected[1], added], contentHash: "h2", at: 200)
        #expect(summary.added == 1 && summary.updated == 1 && summary.removed == 1)
        let stored = try archive.events()
        #expect(stored.count == 2)
        let inspection = try #require(stored.first { $0.event.kind == "inspection" })
        #expect(inspection.event.location == "北塘街道东南小学")
        #expect(inspection.event.article == 1)
        #expect(inspection.sequence == 1 && inspection.lastModified == 200 && inspection.created == 100)
        #expect(try archive.problems().isEmpty)
    }

    @Test func pagesFromStandardInputReplaceOnlyTheirOwnArticles() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        var first = page
        first.source = "-"
        try archive.ingest(page: first, events: events.map { var e = $0; e.source = "-"; return e }, contentHash: "a", at: 1)
        let second = Self.page("-", headlines: ["另一篇报道"])
        let other = F.event(issue: Self.issue, source: "-", article: 1, headline: "另一篇报道", kind: "training",
                            timex: .date(Self.d12), leaders: [])
        let summary = try archive.ingest(page: second, events: [other], contentHash: "b", at: 2)
        #expect(summary == IngestSummary(added: 1))
        #expect(try archive.events().count == 3)
    }

    @Test func eventInTwoIssuesIsKeptOnceWithBothSources() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        let later = Self.page("p-2021-04-15.txt", issue: "2021-04-15", headlines: ["北塘街道背街小巷整治见成效"])
        let retold = F.event(issue: "2021-04-15", source: later.source, article: 1, headline: later.articles[0].headline,
                             kind: "inspection", timex: .date(Self.d12), summary: "区领导督导背街小巷",
                             leaders: ["区委副书记、区长苏婉清"], sentence: "12日，苏婉清到北塘街道督导。")
        // Ingest the later issue first: the earlier report still becomes the primary.
        try archive.ingest(page: later, events: [retold], contentHash: "h0", at: 50)
        try archive.ingest(page: page, events: events, contentHash: "h1", at: 100)
        let stored = try archive.events()
        #expect(stored.count == 2)
        let inspection = try #require(stored.first { $0.event.kind == "inspection" })
        #expect(inspection.event.issueDate == F.date(Self.issue))
        #expect(inspection.alsoReportedIn.map(\.issueDate) == [F.date("2021-04-15")])
        #expect(inspection.alsoReportedIn.first?.sentence == "12日，苏婉清到北塘街道督导。")
        #expect(try archive.stats().reports == 3)
        #expect(try archive.problems().isEmpty)
    }

    @Test func twoEventsInOneIssueStayTwo() throws {
        let (archive, _) = try F.openArchive()
        let page = Self.page(headlines: ["上午会议", "下午会议"])
        let events = (1...2).map {
            F.event(issue: Self.issue, source: page.source, article: $0, headline: page.articles[$0 - 1].headline,
                    timex: .date(Self.d12))
        }
        try archive.ingest(page: page, events: events, contentHash: "h", at: 1)
        #expect(try archive.events().count == 2)
    }

    @Test func queriesSliceByDateKindAndLeader() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        try archive.ingest(page: page, events: events, contentHash: "h1", at: 100)
        #expect(try archive.events(ArchiveQuery(kind: "inspection")).map(\.event.kind) == ["inspection"])
        #expect(try archive.events(ArchiveQuery(leader: "苏婉清")).count == 1)
        #expect(try archive.events(ArchiveQuery(leader: "区委书记")).count == 1)
        #expect(try archive.events(ArchiveQuery(leader: "无此人")).isEmpty)
        // The vague event sits on its issue date (04-14), the inspection on 04-12.
        #expect(try archive.events(ArchiveQuery(from: F.date("2021-04-13"))).map(\.event.kind) == ["meeting"])
        #expect(try archive.events(ArchiveQuery(to: F.date("2021-04-12"))).map(\.event.kind) == ["inspection"])
        let stats = try archive.stats()
        #expect(stats.issues == 1 && stats.pages == 1 && stats.articles == 2 && stats.events == 2)
        #expect(stats.byMonth == [ArchiveStats.Count(key: "2021-04", count: 2)])
        #expect(Set(stats.byLeader.map(\.key)) == ["韩立诚", "苏婉清"])
    }

    @Test func reopeningKeepsData() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.samplePage()
        try archive.ingest(page: page, events: events, contentHash: "h1", at: 100)
        let reopened = try Archive(path: archive.path)
        #expect(try reopened.events().count == 2)
    }

    @Test func unopenablePathIsOneClearLine() {
        #expect {
            _ = try Archive(path: "/proc/chronicle-cannot/archive.sqlite")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("/proc/chronicle-cannot/archive.sqlite: cannot open") && !text.contains("\n")
        }
    }
}
