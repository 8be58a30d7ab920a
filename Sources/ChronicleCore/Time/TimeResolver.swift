/// The news policy: turns one scanned value into a TIMEX3 value (README.md, "How dates are read").
///
/// - `reference`: the issue date, or the dateline's date once one was seen.
/// - `anchor`: the last date named before the expression (for 当天, 次日, bare clock times).
/// - `future`: a tense cue or a deadline governs the expression.
struct TimeResolver: Sendable {
    var reference: LocalDateTime
    var anchor: CalendarDate?
    var future: Bool
    /// A tense cue governs a deadline (`计划五月前完成`): a plan's deadline never lies behind
    /// the reference, so one already past is next year's.
    var plannedDeadline = false
    /// The start of a period up to now (`10月以来`, `12月10日至今`): with no year written it
    /// lies behind the reference, so a month or day still ahead this year is last year's.
    var pastOnly = false
    /// Only a cue after the expression governs it (`RawMention.topicCue`): a date without
    /// a year or a bare day is the one nearest the reference, ahead or behind (a weekday
    /// stays in the reference's week, which is as near).
    var nearest = false
    /// The day of the list item before this one (`RawMention.listItem`).
    var listDay: CalendarDate?
    /// The year and the month named last before the expression, at any precision (for 同年, 次月).
    var anchorYear: Int? = nil
    var anchorMonth: (year: Int, month: Int)? = nil

    struct Resolved {
        var timex: Timex
        var type: MentionType
        var modifier: TimexModifier?
    }

    private var ref: CalendarDate { reference.date }

    /// The value of a mention, nil when it names no time inside the calendar's years 1–9999
    /// (`前年10月` read in year 1, `明年元旦` in 9999: no malformed or fallen-back value).
    func resolve(_ raw: RawMention) -> Resolved? {
        guard let r = resolveInCalendar(raw) else { return nil }
        switch r.timex {
        case .duration, .set, .vague: return r
        default: return r.timex.coveredDays != nil ? r : nil
        }
    }

    private func resolveInCalendar(_ raw: RawMention) -> Resolved? {
        switch raw.value {
        case .point(let s):
            guard var r = point(s, deadline: raw.deadline) else { return nil }
            if raw.deadline { r.modifier = .onOrBefore }
            if raw.after { r.modifier = .onOrAfter }
            if raw.around { r.modifier = .approx }
            return r
        case .range(let a, let b):
            if let r = range(a, b) { return r }
            // `2018年以来` on a page of 2016: no span runs to now from a start after it; the
            // start stays, from then on.
            guard b.isNow, var r = point(a) else { return nil }
            r.modifier = .onOrAfter
            return r
        case .adjacentUnits(let unit, let n):
            return adjacent(unit, n).map { Resolved(timex: $0, type: .daterange) }
        case .adjacentWorkdays(let n):
            // Monday to Friday stepping away from the reference day: one is that day, more a range.
            var days: [CalendarDate] = []
            var d = ref
            while days.count < abs(n) {
                d = d.adding(days: n.signum())
                if d.weekday <= 5 { days.append(d) }
            }
            guard let near = days.first, let far = days.last else { return nil }
            if days.count == 1 { return Resolved(timex: .date(near), type: .date) }
            return Resolved(timex: n < 0 ? .range(.date(far), .date(near)) : .range(.date(near), .date(far)), type: .daterange)
        case .rollingUnits(let unit, let n):
            return rolling(unit, n)
        case .decade(let d):
            let edge: TimexModifier? = d.edge.map { $0 == .start ? .start : $0 == .middle ? .mid : .end }
            guard let first = decade(d) else { return nil }
            if let through = d.throughDecade {
                var last = d; last.decade = through
                return decade(last).map { Resolved(timex: .range(first, $0), type: .daterange, modifier: edge) }
            }
            return Resolved(timex: first, type: .daterange, modifier: edge)
        case .duration(let p):
            return Resolved(timex: .duration(p), type: .duration)
        case .approximateDuration(let p):
            return Resolved(timex: .duration(p), type: .duration, modifier: .approx)
        case .set(let p):
            if p.referenceDay { return Resolved(timex: .set("\(p.pattern)-\(pad(ref.month, 2))-\(pad(ref.day, 2))"), type: .set) }
            return Resolved(timex: .set(p.pattern), type: .set)
        case .vague(let v):
            let value: VagueReference
            switch v {
            case .past: value = .past
            case .present: value = .present
            case .future: value = .future
            case .nearTerm: value = future || nearest ? .future : .past
            }
            return Resolved(timex: .vague(value), type: .vague)
        }
    }

    // MARK: Points

