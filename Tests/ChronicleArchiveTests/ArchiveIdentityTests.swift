import Chronicle
import Foundation
import Testing
@testable import ChronicleArchive

/// The archive never loses or rewrites an event: pages that look alike stay apart, the
/// order of ingests changes no byte of an export, UIDs come from what events are.
@Suite struct ArchiveIdentityTests {
    typealias F = ArchiveFixtures
    static let issue = "2021-04-14"
    static let d12 = F.date("2021-04-12")

    /// A page whose articles all carry `headline` (简讯, or none at all), one event each.
    static func briefs(_ source: String, headline: String, leaders: [String], issue: String = issue) -> (Page, [Event]) {
        let page = Page(source: source, issueDate: F.date(issue), articles: leaders.indices.map {
            F.article($0 + 1, headline, body: "正文\($0)", issue: issue)
        })
        let events = leaders.enumerated().map { i, leader in
            F.event(issue: issue, source: source, article: i + 1, headline: headline, timex: .date(d12),
                    summary: "\(leader.suffix(3))主持召开会议", leaders: [leader], sentence: "\(leader)主持召开会议。")
        }
        return (page, events)
    }

    static func jsonl(_ archive: Archive) throws -> [UInt8] { try render(archive.timeline(), as: .jsonl) }

    @Test(arguments: ["简讯", ""])
    func pagesOfOneIssueSharingAHeadlineAreBothKept(_ headline: String) throws {
        let (archive, _) = try F.openArchive()
        let (a, ae) = Self.briefs("a-2021-04-14.txt", headline: headline, leaders: ["区长苏婉清", "副区长周可"])
        let (b, be) = Self.briefs("b-2021-04-14.txt", headline: headline, leaders: ["区委书记韩立诚"])
        try archive.ingest(page: a, events: ae, contentHash: "a", at: 1)
        let before = try archive.events()
        let second = try archive.ingest(page: b, events: be, contentHash: "b", at: 2)
        #expect(second == IngestSummary(added: 1))
        let after = try archive.events()
        #expect(after.count == 3)
        // The first page's events are still there, under the same UIDs, unrevised.
        for event in before { #expect(after.contains(event)) }
        #expect(try archive.stats().pages == 2 && archive.stats().articles == 3)
        #expect(try archive.problems().isEmpty)
    }

    @Test func pagesFromStandardInputSharingAHeadlineAreBothKept() throws {
        let (archive, _) = try F.openArchive()
        let (a, ae) = Self.briefs("-", headline: "简讯", leaders: ["区长苏婉清"])
        let (b, be) = Self.briefs("-", headline: "简讯", leaders: ["区委书记韩立诚"])
        try archive.ingest(page: a, events: ae, contentHash: "a", at: 1)
        try archive.ingest(page: b, events: be, contentHash: "b", at: 1)
        #expect(try archive.events().count == 2)
        // The same page from standard input again: nothing new.
        #expect(try !archive.ingest(page: a, events: ae, contentHash: "a", at: 5).changedAnything)
    }

    @Test func aRenamedFileKeepsItsUIDs() throws {
        let (one, _) = try F.openArchive()
        let (other, _) = try F.openArchive()
        let (page, events) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清", "副区长周可"])
        try one.ingest(page: page, events: events, contentHash: "x", at: 1)
        var renamed = page
        renamed.source = "xihe-daily-0414.txt"
        try other.ingest(page: renamed, events: events.map { var e = $0; e.source = renamed.source; return e },
                         contentHash: "x", at: 1)
        #expect(try one.events().map(\.uid) == other.events().map(\.uid))
        #expect(try one.events().map(\.uid) == Timeline(events: events).entries.map(\.uid))
    }

    /// Two papers' pages of one issue often share a file name (`2021-04-14.txt`, `node_2.htm`):
    /// keyed by path, neither replaces the other, and each is still corrected in place.
    @Test func namesakePagesFromTwoFoldersAreBothKept() throws {
        let (archive, _) = try F.openArchive()
        let (a, ae) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清", "副区长周可"])
        let (b, be) = Self.briefs("2021-04-14.txt", headline: "要闻", leaders: ["区委书记韩立诚"])
        try archive.ingest(page: a, events: ae, contentHash: "a", path: "/srv/xihe/2021-04-14.txt", at: 1)
        let second = try archive.ingest(page: b, events: be, contentHash: "b", path: "/srv/dongwan/2021-04-14.txt", at: 2)
        #expect(second == IngestSummary(added: 1))
        #expect(try archive.events().count == 3 && archive.stats().pages == 2)
        // A correction of one paper's page replaces that page only.
        let corrected = try archive.ingest(page: a, events: Array(ae.prefix(1)), contentHash: "a2",
                                           path: "/srv/xihe/2021-04-14.txt", at: 3)
        #expect(corrected.removed == 1)
        #expect(try archive.events().count == 2 && archive.stats().pages == 2)
        #expect(try archive.problems().isEmpty)
    }

    /// A folder moved: the very same page, whose old path is gone, is the page it was, takes
    /// its new path, and a later correction there replaces it, not doubles it.
    @Test func theSamePageFromAMovedFolderIsOnePage() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清", "副区长周可"])
        let gone: (String) -> Bool = { $0.hasPrefix("/home/lin/") }
        try archive.ingest(page: page, events: events, contentHash: "v1", path: "/home/lin/pages/2021-04-14.txt", at: 1)
        let moved = try archive.ingest(page: page, events: events, contentHash: "v1", path: "/srv/news/2021-04-14.txt",
                                       isGone: gone, at: 2)
        #expect(!moved.changedAnything)
        let corrected = try archive.ingest(page: page, events: Array(events.prefix(1)), contentHash: "v2",
                                           path: "/srv/news/2021-04-14.txt", isGone: gone, at: 3)
        #expect(corrected.removed == 1)
        #expect(try archive.events().count == 1 && archive.stats().pages == 1)
        // Another page under the old path is a page of its own, not the moved one.
        let (other, otherEvents) = Self.briefs("2021-04-14.txt", headline: "要闻", leaders: ["区委书记韩立诚"])
        try archive.ingest(page: other, events: otherEvents, contentHash: "o", path: "/home/lin/pages/2021-04-14.txt", at: 4)
        #expect(try archive.events().count == 2 && archive.stats().pages == 2)
    }

