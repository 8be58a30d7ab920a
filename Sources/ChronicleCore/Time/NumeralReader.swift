/// Reads Arabic and Chinese numerals from folded scalars.
///
/// `二〇二一` is a digit string (2021, four digits: a year can be written so);
/// `二十一`, `廿一` are values (21). A numeral never starts inside another one.
struct NumeralReader: Sendable {
    /// 、 before a digit makes it a listed item (`TimeLexicon.listSeparator`).
    static let listSeparator = TimeLexicon.listSeparator.scalarValue
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
    private let counting: ScalarSet
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
        counting = ScalarSet(values: TimeLexicon.countingDigits.map(\.scalarValue))
    }

    @inline(__always)
    private func cls(_ s: UInt32) -> Int8 { s < 0x10000 ? classes[Int(s)] : -1 }

    @inline(__always) func isArabicDigit(_ s: UInt32) -> Bool { ScalarClass.isASCIIDigit(s) }
    @inline(__always) func isChineseNumeral(_ s: UInt32) -> Bool { cls(s) >= NumeralReader.chineseBase }
    @inline(__always) func isNumeral(_ s: UInt32) -> Bool { cls(s) >= 0 }
    /// The value of one Chinese digit character (三 → 3), or nil.
    @inline(__always) func chineseDigit(_ s: UInt32) -> Int? {
        let c = cls(s)
        return c >= NumeralReader.chineseBase && c < NumeralReader.ten ? Int(c - NumeralReader.chineseBase) : nil
    }
    @inline(__always) func isTen(_ s: UInt32) -> Bool { cls(s) == NumeralReader.ten }
    /// 两, 俩, 仨: they count (两月 is two months), never name a month or a day.
    func isCountingDigit(_ s: UInt32) -> Bool { counting.contains(value: s) }
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

    /// An approximate count (`三四`, `两三`, `三五`, `二三十`, `十几`, `二十几`, `几十`, `数百`, `几`,
    /// `3-5`, `三至五`): its lower bound, nil when nothing of it is known (几, 几十), and its end.
    /// `few` gives the end of an unknown-number word (几, 数, 若干); `separators` join the ends of a written range.
    func readApproximate(_ t: UnsafeBufferPointer<UInt32>, at p: Int, few: (UnsafeBufferPointer<UInt32>, Int) -> Int?,
                         separators: (UnsafeBufferPointer<UInt32>, Int) -> Int?) -> (low: Int?, end: Int)? {
        guard p < t.count else { return nil }
        @inline(__always) func multiplier(_ i: Int) -> Int? {
            guard i < t.count else { return nil }
            switch cls(t[i]) {
            case NumeralReader.ten: return 10
            case NumeralReader.hundred: return 100
            case NumeralReader.thousand: return 1000
            default: return nil
            }
        }
        // 几, 数, 几十, 数百: nothing of the count is known.
        if let f = few(t, p) {
            var e = f
            while multiplier(e) != nil { e += 1 }
            return (nil, e)
        }
        // A digit before the counting digit one below it (三两天, 三两个月: "three or two"): a
        // loose pair, the lower bound; not after 、, where the digit is a listed item before a
        // count (`第二、三两个季度`).
        if let a = chineseDigit(t[p]), p + 1 < t.count, counting.contains(value: t[p + 1]), let b = chineseDigit(t[p + 1]), a == b + 1,
           p + 2 >= t.count || chineseDigit(t[p + 2]) == nil && !isArabicDigit(t[p + 2]),
           p == 0 || t[p - 1] != NumeralReader.listSeparator {
            return (b, p + 2)
        }
        // Two neighbouring digits rising by one or two (三四, 两三, 三五), times 十/百 (二三十):
        // the lower bound. 十三四 is 13 to 14.
        if let n = neighbourDigits(t, at: p), n.tens <= 10 {
            if n.tens == 0, let m = multiplier(n.end) { return (n.low * m, n.end + 1) }
            return (n.tens + n.low, n.end)
        }
        // 十几, 二十几, 三百几: the known part is the lower bound.
        if let n = read(t, at: p), n.end < t.count, n.digits == 0, let f = few(t, n.end) {
            return (n.value, f)
        }
        // A written range of counts: 3-5, 3至5, 三到五 (the second larger than the first).
        if let a = read(t, at: p), a.value > 0, a.digits <= 3, let s = separators(t, a.end),
           let b = read(t, at: s), b.isArabic == a.isArabic, b.value > a.value, b.digits <= 3 {
            return (a.value, b.end)
        }
        return nil
    }

    /// Two neighbouring Chinese digits rising by one or two (三四, 两三, 三五), after 十 or a
    /// digit and 十 when they are its units (十三四, 二十五六), with no digit after them: the
    /// tens, the two digits and where they end.
    func neighbourDigits(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> (tens: Int, low: Int, high: Int, end: Int)? {
        @inline(__always) func digit(_ i: Int) -> Int? {
            guard let d = chineseDigit(t.at(i)), d > 0 else { return nil }
            return d
        }
        var tens = 0, q = p
        if isTen(t.at(p)) { tens = 10; q = p + 1 } else if let d = digit(p), isTen(t.at(p + 1)) { tens = 10 * d; q = p + 2 }
        guard let a = digit(q), let b = digit(q + 1), b > a, b - a <= 2, digit(q + 2) == nil, !isArabicDigit(t.at(q + 2))
        else { return nil }
        return (tens, a, b, q + 2)
    }

    private func readChinese(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> Numeral? {
        var i = p
        var digitString = 0, digitCount = 0
        var total = 0, current: Int? = nil, sawMultiplier = false, lastWasDigit = false
        while i < t.count {
            let c = cls(t[i])
            if c >= NumeralReader.chineseBase && c < NumeralReader.ten {
                let d = Int(c - NumeralReader.chineseBase)
                if i > p && !sawMultiplier && counting.contains(value: t[i]) { break }   // 一两年
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
