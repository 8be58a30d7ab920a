import Glibc

/// The legacy Chinese encodings a page may come in: GB18030 (and so GBK and GB2312),
/// the mainland's, and Big5 (with the Hong Kong characters), Hong Kong's and Taiwan's.
enum LegacyEncoding: String, CaseIterable, Sendable {
    case gb18030 = "GB18030"
    case big5 = "BIG5-HKSCS"
}

/// A legacy encoding to UTF-8 through glibc's iconv.
///
/// The only place in chronicle that holds an iconv descriptor: it is opened and
/// closed within one call, so the type has no state and is trivially `Sendable`.
enum LegacyConverter {
    enum Outcome {
        case text(String)
        /// Offset of the first byte iconv could not convert.
        case invalid(at: Int)
        /// This system's iconv has no converter for the encoding.
        case unavailable

        var isText: Bool {
            if case .text = self { return true }
            return false
        }
    }

    static func convert(_ bytes: [UInt8], from encoding: LegacyEncoding) -> Outcome {
        let cd = iconv_open("UTF-8", encoding.rawValue)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return .unavailable }
        defer { iconv_close(cd) }

        // Every GB18030 or Big5 character becomes at most 4 UTF-8 bytes and takes at least one
        // input byte, so 4× the input is always enough room for a single pass.
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 4)
        var input = bytes
        let inputCount = input.count
        var failedAt: Int?
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                if inputCount > 0, iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                    // EILSEQ: invalid sequence; EINVAL: a sequence cut off at the end.
                    failedAt = inputCount - inLeft
                }
                produced = outBuffer.count - outLeft
            }
        }
        if let failedAt { return .invalid(at: failedAt) }
        return .text(String(decoding: output[0..<produced], as: UTF8.self))
    }
}