    func point(_ s: DateSpec, deadline: Bool = false) -> Resolved? {
        if s.isNow { return Resolved(timex: .dateTime(ref, reference.time), type: .datetime) }
        if let off = s.offset { return offset(off, s) }
        let y = year(s.year)
        // A year written or counted outside the calendar names nothing (no fall back to the
        // reference's year for its festival or month).
        if let y, !(1...9999).contains(y) { return nil }

        if case .ordinal(let n)? = s.week {
            let period: Timex = monthNumber(s, year: y).map { .month(year: $0.year, month: $0.month) } ?? .year(y ?? ref.year)
            guard let (f, last) = period.coveredDays else { return nil }
            // The last week (n = -1) is the one of the period's last Monday.
            // The nth weekend is the one of the period's nth Saturday (the last: of its last Saturday).
            if s.weekend {
                let saturday = n > 0 ? f.adding(days: (13 - f.weekday) % 7 + 7 * (n - 1)) : last.adding(days: -((last.weekday + 1) % 7))
                guard let w = saturday.checkedISOWeek else { return nil }
                return Resolved(timex: .weekend(year: w.year, week: w.week), type: .daterange)
            }
            // A year's nth week is its ISO week n (the one calendars print); a month's, the
            // week of its nth Monday.
            if s.month == nil, n > 0 {
                guard Timex.week(year: f.year, week: n).coveredDays != nil else { return nil }
                return Resolved(timex: .week(year: f.year, week: n), type: .daterange)
            }
            let monday = n > 0 ? f.adding(days: (8 - f.weekday) % 7 + 7 * (n - 1)) : last.startOfWeek
            guard let w = monday.checkedISOWeek else { return nil }
            return Resolved(timex: .week(year: w.year, week: w.week), type: .daterange)
        }
        if let within = s.within, let r = withinValue(within, s, year: y, deadline: deadline) { return r }

        var date: CalendarDate?
        if s.lunar {
            guard case .absolute(let m)? = s.month, case .absolute(let d)? = s.day else { return nil }
            date = lunarDate(month: m, day: d, year: y)
        } else if let f = s.festival, s.festivalStep != 0 {
            // The nth occurrence after the reference day, or before it (上上个春节: two back).
            let k = Int(s.festivalStep)
            let days = (ref.year - abs(k) - 1...ref.year + abs(k) + 1).compactMap { f.date(in: $0) }.sorted()
            let side = k > 0 ? Array(days.filter { $0 > ref }) : Array(days.filter { $0 < ref }.reversed())
            date = side.dropFirst(abs(k) - 1).first
        } else if let f = s.festival {
            date = y.flatMap { f.date(inNamedYear: $0) } ?? festivalDate(f)
        } else if let d = s.day {
            switch d {
            case .relative(let k): date = ref.adding(days: k)
            case .anaphoric(let k): date = (anchor ?? ref).adding(days: k)
            case .fusedMonthDay(let v, let digits): date = fusedMonthDay(v, digits: digits)
            case .ordinal(let n) where n < 0:   // counted from the end: -1 is the last day
                if let m = monthNumber(s, year: y) { date = CalendarDate(year: m.year, month: m.month, day: 1)?.lastDayOfMonth.adding(days: n + 1) }
                else { date = CalendarDate(year: y ?? ref.year, month: 12, day: 31)?.adding(days: n + 1) }
            case .ordinal(let n):
                if let m = monthNumber(s, year: y) { date = CalendarDate(year: m.year, month: m.month, day: n) }
                else { date = CalendarDate(year: y ?? ref.year, month: 1, day: 1)?.adding(days: n - 1) }
            case .absolute(let day):
                switch s.month {
                case .absolute(let m)?:
                    date = y.flatMap { CalendarDate(year: $0, month: m, day: day) } ?? inferYear(month: m, day: day)
                case .relative, .anaphoric, .inRelativeQuarter:
                    guard let m = monthNumber(s, year: y) else { return nil }
                    date = CalendarDate(year: m.year, month: m.month, day: day)
                case nil:
                    date = dayOnly(day)
                    // `18日（周五）`: the month before or after, when the day falls on the weekday
                    // restating it there and not here (else the rule's month stays).
                    if let wd = s.weekday, let d = date, d.weekday != wd,
                       let fit = [-1, 1].lazy.compactMap({ k -> CalendarDate? in
                           let (y, m) = shiftMonth(d.year, d.month, k)
                           return CalendarDate(year: y, month: m, day: day)
                       }).first(where: { $0.weekday == wd }) {
                        date = fit
                    }
                }
            }
        } else if let wd = s.weekday {
            var k = 0
            var base = ref
            if case .relative(let r)? = s.week { k = r }
            if case .anaphoric(let r)? = s.week { k = r; base = anchor ?? ref }
            date = base.startOfWeek.adding(days: 7 * k + wd - 1)
            // A bare weekday with a tense cue (周一将召开) is the coming one, as for dates; a
            // topic cue after it leaves it in the reference's week.
            if future && s.week == nil, let d = date, d < ref { date = d.adding(days: 7) }
            // One gone by (`刚过去的星期天`, `周六以来`) is never ahead: last week's.
            if pastOnly && k == 0, let d = date, d > ref { date = d.adding(days: -7) }
        } else if case .anaphoric(let k)? = s.week {
            guard let w = (anchor ?? ref).adding(days: 7 * k).checkedISOWeek else { return nil }
            return Resolved(timex: s.weekend ? .weekend(year: w.year, week: w.week) : .week(year: w.year, week: w.week),
                            type: .daterange)
        } else if case .relative(var k)? = s.week {
            if pastOnly && k == 0 && s.weekend && ref.startOfWeek.adding(days: 5) > ref { k = -1 }   // 刚刚过去的周末
            guard let w = ref.adding(days: 7 * k).checkedISOWeek else { return nil }
            return Resolved(timex: s.weekend ? .weekend(year: w.year, week: w.week) : .week(year: w.year, week: w.week),
                            type: .daterange)
        } else if s.month != nil {
            guard let m = monthNumber(s, year: y) else { return nil }
            if s.partOfDay == nil && s.clock == nil {
                return Resolved(timex: .month(year: m.year, month: m.month), type: .daterange)
            }
            return nil
        } else if let y, s.partOfDay == nil, s.clock == nil {
            return Resolved(timex: .year(y), type: .daterange)
        }
        if s.dayShift != 0 { date = date?.adding(days: s.dayShift) }
        let named = date != nil
        // A day the text names but the calendar lacks (2月30日, 4月31日) is no date at all:
        // falling back to the reference day would be a silent wrong date.
        if !named && (s.day != nil || s.lunar || s.festival != nil || s.weekday != nil) { return nil }
        guard let day = date ?? (s.partOfDay != nil || s.clock != nil ? (anchor ?? ref) : nil) else { return nil }
        return timeOfDay(on: day, s, named: named)
    }

