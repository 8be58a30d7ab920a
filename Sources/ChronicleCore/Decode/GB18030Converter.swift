import Glibc

/// GB18030 (and so GBK and GB2312) to UTF-8 through glibc's iconv.
///
/// The only place in chronicle that holds an iconv descriptor: it is opened and
/// closed within one call, so the type has no state and is trivially `Sendable`.
enum GB18030Converter {
    enum Outcome {
        case text(String)
        /// Offset of the first byte iconv could not convert.
        case invalid(at: Int)
        /// This system's iconv has no GB18030 converter.
        case unavailable
    }

    static func convert(_ bytes: [UInt8]) -> Outcome {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, cd != iconv_t(bitPattern: -1) else { return .unavailable }
        defer { iconv_close(cd) }

        // Every GB18030 character becomes at most 4 UTF-8 bytes and takes at least one
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