    /// A copy of a folder that is still there is a page of its own: ingesting both, in
    /// either order and again, keeps both and writes nothing the second time.
    @Test func aCopiedFolderIsAPageOfItsOwnInAnyOrder() throws {
        let (page, events) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清"])
        var exports: [[UInt8]] = []
        for paths in [["/srv/news/2021-04-14.txt", "/srv/backup/2021-04-14.txt"],
                      ["/srv/backup/2021-04-14.txt", "/srv/news/2021-04-14.txt"]] {
            let (archive, _) = try F.openArchive()
            for path in paths { try archive.ingest(page: page, events: events, contentHash: "x", path: path, at: 1) }
            for path in paths {
                #expect(try !archive.ingest(page: page, events: events, contentHash: "x", path: path, at: 2).changedAnything)
            }
            #expect(try archive.stats().pages == 2)
            exports.append(try Self.jsonl(archive))
        }
        #expect(exports[0] == exports[1])
    }

    /// An archive made before pages had paths keys them by file name: the page read again
    /// by its path is that page, so a correction replaces it.
    @Test func aPageArchivedByItsFileNameIsFoundByItsPath() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清", "副区长周可"])
        try archive.ingest(page: page, events: events, contentHash: "v1", at: 1)
        let corrected = try archive.ingest(page: page, events: Array(events.prefix(1)), contentHash: "v2",
                                           path: "/srv/news/2021-04-14.txt", at: 2)
        #expect(corrected.removed == 1)
        #expect(try archive.stats().pages == 1 && archive.events().count == 1)
    }

    /// A corrected page that drops one event: that event goes, and is named; the others
    /// keep their UIDs; the one whose text changed bumps its SEQUENCE.
    @Test func aCorrectedPageDropsOnlyWhatItNoLongerHas() throws {
        let (archive, _) = try F.openArchive()
        let (page, events) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清", "副区长周可", "区委书记韩立诚"])
        try archive.ingest(page: page, events: events, contentHash: "v1", at: 100)
        let before = try archive.events()
        var corrected = Array(events.dropFirst())
        for i in corrected.indices { corrected[i].ordinal = 1 }
        corrected[1].location = "区行政中心"
        let summary = try archive.ingest(page: page, events: corrected, contentHash: "v2", at: 200)
        let dropped = try #require(before.first { $0.event == events[0] })
        #expect(summary.removedReports == [IngestSummary.Removed(uid: dropped.uid, summary: events[0].summary)])
        #expect(summary.updated == 1 && summary.unchanged == 1 && summary.added == 0)
        let after = try archive.events()
        #expect(after.map(\.uid).sorted() == before.map(\.uid).filter { $0 != dropped.uid }.sorted())
        let moved = try #require(after.first { $0.event.location == "区行政中心" })
        #expect(moved.sequence == 1 && moved.lastModified == 200 && moved.created == 100)
        #expect(try archive.problems().isEmpty)
        // The page restored: the dropped event comes back with its UID and a higher SEQUENCE.
        try archive.ingest(page: page, events: events, contentHash: "v1", at: 300)
        let back = try #require(try archive.events().first { $0.uid == dropped.uid })
        #expect(back.sequence == 1 && back.created == 100)
    }

    /// Leaders and attendees are people of a report by role; they come back as they went in.
    @Test func leadersAndAttendeesAreStoredByRole() throws {
        let (archive, _) = try F.openArchive()
        var (page, events) = Self.briefs("2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清"])
        events[0].attendees = ["副区长周可", "区政府办主任林晓"]
        events[0].issueDateSource = .fileName
        try archive.ingest(page: page, events: events, contentHash: "a", at: 1)
        let stored = try #require(try archive.events().first)
        #expect(stored.event == events[0])
        // An attendee is no leader: not counted, not matched by --leader.
        #expect(try archive.stats().byLeader.map(\.key) == ["苏婉清"])
        #expect(try archive.events(ArchiveQuery(leader: "周可")).isEmpty)
        // A corrected attendee list is a revision of the same event.
        events[0].attendees = ["副区长周可"]
        page.articles[0].body = "正文（更正）"
        let summary = try archive.ingest(page: page, events: events, contentHash: "b", at: 2)
        #expect(summary.updated == 1)
        #expect(try archive.events().first?.sequence == 1)
    }

    @Test func anEventIsOnTheDayTheCalendarShows() throws {
        let (archive, _) = try F.openArchive()
        let page = Page(source: "2021-04-14.txt", issueDate: F.date(Self.issue), articles: [F.article(1, "回顾", issue: Self.issue)])
        let history = F.event(issue: Self.issue, source: page.source, article: 1, headline: "回顾", kind: "other",
                              timex: .decade(198), summary: "建成老城区", leaders: [])
        try archive.ingest(page: page, events: [history], contentHash: "h", at: 1)
        let shown = try #require(try archive.timeline().entries.first)
        #expect(shown.calendarDay == F.date("1980-01-01"))
        #expect(try archive.events(ArchiveQuery(from: F.date("2021-01-01"), to: F.date("2021-12-31"))).isEmpty)
        #expect(try archive.events(ArchiveQuery(from: F.date("1980-01-01"), to: F.date("1980-12-31"))).count == 1)
        #expect(try archive.stats().byMonth == [ArchiveStats.Count(key: "1980-01", count: 1)])
    }

    @Test func leaderFilterFoldsScriptsAndStatsCountPeopleByName() throws {
        let (archive, _) = try F.openArchive()
        let (a, ae) = Self.briefs("a-2021-04-14.txt", headline: "简讯", leaders: ["区长苏婉清", "區委書記韓立誠"])
        let (b, be) = Self.briefs("b-2021-04-15.txt", headline: "简讯", leaders: ["区委副书记、区长苏婉清"], issue: "2021-04-15")
        var later = be
        later[0].timex = .date(F.date("2021-04-14"))
        try archive.ingest(page: a, events: ae, contentHash: "a", at: 1)
        try archive.ingest(page: b, events: later, contentHash: "b", at: 1)
        #expect(try archive.events(ArchiveQuery(leader: "韩立诚")).count == 1)
        #expect(try archive.events(ArchiveQuery(leader: "區長蘇婉清")).count == 2)
        #expect(try archive.events(ArchiveQuery(leader: "区委书记")).count == 1)
        // A title and a name find the person under any title; a title alone only that title.
        #expect(try archive.events(ArchiveQuery(leader: "常务副区长苏婉清")).count == 2)
        #expect(try archive.events(ArchiveQuery(leader: "副区长")).isEmpty)
        let people = try archive.stats().byLeader
        #expect(people == [ArchiveStats.Count(key: "苏婉清", count: 2), ArchiveStats.Count(key: "韩立诚", count: 1)])
    }
}

