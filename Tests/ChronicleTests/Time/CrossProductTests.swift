import Testing
@testable import Chronicle

/// The compositional grammar as a cross product: every numeral spelling × every unit ×
/// every direction or anchor must compose, and the expected value is computed here from
/// the parts, not listed per phrase. A failure names the combination that did not compose.
@Suite struct TimeCrossProductTests {
    static let tagger = TimeTagger()
    static let ref = CalendarDate(year: 2021, month: 9, day: 10)!

    /// Spellings of one count: Arabic, full-width, Chinese, the counting 两 and 俩.
    static let numerals: [(String, Int)] = [
        ("3", 3), ("３", 3), ("三", 3), ("两", 2), ("俩", 2), ("十二", 12), ("二十", 20), ("15", 15), ("十五", 15),
    ]
    enum Unit: CaseIterable { case year, month, week, day, hour }
    /// Spellings of each unit (日 after a number is a day of the month, so days are 天).
    static let units: [(String, Unit)] = [
        ("年", .year), ("个月", .month), ("周", .week), ("个星期", .week), ("个礼拜", .week), ("星期", .week),
        ("天", .day), ("小时", .hour), ("个小时", .hour), ("个钟头", .hour),
    ]
    static let directions: [(String, Int)] = [("前", -1), ("以前", -1), ("之前", -1), ("后", 1), ("以后", 1), ("之后", 1)]

    static func shiftMonths(_ d: CalendarDate, _ k: Int) -> CalendarDate {
        let total = d.year * 12 + d.month - 1 + k
        return CalendarDate(year: total / 12, month: total % 12 + 1, day: d.day)!
    }

    /// `N unit 前/后`: the point that far from the reference, at the precision of the unit.
    static func offsetValue(_ n: Int, _ unit: Unit) -> String {
        switch unit {
        case .year: return "\(ref.year + n)"
        case .month: let d = shiftMonths(ref, n); return "\(d.year)-" + (d.month < 10 ? "0" : "") + "\(d.month)"
        case .week: return "\(ref.adding(days: 7 * n))"
        case .day: return "\(ref.adding(days: n))"
        case .hour:
            let days = n < 0 ? -((-n + 23) / 24) : n / 24
            let hour = ((n % 24) + 24) % 24
            return "\(ref.adding(days: days))T" + (hour < 10 ? "0" : "") + "\(hour):00"
        }
    }

    func values(_ text: String) throws -> [String] {
        Self.tagger.tag(text, reference: LocalDateTime(date: Self.ref)).map { "\($0.text) = \($0.timex.value)" }
    }

    @Test func offsetsComposeFromEveryNumeralUnitAndDirection() throws {
        var misses: [String] = []
        for (num, n) in Self.numerals {
            for (unitWord, unit) in Self.units {
                if unit == .hour && n > 20 { continue }
                for (dirWord, dir) in Self.directions {
                    let phrase = num + unitWord + dirWord
                    let want = ["\(phrase) = \(Self.offsetValue(dir * n, unit))"]
                    let got = try values(phrase)
                    if got != want { misses.append("\(phrase): \(got) ≠ \(want)") }
                }
            }
        }
        #expect(misses.isEmpty, "\(misses.count) combinations:\n\(misses.prefix(40).joined(separator: "\n"))")
    }

    /// `过去/近/最近 N unit` ends at the reference, `未来/今后/接下来 N unit` starts there.
    @Test func rollingPeriodsComposeFromEveryPrefixNumeralAndUnit() throws {
        let prefixes: [(String, Int)] = [("过去", -1), ("近", -1), ("最近", -1), ("未来", 1), ("今后", 1), ("接下来", 1), ("接下来的", 1)]
        var misses: [String] = []
        for (prefix, dir) in prefixes {
            for (num, n) in Self.numerals {
                for (unitWord, unit) in Self.units where unit != .hour {
                    let phrase = prefix + num + unitWord
                    let other: CalendarDate
                    switch unit {
                    case .year: other = Self.shiftMonths(Self.ref, 12 * dir * n)
                    case .month: other = Self.shiftMonths(Self.ref, dir * n)
                    case .week: other = Self.ref.adding(days: 7 * dir * n)
                    default: other = Self.ref.adding(days: dir * n)
                    }
                    let (a, b) = dir < 0 ? (other, Self.ref) : (Self.ref, other)
                    let want = ["\(phrase) = (\(a),\(b),P\(b.dayNumber - a.dayNumber)D)"]
                    let got = try values(phrase)
                    if got != want { misses.append("\(phrase): \(got) ≠ \(want)") }
                }
            }
        }
        #expect(misses.isEmpty, "\(misses.count) combinations:\n\(misses.prefix(40).joined(separator: "\n"))")
    }

