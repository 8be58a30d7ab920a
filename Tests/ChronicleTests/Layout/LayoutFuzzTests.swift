import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Random pages assembled from the pieces real pages are made of: Layout never traps,
/// never loses its invariants, and every byte sequence either decodes or names an offset.
@Suite struct LayoutFuzzTests {
    /// A number in `0..<bound` from the shared deterministic generator (`SplitMix64`).
    static func below(_ bound: Int, _ rng: inout SplitMix64) -> Int { Int(rng.next() % UInt64(bound)) }

    static let pieces: [String] = [
        "本报讯", "本報訊", "新华社北京", "4月13日", "13日", "二〇二一年四月十二日", "2021-04-14", "讯", "电", "据", "报道",
        "记者", "通讯员", "张三", "文/图", "摄", "■", "（", "）", "(", ")", "。", "，", "：", "、", "——", "\n", "\n\n",
        "\r\n", "\r", "　　", " ", "\t", "发布时间：", "来源：", "当前位置：首页 > ", "第2版", "02-05版", "星期三", "相关新闻",
        "区长", "召开", "会议", "督导", "<p>", "</div>", "&nbsp;", "&#", "\u{1}", "\u{FEFF}", "\u{2028}", "编者按：", "又讯",
        "·", "▲", "图为", "会", "的", "1", "０", "Ａ",
    ]

    @Test func randomPagesKeepTheInvariants() throws {
        var rng = SplitMix64(seed: 20210414)
        let layout = PageLayout()
        let issue = CalendarDate(iso: "2021-04-14")
        for _ in 0..<3_000 {
            let count = Self.below(61, &rng)
            let text = (0..<count).map { _ in Self.pieces[Self.below(Self.pieces.count, &rng)] }.joined()
            let page = try layout.page(text: text, source: "fuzz.txt", issueDate: issue)
            for (k, article) in page.articles.enumerated() {
                #expect(article.ordinal == k + 1)
                #expect(!article.body.contains("\r"), "\(text.debugDescription)")
                #expect(!article.headline.contains("\n"), "\(text.debugDescription)")
            }
        }
    }

    @Test func randomBytesDecodeOrNameAnOffset() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<3_000 {
            let bytes = (0..<Self.below(65, &rng)).map { _ in UInt8(Self.below(256, &rng)) }
            do {
                let text = try TextDecoder.decode(bytes, source: "r.bin")
                _ = try PageLayout().page(text: text, source: "r.bin", issueDate: CalendarDate(iso: "2021-04-14"))
            } catch let error as DecodeError {
                #expect((0..<max(bytes.count, 1)).contains(error.offset))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
