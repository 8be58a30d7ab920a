import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Layout's text layer: glosses dropped with a map back to the body as written, the lead
/// set apart, sentences and clauses cut by the one table of breaks.
@Suite struct ArticleTextTests {
    static let glossRows: [(written: String, text: String)] = [
        ("青禾区(qū)委书记周(zhōu)明远到城东调研", "青禾区委书记周明远到城东调研"),
        ("时（shí）值春耕，镇(zhèn)里忙", "时值春耕，镇里忙"),
        ("區(qū)長張(zhāng)三主持", "區長張三主持"),
        // Not glosses: no tone mark, not after a character, not pinyin, too long.
        ("见附件(a)和方案(ok)", "见附件(a)和方案(ok)"),
        ("区(qu)委", "区(qu)委"),
        ("(qū)开头", "(qū)开头"),
        ("WiFi(wī)信号", "WiFi(wī)信号"),
        ("附件(一)", "附件(一)"),
        ("会议(zhōngyāngzhèng)召开", "会议(zhōngyāngzhèng)召开"),
    ]

    @Test(arguments: glossRows.indices) func glossesAreDropped(_ k: Int) {
        let (written, expected) = Self.glossRows[k]
        let text = ArticleText(written, leads: LeadGrammar(), dates: TimeTagger())
        #expect(text.written == expected)
        #expect(text.scalars.count == text.original.count)
        // Every offset maps back to the same character in the body as written.
        let body = Array(written.unicodeScalars)
        for (i, s) in text.original.enumerated() { #expect(body[text.bodyOffsets[i]] == s) }
        #expect(text.bodyOffsets.last == body.count)
    }

    @Test func mentionsOfTheBodyMapIntoTheTextLayer() {
        let written = "本报讯 区(qū)长张(zhāng)三4月12日上午到城东调研。"
        let text = ArticleText(written, leads: LeadGrammar(), dates: TimeTagger())
        let body = Array(written.unicodeScalars)
        let start = body.firstIndex(of: "4")!
        let mapped = text.offset(ofBodyOffset: start)
        #expect(text.text(mapped..<(mapped + 7)) == "4月12日上午")
        #expect(text.leadEnd == 4)
    }

    @Test func sentencesAndClausesUseTheOneTableOfBreaks() {
        let text = ArticleText("本报讯 9:30，会议召开；区长讲话。次日，继续", leads: LeadGrammar(), dates: TimeTagger())
        #expect(text.sentences.count == 2)
        #expect(text.clauses.map { text.text($0.range) } == ["9:30", "会议召开", "区长讲话", "次日", "继续"])
    }
}
