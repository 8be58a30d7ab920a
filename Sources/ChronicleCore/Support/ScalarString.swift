extension String {
    /// The string of these scalars, encoded to UTF-8 in one pass into the string's own
    /// storage: appending scalar by scalar to a `UnicodeScalarView` costs a capacity check
    /// and a re-encode each.
    package init<C: Collection<Unicode.Scalar>>(scalars: C) {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        guard bytes > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v); i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded straight from its UTF-8 into storage of their exact
    /// count (`Array(text.unicodeScalars)` walks the scalar view twice, to count and to copy).
    package init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            var count = 0
            for b in bytes where b & 0xC0 != 0x80 { count += 1 }   // lead bytes
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, made in
                var n = 0
                MatchFolding.forEachValue(utf8: bytes) { v in
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped   // valid UTF-8 decodes to scalars
                    n += 1
                    return true
                }
                made = n
            }
        }
    }
}
