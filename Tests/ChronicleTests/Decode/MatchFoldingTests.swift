import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct MatchFoldingTests {
    /// Written form → folded form. Same scalar count on both sides, always.
    static let cases: [(String, String)] = [
        ("４月１２日上午", "4月12日上午"),
        ("（记者　柴琳琳）", "(记者 柴琳琳)"),
        ("发布时间：2021-04-13", "发布时间:2021-04-13"),
        ("本報訊 區長張艷敏在會議上講話", "本报讯 区长张艳敏在会议上讲话"),
        ("記者 柴琳琳 通訊員 姜璞", "记者 柴琳琳 通讯员 姜璞"),
        ("新華社北京4月13日電", "新华社北京4月13日电"),
        ("ＡＢＣ，ｘｙｚ！", "ABC,xyz!"),
        ("本报讯 近日", "本报讯 近日"),
        // The time words fold with the same table (no second, shorter list in Time).
        ("農曆八月十五　國慶節前後", "农历八月十五 国庆节前后"),
        ("上午9∶30–11∶00、下午３時〜５時", "上午9:30-11:00、下午3时~5时"),
        ("週三晚間", "周三晚间"),
        // Compatibility ideographs (林 U+F9F4, 朗 U+F929) are the ideograph they stand for;
        // one that stands for a traditional character folds on to the simplified one (樂 U+F95C).
        ("副区长王晓\u{F9F4}、何思\u{F929}", "副区长王晓林、何思朗"),
        ("\u{F95C}园社区", "乐园社区"),
        // Kangxi radicals as PDFs write them (⼯ U+2F2F, ⼈ U+2F08, ⽇ U+2F47, ⽉ U+2F49).
        ("\u{2F2F}作会议 \u{2F08}民 4\u{2F49}12\u{2F47}", "工作会议 人民 4月12日"),
        // Radicals with no ideograph of their own stay as written.
        ("\u{2E80}\u{2E81}", "\u{2E80}\u{2E81}"),
    ]

    @Test(arguments: cases.indices) func folds(_ k: Int) {
        let (written, folded) = Self.cases[k]
        #expect(MatchFolding.folded(written) == folded)
        #expect(MatchFolding.fold(written).count == written.unicodeScalars.count)
    }

    /// The text layer's one decode: both arrays from the bytes, exactly as many scalars as
    /// the word-at-a-time count gives (one to four bytes each, across the eight-byte words).
    @Test(arguments: cases.map(\.0) + ["", "a", "abcdefgh", "abcdefghi", "日", "é日😀ａ", String(repeating: "４月１２日😀", count: 9)])
    func writtenAndFoldedFromBytes(_ text: String) {
        var text = text
        let (count, written, folded) = text.withUTF8 { bytes in
            let count = ByteWord.scalarCount(utf8: bytes)
            let (w, f) = MatchFolding.writtenAndFolded(utf8: bytes, count: count)
            return (count, w, f)
        }
        #expect(count == text.unicodeScalars.count)
        #expect(written == Array(text.unicodeScalars))
        #expect(folded == MatchFolding.fold(text))
    }

    @Test func tableIsParallel() {
        let t = TraditionalTable.traditional.unicodeScalars.filter { $0 != "\n" }
        let s = TraditionalTable.simplified.unicodeScalars.filter { $0 != "\n" }
        #expect(t.count == s.count)
        let targets = Set(s)
        for (a, b) in zip(t, s) where !targets.contains(a) { #expect(MatchFolding.fold(a) == b) }
    }

    /// Tables are folded when compiled and text when read: folding must be idempotent.
    @Test func foldingTwiceIsFoldingOnce() {
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(MatchFolding.fold(MatchFolding.fold(s)) == MatchFolding.fold(s))
        }
    }
}
