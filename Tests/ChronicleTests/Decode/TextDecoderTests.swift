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
        #expect(e.description == "x.txt: not UTF-8, GB18030 or UTF-16 text (invalid byte at offset 17)")
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
