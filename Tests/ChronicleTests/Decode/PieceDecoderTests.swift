import Foundation
import Testing
@testable import ChronicleCore

/// `PieceDecoder` reads a file as it comes, in chunks of any size, and gives
/// `TextDecoder.decode`'s text (or its error) exactly, in pieces of whole lines.
@Suite struct PieceDecoderTests {
    static func pieces(_ bytes: [UInt8], chunk: Int) -> Result<[String], DecodeError> {
        var decoder = PieceDecoder(source: "p.txt")
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            bytes[i..<end].withUnsafeBytes { decoder.append($0) }
            i = end
        }
        return Result { () throws(DecodeError) in try decoder.finish() }
    }

    static let utf8Lines = Array("丰源区召开防汛会\n本报讯 6月3日上午，区长出席。\r\n\n青石镇\u{2028}检查\r\n末行".utf8)
    static let utf16LE: [UInt8] = [0xFF, 0xFE] + "河湾街道\n文化节".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    static let utf16BE: [UInt8] = [0xFE, 0xFF] + "河湾街道\n文化节".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    /// 本报讯 in GB18030, on three lines.
    static let gb: [UInt8] = [0xB1, 0xBE, 0x0A, 0xB1, 0xA8, 0x0A, 0xD1, 0xB6, 0x0A]
    /// Latin-1 reading of UTF-8 Chinese, saved again, over two lines.
    static let mojibake = Array("æœ¬æŠ¥è®¯\næœ¬æŠ¥è®¯ 4æœˆ12æ—¥".utf8)

    static let inputs: [(String, [UInt8])] = [
        ("empty", []),
        ("one byte", [0x41]),
        ("two bytes", [0x0A, 0x41]),
        ("utf-8 lines", utf8Lines),
        ("utf-8 BOM", [0xEF, 0xBB, 0xBF] + utf8Lines),
        ("utf-8 BOM alone", [0xEF, 0xBB, 0xBF]),
        ("utf-16 LE", utf16LE),
        ("utf-16 BE", utf16BE),
        ("GB18030 lines", gb),
        ("invalid byte on the third line", Array("第一行\n第二行\n第".utf8) + [0xFF] + Array("三行\n".utf8)),
        ("BOM, invalid byte later", [0xEF, 0xBB, 0xBF] + Array("第一行\n第二".utf8) + [0xC3]),
        ("NUL on a later line", Array("第一行\n第二行\n".utf8) + [0x00] + Array("x\n".utf8)),
        ("mojibake over lines", mojibake),
        ("Latin letter before Chinese", Array("café\n本报讯\n".utf8)),
        ("Chinese before a Latin letter", Array("本报讯\ncafé\n".utf8)),
        ("line feeds only", Array("\n\n\n".utf8)),
        ("no line feed", Array(String(repeating: "镇", count: 50).utf8)),
    ]

    @Test(arguments: inputs.indices, [1, 2, 3, 5, 64, 1 << 20])
    func piecesAreTheWholeText(_ k: Int, chunk: Int) {
        let (name, bytes) = Self.inputs[k]
        let whole = Result { () throws(DecodeError) in try TextDecoder.decode(bytes, source: "p.txt") }
        switch (whole, Self.pieces(bytes, chunk: chunk)) {
        case (.success(let text), .success(let pieces)):
            #expect(pieces.joined() == text, "\(name), chunk \(chunk)")
            #expect(pieces.dropLast().allSatisfy { $0.utf8.last == 0x0A }, "\(name), chunk \(chunk)")
        case (.failure(let a), .failure(let b)):
            #expect(a.description == b.description, "\(name), chunk \(chunk)")
        default:
            Issue.record("\(name), chunk \(chunk): one reading failed, the other did not")
        }
    }

    @Test func aLargeFileComesInManyPieces() throws {
        let line = Array("青石镇开展安全生产检查，镇长带队检查辖区企业。\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 300_000 { bytes += line }
        let pieces = try Self.pieces(bytes, chunk: 65_536).get()
        #expect(pieces.count >= 4)
        #expect(pieces.joined() == String(decoding: bytes, as: UTF8.self))
    }
}
