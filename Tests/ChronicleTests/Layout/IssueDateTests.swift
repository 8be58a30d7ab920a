import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct IssueDateTests {
    static let fileNames: [(String, String?)] = [
        ("2021-04-14.txt", "2021-04-14"),
        ("20210414.txt", "2021-04-14"),
        ("guancheng-2021-04-14.txt", "2021-04-14"),
        ("/srv/papers/2020/page_2021_04_14.html", "2021-04-14"),
        ("澜州日报2021年4月14日.txt", "2021-04-14"),
        ("２０２１-０４-１４.txt", "2021-04-14"),
        ("doc-001.txt", nil),
        ("issue-02-05.txt", nil),
        ("2021-02-30.txt", nil),
        ("202104141.txt", nil),
        ("20210414103000.txt", "2021-04-14"),
        ("page2_202104141030.html", "2021-04-14"),
        // Numeric fields of a file name: what follows the day (a serial, a page) does not matter.
        ("2020-08-21-02993-doc-024.txt", "2020-08-21"),
        ("2021.04.14_p3.html", "2021-04-14"),
        ("page-3-2021-04-14.txt", "2021-04-14"),
        ("scan_2021_4_9_a.txt", "2021-04-09"),
        ("12-2021-04-14-77.txt", "2021-04-14"),
        ("2021-04-14-2021-04-15.txt", "2021-04-14"),
        ("v1.2.3-2021.txt", nil),
        ("tel-0371-6688-12.txt", nil),
        ("2021--04-14.txt", nil),
        ("2021-13-14-05-06.txt", nil),
        ("-", nil),
    ]

    @Test(arguments: fileNames.indices) func fromFileName(_ k: Int) {
        let (name, iso) = Self.fileNames[k]
        #expect(IssueDate.fromFileName(name) == iso.flatMap { CalendarDate(iso: $0) }, "\(name)")
    }

    @Test func argumentWinsOverFileNameAndHeader() throws {
        let text = "标题\n发布时间:2021-04-15 10:23\n　　会议召开。"
        let given = CalendarDate(iso: "2021-05-01")
        #expect(try PageLayout().page(text: text, source: "2021-04-14.txt", issueDate: given).issueDate == given)
        #expect(try PageLayout().page(text: text, source: "2021-04-14.txt", issueDate: nil).issueDate
                == CalendarDate(iso: "2021-04-14"))
        #expect(try PageLayout().page(text: text, source: "a.txt", issueDate: nil).issueDate
                == CalendarDate(iso: "2021-04-15"))
    }

    @Test func dateInTheTextIsNotTheIssueDate() {
        let text = "区政府召开常务会议\n\n2021年4月12日，区长主持召开常务会议。\n"
        #expect(throws: IssueDateError(source: "a.txt")) {
            try PageLayout().page(text: text, source: "a.txt", issueDate: nil)
        }
        #expect(IssueDate.fromText(text) == nil)
    }

    @Test func errorSaysHowToPassTheDate() {
        #expect(IssueDateError(source: "page.txt").description
                == "page.txt: no issue date: pass --issue-date YYYY-MM-DD or name the file 2021-04-14.txt")
    }

    /// Dateline dates become the article's reference date, by the news year policy.
    static let datelines: [(issue: String, lead: String, reference: String)] = [
        ("2021-04-14", "本报郑州4月13日讯 今天上午,会议召开。", "2021-04-13"),
        ("2022-01-03", "新华社北京12月30日电 会议召开。", "2021-12-30"),
        ("2021-05-06", "新华社北京28日电 会议召开。", "2021-04-28"),
        ("2021-04-14", "本报讯 4月12日,会议召开。", "2021-04-14"),
        ("2021-03-01", "本报郑州2月30日讯 会议召开。", "2021-03-01"),
        ("2021-04-14", "本报郑州2021年4月10日讯 会议召开。", "2021-04-10"),
    ]

    @Test(arguments: datelines.indices) func datelineIsTheReferenceDate(_ k: Int) throws {
        let c = Self.datelines[k]
        let page = try PageLayout().page(text: "会议召开\n\n" + c.lead, source: "-", issueDate: CalendarDate(iso: c.issue))
        #expect(page.articles.first?.referenceDate == CalendarDate(iso: c.reference), "\(c.lead)")
    }
}
