/// Pinyin glosses printed after characters (`区(qū)`, `时（shí）`), as mirror sites that
/// annotate readings print them.
///
/// A gloss splits words, names and dates (`當(dāng)日`), so every stage reads the text as if
/// it were not there: Layout drops the glosses of a whole page before it reads a line,
/// and the time engine drops them from a bare text and maps its offsets back.
public enum PinyinGloss {
    /// A gloss is one syllable of these letters in brackets, right after a Han character,
    /// with at least one tone-marked vowel (so `(a)` or `(ok)` stay).
    static let toneVowels: ScalarSet = [
        "ā", "á", "ǎ", "à", "ē", "é", "ě", "è", "ī", "í", "ǐ", "ì", "ō", "ó", "ǒ", "ò",
        "ū", "ú", "ǔ", "ù", "ǖ", "ǘ", "ǚ", "ǜ",
    ]
    static let letters = ScalarSet("abcdefghijklmnopqrstuvwxyzü".unicodeScalars)
    /// Longest syllable in letters (`zhuāng`).
    static let maxSyllable = 6

    /// Whether `text` may hold a gloss at all: every tone-marked vowel is a two-byte UTF-8
    /// sequence led by 0xC3…0xC7, which Chinese text otherwise rarely has, so most texts are
    /// passed over by one byte scan.
    static func mayHaveGlosses(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Eight bytes a step: a word none of whose bytes is 0xC0…0xC7 (top five bits
            // 11000) is passed over whole; only a word holding one is read byte by byte.
            let n = bytes.count
            var i = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= n {
                    let y = (raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0xF8F8_F8F8_F8F8_F8F8) ^ 0xC0C0_C0C0_C0C0_C0C0
                    if (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080 != 0 {   // a zero byte in y
                        for k in i..<(i + 8) where bytes[k] >= 0xC3 && bytes[k] <= 0xC7 { return true }
                    }
                    i += 8
                }
            }
            while i < n {
                if bytes[i] >= 0xC3 && bytes[i] <= 0xC7 { return true }
                i += 1
            }
            return false
        }
    }

    /// The bracketed glosses of `t`, in order.
    static func spans(in t: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 1
        while i < t.count {
            guard t[i] == "(" || t[i] == "（", ScalarClass.isHan(t[i - 1]) else { i += 1; continue }
            var j = i + 1
            var toned = false
            while j < t.count, j - i - 1 <= maxSyllable {
                let c = t[j]
                if toneVowels.contains(c) { toned = true } else if !letters.contains(c) { break }
                j += 1
            }
            if toned, j < t.count, j > i + 1, j - i - 1 <= maxSyllable, t[j] == ")" || t[j] == "）" {
                found.append(i..<(j + 1))
                i = j + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// A text without its glosses.
    public struct Dropped: Sendable {
        /// The scalars kept, as written.
        public let scalars: [Unicode.Scalar]
        /// The offset in the text as given of each offset here (count + 1 entries, so an
        /// end maps too).
        public let offsets: [Int]
        /// Some scalar was dropped: the text as given is longer than what was kept.
        public var hadGlosses: Bool { offsets.last != scalars.count }

        public init(_ written: [Unicode.Scalar]) {
            let glosses = PinyinGloss.spans(in: written)
            var kept: [Unicode.Scalar] = [], offsets: [Int] = []
            kept.reserveCapacity(written.count)
            offsets.reserveCapacity(written.count + 1)
            var g = 0, k = 0
            while k < written.count {
                if g < glosses.count, glosses[g].lowerBound == k { k = glosses[g].upperBound; g += 1; continue }
                kept.append(written[k]); offsets.append(k)
                k += 1
            }
            offsets.append(written.count)
            scalars = kept
            self.offsets = offsets
        }

        public var text: String { String(scalars: scalars) }

        /// The range in the text as given that `range` here covers: glosses inside it are
        /// inside (`當(dāng)日` for `當日`), one after its last scalar is not.
        public func original(_ range: Range<Int>) -> Range<Int> {
            guard !range.isEmpty else { return offsets[range.lowerBound]..<offsets[range.lowerBound] }
            return offsets[range.lowerBound]..<(offsets[range.upperBound - 1] + 1)
        }
    }

    /// `text` without its glosses, or `text` itself when it has none.
    public static func dropped(from text: String) -> String {
        guard mayHaveGlosses(text) else { return text }
        let d = Dropped(Array(text.unicodeScalars))
        return d.hadGlosses ? d.text : text
    }
}
