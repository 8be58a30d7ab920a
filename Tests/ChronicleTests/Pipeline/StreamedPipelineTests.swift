import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// `convert`'s memory-bounded path (a page read article by article, a calendar written
/// event by event) gives what the whole-page path gives, byte for byte.
@Suite struct StreamedPipelineTests {
    static let issue = CalendarDate(year: 2021, month: 4, day: 14)!

    static func corpusPages() throws -> [(name: String, bytes: [UInt8])] {
        let docs = TestPaths.corpus.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            (name, try #require(FileManager.default.contents(atPath: docs.appendingPathComponent(name).path).map { [UInt8]($0) }))
        }
    }

    @Test func streamedEventsAreThePagesEvents() throws {
        let pipeline = Pipeline()
        let pages = try Self.corpusPages()
        #expect(pages.count > 40)
        for (name, bytes) in pages {
            for given in [Self.issue, nil] {
                let whole = Result { try pipeline.events(bytes: bytes, source: name, issueDate: given) }
                let streamed = Result { try pipeline.streamedEvents(bytes: bytes, source: name, issueDate: given) }
                switch (whole, streamed) {
                case (.success(let w), .success(let s)):
                    #expect(s.events == w.events, "\(name)")
                    #expect(s.page.issueDate == w.page.issueDate && s.page.issueDateSource == w.page.issueDateSource)
                    #expect(s.page.articles.isEmpty)
                case (.failure(let w), .failure(let s)):
                    // A page that holds no issue date fails both ways, with the same error.
                    #expect(given == nil && "\(s)" == "\(w)", "\(name)")
                default:
                    Issue.record("\(name): one path failed, the other did not")
                }
            }
        }
    }

    /// Invented pages: several articles with leads and datelines, a photo report, an
    /// issue date read from a header, a page of one long line.
    @Test(arguments: [
        "丰源区召开防汛工作部署会\n本报讯（记者 林一凡）6月3日上午，丰源区召开防汛工作部署会。区长苏婉清出席并讲话。\n\n青石镇开展安全生产检查\n本报青石6月2日讯 6月2日，镇长韩立新带队检查辖区企业安全生产工作。\n",
        "发布时间：2022-05-07 09:12\n河湾街道举办社区文化节\n5月6日下午，河湾街道在滨江广场举办社区文化节启动仪式。\n",
        "县委书记周明远暗访督导城乡环境整治工作。 李木子 摄\n",
        String(repeating: "4月12日上午，区委书记虎明调研重点项目建设，", count: 400),
    ])
    func inventedPagesAgree(_ text: String) throws {
        let pipeline = Pipeline()
        let bytes = Array(text.utf8)
        let whole = try pipeline.events(bytes: bytes, source: "2021-04-14.txt", issueDate: nil)
        let streamed = try pipeline.streamedEvents(bytes: bytes, source: "2021-04-14.txt", issueDate: nil)
        #expect(streamed.events == whole.events)
        #expect(streamed.page.issueDate == whole.page.issueDate)
    }

    /// A page of several pieces of text (`PageLines.pieceBytes`), with a line longer than a
    /// piece: each line reads as written (control characters dropped, padding trimmed, blank
    /// lines kept), and after `release(before:)` the lines not released still read so.
    @Test func linesOfAPageOfManyPiecesReadAsWritten() {
        var text = ""
        var expected: [String] = []
        var n = 0
        while text.utf8.count < 3 * PageLines.pieceBytes {
            n += 1
            if n % 7 == 0 {
                text += "\r\n"
                expected.append("")
            } else {
                text += "　　第\(n)段，青石镇在河湾广场举办文化节\u{0007}活动。\n"
                expected.append("第\(n)段，青石镇在河湾广场举办文化节活动。")
            }
            if n == 500 {
                let long = String(repeating: "长", count: PageLines.pieceBytes / 2)
                text += long + "\n"
                expected.append(long)
            }
        }
        var lines = PageLines(text)
        #expect(lines.count == expected.count && lines.count > 3000)
        #expect(lines.map(\.text) == expected)
        #expect(lines.map(\.indented) == expected.map { !$0.isEmpty && !$0.hasPrefix("长") })
        for cut in [0, 1, 499, 501, lines.count / 2, lines.count - 1] {
            lines.release(before: cut)
            #expect(lines[cut...].map(\.text) == Array(expected[cut...]), "after releasing before \(cut)")
        }
    }

