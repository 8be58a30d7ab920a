/// Turns the bytes of an input file into text, detecting the encoding from the bytes.
///
/// Order: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; else GB18030 (which
/// covers GBK and GB2312) or Big5 through iconv, whichever reads as Chinese. Text holding NUL or other binary control
/// bytes is refused, so a binary file ends in an error, never in garbage. The text is
/// returned as written (BOM removed); normalization for matching is `MatchFolding`'s job.
/// The one repair: UTF-8 text with no Chinese in it that is Chinese read as
/// Windows-1252 and saved again (`æœ¬æŠ¥è®¯`) is turned back (`MojibakeRepair`).
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], source: String) throws(DecodeError) -> String {
        if bytes.isEmpty { return "" }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let bad = UTF8Validation.firstInvalidOffset(bytes, from: 3) {
                throw DecodeError(source: source, offset: bad)
            }
            return try checkedText(bytes, from: 3, source: source)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, bigEndian: false, source: source) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, bigEndian: true, source: source) }

        // Valid UTF-8, nearly every page: the standard library checks the bytes as it makes
        // the text, one pass; our own reader runs only to find where other bytes break.
        if let text = String(validating: bytes, as: UTF8.self) {
            if let bad = firstBinaryByte(bytes) { throw DecodeError(source: source, offset: bad) }
            return MojibakeRepair.mayBeDamaged(bytes) ? MojibakeRepair.repaired(text) ?? text : text
        }
        // Both readers follow the Unicode standard, so ours finds the offset the standard
        // library's refused (nil only if they disagreed: then the legacy reading decides).
        let utf8Failure = UTF8Validation.firstInvalidOffset(bytes)
        if let bad = firstBinaryByte(bytes) { throw DecodeError(source: source, offset: bad) }
        return try decodeLegacy(bytes, utf8Failure: utf8Failure, source: source)
    }

    /// GB18030, unless what it gives does not read as Chinese (`CommonCharacters`): then
    /// Big5 when that does (Big5 bytes are mostly valid GB18030 too, as other characters).
    /// Bytes that read as Chinese in neither are refused rather than returned as garbage.
    private static func decodeLegacy(_ bytes: [UInt8], utf8Failure: Int?, source: String) throws(DecodeError) -> String {
        let gb = LegacyConverter.convert(bytes, from: .gb18030)
        if case .text(let text) = gb, (CommonCharacters.share(text) ?? 1) >= CommonCharacters.plausibleShare { return text }
        if case .text(let text) = LegacyConverter.convert(bytes, from: .big5) {
            // Too short to judge: Big5 only where GB18030 could not read the bytes at all.
            let share = CommonCharacters.share(text) ?? (gb.isText ? 0 : 1)
            if share >= CommonCharacters.plausibleShare { return text }
        }
        switch gb {
        case .text:
            throw DecodeError(source: source, offset: 0, problem: .notChinese)
        case .invalid(let gbFailure):
            // Name the byte where the file's likely encoding breaks: UTF-8 when the text
            // before the break already holds UTF-8 characters (GB18030 text almost never
            // does), else whichever encoding read further.
            let utf8Offset = utf8Failure ?? 0
            let looksUTF8 = UTF8Validation.multibyteCount(bytes, upTo: utf8Offset) >= utf8Evidence
            throw DecodeError(source: source, offset: looksUTF8 ? utf8Offset : max(gbFailure, utf8Offset))
        case .unavailable:
            throw DecodeError(source: source, offset: utf8Failure ?? 0)
        }
    }

    /// Multi-byte UTF-8 characters that make a file UTF-8 even though it breaks later.
    static let utf8Evidence = 2

    /// Decodes valid UTF-8 after refusing binary control bytes.
    private static func checkedText(_ bytes: [UInt8], from start: Int, source: String) throws(DecodeError) -> String {
        if let bad = firstBinaryByte(bytes, from: start) { throw DecodeError(source: source, offset: bad) }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Bytes that never occur in text: C0 controls other than tab, LF, VT, FF, CR and
    /// the DOS end-of-file mark, and DEL. In UTF-8 and GB18030 these values are never
    /// part of a multi-byte character, so a byte scan is exact.
    static func firstBinaryByte(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstBinaryByte($0, from: start) }
    }

    static func firstBinaryByte(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        // A word with no byte below 0x20 and none 0x7F is passed over whole (text holds
        // a line feed or two a line, no other control).
        var found: Int?
        var i = ByteWord.forEachWord(buffer, from: start) { w, at in
            guard ByteWord.hasByte(below: 0x20, w) || ByteWord.hasByte(0x7F, w) else { return true }
            for k in at..<(at + 8) where isBinaryControl(UInt32(buffer[k])) { found = k; return false }
            return true
        }
        if let found { return found }
        while i < buffer.count {
            if buffer[i] < 0x20 || buffer[i] == 0x7F, isBinaryControl(UInt32(buffer[i])) { return i }
            i += 1
        }
        return nil
    }

    @inline(__always)
    static func isBinaryControl(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A: return false
        case 0x00...0x1F, 0x7F: return true
        default: return false
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, source: String) throws(DecodeError) -> String {
        var scalars = String.UnicodeScalarView()
        var i = 2
        @inline(__always) func unit(at k: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[k]) << 8 | UInt16(bytes[k + 1]) : UInt16(bytes[k + 1]) << 8 | UInt16(bytes[k])
        }
        while i < bytes.count {
            guard i + 1 < bytes.count else { throw DecodeError(source: source, offset: i) }
            let u = unit(at: i)
            var value = UInt32(u)
            var width = 2
            if (0xD800...0xDBFF).contains(u) {
                guard i + 3 < bytes.count else { throw DecodeError(source: source, offset: i) }
                let low = unit(at: i + 2)
                guard (0xDC00...0xDFFF).contains(low) else { throw DecodeError(source: source, offset: i) }
                value = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                width = 4
            } else if (0xDC00...0xDFFF).contains(u) {
                throw DecodeError(source: source, offset: i)
            }
            guard !isBinaryControl(value), let scalar = Unicode.Scalar(value) else {
                throw DecodeError(source: source, offset: i)
            }
            scalars.append(scalar)
            i += width
        }
        return String(scalars)
    }
}