    /// A date with the part of day or clock time the spec adds to it.
    private func timeOfDay(on day: CalendarDate, _ s: DateSpec, named: Bool) -> Resolved? {
        if s.atReferenceTime { return Resolved(timex: .dateTime(day, reference.time), type: .datetime) }
        if let c = s.clock {
            let wall = c.wall(partOfDay: s.partOfDay, smallHours: s.smallHours)
            let d = day.adding(days: wall.hour / 24)
            guard let time = ClockTime(hour: wall.hour % 24, minute: wall.minute, second: wall.second) else { return nil }
            return Resolved(timex: .dateTime(d, time), type: named ? .datetime : .time)
        }
        if let pod = s.partOfDay { return Resolved(timex: .partOfDay(day, pod), type: named ? .date : .time) }
        return Resolved(timex: .date(day), type: .date)
    }

    // MARK: Years, months and days

    func year(_ y: DateSpec.Year?) -> Int? {
        switch y {
        case .absolute(let v)?: return v
        case .relative(let k)?: return ref.year + k
        case .anaphoric(let k)?: return (anchorYear ?? ref.year) + k
        case .twoDigit(let v)?:
            let c = ref.year / 100 * 100 + v
            return c > ref.year + 10 ? c - 100 : c
        case nil: return nil
        }
    }

    private func shiftMonth(_ y: Int, _ m: Int, _ k: Int) -> (Int, Int) { CalendarDate.month(y, m, movedBy: k) }

    /// The year and month a spec names, inferring the year when none is written.
    private func monthNumber(_ s: DateSpec, year y: Int?) -> (year: Int, month: Int)? {
        switch s.month {
        case .absolute(let m)?:
            if let y { return (y, m) }
            guard let d = inferYear(month: m, day: nil) else { return nil }
            return (d.year, m)
        case .relative(let k)?:
            // `去年这个月`, `明年这个月`: the month so far from the reference's, in the year named.
            return shiftMonth(y ?? ref.year, ref.month, k)
        case .anaphoric(let k)?:
            let base = anchorMonth ?? (ref.year, ref.month)
            let (my, mm) = shiftMonth(base.year, base.month, k)
            // `去年同月`, `2019年同月`: the month named before (or the reference's) in the year written.
            if let y { return (y + my - base.year, mm) }
            return (my, mm)
        case .inRelativeQuarter(let k, let n)?:
            let (qy, qm) = shiftMonth(ref.year, (ref.month - 1) / 3 * 3 + 1, 3 * k)
            return shiftMonth(qy, qm, n - 1)
        case nil:
            return nil
        }
    }

    /// A festival named without a year: the issue year's, unless a tense cue or a deadline
    /// points ahead and that one is more than about six months past (`要在元旦前` in
    /// December is the coming New Year's Day).
    private func festivalDate(_ f: Festival) -> CalendarDate? {
        // The one in a Gregorian year (腊八 of the lunar year begun the year before), the
        // nearer to the reference when the year holds two.
        func occurrence(_ y: Int) -> CalendarDate? {
            [f.date(in: y), f.date(in: y - 1)].compactMap { $0 }.filter { $0.year == y }
                .min { abs($0.dayNumber - ref.dayNumber) < abs($1.dayNumber - ref.dayNumber) } ?? f.date(in: y)
        }
        guard let d = occurrence(ref.year) else { return nil }
        if pastOnly && d > ref { return occurrence(ref.year - 1) }   // 中秋以来, 国庆节至今
        if future && (ref.dayNumber - d.dayNumber > TimeResolver.halfYear || plannedDeadline && d < ref) {
            return occurrence(ref.year + 1)
        }
        return d
    }

