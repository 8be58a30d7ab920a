import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct PageLineTests {
    /// Text → its lines as written (padding trimmed, controls dropped).
    static let cases: [(String, [String])] = [
        ("a\nb\r\nc\rd", ["a", "b", "c", "d"]),
        ("一\u{2028}二\u{2029}三\u{85}四", ["一", "二", "三", "四"]),
        ("　　本报讯 近日\u{3000}\n\t记者 张三  ", ["本报讯 近日", "记者 张三"]),
        ("会\u{FEFF}议\u{1}召开\u{7F}。", ["会议召开。"]),
        ("\n\n", ["", ""]),
        ("末行", ["末行"]),
    ]

    @Test(arguments: cases.indices) func splits(_ k: Int) {
        let (text, lines) = Self.cases[k]
        #expect(PageLine.split(text).map(\.text) == lines)
    }

    @Test func remembersIndentationAndFoldsItsHead() throws {
        let line = try #require(PageLine.split("　　４月１２日上午").first)
        #expect(line.indented)
        #expect(String(String.UnicodeScalarView(line.key)) == "4月12日上午")
        #expect(line.text == "４月１２日上午")
    }

    @Test func countsLongLinesOnlyUpToTheHead() throws {
        let line = try #require(PageLine.split(String(repeating: "会", count: 10_000)).first)
        #expect(line.length == PageLine.headLimit + 1)
        #expect(line.text.unicodeScalars.count == 10_000)
        #expect(line.tail.count == PageLine.tailLimit)
    }

    /// Lines of every UTF-8 width around the key's and the count's limits: the length is
    /// counted from the bytes, the key is the folded head, whatever the mix of widths.
    static let widths: [String] = [
        String(repeating: "a", count: PageLine.keyLimit - 1) + "é会𠀀",
        String(repeating: "会", count: PageLine.keyLimit) + "x",
        String(repeating: "ａé会𠀀", count: PageLine.keyLimit / 4),
        String(repeating: "é", count: PageLine.headLimit) + "会",
        String(repeating: "𠀀b", count: PageLine.headLimit),
        "x" + String(repeating: "會", count: PageLine.headLimit - 1),
        String(repeating: "ab會", count: 7),
        "會a", "𠀀", "ａ會é𠀀b會ｃ",   // tails shorter than the limit, and one exactly at it
    ]

    @Test(arguments: widths.indices) func countsAndFoldsEveryWidth(_ k: Int) throws {
        let text = Self.widths[k]
        let line = try #require(PageLine.split(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(line.length == min(scalars.count, PageLine.headLimit + 1))
        #expect(line.key == MatchFolding.fold(scalars: Array(scalars.prefix(PageLine.keyLimit))))
        #expect(Array(line.tail) == MatchFolding.fold(scalars: Array(scalars.suffix(PageLine.tailLimit))))
        #expect(line.text == text)
    }
}
