/// The scanner's view of `MatchFolding`: the same one table (traditional → simplified,
/// full-width forms, punctuation variants), read as scalar values straight from UTF-8.
///
/// One scalar maps to one scalar, so offsets in the folded text are offsets in the original.
enum TimeFolding {
    /// The folded scalars of `text`, decoded straight from its UTF-8 bytes.
    static func scalars(of text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt32](unsafeUninitializedCapacity: bytes.count) { out, count in
                var n = 0
                MatchFolding.forEachFoldedValue(utf8: bytes) { v in
                    out[n] = v
                    n += 1
                    return true
                }
                count = n
            }
        }
    }

    /// The text of each scalar span (sorted, not overlapping), cut from the UTF-8 bytes.
    static func substrings(of text: String, spans: [(Int, Int)]) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [String] = []
            result.reserveCapacity(spans.count)
            var scalar = 0, byte = 0
            // Byte offset of scalar offset `target`, walking forward from the last one.
            func advance(to target: Int) -> Int {
                // A scalar a step: its lead byte gives its width.
                while scalar < target && byte < bytes.count {
                    byte += MatchFolding.width(lead: bytes[byte])
                    scalar += 1
                }
                byte = min(byte, bytes.count)
                return byte
            }
            for (start, end) in spans {
                let a = advance(to: start)
                let b = advance(to: end)
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self))
            }
            return result
        }
    }
}

extension UnsafeBufferPointer where Element == UInt32 {
    /// The scalar at `i`, or 0 outside the text: the grammar looks around a match freely.
    @inline(__always)
    func at(_ i: Int) -> UInt32 { i >= 0 && i < count ? self[i] : 0 }
}

extension Character {
    /// The scalar value of a one-scalar character from the lexicon.
    var scalarValue: UInt32 { unicodeScalars.first!.value }
}
