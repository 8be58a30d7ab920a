import Chronicle
import ChronicleTestSupport
import Foundation
@testable import ChronicleArchive

/// Hand-built pages and events, so archive tests do not depend on the recognizer.
enum ArchiveFixtures {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func article(_ ordinal: Int, _ headline: String, body: String = "正文", issue: String) -> Article {
        Article(ordinal: ordinal, headline: headline, byline: "记者 甲", body: body, referenceDate: date(issue))
    }

    static func event(issue: String, source: String, article: Int, headline: String, ordinal: Int = 1,
                      kind: String = "meeting", timex: Timex, summary: String = "召开会议",
                      leaders: [String] = ["区委书记韩立诚"], location: String? = nil,
                      sentence: String = "韩立诚主持召开会议。") -> Event {
        Event(kind: kind, timex: timex, dateText: timex.value, summary: summary, leaders: leaders, location: location,
              trigger: "召开", sentence: sentence, headline: headline, byline: "记者 甲", issueDate: date(issue),
              source: source, article: article, ordinal: ordinal)
    }

    static func temporaryFolder() -> URL {
        ScratchFolder.make("archive")
    }

    static func openArchive() throws -> (Archive, URL) {
        let folder = temporaryFolder()
        return (try Archive(path: folder.appendingPathComponent("archive.sqlite").path), folder)
    }
}