    /// A page larger than a piece of text, read article by article: the lines behind the
    /// articles read are released as the reading goes on (a released line read again would
    /// stop the program), and the events are the whole page's.
    @Test func largePageReadAsItIsReleasedGivesThePagesEvents() throws {
        let articles = [
            "丰源区召开防汛工作部署会\n本报讯（记者 林一凡）6月3日上午，丰源区召开防汛工作部署会。区长苏婉清出席并讲话。\n\n",
            "青石镇开展安全生产检查\n本报青石6月2日讯 6月2日，镇长韩立新带队检查辖区企业安全生产工作。\n\n",
            "河湾街道举办社区文化节\n本报讯 5月6日下午，河湾街道在滨江广场举办社区文化节启动仪式，街道党工委书记马远航致辞。\n\n",
        ]
        var text = ""
        var k = 0
        while text.utf8.count < 2 * PageLines.pieceBytes + 1000 { text += articles[k % articles.count]; k += 1 }
        let pipeline = Pipeline()
        let bytes = Array(text.utf8)
        let whole = try pipeline.events(bytes: bytes, source: "2021-06-04.txt", issueDate: nil)
        let streamed = try pipeline.streamedEvents(bytes: bytes, source: "2021-06-04.txt", issueDate: nil)
        #expect(whole.events.count >= k / 2)
        #expect(streamed.events == whole.events)
    }

    /// Each break (CRLF, LF, U+2028) ends a line; a line keeps its text as written and is
    /// matched through its folded head and tail (full-width and traditional folded).
    @Test func layoutLinesReadAsWrittenWithFoldedHeadAndTail() {
        let text = "　　標題一行\r\n正文，第二行\u{0007}有控制符。\n\n\u{2028}末行ＡＢ  "
        let lines = Array(PageLines(text))
        #expect(lines.map(\.text) == ["標題一行", "正文，第二行有控制符。", "", "", "末行ＡＢ"])
        #expect(lines.map(\.indented) == [true, false, false, false, false])
        #expect(lines.map(\.length) == [4, 11, 0, 0, 4])
        #expect(lines.map { String(String.UnicodeScalarView($0.key)) } == ["标题一行", "正文,第二行有控制符。", "", "", "末行AB"])
        #expect(lines.map { String(String.UnicodeScalarView($0.tail)) } == ["标题一行", "第二行有控制符。", "", "", "末行AB"])
    }

    /// The calendar handed on piece by piece is the calendar rendered whole, each piece
    /// whole lines; every other format comes in one piece.
    @Test func calendarPiecesMakeTheWholeCalendar() throws {
        let timeline = Timeline(events: ScaleTests.events(300) + SampleEvents.everyShape + SampleEvents.hostile)
        for format in OutputFormat.allCases {
            var pieces: [[UInt8]] = []
            try render(timeline, as: format) { pieces.append($0) }
            let whole = try render(timeline, as: format)
            #expect(Array(pieces.joined()) == whole, "\(format)")
            if format == .ics {
                #expect(pieces.count == timeline.entries.filter { $0.calendarSlot != .unplaced }.count + 2)
                #expect(pieces.allSatisfy { $0.suffix(2) == [13, 10] })
            } else {
                #expect(pieces.count == 1)
            }
        }
    }

