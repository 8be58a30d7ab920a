import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The user's sample page: seven reports of a district paper.
@Suite struct SamplePageTests {
    static let sample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/guancheng-2021-04-14.txt")

    func page() throws -> Page {
        let bytes = try [UInt8](Data(contentsOf: Self.sample))
        return try PageLayout().page(text: try TextDecoder.decode(bytes, source: "guancheng-2021-04-14.txt"),
                                     source: "guancheng-2021-04-14.txt", issueDate: nil)
    }

    @Test func sevenArticlesDatedByTheFileName() throws {
        let page = try page()
        #expect(page.issueDate == CalendarDate(iso: "2021-04-14"))
        #expect(page.articles.map(\.headline) == [
            "管城回族区政法队伍教育整顿领导小组第一次全体会议召开 让群众切身感受到政法队伍教育整顿成果",
            "创卫不停 让农贸市场颜值变“靓”",
            "常态长效高水平治理上下功夫 持续改善卫生环境 提升群众生活品质",
            "建立长效管理机制 确保创卫工作落到实处",
            "区委理论学习中心组党史专题学习交流研讨会召开 丰富教育载体 打造管城特色",
            "金星啤酒厂 片区改造项目推进会召开",
            "管城回族区召开加快小微企业园建设工作推进会 计划每年打造1个小微企业园",
        ])
        #expect(page.articles[2].byline == "记者 柴琳琳 通讯员 姜璞 文/图")
        #expect(page.articles.allSatisfy { $0.body.hasPrefix("本报讯") })
        #expect(page.articles.map(\.ordinal) == Array(1...7))
    }

    @Test func midSentenceBreakIsRepaired() throws {
        let first = try page().articles[0].body
        #expect(first.contains("真正形成警示和震慑"))
        #expect(!first.contains("\n成警示"))
    }
}
