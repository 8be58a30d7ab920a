/// SHA-256 (FIPS 180-4) of a byte sequence: the digest behind stable UIDs, so that they
/// do not depend on the platform's hasher (Swift's `Hasher` is seeded per process).
///
/// A running state: bytes are fed in pieces and each full block is compressed as it comes,
/// straight from the caller's bytes; `digest()` pads a copy, so a state can be finished
/// and then extended (a UID's identity, then the same identity with its occurrence). No
/// heap array is made per digest: a UID hashes a short identity, once per event.
struct SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The eight words of a digest, first to last (each written big-endian).
    typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    private var h: Words = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// The bytes of an unfinished block (`buffered` of them).
    private var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var buffered = 0
    private var length: UInt64 = 0

    init() {}

    /// The state after `bytes`: a digest's one way to begin.
    init(_ bytes: some Sequence<UInt8>) {
        update(bytes)
    }

    /// Feeds `bytes`: whole blocks are compressed where they stand, the rest kept.
    mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var p = bytes.baseAddress, !bytes.isEmpty else { return }
        var n = bytes.count
        length &+= UInt64(n)
        if buffered > 0 {
            let take = min(64 - buffered, n)
            let at = buffered
            withUnsafeMutableBytes(of: &block) { ($0.baseAddress! + at).copyMemory(from: p, byteCount: take) }
            buffered += take
            p += take
            n -= take
            guard buffered == 64 else { return }
            let full = block
            withUnsafeBytes(of: full) { Self.compress(&h, $0.baseAddress!) }
            buffered = 0
        }
        while n >= 64 {
            Self.compress(&h, UnsafeRawPointer(p))
            p += 64
            n -= 64
        }
        if n > 0 {
            withUnsafeMutableBytes(of: &block) { $0.baseAddress!.copyMemory(from: p, byteCount: n) }
            buffered = n
        }
    }

    mutating func update(_ bytes: some Sequence<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ update($0) }) != nil { return }
        let copy = Array(bytes)
        copy.withUnsafeBufferPointer { update($0) }
    }

    /// The digest of what was fed so far; the state itself is left as it was.
    func digest() -> Words {
        var done = self
        let bitLength = length &* 8
        // 0x80, zeros to 56 bytes past a block's start, the length in bits big-endian.
        var padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let count = (buffered < 56 ? 56 - buffered : 120 - buffered) + 8
        withUnsafeMutableBytes(of: &padding) { p in
            p[0] = 0x80
            for i in 0..<8 { p[count - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i)) }
            done.update(UnsafeBufferPointer(start: p.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
        return done.h
    }

    /// Compresses the 64 bytes at `p` into `h`.
    private static func compress(_ h: inout Words, _ p: UnsafeRawPointer) {
        var (a, b, c, d, e, f, g, hh) = h
        k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for i in 0..<16 { w[i] = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
                for i in 16..<64 {
                    let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                    let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                    w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                }
                // Eight rounds at a time, the working variables' roles turning instead of
                // the values moving (a tuple shuffle per round).
                var i = 0
                while i < 64 {
                    round(a, b, c, &d, e, f, g, &hh, k[i] &+ w[i])
                    round(hh, a, b, &c, d, e, f, &g, k[i + 1] &+ w[i + 1])
                    round(g, hh, a, &b, c, d, e, &f, k[i + 2] &+ w[i + 2])
                    round(f, g, hh, &a, b, c, d, &e, k[i + 3] &+ w[i + 3])
                    round(e, f, g, &hh, a, b, c, &d, k[i + 4] &+ w[i + 4])
                    round(d, e, f, &g, hh, a, b, &c, k[i + 5] &+ w[i + 5])
                    round(c, d, e, &f, g, hh, a, &b, k[i + 6] &+ w[i + 6])
                    round(b, c, d, &e, f, g, hh, &a, k[i + 7] &+ w[i + 7])
                    i += 8
                }
            }
        }
        h.0 &+= a; h.1 &+= b; h.2 &+= c; h.3 &+= d
        h.4 &+= e; h.5 &+= f; h.6 &+= g; h.7 &+= hh
    }

    /// The digest in lower-case hex, its first `digits` digits (all 64 by default).
    static func hex(_ input: some Sequence<UInt8>, digits: Int = 64) -> String {
        hex(words: SHA256(input).digest(), digits: digits)
    }

    /// A digest's first `digits` lower-case hex digits.
    static func hex(words: Words, digits: Int) -> String {
        let count = min(max(digits, 0), 64)
        return String(unsafeUninitializedCapacity: count) { out in
            writeHex(words, digits: count, into: out)
            return count
        }
    }

    /// Writes a digest's first `digits` lower-case hex digits at the start of `out`.
    static func writeHex(_ words: Words, digits: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
        withUnsafeBytes(of: words) { raw in
            for i in 0..<min(digits, 64, out.count) {
                let word = raw.loadUnaligned(fromByteOffset: i / 8 * 4, as: UInt32.self)
                out[i] = hexDigit(UInt8(truncatingIfNeeded: word >> UInt32(28 - i % 8 * 4)) & 15)
            }
        }
    }

    /// One round: `d` becomes the next round's `e`, `h` its `a`.
    @inline(__always) private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                                _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d &+= t1
        h = t1 &+ t2
    }

    @inline(__always) private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x &>> n | x &<< (32 &- n) }
}
