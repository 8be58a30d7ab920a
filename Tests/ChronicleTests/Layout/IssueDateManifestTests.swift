import Testing
@testable import Chronicle

/// `--issue-dates FILE`: how a manifest is read and how pages find their line.
@Suite struct IssueDateManifestTests {
    static let manifest = """
        \u{FEFF}文件,报道日期
        # 区政府网站 工作动态
        pages/zhengwu-0412.txt,2021-04-12
        xinwen_88.html\t2021/04/13
        "./saved/南渚 要闻.txt" , 20210415

        pages/zhengwu-0412.txt,2021-04-12\r
        """

    @Test func readsCSVAndTSVWithAHeaderCommentsAndQuotes() throws {
        let m = try IssueDateManifest(text: Self.manifest, name: "dates.csv")
        #expect(m.entries.map(\.key) == ["pages/zhengwu-0412.txt", "xinwen_88.html", "./saved/南渚 要闻.txt"])
        #expect(m.entries.map(\.date.description) == ["2021-04-12", "2021-04-13", "2021-04-15"])
        #expect(m.entries.map(\.line) == [3, 4, 5])
    }

    /// A page matches by its path as found (with or without `./`), else by its file name.
    static let lookups: [(path: String, date: String?)] = [
        ("pages/zhengwu-0412.txt", "2021-04-12"),
        ("./pages/zhengwu-0412.txt", "2021-04-12"),
        ("other/zhengwu-0412.txt", nil),
        ("site/2021/xinwen_88.html", "2021-04-13"),
        ("saved/南渚 要闻.txt", "2021-04-15"),
        ("xinwen_89.html", nil),
    ]

    @Test(arguments: lookups.indices)
    func findsThePageByPathThenName(_ i: Int) throws {
        let m = try IssueDateManifest(text: Self.manifest, name: "dates.csv")
        #expect(m.entry(forPath: Self.lookups[i].path)?.date.description == Self.lookups[i].date)
    }

    /// Every error names the manifest and the line, and says what to write.
    static let bad: [(text: String, message: String)] = [
        ("a.txt,2021-04-12\nb.txt,2021-13-01", "dates.csv:2: '2021-13-01' is not a date"),
        ("a.txt,2021-04-12\nb.txt", "dates.csv:2: 'b.txt' is not 'file,date'"),
        ("a.txt,2021-04-12\na.txt,2021-04-13", "dates.csv:2: a.txt was given the date 2021-04-12 on line 1 already"),
        (",2021-04-12", "dates.csv:1: ',2021-04-12' is not 'file,date'"),
    ]

    @Test(arguments: bad.indices)
    func badLinesAreNamed(_ i: Int) {
        do {
            _ = try IssueDateManifest(text: Self.bad[i].text, name: "dates.csv")
            Issue.record("accepted \(Self.bad[i].text)")
        } catch {
            #expect(error.description.hasPrefix(Self.bad[i].message), "\(error.description)")
        }
    }

    /// Where the issue date of a page came from: given, the file name, a header or masthead,
    /// or guessed from a bare date line at the top.
    @Test func pagesSayWhereTheirIssueDateCameFrom() throws {
        let layout = PageLayout()
        let body = "区长调研\n\n本报讯 4月12日，区长到白鹭河调研。"
        let given = CalendarDate(year: 2021, month: 4, day: 14)!
        #expect(try layout.page(text: body, source: "x.txt", issueDate: given, issueDateSource: .manifest).issueDateSource == .manifest)
        #expect(try layout.page(text: body, source: "2021-04-14.txt", issueDate: nil).issueDateSource == .fileName)
        #expect(try layout.page(text: "发布时间：2021-04-15 10:23\n\n" + body, source: "x.txt", issueDate: nil).issueDateSource == .header)
        let guessed = try layout.page(text: "2019年3月2日\n\n" + body, source: "x.txt", issueDate: nil)
        #expect(guessed.issueDateSource == .guessed)
        #expect(guessed.issueDate.description == "2019-03-02")
    }
}
