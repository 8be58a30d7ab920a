/// Undoes the commonest damage of saved Chinese pages: UTF-8 or GBK bytes that were
/// read as Windows-1252 / Latin-1 and saved again (`æœ¬æŠ¥è®¯` for 本报讯).
///
/// Conservative: it applies only to text holding no Chinese character at all but
/// enough Latin-1 letters, every non-ASCII character maps back to one byte, and the
/// bytes decode (UTF-8 first, then GB18030) to text that is mostly Chinese.
enum MojibakeRepair {
    /// Cheap test on the UTF-8 bytes: Latin-1 letters are encoded with lead byte C2 or
    /// C3, and the first of them comes before any Chinese character (lead E3–E9).
    static func mayBeDamaged(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { firstSign($0) } ?? false
    }

    /// `mayBeDamaged` on a text read in pieces: what the first byte that tells says, nil
    /// when no byte of `bytes` tells (the next piece may).
    static func firstSign(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for b in bytes {
            if b == 0xC2 || b == 0xC3 { return true }
            if b >= 0xE3 && b <= 0xE9 { return false }
        }
        return nil
    }

    static func repaired(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var high = 0
        for s in text.unicodeScalars {
            if isChinese(s) { return nil }
            if s.value < 0x80 { bytes.append(UInt8(s.value)); continue }
            guard let b = byte(for: s) else { return nil }
            bytes.append(b)
            high += 1
        }
        guard high >= MojibakeTables.minimumDamagedCharacters else { return nil }
        if UTF8Validation.firstInvalidOffset(bytes) == nil {
            let candidate = String(decoding: bytes, as: UTF8.self)
            if mostlyChinese(candidate) { return candidate }
        }
        if case .text(let candidate) = LegacyConverter.convert(bytes, from: .gb18030), mostlyChinese(candidate) { return candidate }
        return nil
    }

    private static func byte(for s: Unicode.Scalar) -> UInt8? {
        if s.value <= 0xFF { return UInt8(s.value) }
        return MojibakeTables.windows1252[s]
    }

    private static func isChinese(_ s: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(s.value) || (0x20000...0x3FFFF).contains(s.value)
    }

    /// Chinese characters make up at least a fixed share of the non-ASCII characters.
    private static func mostlyChinese(_ text: String) -> Bool {
        var chinese = 0, other = 0
        for s in text.unicodeScalars where s.value >= 0x80 {
            if isChinese(s) { chinese += 1 } else { other += 1 }
        }
        return chinese > 0 && chinese * MojibakeTables.chineseShareDenominator >= (chinese + other)
    }
}
