/// Reads Arabic and Chinese numerals from folded scalars.
///
/// `二〇二一` is a digit string (2021, four digits: a year can be written so);
/// `二十一`, `廿一` are values (21). A numeral never starts inside another one.
struct NumeralReader: Sendable {
    struct Numeral: Equatable {
        var value: Int
        var start: Int
        var end: Int
        /// Number of digit characters; 0 for a Chinese value with 十/百/千.
        var digits: Int
        var isArabic: Bool
    }

    /// 0–9 Arabic digits, 10–19 Chinese digits (value − 10), 20 十, 21 百, 22 千, 23 廿, 24 卅.
    private let classes: [Int8]
    private let counting: Set<UInt32>
    private static let chineseBase: Int8 = 10
    private static let ten: Int8 = 20, hundred: Int8 = 21, thousand: Int8 = 22, twenty: Int8 = 23, thirty: Int8 = 24

    init() {
        var c = [Int8](repeating: -1, count: 0x10000)
        for d in 0...9 { c[0x30 + d] = Int8(d) }
        for (ch, v) in TimeLexicon.chineseDigits { c[Int(ch.scalarValue)] = NumeralReader.chineseBase + Int8(v) }
        for (ch, v) in TimeLexicon.chineseMultipliers {
            c[Int(ch.scalarValue)] = v == 10 ? NumeralReader.ten : v == 100 ? NumeralReader.hundred : NumeralReader.thousand
        }
        for (ch, v) in TimeLexicon.chineseTens { c[Int(ch.scalarValue)] = v == 20 ? NumeralReader.twenty : NumeralReader.thirty }
        classes = c
        counting = Set(TimeLexicon.countingDigits.map(\.scalarValue))
    }

    @inline(__always)
    private func cls(_ s: UInt32) -> Int8 { s < 0x10000 ? classes[Int(s)] : -1 }

    @inline(__always) func isArabicDigit(_ s: UInt32) -> Bool { s >= 0x30 && s <= 0x39 }
    @inline(__always) func isChineseNumeral(_ s: UInt32) -> Bool { cls(s) >= NumeralReader.chineseBase }
    @inline(__always) func isNumeral(_ s: UInt32) -> Bool { cls(s) >= 0 }
    /// 两, 俩, 仨: they count (两月 is two months), never name a month or a day.
    func isCountingDigit(_ s: UInt32) -> Bool { counting.contains(s) }
    /// A Chinese digit or 十 / 廿 / 卅: the characters a small amount can start with.
    @inline(__always) func isDigitOrTen(_ s: UInt32) -> Bool {
        let c = cls(s)
        return c >= 0 && c != NumeralReader.hundred && c != NumeralReader.thousand
    }

    /// The numeral starting at `p`, if any. Arabic runs longer than 18 digits are refused.
    func read(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> Numeral? {
        guard p < t.count else { return nil }
        let c0 = cls(t[p])
        if c0 < 0 { return nil }
        if c0 < NumeralReader.chineseBase {
            var v = 0, i = p
            while i < t.count, isArabicDigit(t[i]) {
                if i - p >= 18 { return nil }
                v = v * 10 + Int(t[i] - 0x30); i += 1
            }
            return Numeral(value: v, start: p, end: i, digits: i - p, isArabic: true)
        }
        return readChinese(t, at: p)
    }

    /// Exactly `count` Arabic digits at `p` (for `20210412`, `2021-09-0910:09`).
    func readFixed(_ t: UnsafeBufferPointer<UInt32>, at p: Int, count: Int) -> Int? {
        guard p + count <= t.count else { return nil }
        var v = 0
        for i in p..<(p + count) {
            guard isArabicDigit(t[i]) else { return nil }
            v = v * 10 + Int(t[i] - 0x30)
        }
        return v
    }

    /// End of the run of Arabic digits starting at `p`.
    func arabicRunEnd(_ t: UnsafeBufferPointer<UInt32>, from p: Int) -> Int {
        var i = p
        while i < t.count, isArabicDigit(t[i]) { i += 1 }
        return i
    }

    private func readChinese(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> Numeral? {
        var i = p
        var digitString = 0, digitCount = 0
        var total = 0, current: Int? = nil, sawMultiplier = false, lastWasDigit = false
        while i < t.count {
            let c = cls(t[i])
            if c >= NumeralReader.chineseBase && c < NumeralReader.ten {
                let d = Int(c - NumeralReader.chineseBase)
                if i > p && !sawMultiplier && counting.contains(t[i]) { break }   // 一两年
                if sawMultiplier && lastWasDigit && current != 0 { break }   // 十四五: stop before 五
                if !sawMultiplier { digitString = digitString * 10 + d; digitCount += 1 }
                if digitCount > 4 && !sawMultiplier { return nil }
                current = d; lastWasDigit = true
            } else if c == NumeralReader.ten || c == NumeralReader.hundred || c == NumeralReader.thousand {
                if digitCount > 1 && !sawMultiplier { break }    // 二〇十: not a numeral we know
                let m = c == NumeralReader.ten ? 10 : c == NumeralReader.hundred ? 100 : 1000
                total += (current ?? 1) * m
                current = nil; sawMultiplier = true; lastWasDigit = false
            } else if c == NumeralReader.twenty || c == NumeralReader.thirty {
                if sawMultiplier || digitCount > 0 { break }
                total += c == NumeralReader.twenty ? 20 : 30
                sawMultiplier = true; lastWasDigit = false
            } else {
                break
            }
            i += 1
        }
        guard i > p else { return nil }
        if sawMultiplier {
            return Numeral(value: total + (current ?? 0), start: p, end: i, digits: 0, isArabic: false)
        }
        return Numeral(value: digitString, start: p, end: i, digits: digitCount, isArabic: false)
    }
}