/// The shared corpus, recognized once, as pages to ingest.
enum CorpusPages {
    static let all: [(page: Page, events: [Event], hash: String)] = {
        let root = ChronicleProcess.packageRoot.appendingPathComponent("Tests/Corpus")
        guard let gold = try? String(contentsOf: root.appendingPathComponent("gold.jsonl"), encoding: .utf8) else { return [] }
        let pipeline = Pipeline()
        return gold.split(separator: "\n").compactMap { line in
            guard let doc = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = doc["file"] as? String, let issue = (doc["issue_date"] as? String).flatMap(CalendarDate.init(iso:)),
                  let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path),
                  let read = try? pipeline.events(bytes: Array(data), source: (file as NSString).lastPathComponent, issueDate: issue)
            else { return nil }
            return (read.page, read.events, ContentHash.hex(Array(data)))
        }
    }()
}

/// Seeded shuffles without a generator: pages sorted by a fingerprint of the seed and
/// each page's own fingerprint, a different order for every seed and the same on every run.
extension Array where Element == (page: Page, events: [Event], hash: String) {
    func shuffled(seed: Int) -> Self {
        map { (ContentHash.of(fields: [String(seed), $0.hash]), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

@Suite struct ArchiveOrderTests {
    typealias F = ArchiveFixtures

    /// The corpus plus look-alike pages (same issue, same headline or none, standard input)
    /// and retellings in the issues before and after (merged across issues).
    static var pages: [(page: Page, events: [Event], hash: String)] {
        var pages = CorpusPages.all
        let looks: [(String, String, [String], String)] = [
            ("brief-a-2021-04-14.txt", "简讯", ["区长苏婉清"], "2021-04-14"),
            ("brief-b-2021-04-14.txt", "简讯", ["副区长周可", "区委书记韩立诚"], "2021-04-14"),
            ("-", "", ["区委常委林晓"], "2021-04-14"),
            ("-", "简讯", ["镇长陈远"], "2021-04-14"),
            ("brief-2021-04-15.txt", "简讯", ["区委副书记、区长苏婉清"], "2021-04-15"),
            ("brief-2021-04-13.txt", "", ["區委書記韓立誠"], "2021-04-13"),
        ]
        for (i, (source, headline, leaders, issue)) in looks.enumerated() {
            let (page, events) = ArchiveIdentityTests.briefs(source, headline: headline, leaders: leaders, issue: issue)
            pages.append((page, events, "brief-\(i)"))
        }
        return pages
    }

    static func exports(_ archive: Archive) throws -> [[UInt8]] {
        let timeline = try archive.timeline()
        return try [render(timeline, as: .jsonl), render(timeline, as: .ics), render(timeline, as: .csv)]
    }

    /// Fresh archives built in shuffled orders, and one archive re-ingested 100 times in
    /// shuffled orders: the same bytes in every export; the re-ingests write nothing.
    @Test func anyOrderAnyNumberOfTimesGivesTheSameBytes() throws {
        let pages = Self.pages
        #expect(pages.count >= 51, "the corpus is read from Tests/Corpus")
        let (reference, _) = try F.openArchive()
        for p in pages { try reference.ingest(page: p.page, events: p.events, contentHash: p.hash, at: 1_618_358_400) }
        let expected = try Self.exports(reference)
        #expect(try reference.problems().isEmpty)
        // Reports of one event from several issues were merged, the earliest standing for it.
        let merged = try reference.timeline().entries.filter { !$0.otherReports.isEmpty }
        #expect(merged.contains { $0.event.issueDate == ArchiveFixtures.date("2021-04-13") })
        #expect(merged.contains { $0.otherReports.contains { $0.issueDate == ArchiveFixtures.date("2021-04-15") } })
        for seed in 1...3 {
            let (fresh, _) = try F.openArchive()
            for p in pages.shuffled(seed: seed) {
                try fresh.ingest(page: p.page, events: p.events, contentHash: p.hash, at: 1_618_358_400)
            }
            #expect(try Self.exports(fresh) == expected)
        }
        let expectedJSONL = expected[0]
        for pass in 0..<100 {
            var changed = IngestSummary()
            for p in pages.shuffled(seed: 100 + pass) {
                changed = changed + (try reference.ingest(page: p.page, events: p.events, contentHash: p.hash, at: 1_700_000_000 + Int64(pass)))
            }
            #expect(!changed.changedAnything, "pass \(pass)")
            #expect(try render(reference.timeline(), as: .jsonl) == expectedJSONL, "pass \(pass)")
        }
        #expect(try Self.exports(reference) == expected)
    }

    /// `convert` of the pages and `ingest` + `export` of the same pages: the same events.
    @Test func convertAndIngestThenExportGiveTheSameEvents() throws {
        let pages = Self.pages.filter { $0.page.source != "-" }
        let (archive, _) = try F.openArchive()
        for p in pages { try archive.ingest(page: p.page, events: p.events, contentHash: p.hash, at: 1) }
        let converted = Timeline(events: pages.flatMap(\.events))
        var exported = try archive.timeline()
        for i in exported.entries.indices { exported.entries[i].revision = nil }
        #expect(exported.entries.count == converted.entries.count)
        #expect(exported == converted)
        #expect(try render(exported, as: .jsonl) == render(converted, as: .jsonl))
    }
}