    /// Year of a month-day without one: the issue year, unless that puts the date more than
    /// about six months after the reference (then the year before). A tense cue or a deadline
    /// keeps the issue year instead, unless that puts the date more than about six months
    /// before the reference (then the year after). A day the year lacks (2月29日) takes the
    /// nearest year that has it. The start of a period up to now (`pastOnly`) is never ahead.
    func inferYear(month: Int, day: Int?) -> CalendarDate? {
        let d = yearWindow(month: month, day: day)
        if pastOnly, let d, d > ref { return CalendarDate(year: ref.year - 1, month: month, day: day ?? 1) }
        return d
    }

    private func yearWindow(month: Int, day: Int?) -> CalendarDate? {
        if nearest {
            return nearestOf((ref.year - 1...ref.year + 1).map { CalendarDate(year: $0, month: month, day: day ?? 1) })
        }
        if let d = CalendarDate(year: ref.year, month: month, day: day ?? 1) {
            if future {
                let end = day == nil ? d.lastDayOfMonth : d
                if ref.dayNumber - end.dayNumber <= TimeResolver.halfYear && !(plannedDeadline && end < ref) { return d }
                return CalendarDate(year: ref.year + 1, month: month, day: day ?? 1)
            }
            if d.dayNumber - ref.dayNumber <= TimeResolver.halfYear { return d }
            return CalendarDate(year: ref.year - 1, month: month, day: day ?? 1)
        }
        let candidates = ((ref.year - 4)...(ref.year + 4)).compactMap { CalendarDate(year: $0, month: month, day: day ?? 1) }
        let pool = future ? candidates.filter { $0 >= ref } : candidates
        return pool.min { abs($0.dayNumber - ref.dayNumber) < abs($1.dayNumber - ref.dayNumber) }
    }

    /// The largest offset per unit that keeps a result inside years 1–9999 from any reference.
    static let maxOffset: [CalendarUnit: Int] = [
        .year: 5000, .quarter: 20_000, .month: 60_000, .week: 250_000, .day: 1_800_000,
        .hour: 40_000_000, .minute: 1_000_000_000, .second: 1_000_000_000,
    ]