    /// Line numbers run on from piece to piece; a piece that is not whole lines is refused.
    @Test func checkerCountsLinesAcrossPieces() {
        var checker = ContentLines.Checker()
        #expect(checker.firstProblem(Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".utf8)) == nil)
        #expect(checker.firstProblem(Array("SUMMARY:会议\r\n\r\n".utf8)) == "empty line 4")
        var other = ContentLines.Checker()
        #expect(other.firstProblem(Array("SUMMARY:会议".utf8)) == "no final CRLF")
        #expect(ContentLines.firstProblem(Array("A:1\r\n B\r\n".utf8)) == nil)
        // Lines checked elsewhere (a writer's head, checked once) are counted on.
        var skipping = ContentLines.Checker()
        skipping.skip(lines: 2)
        #expect(skipping.firstProblem(Array("SUMMARY:会议\r\n\r\n".utf8)) == "empty line 4")
    }
}

/// A text decoded in pieces (`PieceDecoder`) is laid out as the text joined: lines,
/// entity remnants and glosses at the pieces' edges, a page saved as HTML.
@Suite struct PiecewiseLayoutTests {
    static let pages = [
        "丰源区召开防汛工作部署会\r\n本报讯（记者 林一凡）6月3日上午，丰源区召开防汛工作部署会。&nbsp;\n区长苏婉清出席并讲话。\n\n"
            + "當(dāng)日下午，青石镇开展安全生产检查&#10;镇长韩立新带队。\n&amp;本报青石6月2日讯 6月2日，镇长检查。\n",
        "<html><body><p>河湾街道举办社区文化节</p>\n<p>5月6日下午，街道在滨江广场举办启动仪式。</p>\n</body></html>\n",
        "发布时间：2022-05-07 09:12\n\n\n河湾街道举办社区文化节\n\u{FEFF}5月6日下午，河湾街道在滨江广场举办社区文化节启动仪式。\n",
    ]

    /// The pieces a decoder reading `text` in chunks of `chunk` bytes gives.
    static func pieces(_ text: String, chunk: Int) throws -> [String] {
        try PieceDecoderTests.pieces(Array(text.utf8), chunk: chunk).get()
    }

    @Test(arguments: pages.indices, [1, 7, 40, 1 << 20])
    func piecesLayOutAsTheWhole(_ k: Int, chunk: Int) throws {
        let pipeline = Pipeline()
        let text = Self.pages[k]
        let whole = try pipeline.events(bytes: Array(text.utf8), source: "2021-06-04.txt", issueDate: nil)
        let pieced = try pipeline.streamedEvents(pieces: Self.pieces(text, chunk: chunk), source: "2021-06-04.txt", issueDate: nil)
        #expect(pieced.events == whole.events)
        #expect(pieced.page.issueDate == whole.page.issueDate)
    }

    @Test(arguments: [1, 3, 16, 1 << 20])
    func linesOfPiecesAreTheLinesOfTheText(_ chunk: Int) throws {
        let text = "　　標題一行\r\n正文，第二行\u{FEFF}有控制符。\n\n\u{2028}末行ＡＢ  \n\r\r\n"
        let joined = PageLines(text), pieced = PageLines(pieces: try Self.pieces(text, chunk: chunk))
        #expect(pieced.map(\.text) == joined.map(\.text))
        #expect(pieced.map(\.indented) == joined.map(\.indented))
    }

    @Test func largePageInPiecesGivesThePagesEvents() throws {
        let article = "青石镇开展安全生产检查\n本报青石6月2日讯 6月2日，镇长韩立新带队检查辖区企业安全生产工作。\n\n"
        let text = String(repeating: article, count: 3 * PageLines.pieceBytes / article.utf8.count)
        let pipeline = Pipeline()
        let whole = try pipeline.events(bytes: Array(text.utf8), source: "2021-06-04.txt", issueDate: nil)
        let pieced = try pipeline.streamedEvents(pieces: Self.pieces(text, chunk: 1 << 20), source: "2021-06-04.txt", issueDate: nil)
        #expect(pieced.events == whole.events)
    }
}
