/// The underspecified value the scanner extracts, before any reference date is known.
///
/// `4月12日上午` becomes `month: .absolute(4), day: .absolute(12), partOfDay: .morning`;
/// `上周三` becomes `week: .relative(-1), weekday: 3`. The resolver alone turns these into
/// calendar values, so the scanner never needs a date and the policy lives in one place.
struct DateSpec: Hashable, Sendable {
    enum Year: Hashable, Sendable {
        case absolute(Int)
        /// Written with two digits (`91年`, `九七年`): the century is inferred.
        case twoDigit(Int)
        /// 今年 0, 去年 -1, 明年 +1.
        case relative(Int)
        /// 同年 0, 次年 +1: counted from the last year named before it.
        case anaphoric(Int)
    }
    enum Month: Hashable, Sendable {
        case absolute(Int)
        /// 本月 0, 上月 -1, 下月 +1.
        case relative(Int)
        /// 当月 0, 次月 +1: counted from the last month named before it.
        case anaphoric(Int)
        /// The nth month (1–3) of the quarter so many quarters from the reference's
        /// (`下个季度第一个月`: (1, 1); `上季度最后一周`: in (-1, 3)).
        case inRelativeQuarter(Int, Int)
    }
    enum Day: Hashable, Sendable {
        case absolute(Int)
        /// 今天 0, 昨天 -1: counted from the reference date.
        case relative(Int)
        /// 当天 0, 次日 +1: counted from the last date before it in the text.
        case anaphoric(Int)
        /// 第一天 of a year or month.
        case ordinal(Int)
        /// Month and day digits written together, 月 lost (`317日`): the value and digit count.
        case fusedMonthDay(Int, digits: Int)
    }
    enum Week: Hashable, Sendable {
        /// 本周 0, 上周 -1.
        case relative(Int)
        /// 第N周 of a month or a year (the first week is the one of the first Monday).
        case ordinal(Int)
        /// 次周 +1, 当周 0: counted from the week of the last date named.
        case anaphoric(Int)
    }
    /// A part of the month or year named before it.
    enum Within: Hashable, Sendable {
        case dekads(Int, Int)         // 上旬 (1,1), 中旬 (2,2), 下旬 (3,3), 中下旬 (2,3)
        case monthStart, monthMiddle, monthEnd
        case halfMonth(Int)           // 上半月 1, 下半月 2
        case firstDays(Int)           // 4月前4天
        case firstMonths(Int)         // 2022年前十一个月, 前两个季度; negative: 后两个月
        case quarterEdge(Int, Edge)   // 二季度末
        case quarter(Int)
        case relativeQuarter(Int, Edge?)   // 下个季度 +1, 本季度末 (0, end)
        case half(Int)                // 上半年 1
        case season(Season)
        case yearStart, yearMiddle, yearEnd
        case nthWeekday(Int, Int)     // (n, weekday); n = -1 is the last
        case halfWeek(Int)            // 上半周 1, 下半周 2

        /// The days of the month a part of it covers, when they are the same in every month: the
        /// first and the last (nil: the month's last day, whichever it is). `上旬` 1–10, `下旬` 21–,
        /// `月初` 1–5, `月中` 11–20, `上半月` 1–15, `下半月` 16–.
        var daysOfMonth: (first: Int, last: Int?)? {
            switch self {
            case .dekads(let a, let b): return (10 * (a - 1) + 1, b == 3 ? nil : 10 * b)
            case .monthStart: return (1, 5)
            case .monthMiddle: return (11, 20)
            case .halfMonth(let h): return h == 1 ? (1, 15) : (16, nil)
            default: return nil
            }
        }
    }

    /// The start, middle or end of a period (年初, 季度末).
    enum Edge: Hashable, Sendable { case start, middle, end }

    var year: Year?
    var month: Month?
    var day: Day?
    var week: Week?
    var weekday: Int?
    var weekend = false
    var within: Within?
    var festival: Festival?
    /// Month and day are of the lunar calendar (`农历八月十五`).
    var lunar = false
    /// `下一个圣诞节` +1, `上个中秋` -1: the occurrence after or before the reference (one
    /// byte beside `lunar`, so the spec, copied often, does not grow).
    var festivalStep: Int8 = 0
    var partOfDay: PartOfDay?
    /// 凌晨, 半夜: the clock keeps small hours as written.
    var smallHours = false
    var clock: ClockSpec?
    var offset: Offset?
    /// Days after the day named (`国庆节前一天` -1, `元旦后第三天` +3).
    var dayShift = 0
    /// 现在: the reference instant itself (only meaningful as a range end point).
    var isNow = false
    /// `明天这个时候`: the reference's time of day on the day named.
    var atReferenceTime = false

