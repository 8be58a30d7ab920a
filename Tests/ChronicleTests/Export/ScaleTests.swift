import Testing
@testable import Chronicle
@testable import ChronicleCore

/// A year of a busy district's events in every format: output grows linearly with input
/// (no quadratic step), and the calendar stays valid at that size.
@Suite struct ScaleTests {
    static func events(_ n: Int) -> [Event] {
        let kinds = ["meeting", "inspection", "study", "symposium", "ceremony", "reception", "training", "other"]
        return (0..<n).map { i in
            let day = SampleEvents.day(1, 1).adding(days: i % 365)
            let timex: Timex = i % 3 == 0 ? .partOfDay(day, .morning) : i % 3 == 1 ? .date(day) : .dateTime(day, SampleEvents.time(9 + i % 8))
            return SampleEvents.event(timex, kind: kinds[i % kinds.count], summary: "第\(i)项 召开专题会议研究部署重点工作",
                                      sentence: String(repeating: "会议强调，要狠抓落实，", count: 1 + i % 9),
                                      headline: "标题\(i / 4)", source: "issue-\(i / 40).txt", article: i / 4 + 1, ordinal: i % 4 + 1)
        }
    }

    @Test func outputGrowsLinearly() throws {
        let small = Timeline(events: Self.events(200)), large = Timeline(events: Self.events(2000))
        #expect(large.entries.count == 2000)
        for format in OutputFormat.allCases {
            let a = try render(small, as: format, options: .init()).count
            let b = try render(large, as: format, options: .init()).count
            #expect(Double(b) / Double(a) < 11, "\(format)")
        }
        let ics = try render(large, as: .ics, options: .init())
        #expect(ContentLines.firstProblem(ics) == nil)
        #expect(try LibICalParser.parse(ics).events.count == 2000)
    }
}
