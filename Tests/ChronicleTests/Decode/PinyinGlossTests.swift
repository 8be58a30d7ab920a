import Testing
@testable import ChronicleCore

/// Pinyin glosses (`區(qū)`) are read as if they were not there, in every stage: the time
/// engine on a bare text (offsets and texts as given), Layout on a whole page.
@Suite struct PinyinGlossTests {
    static let reference = LocalDateTime(date: CalendarDate(year: 2023, month: 9, day: 8)!)

    /// Glossed time words: the mention, its span as written, its value.
    static let taggedRows: [(text: String, mention: String, value: String)] = [
        ("當(dāng)日，巡查組(zǔ)到場", "當(dāng)日", "2023-09-08"),
        ("昨(zuó)天上午，区(qū)长到场", "昨(zuó)天上午", "2023-09-07TMO"),
        ("9月(yuè)5日，会议召开", "9月(yuè)5日", "2023-09-05"),
        ("当晚(wǎn)举行招待会", "当晚", "2023-09-08TEV"),
        ("6時(shí)30分，活动开始", "6時(shí)30分", "2023-09-08T06:30"),
        ("上(shàng)周三，督查组到乡镇", "上(shàng)周三", "2023-08-30"),
    ]

    @Test(arguments: taggedRows.indices) func timeWordsAreFoundThroughGlosses(_ k: Int) {
        let row = Self.taggedRows[k]
        let mentions = TimeTagger().tag(row.text, reference: Self.reference)
        #expect(mentions.map(\.text) == [row.mention])
        #expect(mentions.map(\.timex.value) == [row.value])
        // The span is the mention's place in the text as given.
        let written = Array(row.text.unicodeScalars)
        if let m = mentions.first {
            #expect(String(String.UnicodeScalarView(written[m.start..<m.end])) == row.mention)
        }
    }

    /// Not glosses, so nothing moves: brackets with no tone mark, or not after a character.
    @Test func textWithoutGlossesIsTaggedAsGiven() {
        let text = "附件(a)：9月5日(周二)上午开会"
        let mentions = TimeTagger().tag(text, reference: Self.reference)
        #expect(mentions.first?.text == "9月5日(周二)上午")
        #expect(mentions.first?.start == 6)
    }

    @Test func droppedTextMapsEveryOffsetBack() {
        let written = Array("區(qū)長張(zhāng)三主持".unicodeScalars)
        let d = PinyinGloss.Dropped(written)
        #expect(d.text == "區長張三主持")
        for (i, s) in d.scalars.enumerated() { #expect(written[d.offsets[i]] == s) }
        #expect(d.original(0..<2) == 0..<6)
        #expect(d.original(2..<4) == 6..<15)
    }

    /// A glossed page is laid out as if unglossed: the headline, the lead and its dateline,
    /// the body.
    @Test func layoutReadsAGlossedPageAsPlainText() throws {
        let page = """
            青禾區(qū)召(zhào)開(kāi)防汛工作會(huì)議
            本報(bào)訊 9月7日上(shàng)午，青禾區(qū)委書記周(zhōu)明遠(yuǎn)主持召開防汛工作會(huì)議。
            """
        let laid = try PageLayout().page(text: page, source: "-", issueDate: CalendarDate(year: 2023, month: 9, day: 8))
        #expect(laid.articles.count == 1)
        #expect(laid.articles.first?.headline == "青禾區召開防汛工作會議")
        #expect(laid.articles.first?.body.contains("(") == false)
        let events = EventRecognizer().events(in: laid)
        #expect(events.map(\.timex.value) == ["2023-09-07TMO"])
        #expect(events.first?.leaders == ["青禾區委書記周明遠"])
    }

    /// The quick test for glosses reads eight bytes a step: it says yes exactly when a byte
    /// 0xC3…0xC7 (a tone-marked vowel's lead) is anywhere in the text, at every offset.
    @Test func quickTestFindsEveryToneMarkedVowel() {
        let pieces = ["汉", "字", "(", ")", "a", "q", "ū", "·", "é", "°", "“", " ", "😀", "ǚ"]
        var rng = SplitMix64(seed: 0x9a11)
        for _ in 0..<2_000 {
            let text = (0..<Int(rng.next() % 24)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(PinyinGloss.mayHaveGlosses(text) == text.utf8.contains { (0xC3...0xC7).contains($0) }, "\(text)")
        }
    }
}
