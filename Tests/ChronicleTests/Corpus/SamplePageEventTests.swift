import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The user's sample page, through the whole pipeline.
@Suite struct SamplePageEventTests {
    static let path = TestPaths.packageRoot.appendingPathComponent("Samples/guancheng-2021-04-14.txt").path

    @Test func guanchengPage() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.path), "missing \(Self.path)")
        let (page, events) = try Pipeline().events(bytes: [UInt8](data), source: "guancheng-2021-04-14.txt",
                                                   issueDate: CalendarDate(iso: "2021-04-14"))
        #expect(page.articles.count == 7)
        #expect(events.count == 9)
        // 近日 dates four events directly; two more (并到…座谈交流, 会后…部署会) inherit it.
        #expect(events.filter { $0.dateText == "近日" }.count == 4)
        #expect(events.filter { $0.timex == .vague(.past) }.count == 6)
        #expect(events.map(\.kind) == ["meeting", "inspection", "symposium", "inspection", "inspection",
                                       "study", "meeting", "meeting", "meeting"])
        let visit = try #require(events.first { $0.dateText == "4月12日上午" })
        #expect(visit.timex.value == "2021-04-12TMO")
        #expect(visit.leaders == ["管城回族区委书记虎强"])
        #expect(visit.summary == "虎强暗访督导国家卫生城市复审工作")
        #expect(visit.byline == "记者 柴琳琳 通讯员 姜璞 文/图")
        #expect(visit.article == 3)
        #expect(events.allSatisfy { !$0.leaders.contains { $0.contains("柴琳琳") } })
        #expect(events.first { $0.kind == "study" }?.timex.value == "2021-04-09")
        #expect(events.last?.timex.value == "2021-04-07")
        #expect(events.last?.leaders == ["区长张艳敏"])
    }
}
