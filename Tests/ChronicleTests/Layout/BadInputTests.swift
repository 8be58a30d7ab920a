import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Input that is not a news page ends in a clear error or an empty result, fast.
@Suite struct BadInputTests {
    let issue = CalendarDate(iso: "2021-04-14")

    @Test func emptyPageHasNoArticles() throws {
        #expect(try PageLayout().page(text: "", source: "2021-04-14.txt", issueDate: nil).articles.isEmpty)
        #expect(try PageLayout().page(text: "\n\r\n　　\n", source: "-", issueDate: issue).articles.isEmpty)
    }

    @Test func emptyPageWithoutDateIsTheIssueDateError() {
        #expect(throws: IssueDateError(source: "-")) { try PageLayout().page(text: "", source: "-", issueDate: nil) }
    }

    @Test func pageOfFurnitureOnlyHasNoArticles() throws {
        let text = "当前位置：首页 > 新闻\n打印本页　关闭窗口\n本期共4版\n"
        #expect(try PageLayout().page(text: text, source: "-", issueDate: issue).articles.isEmpty)
    }

    @Test func controlCharactersAreDropped() throws {
        let page = try PageLayout().page(text: "会议召开\n\n本报讯\u{1}近日,\u{7F}会议召开。", source: "-", issueDate: issue)
        #expect(page.articles.first?.body == "本报讯近日,会议召开。")
    }

    /// A 50 MB file that is one line: one article, built in time linear in its size.
    @Test func fiftyMegabyteSingleLine() throws {
        let unit = "本报讯 近日,区里召开会议,研究部署工作"   // no full stop anywhere: one huge "paragraph"
        // 12.5 MB, then 50 MB: four times the text may cost at most eight times the CPU.
        try ThreadCPUTime.expectLinear(factor: 4) { scale in
            let text = String(repeating: unit, count: (50 << 20) / 4 * scale / unit.utf8.count)
            let page = try PageLayout().page(text: text, source: "-", issueDate: issue)
            #expect(page.articles.count == 1)
            #expect(page.articles.first?.body.utf8.count == text.utf8.count)
        }
    }

    /// Many lines: time grows linearly (a quadratic step would blow up here).
    @Test func manyShortLines() throws {
        let block = "区长调研\n\n本报讯 4月12日,区长到白鹭河调研。\n\n记者 张三\n\n"
        let text = String(repeating: block, count: 20_000)
        let page = try PageLayout().page(text: text, source: "-", issueDate: issue)
        #expect(page.articles.count == 20_000)
    }
}
