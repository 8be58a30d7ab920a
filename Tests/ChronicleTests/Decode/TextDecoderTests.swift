import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct TextDecoderTests {
    let chinese = "本报讯 4月12日上午,区长张艳敏暗访督导。"

    @Test func plainUTF8() throws {
        #expect(try TextDecoder.decode(Array(chinese.utf8), source: "a.txt") == chinese)
    }

    @Test func utf8WithBOMDropsTheBOM() throws {
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(chinese.utf8), source: "a.txt") == chinese)
    }

    @Test func gb18030ThroughIconv() throws {
        // 本报讯 in GB18030 (GBK range): B1BE B1A8 D1B6; then a four-byte sequence for U+00B7 is not
        // needed here, but a four-byte one for € (0x80 in cp936 is two-byte A2E3 in GB18030).
        let bytes: [UInt8] = [0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6, 0x20, 0x34, 0xD4, 0xC2, 0xA2, 0xE3]
        #expect(try TextDecoder.decode(bytes, source: "g.txt") == "本报讯 4月€")
    }

    @Test func gb18030FourByteSequences() throws {
        // Outside GBK: ß is 81 30 89 38, and U+20000 𠀀 is 95 32 82 36.
        #expect(try TextDecoder.decode([0x61, 0x81, 0x30, 0x89, 0x38, 0x95, 0x32, 0x82, 0x36], source: "g.txt") == "aß𠀀")
    }

    @Test func utf16LittleAndBigEndianWithBOM() throws {
        let units = Array("会议𠀀".utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(le, source: "u.txt") == "会议𠀀")
        #expect(try TextDecoder.decode(be, source: "u.txt") == "会议𠀀")
    }

    @Test func emptyInputIsEmptyText() throws {
        #expect(try TextDecoder.decode([], source: "e.txt") == "")
    }

    /// Each case: bytes, the offset the error must name.
    static let invalid: [(bytes: [UInt8], offset: Int, why: String)] = [
        ([0x61, 0x62, 0x00, 0x63], 2, "NUL: a binary file"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], 8, "PNG header: first byte no text holds"),
        (Array("本报讯 4月12日上午,区长张艳敏暗访督导。".utf8) + [0xFF], 56, "UTF-8 text, then 0xFF"),
        (Array("会议".utf8) + [0xE4, 0xBC] + Array("。".utf8), 6, "UTF-8 sequence cut short"),
        ([0xEF, 0xBB, 0xBF, 0x61, 0xC0, 0xAF], 4, "BOM then an overlong sequence"),
        ([0xFF, 0xFE, 0x00, 0xDC], 2, "UTF-16 lone low surrogate"),
        ([0xFF, 0xFE, 0x61, 0x00, 0x62], 4, "UTF-16 odd length"),
        ([0xB1, 0xBE, 0xB1], 2, "GB18030 cut short"),
    ]

    @Test(arguments: invalid.indices) func invalidBytesNameFileAndOffset(_ k: Int) {
        let c = Self.invalid[k]
        #expect(throws: DecodeError(source: "bad.bin", offset: c.offset), "\(c.why)") {
            try TextDecoder.decode(c.bytes, source: "bad.bin")
        }
    }

    @Test func errorMessageIsOneClearLine() {
        let e = DecodeError(source: "x.txt", offset: 17)
        #expect(e.description == "x.txt: not UTF-8, GB18030, Big5 or UTF-16 text (invalid byte at offset 17)")
    }

    /// One invented report in four legacy byte forms. Big5 bytes are mostly valid GB18030
    /// too (as other, rare characters): the decoder takes the encoding whose text reads as
    /// Chinese, and refuses bytes that read as Chinese in none (Korean in EUC-KR).
    static let big5Meeting: [UInt8] = [0xB0, 0xCF, 0xAA, 0xF8, 0xAA, 0x4C, 0xAB, 0xE4, 0xBB, 0xB7, 0xA5, 0x44, 0xAB, 0xF9, 0xA5, 0x6C, 0xB6, 0x7D, 0xB1, 0x60, 0xB0, 0xC8, 0xB7, 0x7C, 0xC4, 0xB3, 0xA1, 0x41, 0xAC, 0xE3, 0xA8, 0x73, 0xB3, 0xA1, 0xB8, 0x70, 0xA8, 0xBE, 0xA6, 0xC4, 0xA4, 0x75, 0xA7, 0x40, 0xA1, 0x43, 0xB7, 0x7C, 0xC4, 0xB3, 0xAD, 0x6E, 0xA8, 0x44, 0xA6, 0x55, 0xB3, 0xA1, 0xAA, 0xF9, 0xA5, 0x5B, 0xB1, 0x6A, 0xAD, 0xC8, 0xAF, 0x5A, 0xAD, 0xC8, 0xA6, 0x75, 0xA1, 0x41, 0xBD, 0x54, 0xAB, 0x4F, 0xA6, 0x77, 0xA5, 0xFE, 0xAB, 0xD7, 0xA6, 0xC4, 0xA1, 0x43]
    static let gbkTraditionalMeeting: [UInt8] = [0x85, 0x5E, 0xE9, 0x4C, 0xC1, 0xD6, 0xCB, 0xBC, 0xDF, 0x68, 0xD6, 0xF7, 0xB3, 0xD6, 0xD5, 0xD9, 0xE9, 0x5F, 0xB3, 0xA3, 0x84, 0xD5, 0x95, 0xFE, 0xD7, 0x68, 0xA3, 0xAC, 0xD1, 0xD0, 0xBE, 0xBF, 0xB2, 0xBF, 0xCA, 0xF0, 0xB7, 0xC0, 0xD1, 0xB4, 0xB9, 0xA4, 0xD7, 0xF7, 0xA1, 0xA3, 0x95, 0xFE, 0xD7, 0x68, 0xD2, 0xAA, 0xC7, 0xF3, 0xB8, 0xF7, 0xB2, 0xBF, 0xE9, 0x54, 0xBC, 0xD3, 0x8F, 0x8A, 0xD6, 0xB5, 0xB0, 0xE0, 0xD6, 0xB5, 0xCA, 0xD8, 0xA3, 0xAC, 0xB4, 0x5F, 0xB1, 0xA3, 0xB0, 0xB2, 0xC8, 0xAB, 0xB6, 0xC8, 0xD1, 0xB4, 0xA1, 0xA3]
    static let gbkMeeting: [UInt8] = [0xC7, 0xF8, 0xB3, 0xA4, 0xC1, 0xD6, 0xCB, 0xBC, 0xD4, 0xB6, 0xD6, 0xF7, 0xB3, 0xD6, 0xD5, 0xD9, 0xBF, 0xAA, 0xB3, 0xA3, 0xCE, 0xF1, 0xBB, 0xE1, 0xD2, 0xE9, 0xA3, 0xAC, 0xD1, 0xD0, 0xBE, 0xBF, 0xB2, 0xBF, 0xCA, 0xF0, 0xB7, 0xC0, 0xD1, 0xB4, 0xB9, 0xA4, 0xD7, 0xF7, 0xA1, 0xA3, 0xBB, 0xE1, 0xD2, 0xE9, 0xD2, 0xAA, 0xC7, 0xF3, 0xB8, 0xF7, 0xB2, 0xBF, 0xC3, 0xC5, 0xBC, 0xD3, 0xC7, 0xBF, 0xD6, 0xB5, 0xB0, 0xE0, 0xD6, 0xB5, 0xCA, 0xD8, 0xA3, 0xAC, 0xC8, 0xB7, 0xB1, 0xA3, 0xB0, 0xB2, 0xC8, 0xAB, 0xB6, 0xC8, 0xD1, 0xB4, 0xA1, 0xA3]
    static let eucKRNews: [UInt8] = [0xBC, 0xAD, 0xBF, 0xEF, 0xBD, 0xC3, 0xB4, 0xC2, 0x20, 0xBF, 0xC0, 0xB4, 0xC3, 0x20, 0xBF, 0xC0, 0xC0, 0xFC, 0x20, 0xBD, 0xC3, 0xC3, 0xBB, 0xBF, 0xA1, 0xBC, 0xAD, 0x20, 0xC8, 0xB8, 0xC0, 0xC7, 0xB8, 0xA6, 0x20, 0xBF, 0xAD, 0xB0, 0xED, 0x20, 0xBE, 0xC8, 0xC0, 0xFC, 0x20, 0xB4, 0xEB, 0xC3, 0xA5, 0xC0, 0xBB, 0x20, 0xB3, 0xED, 0xC0, 0xC7, 0xC7, 0xDF, 0xB4, 0xD9, 0x2E, 0x20, 0xBD, 0xC3, 0xC0, 0xE5, 0xC0, 0xBA, 0x20, 0xB8, 0xF0, 0xB5, 0xE7, 0x20, 0xBA, 0xCE, 0xBC, 0xAD, 0xB0, 0xA1, 0x20, 0xC7, 0xF9, 0xB7, 0xC2, 0xC7, 0xD8, 0xBE, 0xDF, 0x20, 0xC7, 0xD1, 0xB4, 0xD9, 0xB0, 0xED, 0x20, 0xB0, 0xAD, 0xC1, 0xB6, 0xC7, 0xDF, 0xB4, 0xD9, 0x2E]

    static let traditionalMeeting = "區長林思遠主持召開常務會議，研究部署防汛工作。會議要求各部門加強值班值守，確保安全度汛。"

    @Test func big5ReadAsBig5NotAsGB18030() throws {
        #expect(try TextDecoder.decode(Self.big5Meeting, source: "hk.txt") == Self.traditionalMeeting)
    }

    @Test func gbkKeepsGB18030InEitherScript() throws {
        #expect(try TextDecoder.decode(Self.gbkTraditionalMeeting, source: "t.txt") == Self.traditionalMeeting)
        #expect(try TextDecoder.decode(Self.gbkMeeting, source: "s.txt") == "区长林思远主持召开常务会议，研究部署防汛工作。会议要求各部门加强值班值守，确保安全度汛。")
    }

    @Test func bytesReadingAsNoChineseAreRefused() {
        #expect(throws: DecodeError(source: "kr.txt", offset: 0, problem: .notChinese)) {
            try TextDecoder.decode(Self.eucKRNews, source: "kr.txt")
        }
        #expect(DecodeError(source: "kr.txt", offset: 0, problem: .notChinese).description
            == "kr.txt: does not read as Chinese in UTF-8, GB18030, Big5 or UTF-16; re-save it as UTF-8")
    }

    @Test func fiftyMegabyteSingleLineDecodesInLinearTime() throws {
        // 12.5 MB, then 50 MB, of one line: a quadratic scan would take hours on the larger.
        try ThreadCPUTime.expectLinear(factor: 4) { scale in
            let line = [UInt8](repeating: 0x61, count: (50 << 20) / 4 * scale) + Array("。".utf8)
            let text = try TextDecoder.decode(line, source: "big.txt")
            #expect(text.utf8.count == line.count)
        }
    }

    /// Bytes shown as Windows-1252, the way a mis-set browser or editor saves them.
    func asWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        let back = Dictionary(uniqueKeysWithValues: MojibakeTables.windows1252.map { ($1, $0) })
        var view = String.UnicodeScalarView()
        for b in bytes { view.append(back[b] ?? Unicode.Scalar(b)) }
        return Array(String(view).utf8)
    }

    @Test func repairsUTF8ReadAsWindows1252() throws {
        let damaged = asWindows1252(Array(chinese.utf8))
        #expect(try TextDecoder.decode(damaged, source: "m.txt") == chinese)
    }

    @Test func repairsGBKReadAsWindows1252() throws {
        // 本报讯 4月12日 in GB18030, read as Windows-1252.
        let gb: [UInt8] = [0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6, 0x20, 0x34, 0xD4, 0xC2, 0x31, 0x32, 0xC8, 0xD5]
        #expect(try TextDecoder.decode(asWindows1252(gb), source: "m.txt") == "本报讯 4月12日")
    }

    @Test func leavesLatinTextAndChineseTextAlone() throws {
        let french = "Café crème, déjà vu à Noël: très élégant."
        #expect(try TextDecoder.decode(Array(french.utf8), source: "f.txt") == french)
        let mixed = "会议 Café crème déjà à Noël très"
        #expect(try TextDecoder.decode(Array(mixed.utf8), source: "f.txt") == mixed)
    }
}