    /// `317日`, `726日`, `1207日`: every split of the digits into a month and a day that the
    /// calendar has; the date only when exactly one falls on the reference day or in the
    /// window before it (a damaged date is kept only when it cannot be misread).
    func fusedMonthDay(_ v: Int, digits: Int) -> CalendarDate? {
        var fits: [CalendarDate] = []
        var divisor = 10
        for _ in 1..<digits {
            let (m, d) = (v / divisor, v % divisor)
            divisor *= 10
            guard (1...12).contains(m), (1...31).contains(d),
                  let date = CalendarDate(year: ref.year, month: m, day: d) else { continue }
            for candidate in [date, CalendarDate(year: ref.year - 1, month: m, day: d)].compactMap({ $0 })
            where (0...TimeLexicon.fusedMonthDayWindow).contains(ref.dayNumber - candidate.dayNumber) {
                fits.append(candidate)
            }
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// "About six months", in days.
    static let halfYear = 183

    /// A lunar month and day: the year is inferred as for a Gregorian month and day, from the
    /// lunar year that begins in the issue year.
    private func lunarDate(month: Int, day: Int, year: Int?) -> CalendarDate? {
        if let year { return LunarCalendar.date(year: year, month: month, day: day) }
        guard let d = LunarCalendar.date(year: ref.year, month: month, day: day) else { return nil }
        if nearest {
            return nearestOf([LunarCalendar.date(year: ref.year - 1, month: month, day: day), d,
                              LunarCalendar.date(year: ref.year + 1, month: month, day: day)])
        }
        if future {
            return ref.dayNumber - d.dayNumber <= TimeResolver.halfYear && !(plannedDeadline && d < ref)
                ? d : LunarCalendar.date(year: ref.year + 1, month: month, day: day)
        }
        return d.dayNumber - ref.dayNumber <= TimeResolver.halfYear ? d : LunarCalendar.date(year: ref.year - 1, month: month, day: day)
    }

    /// `12日` alone: in the reference month, or the month before if that would be after the
    /// reference (with a future cue: the month after if it would be before).
    private func dayOnly(_ day: Int) -> CalendarDate? {
        // `14日、15日`, `26号和27号` on the 26th: a later day of the item before's month, as one list.
        if let l = listDay, day > l.day, let d = CalendarDate(year: l.year, month: l.month, day: day) { return d }
        var (y, m) = (ref.year, ref.month)
        if nearest {
            return nearestOf([shiftMonth(y, m, -1), (y, m), shiftMonth(y, m, 1)].map { CalendarDate(year: $0.0, month: $0.1, day: day) })
        }
        if future ? day < ref.day : day > ref.day { (y, m) = shiftMonth(y, m, future ? 1 : -1) }
        for _ in 0..<3 {
            if let d = CalendarDate(year: y, month: m, day: day) { return d }
            (y, m) = shiftMonth(y, m, future ? 1 : -1)
        }
        return nil
    }

    /// The candidate nearest the reference; at equal distance the earlier one (news reports
    /// more than it announces).
    private func nearestOf(_ candidates: [CalendarDate?]) -> CalendarDate? {
        candidates.compactMap { $0 }.min { closer($0, than: $1) }
    }

    /// Whether `a` is nearer the reference than `b`; see `nearestOf`.
    private func closer(_ a: CalendarDate, than b: CalendarDate) -> Bool {
        let da = abs(a.dayNumber - ref.dayNumber), db = abs(b.dayNumber - ref.dayNumber)
        return da != db ? da < db : a < b
    }

    // MARK: Parts of months and years

    private func withinValue(_ w: DateSpec.Within, _ s: DateSpec, year y: Int?, deadline: Bool) -> Resolved? {
        var yy = y ?? ref.year
        // The start of a period up to now with no year written is never ahead (`三季度以来` in May).
        switch w {
        case .quarter(let q), .quarterEdge(let q, _):
            if y == nil, pastOnly, let first = Timex.quarter(year: yy, quarter: q).coveredDays?.first, first > ref { yy -= 1 }
        default: break
        }
        func days(_ a: CalendarDate?, _ b: CalendarDate?) -> Resolved? {
            guard let a, let b else { return nil }
            return Resolved(timex: .range(.date(a), .date(b)), type: .daterange)
        }
        switch w {
        case .quarter(let q): return Resolved(timex: .quarter(year: yy, quarter: q), type: .daterange)
        case .halfWeek(let h):
            let monday = ref.startOfWeek
            return h == 1 ? days(monday, monday.adding(days: 2)) : days(monday.adding(days: 3), monday.adding(days: 6))
        case .relativeQuarter(let k, let edge):
            // (A year written before it, `去年这个季度`, moves it to that year.)
            let (qy, qm) = shiftMonth(year(s.year) ?? ref.year, (ref.month - 1) / 3 * 3 + 1, 3 * k)
            let q = (qm - 1) / 3 + 1
            return withinValue(edge.map { .quarterEdge(q, $0) } ?? .quarter(q), s, year: qy, deadline: deadline)
        case .half(let h): return Resolved(timex: .half(year: yy, half: h), type: .daterange)
        case .firstDays(let n) where s.month == nil:
            // `本周前三天`: the first or last days of a week.
            guard case .relative(let k)? = s.week else { return nil }
            let monday = ref.startOfWeek.adding(days: 7 * k)
            return n > 0 ? days(monday, monday.adding(days: n - 1)) : days(monday.adding(days: 7 + n), monday.adding(days: 6))
        case .season(let se):
            // `上个冬天`, `下个春天`: counted from the season the reference is in (December opens
            // its year's winter; January and February close the year before's).
            if y == nil, s.festivalStep != 0 {
                let step = Int(s.festivalStep)
                let now = (ref.month < 3 ? ref.year - 1 : ref.year) * 4 + (ref.month < 3 ? 3 : (ref.month - 3) / 3)
                var target = (now / 4) * 4 + (se.firstMonth == 12 ? 3 : (se.firstMonth - 3) / 3)
                if step < 0 { if target >= now { target -= 4 }; target += 4 * (step + 1) }
                else { if target <= now { target += 4 }; target += 4 * (step - 1) }
                yy = target / 4
            }
            return Resolved(timex: .season(year: yy, season: se), type: .daterange)
        case .yearStart: return Resolved(timex: .year(yy), type: .daterange, modifier: .start)
        case .yearMiddle: return Resolved(timex: .year(yy), type: .daterange, modifier: .mid)
        case .yearEnd:
            if deadline, let d = Timex.year(yy).coveredDays?.last { return Resolved(timex: .date(d), type: .date) }
            return Resolved(timex: .year(yy), type: .daterange, modifier: .end)
        case .firstMonths(let n):
            guard (1...12).contains(abs(n)) else { return nil }
            let (a, b) = n > 0 ? (1, n) : (13 + n, 12)
            return Resolved(timex: .range(.month(year: yy, month: a), .month(year: yy, month: b)), type: .daterange)
        case .quarterEdge(let q, let edge):
            if deadline && edge == .end, let last = Timex.quarter(year: yy, quarter: q).coveredDays?.last {
                return Resolved(timex: .date(last), type: .date)
            }
            let mod: TimexModifier = edge == .start ? .start : edge == .middle ? .mid : .end
            return Resolved(timex: .quarter(year: yy, quarter: q), type: .daterange, modifier: mod)
        case .dekads, .monthStart, .monthMiddle, .monthEnd, .halfMonth, .firstDays, .nthWeekday:
            guard let m = monthNumber(s, year: y), let (first, last) = Timex.month(year: m.year, month: m.month).coveredDays else { return nil }
            if let (a, b) = w.daysOfMonth { return days(first.adding(days: a - 1), b.map { first.adding(days: $0 - 1) } ?? last) }
            switch w {
            case .monthEnd:
                // X月底 is the month's last day (DESIGN, corpus README), a deadline or not.
                return timeOfDay(on: last, s, named: true)
            case .firstDays(let n):
                guard abs(n) <= last.day else { return nil }
                return n > 0 ? days(first, first.adding(days: n - 1)) : days(last.adding(days: n + 1), last)
            case .nthWeekday(let n, let wd):
                let d: CalendarDate
                if n > 0 { d = first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1)) }
                else { d = last.adding(days: -((last.weekday - wd + 7) % 7)) }
                guard d.month == m.month else { return nil }
                return timeOfDay(on: d, s, named: true)
            default: return nil
            }
        }
    }

