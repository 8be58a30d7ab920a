/// Tests on eight bytes at once (a word read unaligned from UTF-8 text), for scans that
/// look for a few rare bytes: a word holding none of them is passed over whole. Each test
/// may say yes for a word that holds no such byte only where noted; a scan reads the word's
/// bytes one by one when a test says yes.
package enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// True when a byte of `w` is below `bound` (≤ 0x80).
    @inline(__always)
    package static func hasByte(below bound: UInt8, _ w: UInt64) -> Bool {
        (w &- ones &* UInt64(bound)) & ~w & highs != 0
    }

    /// True when a byte of `w` is `b`.
    @inline(__always)
    package static func hasByte(_ b: UInt8, _ w: UInt64) -> Bool {
        let v = w ^ (ones &* UInt64(b))
        return (v &- ones) & ~v & highs != 0
    }

    /// How many bytes of `w` are UTF-8 continuation bytes (10xxxxxx: bit 7 set, bit 6 clear):
    /// eight less the scalars that start in the word.
    @inline(__always)
    static func continuationBytes(_ w: UInt64) -> Int {
        (w & ~(w << 1) & highs).nonzeroBitCount
    }

    /// The number of scalars in valid UTF-8 `bytes`: their lead bytes, counted a word at a time.
    static func scalarCount(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuation = 0
        var i = forEachWord(bytes, from: 0) { w, _ in
            continuation += continuationBytes(w)
            return true
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return bytes.count - continuation
    }

    /// Runs `body` with the offset of each word of `bytes` from `start` on (whole words only),
    /// until it returns false; returns the offset after the last word read.
    @inline(__always)
    package static func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                    _ body: (UInt64, Int) -> Bool) -> Int {
        var i = start
        guard let base = bytes.baseAddress else { return i }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= bytes.count {
            guard body(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), i) else { return i }
            i += 8
        }
        return i
    }
}