    var isEmpty: Bool {
        year == nil && month == nil && day == nil && week == nil && weekday == nil && !weekend
            && within == nil && festival == nil && !lunar && partOfDay == nil && clock == nil && offset == nil && !isNow
    }

    /// True when the spec names a calendar day of its own (not only a time of day).
    var namesDay: Bool {
        day != nil || weekday != nil || festival != nil || offset?.unit == .day || offset?.unit == .week
            || { if case .nthWeekday = within { return true }; return false }()
    }
}

/// A clock time as written; the part of day may still move it by twelve hours.
struct ClockSpec: Hashable, Sendable {
    var hour: Int
    var minute: Int
    var second: Int?

    /// The 24-hour wall time of a clock as written with its part of day (下午3时 → 15:00);
    /// 24 or more means the next day (晚上12点 → 24:00). Here, not in the resolver, because
    /// the scanner needs it too (recurring times) and Time's scanner must not call its resolver.
    func wall(partOfDay: PartOfDay?, smallHours: Bool) -> (hour: Int, minute: Int, second: Int?) {
        var h = hour
        switch partOfDay {
        case .afternoon?: if h < 12 { h += 12 }
        case .evening?: if h <= 12 && h >= 1 { h += 12 }
        case .night?: if (!smallHours && h >= 6 && h <= 12) || (smallHours && h == 12) { h += 12 }   // 半夜12点: midnight
        case .midday?: if h >= 1 && h < 6 { h += 12 }
        default: break
        }
        return (h, minute, second)
    }
}

extension ClockSpec {
    /// `八点差五分`, `差五分八点`: some minutes (1–59) before an hour. (In an extension, so
    /// the memberwise initializer stays.)
    init(minutes: Int, toHour hour: Int) {
        self.init(hour: (hour + 23) % 24, minute: 60 - minutes)
    }
}

enum CalendarUnit: Hashable, Sendable {
    case year, quarter, month, week, day, hour, minute, second

    /// A day or a longer unit: one that a time of day can fall inside.
    var isDayOrLonger: Bool { self != .hour && self != .minute && self != .second }
}

/// `七年后`, `3天前`: a distance from the reference.
struct Offset: Hashable, Sendable {
    /// In `unit`s; halves are expressed in the next smaller unit by the scanner.
    var amount: Int
    var unit: CalendarUnit
    /// `两年前的今天`: the same day that many units away, not the whole unit.
    var sameDay = false
}

/// What one scanned expression means, before resolution.
indirect enum RawValue: Hashable, Sendable {
    case point(DateSpec)
    case range(DateSpec, DateSpec)
    /// 上两周 (-2 weeks), 下三年 (+3 years): whole calendar units next to the current one.
    case adjacentUnits(CalendarUnit, Int)
    /// 下一个工作日 (+1), 上两个工作日 (-2): working days (Monday to Friday) next to the reference day.
    case adjacentWorkdays(Int)
    /// 近两年 (-2 years), 未来一周 (+1 week): N units ending or starting at the reference.
    case rollingUnits(CalendarUnit, Int)
    /// 上世纪80年代: first year of the decade, or of the century.
    case decade(DecadeSpec)
    case duration(String)
    /// 三四天 (P3D, its lower bound), 几天 (PXD): written as a duration with `mod` APPROX.
    case approximateDuration(String)
    case set(Recurrence)
    case vague(VagueWord)

    /// A recurrence that lends nothing to list items after it.
    static func recurs(_ pattern: String) -> RawValue { .set(Recurrence(pattern: pattern)) }
}

/// A recurrence (typed `set`) as the scanner built it: its TIMEX3 pattern and, kept as
/// structure rather than read back from the pattern, what items listed after it borrow.
struct Recurrence: Hashable, Sendable {
    /// `XXXX-WXX-2`, `XXXX-XX-XXT20:00`, `P1W`, `(XXXX-WXX-1,XXXX-WXX-5,P4D)`.
    var pattern: String
    /// The one weekday each week recurs on, no time of day (`每周二` → 2): bare weekdays
    /// listed after it recur with it (`每周二、四`).
    var weekday: Int? = nil
    /// Each day at a part of day or clock (`每天上午`, `每晚8点`): parts of day listed after it
    /// recur each day too (`每天上午和下午`).
    var daily = false
    /// The reference's month and day each year (`每年的今天`): the pattern is the year's only.
    var referenceDay = false
}