    // MARK: Offsets, ranges, neighbouring units, decades

    private func offset(_ o: Offset, _ s: DateSpec) -> Resolved? {
        // Offsets stay within the calendar's years 1–9999.
        guard abs(o.amount) <= TimeResolver.maxOffset[o.unit] ?? 0 else { return nil }
        if o.sameDay {
            let months = o.unit == .year ? 12 * o.amount : o.unit == .quarter ? 3 * o.amount : o.unit == .month ? o.amount : 0
            var day = ref.adding(days: o.unit == .week ? 7 * o.amount : o.unit == .day ? o.amount : 0)
            if months != 0 { guard let d = ref.adding(months: months) else { return nil }; day = d }
            // `三个月前的那个周末`: the weekend of that day's week.
            if s.weekend {
                guard let w = day.checkedISOWeek else { return nil }
                return Resolved(timex: .weekend(year: w.year, week: w.week), type: .daterange)
            }
            return timeOfDay(on: day, s, named: true)
        }
        switch o.unit {
        case .year: return Resolved(timex: .year(ref.year + o.amount), type: .daterange)
        case .quarter, .month:
            let (y, m) = shiftMonth(ref.year, ref.month, o.unit == .quarter ? 3 * o.amount : o.amount)
            return Resolved(timex: .month(year: y, month: m), type: .daterange)
        case .week: return timeOfDay(on: ref.adding(days: 7 * o.amount), s, named: true)
        case .day: return timeOfDay(on: ref.adding(days: o.amount), s, named: true)
        case .hour, .minute, .second:
            let seconds = o.amount * (o.unit == .hour ? 3600 : o.unit == .minute ? 60 : 1)
            // From the reference instant, its seconds included (10秒后; 未来24小时 ends as it starts).
            let total = reference.time.minutesSinceMidnight * 60 + (reference.time.second ?? 0) + seconds
            let dayShift = total >= 0 ? total / 86400 : (total - 86399) / 86400
            let inDay = total - dayShift * 86400
            guard let t = ClockTime(hour: inDay / 3600, minute: inDay % 3600 / 60, second: inDay % 60 == 0 ? nil : inDay % 60)
            else { return nil }
            return Resolved(timex: .dateTime(ref.adding(days: dayShift), t), type: .datetime)
        }
    }