    /// Durations: every numeral × every unit is a duration, alone and after 为期 / 历时.
    @Test func durationsComposeFromEveryNumeralAndUnit() throws {
        let letters: [Unit: String] = [.year: "Y", .month: "M", .week: "W", .day: "D", .hour: "H"]
        var misses: [String] = []
        for frame in ["为期", "历时", "用了"] {
            for (num, n) in Self.numerals {
                for (unitWord, unit) in Self.units {
                    let phrase = num + unitWord
                    let iso = unit == .hour ? "PT\(n)H" : "P\(n)\(letters[unit]!)"
                    let want = ["\(phrase) = \(iso)"]
                    let got = try values(frame + phrase + "。")
                    if got != want { misses.append("\(frame)\(phrase): \(got) ≠ \(want)") }
                }
            }
        }
        #expect(misses.isEmpty, "\(misses.count) combinations:\n\(misses.prefix(40).joined(separator: "\n"))")
    }

    /// Approximate counts × units × (alone, 前, 后): a duration with APPROX, or vague.
    @Test func approximateCountsComposeWithEveryUnitAndDirection() throws {
        let counts: [(String, Int)] = [("三四", 3), ("两三", 2), ("一两", 1), ("七八", 7), ("十几", 10), ("二三十", 20), ("3-5", 3), ("三至五", 3)]
        let letters: [Unit: String] = [.year: "Y", .month: "M", .week: "W", .day: "D", .hour: "H"]
        let approxUnits: [(String, Unit)] = [("个月", .month), ("周", .week), ("个星期", .week), ("天", .day), ("个小时", .hour)]
        var misses: [String] = []
        for (count, low) in counts {
            for (unitWord, unit) in approxUnits {
                let phrase = count + unitWord
                let iso = unit == .hour ? "PT\(low)H" : "P\(low)\(letters[unit]!)"
                for (suffix, want) in [("", "\(phrase) = \(iso) APPROX"), ("前", "\(phrase)前 = PAST_REF"), ("后", "\(phrase)后 = FUTURE_REF")] {
                    let got = Self.tagger.tag("用了" + phrase + suffix + "。", reference: LocalDateTime(date: Self.ref)).map {
                        "\($0.text) = \($0.timex.value)" + ($0.modifier.map { " \($0.rawValue)" } ?? "")
                    }
                    if got != [want] { misses.append("\(phrase)\(suffix): \(got) ≠ \(want)") }
                }
            }
        }
        #expect(misses.isEmpty, "\(misses.count) combinations:\n\(misses.prefix(40).joined(separator: "\n"))")
    }

    /// Every spelling of "this/last/next (one)" × every week noun × every weekday name, the
    /// weekend, and × 月 / 季度 (with a day of the month, with or without 的).
    @Test func relativeUnitsComposeFromEveryPrefixAndNoun() throws {
        let prefixes: [(String, Int)] = [
            ("本", 0), ("这", 0), ("这个", 0), ("这一", 0), ("上", -1), ("上个", -1), ("上一", -1), ("上一个", -1),
            ("下", 1), ("下个", 1), ("下一", 1), ("下一个", 1), ("上上", -2), ("上上个", -2), ("下下", 2), ("下下个", 2),
        ]
        let weekNouns = ["周", "星期", "礼拜"]
        let weekdays: [(String, Int)] = [("一", 1), ("三", 3), ("五", 5), ("六", 6), ("日", 7), ("天", 7)]
        let monday = Self.ref.adding(days: 1 - Self.ref.weekday)
        var misses: [String] = []
        func check(_ phrase: String, _ want: String) throws {
            let got = try values(phrase + "。")
            if got != ["\(phrase) = \(want)"] { misses.append("\(phrase): \(got) ≠ \(want)") }
        }
        for (prefix, k) in prefixes {
            for noun in weekNouns {
                for (name, d) in weekdays where !(noun == "周" && name == "天") {
                    try check(prefix + noun + name, "\(monday.adding(days: 7 * k + d - 1))")
                }
                let week = monday.adding(days: 7 * k).isoWeek
                if noun != "礼拜" {
                    try check(prefix + noun + "末", "\(week.year)-W" + (week.week < 10 ? "0" : "") + "\(week.week)-WE")
                }
            }
            let m = Self.shiftMonths(CalendarDate(year: 2021, month: 9, day: 1)!, k)
            let month = "\(m.year)-" + (m.month < 10 ? "0" : "") + "\(m.month)"
            if prefix != "这一" && prefix != "上一" && prefix != "下一" {   // 上一月 is not said
                try check(prefix + "月", month)
                try check(prefix + "月15号", month + "-15")
                try check(prefix + "月的15号", month + "-15")
            }
            let quarterIndex = 2 + k   // 2021-09-10 is in Q3 (index 2 from 0)
            let qy = 2021 + Int((Double(quarterIndex) / 4).rounded(.down)), qn = ((quarterIndex % 4) + 4) % 4 + 1
            if prefix != "这" {   // 这季度 is not said
                try check(prefix + "季度", "\(qy)-Q\(qn)")
            }
        }
        #expect(misses.isEmpty, "\(misses.count) combinations:\n\(misses.prefix(60).joined(separator: "\n"))")
    }
}