extension DateSpec {
    /// The lunar day of a lunar date or festival (`正月初八`, `元宵`).
    var lunarDay: Int? {
        if lunar, case .absolute(let d)? = day { return d }
        if case .lunar(_, let d)? = festival { return d }
        return nil
    }

    /// The lunar month a range end borrows (`正月初一至初六`; after 除夕, the first month).
    var lunarMonth: Int? {
        if lunar, case .absolute(let m)? = month { return m }
        switch festival {
        case .lunar(let m, _)?: return m
        case .lunarNewYearEve?: return 1
        default: return nil
        }
    }
}

extension DateSpec {
    /// The last day of the current year, month or week this spec names alone (本年, 这个月,
    /// 本周): the end of `今年剩下的时间`.
    var lastDayOfCurrent: DateSpec? {
        guard day == nil, weekday == nil, festival == nil, within == nil, clock == nil, partOfDay == nil,
              offset == nil, !weekend, !lunar else { return nil }
        var last = DateSpec()
        switch (year, month, week) {
        case (.relative(0)?, nil, nil): last.year = .relative(0); last.month = .absolute(12); last.day = .absolute(31)
        case (nil, .relative(0)?, nil): last.month = .relative(0); last.within = .monthEnd
        case (nil, nil, .relative(0)?): last.week = .relative(0); last.weekday = 7
        default: return nil
        }
        return last
    }
}

extension RawValue {
    /// A point or range that names days (for a restatement in parentheses).
    var namesDays: Bool {
        switch self {
        case .point(let s): return s.namesDay || s.lunar
        case .range(let a, let b): return a.namesDay && b.namesDay
        default: return false
        }
    }
}

struct DecadeSpec: Hashable, Sendable {
    /// Century as written: `19` for 19世纪 (1800s); nil when relative or absent.
    var century: Int?
    /// 上世纪 -1, 本世纪 0.
    var relativeCentury: Int?
    /// 80 for 80年代; nil for a whole century.
    var decade: Int?
    /// 60 for 五六十年代: neighbouring decades are a span from `decade` to this one.
    var throughDecade: Int?
    /// 198 for 1980年代.
    var absoluteDecade: Int?
    /// `90年代初`, `上世纪末`: START, MID or END of it.
    var edge: DateSpec.Edge?
}

enum VagueWord: Hashable, Sendable {
    case past, present, future
    /// 近期: past unless a future cue surrounds it.
    case nearTerm
}

/// One expression found by the scanner: scalar offsets plus the cues around it.
struct RawMention: Hashable, Sendable {
    var start: Int
    var end: Int
    var value: RawValue
    /// Written with a deadline marker (`5月底前`).
    var deadline = false
    /// Written with an after marker (`春节后`): from then on.
    var after = false
    /// Written with 前后 or 左右 (`国庆节前后`): about then.
    var around = false
    /// A tense cue (将于, 拟, 定于 …) governs it.
    var futureCue = false
    /// A cue later in its clause governs it as the clause's topic (`1月20日，新馆将启用`).
    /// Weaker than a cue before it: a day opening its clause with 将 after it is as often
    /// the day something was announced or done (`5日，民警将嫌疑人抓获`), so a date without
    /// a year or a bare day is the nearest one, ahead or behind, not the coming one.
    var topicCue = false
    /// A past marker (了, 已) stands in its clause: a deadline so written is met, not ahead.
    var pastClause = false
    /// Followed by 以来 (`中秋以来`, `国庆假期以来`): the start of a period up to now, never ahead;
    /// or after a lead of time gone by (`刚过去的周末`, `刚刚过去的春节`): never ahead either.
    var pastOnly = false
    /// An item after 、 or 和 in a list (`14日、15日`): a day written alone there is in the month
    /// of the item before it when it comes later in that month.
    var listItem = false
    /// The dateline of the text's lead (`本报郑州4月13日讯`, set by the tagger from
    /// `LeadGrammar`): it becomes the reference for what follows.
    var dateline = false
}