    private func range(_ a: DateSpec, _ b: DateSpec) -> Resolved? {
        var startResolver = self
        startResolver.pastOnly = b.isNow
        guard let ra = startResolver.point(a) else { return nil }
        var endResolver = self
        // (A week or longer start anchors its end on its first day: `从下周起两周内`.)
        if let d = ra.timex.firstDay ?? ra.timex.coveredDays?.first { endResolver.anchor = d }
        // `10日至12日`: an end with only a day is in the start's month, or the next one if earlier.
        if b.month == nil && b.year == nil && b.day.isAbsolute, let s0 = ra.timex.startDay {
            endResolver.reference = LocalDateTime(date: s0)
            endResolver.future = true
        }
        var rb: Resolved?
        var startTimex = ra.timex
        if b.isNow {
            // Up to now at the start's precision (1921年至今 → 2021); a start that holds the
            // reference (今年以来) runs from its first day to the reference day.
            switch ra.timex {
            case .year(let y) where y < ref.year: rb = Resolved(timex: .year(ref.year), type: .daterange)
            case .month(let y, let m) where y * 12 + m < ref.year * 12 + ref.month:
                rb = Resolved(timex: .month(year: ref.year, month: ref.month), type: .daterange)
            default:
                if let first = ra.timex.startDay, first <= ref { startTimex = .date(first) }
                rb = Resolved(timex: .date(ref), type: .date)
            }
        } else {
            rb = endResolver.point(b)
        }
        guard var end = rb?.timex else { return nil }
        // `即日起至年底`: an end at the end of a year is its last day.
        if rb?.modifier == .end, case .year = end, let last = end.coveredDays?.last { end = .date(last) }
        // An end before its start: a later year (10月和5月间) or the afternoon (从现在到八点).
        if case .dateTime(let d1, let t1) = ra.timex, case .dateTime(let d2, let t2) = end, d1 == d2, t2 < t1 {
            if t2.hour < 12, b.partOfDay == nil, let later = ClockTime(hour: t2.hour + 12, minute: t2.minute, second: t2.second), later > t1 {
                end = .dateTime(d2, later)
            } else if b.smallHours || !b.namesDay {
                end = .dateTime(d2.adding(days: 1), t2)   // 晚上10点到凌晨2点: past midnight
            }
        }
        // `晚上8点到凌晨`: the small hours after a start later in the day are the next night's.
        if b.smallHours && !b.namesDay, case .partOfDay(let d2, _) = end, ra.timex.firstDay == d2 {
            let late: Bool
            switch ra.timex {
            case .dateTime(_, let t1): late = t1.hour >= 12
            case .partOfDay(_, let p1): late = p1 == .afternoon || p1 == .evening
            default: late = false
            }
            if late, let next = end.adding(days: 1) { end = next }
        }
        if b.year == nil || b.year == a.year, a.year == nil {
            switch (ra.timex, end) {
            case (.month(let y1, let m1), .month(let y2, let m2)) where (y2, m2) < (y1, m1):
                end = .month(year: y2 + 1, month: m2)
            // `12月31日至1月2日`, `12月31日晚上10点到1月1日凌晨2点`: a written day before the
            // start's is next year's, its part of day or clock kept.
            case (_, _) where b.day.isAbsolute:
                if let s0 = ra.timex.firstDay, let e0 = end.firstDay, e0 < s0, let next = end.nextYearsDay { end = next }
            // `下周日到周二`, `周五18:00至周一8:00`: the weekday after, its part of day or clock kept.
            case (_, _) where b.weekday != nil && b.day == nil:
                if let d1 = ra.timex.firstDay, let d2 = end.firstDay, d2 < d1, d1.dayNumber - d2.dayNumber < 7,
                   let next = end.adding(days: 7) { end = next }
            default: break
            }
        }
        // `2020年四季度至一季度`, `2020年12月至1月`, `去年12月28日至1月3日`: an end that took the
        // start's written year but falls before the start is the next year's, its part of day or
        // clock kept.
        if a.year != nil, b.year == a.year, let s0 = ra.timex.startDay, let e0 = end.startDay, e0 < s0 {
            switch end {
            case .quarter(let y, let q): end = .quarter(year: y + 1, quarter: q)
            case .half(let y, let h): end = .half(year: y + 1, half: h)
            case .month(let y, let m): end = .month(year: y + 1, month: m)
            default: if let next = end.nextYearsDay { end = next }
            }
        }
        // Ends that are spans themselves (`12月上旬至中旬`): from the first one's start to the
        // last one's end; TIMEX3 has no nested ranges.
        var start = startTimex
        if case .range(let first, _) = start { start = first }
        if case .range(_, let last) = end { end = last }
        // `九月中旬至十月上旬` read in March: each end's year was inferred alone (September
        // this year, October last); an end with a month and no year never precedes its start.
        if a.year == nil, b.year == nil, b.month != nil, let s0 = start.firstDay, let e0 = end.firstDay, e0 < s0,
           let next = end.nextYearsDay, let n0 = next.firstDay, n0 >= s0 { end = next }
        // `国庆至元旦`, `国庆到春节`: a festival ending a range before its start is its next one.
        if a.year == nil, b.year == nil, let f = b.festival, b.festivalStep == 0, b.dayShift == 0, b.partOfDay == nil, b.clock == nil,
           let s0 = start.firstDay, let e0 = end.firstDay, e0 < s0, let next = f.date(in: e0.year + 1), next >= s0 {
            end = .date(next)
        }
        // `一季度至三季度`, `上半年到三季度`: quarters and halves as ends are their first and last
        // months; `这周末到下周一`, `本周到下周`: weeks and weekends their first and last days.
        // With an edge, the month at it (`一季度末至三季度初` → March to July).
        func month(_ t: Timex, _ edge: TimexModifier?, start: Bool) -> Timex {
            guard let days = t.coveredDays else { return t }
            var d = start ? days.first : days.last
            switch edge {
            case .start?: d = days.first
            case .end?: d = days.last
            case .mid?: d = days.first.adding(days: (days.last.dayNumber - days.first.dayNumber) / 2)
            default: break
            }
            return .month(year: d.year, month: d.month)
        }
        switch start {
        case .quarter, .half: start = month(start, ra.modifier, start: true)
        case .week, .weekend: if let d = start.coveredDays?.first { start = .date(d) }
        default: break
        }
        switch end {
        case .quarter, .half: end = month(end, rb?.modifier, start: false)
        case .week, .weekend: if let d = end.coveredDays?.last { end = .date(d) }
        default: break
        }
        // A year or month against a day (`2018年初到2019年底`, `2020年到2021年3月5日`): the
        // coarse end by its first or last day.
        if start.isDayPrecise != end.isDayPrecise {
            if !start.isDayPrecise, let f = start.firstDay { start = .date(f) }
            if !end.isDayPrecise, let l = end.coveredDays?.last { end = .date(l) }
        }
        // Still ending before it starts (`四月十-二〇二一年`): no reading is safe, so none.
        if let s = start.startDay, let e = end.startDay, e < s { return nil }
        let type: MentionType
        switch (start, end) {
        case (.dateTime, _), (_, .dateTime):
            type = a.hasDateParts || b.hasDateParts ? .datetimerange : .timerange
        default: type = .daterange
        }
        return Resolved(timex: .range(start, end), type: type)
    }

