import Chronicle
import Foundation
import GRDB
import Testing
@testable import ChronicleArchive

/// A v1 archive (articles keyed by headline, events stored) opens as v2 with its
/// reports, their UIDs derived from their words, and their revisions carried over.
@Suite struct ArchiveMigrationTests {
    @Test func aVersion1ArchiveKeepsItsReportsAndRevisions() throws {
        let folder = ArchiveFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("archive.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try ArchiveSchema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO issue (id, date) VALUES (1, '2021-04-14'), (2, '2021-04-15');
                    INSERT INTO page VALUES (1, 1, '2021-04-14.txt', 'h1', 100), (2, 2, '-', 'h2', 150);
                    INSERT INTO article VALUES (1, 1, 1, 1, '简讯', 0, '记者 甲', 'a1'), (2, 1, 1, 2, '简讯', 1, NULL, 'a2'),
                                               (3, 2, 2, 1, '', 0, NULL, 'a3');
                    INSERT INTO event VALUES (1, 'meeting', '2021-04-12', 1, 'e1', 2, 100, 300),
                                             (2, 'inspection', '2021-04-14', 2, 'e2', 0, 100, 100);
                    INSERT INTO report VALUES
                        (1, 1, 1, 1, 'meeting', '2021-04-12', 0, NULL, '12日', 0, '苏婉清主持召开会议', NULL, '召开',
                         '12日，区长苏婉清主持召开会议。', '2021-04-12', 1, 'r1'),
                        (2, 2, 2, 1, 'inspection', 'PAST_REF', 0, NULL, '近日', 0, '周可督导', '北塘街道', '督导',
                         '近日，副区长周可到北塘街道督导。', '2021-04-14', 0, 'r2'),
                        (3, 3, 1, 1, 'meeting', '2021-04-12', 0, NULL, '12日', 0, '苏婉清主持召开会议', NULL, '召开',
                         '12日，苏婉清主持召开会议。', '2021-04-12', 1, 'r3');
                    INSERT INTO report_leader VALUES (1, 0, '区长苏婉清'), (2, 0, '副区长周可'), (3, 0, '区委副书记、区长苏婉清');
                    """)
            }
        }
        let archive = try Archive(path: path, create: false)
        #expect(try archive.problems().isEmpty)
        let events = try archive.events()
        #expect(events.count == 2)
        let meeting = try #require(events.first { $0.event.kind == "meeting" })
        #expect(meeting.uid == StableID.uids(for: [meeting.event])[0])
        #expect(meeting.event.issueDate == CalendarDate(iso: "2021-04-14"))
        #expect(meeting.alsoReportedIn.map(\.source) == ["-"])
        #expect(meeting.sequence == 2 && meeting.created == 100 && meeting.lastModified == 300)
        let inspection = try #require(events.first { $0.event.kind == "inspection" })
        #expect(inspection.event.leaders == ["副区长周可"] && inspection.event.location == "北塘街道")
        #expect(try archive.stats().articles == 3)
        // Ingesting the first page again, as read now, changes nothing it still has.
        let page = Page(source: "2021-04-14.txt", issueDate: meeting.event.issueDate, articles: [
            Article(ordinal: 1, headline: "简讯", byline: "记者 甲", body: "", referenceDate: meeting.event.issueDate),
            Article(ordinal: 2, headline: "简讯", byline: nil, body: "", referenceDate: meeting.event.issueDate),
        ])
        let summary = try archive.ingest(page: page, events: [meeting.event, inspection.event], contentHash: "new", at: 400)
        #expect(summary.added == 0 && summary.removed == 0)
    }
}