/// `CommonCharacters.share` reads Unicode's category only off the ideographs: on text mixing
/// every kind of character it counts (common and rare ideographs, traditional ones, kana,
/// Greek, box drawing, punctuation, full-width ASCII, spaces, astral characters), it gives
/// what asking the category of every character gives.
@Suite struct CommonCharactersTests {
    static let pieces = ["区", "召开", "會議", "鑫", "龘", "〇", "𠀋", "の", "カ", "α", "╬", "，", "。", "“", "—",
                         "１", "Ａ", "\u{3000}", "\u{A0}", "é", "😀", "a", " ", "丨", "兀", "\u{FA11}", "\u{2F08}"]

    /// The share as written before: every character's category asked.
    static func reference(_ text: String) -> Double? {
        var sample = 0, common = 0
        for s in text.unicodeScalars where s.value >= 0x80 {
            let folded = MatchFolding.fold(s)
            if CommonCharacters.simplified.contains(folded) {
                common += 1
            } else if folded.isASCII || [.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                                         .initialPunctuation, .finalPunctuation, .otherPunctuation,
                                         .spaceSeparator].contains(s.properties.generalCategory) {
                continue
            }
            sample += 1
            if sample == CommonCharacters.enoughSample { break }
        }
        return sample < CommonCharacters.minimumSample ? nil : Double(common) / Double(sample)
    }

    @Test func shareAgreesWithEveryCategoryAsked() {
        var state: UInt64 = 0x5eed
        for _ in 0..<400 {
            let count = 10 + Int(state % 60)
            var text = ""
            for _ in 0..<count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int(state >> 33) % Self.pieces.count]
            }
            #expect(CommonCharacters.share(text) == Self.reference(text), "\(text)")
        }
    }
}