    /// N units back to or on from the reference: days for calendar units, clock times for hours.
    private func rolling(_ unit: CalendarUnit, _ n: Int) -> Resolved? {
        guard abs(n) <= TimeResolver.maxOffset[unit] ?? 0 else { return nil }
        let other: Timex
        switch unit {
        case .year, .quarter, .month:
            let months = unit == .year ? 12 * n : unit == .quarter ? 3 * n : n
            guard let d = ref.adding(months: months) else { return nil }
            other = .date(d)
        case .week: other = .date(ref.adding(days: 7 * n))
        case .day: other = .date(ref.adding(days: n))
        case .hour, .minute, .second:
            guard let end = offset(Offset(amount: n, unit: unit), DateSpec())?.timex,
                  case .dateTime = end else { return nil }
            let now = Timex.dateTime(ref, reference.time)
            return Resolved(timex: n < 0 ? .range(end, now) : .range(now, end), type: .datetimerange)
        }
        return Resolved(timex: n < 0 ? .range(other, .date(ref)) : .range(.date(ref), other), type: .daterange)
    }

    private func adjacent(_ unit: CalendarUnit, _ n: Int) -> Timex? {
        let k = abs(n)
        switch unit {
        case .day:
            // `下一个工作日`: one day is that day, no range of one day.
            if k == 1 { return .date(ref.adding(days: n)) }
            return n < 0 ? .range(.date(ref.adding(days: n)), .date(ref.adding(days: -1)))
                : .range(.date(ref.adding(days: 1)), .date(ref.adding(days: n)))
        case .week:
            let monday = ref.startOfWeek
            return n < 0 ? .range(.date(monday.adding(days: -7 * k)), .date(monday.adding(days: -1)))
                : .range(.date(monday.adding(days: 7)), .date(monday.adding(days: 7 * (k + 1) - 1)))
        case .month, .quarter:
            let size = unit == .quarter ? 3 : 1
            let startMonth = unit == .quarter ? (ref.month - 1) / 3 * 3 + 1 : ref.month
            let (y1, m1) = shiftMonth(ref.year, startMonth, n < 0 ? -size * k : size)
            let (y2, m2) = shiftMonth(ref.year, startMonth, n < 0 ? -1 : size * (k + 1) - 1)
            return .range(.month(year: y1, month: m1), .month(year: y2, month: m2))
        case .year:
            return n < 0 ? .range(.year(ref.year - k), .year(ref.year - 1)) : .range(.year(ref.year + 1), .year(ref.year + k))
        default:
            return nil
        }
    }

    private func decade(_ d: DecadeSpec) -> Timex? {
        if let a = d.absoluteDecade { return .decade(a) }
        var hundreds: Int?
        if let k = d.relativeCentury { hundreds = ref.year / 100 + k }
        if let c = d.century { hundreds = c - 1 }
        guard let dec = d.decade else { return hundreds.map { .century($0) } }
        if let h = hundreds { return .decade(h * 10 + dec / 10) }
        let recent = ref.year / 100 * 100 + dec
        return .decade((recent <= ref.year ? recent : recent - 100) / 10)
    }
}

extension CalendarDate {
    /// `isoWeek`, or nil when the week's Thursday falls outside years 1–9999 (a reference at
    /// the calendar's edge plus an offset), where `isoWeek` itself would trap.
    var checkedISOWeek: (year: Int, week: Int)? {
        let thursdayYear = adding(days: 4 - weekday).year
        return (1...9999).contains(thursdayYear) ? isoWeek : nil
    }
}

extension Timex {
    /// True for a day, a part of a day or a clock time.
    fileprivate var isDayPrecise: Bool {
        switch self {
        case .date, .partOfDay, .dateTime: return true
        default: return false
        }
    }
}
