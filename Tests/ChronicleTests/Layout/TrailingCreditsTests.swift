import Testing
@testable import ChronicleCore

/// Credits that close an article's last paragraph are split from it, in brackets or after
/// its last sentence; anything else stays text.
@Suite struct TrailingCreditsTests {
    static let rows: [(paragraph: String, rest: String?, credits: String?)] = [
        ("会议要求抓好落实。(记者 苏婉清)", "会议要求抓好落实。", "记者 苏婉清"),
        ("会议要求抓好落实。（通讯员 林一凡 记者 王二河）", "会议要求抓好落实。", "通讯员 林一凡 记者 王二河"),
        ("要求交管部门全力保通畅。 林一凡 王二河 摄", "要求交管部门全力保通畅。", "林一凡 王二河 摄"),
        ("他强调，要抓好春耕生产。记者 苏婉清", "他强调，要抓好春耕生产。", "记者 苏婉清"),
        // Not credits: a sentence, a name without a role, brackets holding no credit.
        ("会议要求抓好落实。全体人员合影留念", nil, nil),
        ("会议由区长韩立诚主持。 韩立诚", nil, nil),
        ("会议要求抓好落实(详见附件)", nil, nil),
    ]

    @Test(arguments: rows.indices) func splitsClosingCredits(_ k: Int) {
        let row = Self.rows[k]
        let found = TrailingCredits().split(row.paragraph)
        #expect(found?.rest == row.rest)
        #expect(found?.credits == row.credits)
    }

    /// A page with no running text is told by its captioned lines: the report is an
    /// article with its event, the photographers its byline.
    @Test func reportEndingWithPhotoCreditsKeepsItsEvent() throws {
        let page = "靠前指挥 保障畅通\n3月3日晚以来，我县持续降雪。3月5日上午，副县长林海涛前往县境内主要道路，督导检查交通安全工作。要求交管部门全力保通畅。 林一凡 王二河 摄\n"
        let laid = try PageLayout().page(text: page, source: "-", issueDate: CalendarDate(year: 2024, month: 3, day: 6))
        #expect(laid.articles.count == 1)
        #expect(laid.articles.first?.byline == "林一凡 王二河 摄")
        let events = EventRecognizer().events(in: laid)
        #expect(events.map(\.timex.value) == ["2024-03-05TMO"])
        #expect(events.first?.leaders == ["副县长林海涛"])
    }

    /// Where the page has running text, a captioned line stays a caption.
    @Test func captionBesideARunningReportStaysACaption() throws {
        let page = "区长会见澜川客商\n4月12日，区长韩立诚会见澜川客商一行。 林一凡 摄\n本报讯 4月12日下午，区长韩立诚在区行政中心会见澜川市客商代表团一行。双方就合作进行了交流。\n"
        let laid = try PageLayout().page(text: page, source: "-", issueDate: CalendarDate(year: 2021, month: 4, day: 13))
        #expect(laid.articles.count == 1)
        #expect(laid.articles.first?.body.contains("林一凡") == false)
        #expect(EventRecognizer().events(in: laid).map(\.timex.value) == ["2021-04-12TAF"])
    }
}
