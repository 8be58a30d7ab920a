/// Strict UTF-8 validation that reports where the input stops being UTF-8.
///
/// Swift's `String(validating:)` only says yes or no; the error message needs the offset.
package enum UTF8Validation {
    /// Offset of the first byte that is not part of a well-formed UTF-8 sequence
    /// (overlongs, surrogates and values above U+10FFFF are rejected), or nil when
    /// all of `bytes[from...]` is valid.
    package static func firstInvalidOffset(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0, from: start) }
    }

    package static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            guard let length = sequenceLength(bytes, at: i) else { return i }
            i += length
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence that starts at `i` (whose byte is
    /// not ASCII), or nil when none does: one definition for every reader that checks UTF-8
    /// as it goes.
    @inlinable @inline(__always)
    package static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        // The three-byte sequences of the Chinese this reads nearly always (lead E1–EC,
        // EE–EF: any continuation bytes allowed) are told in line, in the reader's own loop;
        // the other leads go to the full table.
        let lead = bytes[i]
        if lead >= 0xE1 && lead <= 0xEF && lead != 0xED {
            guard i + 2 < bytes.count, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else { return nil }
            return 3
        }
        return otherSequenceLength(bytes, at: i)
    }

    /// `sequenceLength` for every lead byte.
    @usableFromInline
    package static func otherSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = bytes.count
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF   // range of the second byte
        switch bytes[i] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        guard i + 1 < n, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return nil }
        var k = 2
        while k < length {
            guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return length
    }

    /// Number of multi-byte characters in the valid UTF-8 prefix `bytes[..<end]`.
    static func multibyteCount(_ bytes: [UInt8], upTo end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for i in 0..<min(end, buffer.count) where buffer[i] >= 0xC2 && buffer[i] <= 0xF4 { count += 1 }
            return count
        }
    }
}
