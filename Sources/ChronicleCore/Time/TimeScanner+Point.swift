/// The grammar of points in time (`2021年4月12日上午9时30分`) and of ranges between them.
extension TimeScanner {
    typealias Text = UnsafeBufferPointer<UInt32>

    /// A point, possibly the start of a range, a between-form or a deadline.
    func rangeOrPoint(_ t: Text, at p: Int, inherit: DateSpec?) -> (RawMention, DateSpec?, Int)? {
        var leftStart = p
        var leftSpec: DateSpec
        var q: Int
        var resume: Int
        if let (v, e) = nowWord(t, at: p) {
            leftSpec = v; q = e; resume = e
        } else if let pt = point(t, at: p, inherit: inherit) {
            // `三四月份`, `下午两三点`: two neighbouring numbers are the span from one to the other.
            if let pair = pt.paired {
                var last = pt.spec
                switch pair {
                case .month(let m): last.month = .absolute(m)
                case .day(let d): last.day = .absolute(d)
                case .hour(let h): last.clock = ClockSpec(hour: h, minute: 0)
                case .quarter(let n): last.within = .quarter(n)
                case .weekday(let d): last.weekday = d
                case .season(let se): last.within = .season(se)
                }
                return (RawMention(start: pt.start, end: pt.end, value: .range(pt.spec, last)), nil, pt.resume)
            }
            leftSpec = pt.spec; q = pt.end; resume = pt.resume; leftStart = pt.start
        } else {
            return nil
        }
        // `今年剩下的时间`, `本周剩余时间`: from the reference day to the end of the period.
        if let e = restWords.match(t, at: t.at(q) == possessive ? q + 1 : q), let last = leftSpec.lastDayOfCurrent {
            var today = DateSpec(); today.day = .relative(0)
            return (RawMention(start: leftStart, end: e, value: .range(today, last)), nil, e)
        }
        // `从5月1日到10日`, `自即日起`: the opening word is in the span of a range or a start.
        let opened = has(t.at(leftStart - 1), .rangeOpener) ? leftStart - 1 : leftStart
        // `5月1日起至10月31日`, `即日起到年底`, `从明天开始到周五`: 起 or 开始 before a range
        // separator starts the range.
        let rangeFrom = rangeStartWords.match(t, at: q).flatMap { notTimeAt(t, q) ? nil : $0 } ?? q
        // `从今天起两周内`, `即日起30天内`: from the day named to that many days on; 的 may stand
        // before the count, which then needs no 内 (`从今天开始的三天`, `从现在起的两个小时`); a
        // week may start it too (`从下周起两周内`).
        let countAt = t.at(rangeFrom) == possessive ? rangeFrom + 1 : rangeFrom
        let weekStart = leftSpec.week != nil && leftSpec.weekday == nil && !leftSpec.weekend
        // `从明年起三年内`, `从下月起三个月内`: a relative year or month starts a count of its unit.
        let periodStart = relativePeriod(leftSpec)
        if rangeFrom > q, leftSpec.namesDay || leftSpec.isNow || weekStart || periodStart != nil, let d = durationChain(t, at: countAt), !d.approximate,
           d.parts.count == 1, d.halves == 0, let unit = d.smallestUnit,
           let w = withinWords.match(t, at: d.end) ?? (countAt > rangeFrom ? d.end : nil) {
            var end = DateSpec()
            if let (u, k) = periodStart {
                // Its last one is the count's: the start's unit, that many on, the start included.
                if unit == u {
                    let n = d.amount(in: u) - 1
                    if case .absolute? = leftSpec.year { end.year = .absolute(k + n) }
                    else if u == .year { end.year = .relative(k + n) } else { end.month = .relative(k + n) }
                }
            } else if unit == .day || unit == .week {
                end.day = .anaphoric(d.amount(in: .day))
            } else if (unit == .month || unit == .year) && !weekStart && (leftSpec.isNow || leftSpec.day == .relative(0)) {
                // `即日起三个月内`, `从今天起一年内`: to the same day that many months on.
                end.offset = Offset(amount: d.amount(in: .month), unit: .month, sameDay: true)
            } else if !unit.isDayOrLonger && leftSpec.isNow {
                // `从现在起的两个小时`: hours on from the reference instant.
                end.offset = Offset(amount: d.amount(in: unit), unit: unit)
            }
            // (Now before a count of days or longer is today, as 即日: `从现在起三天内`.)
            var start = leftSpec
            if leftSpec.isNow && unit.isDayOrLonger { start = DateSpec(); start.day = .relative(0) }
            if !end.isEmpty { return (RawMention(start: opened, end: w, value: .range(start, end)), nil, w) }
        }
        // Range: A 至 B, A 和 B 之间, A 之后 B 之前, A 至今.
        let sinceEnd = leftSpec.namesDay || leftSpec.clock != nil || leftSpec.partOfDay != nil ? nil : since.match(t, at: q)
        // A season has no first day to run from (`今春以来`): the season alone is the mention.
        var isSeason = false
        if case .season? = leftSpec.within { isSeason = true }
        // `到今天` is up to now unless the day goes on (`昨天下午五点到今天上午九点`); 起 or 开始
        // may stand before it as before any range end (`从12月起至今`, `从前天开始到现在`).
        var nowAt = untilNow.match(t, at: q) == nil && rangeFrom > q ? rangeFrom : q
        // `从2020年起一直到现在`, `从1月23日开始直到今天`: verbs of lasting before it.
        if untilNow.match(t, at: nowAt) == nil {
            var v = nowAt
            while let e = rangeVerbs.match(t, at: v) { v = e }
            if v > nowAt && untilNow.match(t, at: v) != nil { nowAt = v }
        }
        if !isSeason, let e = untilNow.match(t, at: nowAt) ?? sinceEnd,
           !(separator(t, at: nowAt).flatMap { point(t, at: $0, inherit: leftSpec) }.map { $0.end > e } ?? false) {
            var now = DateSpec(); now.isNow = true
            return (RawMention(start: opened, end: e, value: .range(leftSpec, now)), nil, e)
        }
        // `从6月15日持续到20日`: after an opening 从, a verb of lasting may stand before the separator.
        var sepAt = rangeFrom
        // (`从3月1日一直持续到15日`: more than one.)
        while opened < leftStart, let v = rangeVerbs.match(t, at: sepAt) { sepAt = v }
        // `6月1日（周二）至3日`: the separator may follow a weekday restated in parentheses.
        if resume > q && separator(t, at: sepAt) == nil && separator(t, at: resume) != nil { sepAt = resume }
        if let sepEnd = separator(t, at: sepAt), var right = point(t, at: sepEnd, inherit: leftSpec) {
            // `九月九到九月十二`: a range from a lunar day stays in that calendar (not a lunar
            // start and a Gregorian end).
            if leftSpec.lunar && leftSpec.month != nil { right.spec.lunar = true }
            // `周一至周五8:30-17:30`, `6月1日至3日 9:00—17:00`, `周一至周五上午9点到12点`: hours
            // that open a range of clock times after a range of days are each day's hours, a
            // mention of their own (with their part of day).
            if leftSpec.clock == nil, right.spec.clock != nil, right.spec.namesDay, let s2 = separator(t, at: right.end),
               clock(t, at: s2, context: true) != nil,
               var c = (sepEnd + 1..<right.end).first(where: { clock(t, at: $0, context: true)?.1 == right.end }) {
                let clockAt = backOverSpace(t, c)
                if right.spec.partOfDay != nil, let d = (sepEnd + 1..<clockAt).first(where: { partOfDay(t, at: $0, short: true)?.1 == clockAt }) {
                    c = d; right.spec.partOfDay = nil; right.spec.smallHours = false
                }
                right.spec.clock = nil
                right.end = backOverSpace(t, c); right.resume = c
            }
            // `下午3点到5点之间`: 之间 after the range is in its span.
            let end = right.resume == right.end ? betweenClosers.match(t, at: right.end) ?? right.end : right.end
            return (RawMention(start: opened, end: end, value: .range(leftSpec, right.spec)), nil, max(end, right.resume))
        }
        if let j = betweenJoiners.match(t, at: q), let right = point(t, at: j, inherit: leftSpec),
           let c = betweenClosers.match(t, at: right.end) {
            return (RawMention(start: leftStart, end: c, value: .range(leftSpec, right.spec)), nil, c)
        }
        if let a = afterWords.match(t, at: q), let right = point(t, at: a, inherit: leftSpec),
           let b = beforeWords.match(t, at: right.end) {
            return (RawMention(start: leftStart, end: b, value: .range(leftSpec, right.spec)), nil, b)
        }
        if leftSpec.isNow && !leftSpec.hasDateParts { return nil }   // 现在 alone is a vague word
        var m = RawMention(start: leftStart, end: q, value: .point(leftSpec))
        // `中秋以来`, `国庆假期以来`, `10月1日以来`: a day that opens a period up to now lies behind.
        if leftSpec.namesDay, since.match(t, at: q) != nil
            || leftSpec.festival != nil && follower(t, at: q, .festival).map({ since.match(t, at: $0) != nil }) == true {
            m.pastOnly = true
        }
        // 今年内, 本月内, 2022年内: within a period is the period; its unit may be said again
        // before 内 (`今年年内`, `2022年年内`, `本月月内`).
        let unitAgain = leftSpec.month == nil ? yearMark : monthMark
        let withinAt = t.at(q) == unitAgain && withinWords.match(t, at: q + 1) != nil ? q + 1 : q
        if !leftSpec.namesDay && leftSpec.clock == nil && leftSpec.partOfDay == nil, let w = withinWords.match(t, at: withinAt) {
            m.end = w; resume = w
            return (m, leftSpec, resume)
        }
        if leftSpec.clock == nil, leftSpec.namesDay || leftSpec.month != nil || leftSpec.year != nil,
           let a = aroundWords.match(t, at: q) {
            m.around = true; m.end = a; resume = a      // 国庆节前后, 9月2号左右
        } else if let d = deadline(t, at: q, spec: leftSpec) {
            m.deadline = true; m.end = d; resume = d
        } else if let a = afterMark(t, at: q, spec: leftSpec) {
            m.after = true; m.end = a; resume = a
            if fromOnWords.match(t, at: q) != nil { m.start = opened }
        }
        return (m, leftSpec, resume)
    }

    /// The unit and step of a relative year or month standing alone (`明年`, `下个月`).
    private func relativePeriod(_ s: DateSpec) -> (CalendarUnit, Int)? {
        guard s.day == nil, s.week == nil, s.weekday == nil, !s.weekend, s.within == nil, s.festival == nil, s.clock == nil,
              s.partOfDay == nil, s.offset == nil, !s.isNow, !s.lunar else { return nil }
        if case .relative(let k)? = s.month, s.year == nil { return (.month, k) }
        if case .relative(let k)? = s.year, s.month == nil { return (.year, k) }
        // `从2022年起三年内`: a year written, as a relative one.
        if case .absolute(let y)? = s.year, s.month == nil { return (.year, y) }
        return nil
    }

    /// `现在` / `此刻` as the start of a range (`从现在到八点`).
    private func nowWord(_ t: Text, at p: Int) -> (DateSpec, Int)? {
        // (Or before 起 or 开始: `从现在起三天内`; alone it stays the vague word.)
        guard p < t.count, words.startsWord(t[p]), let (w, e) = words.longestMatch(in: t, at: p),
              case .vague(.present, _) = w,
              rangeSeparators.match(t, at: rangeStartWords.match(t, at: e) ?? e) != nil || rangeStartWords.match(t, at: e) != nil
        else { return nil }
        var s = DateSpec(); s.isNow = true
        return (s, e)
    }

    /// `前`, `之前`, `以前` after a point: a deadline, unless `前` begins another word.
    private func deadline(_ t: Text, at q: Int, spec: DateSpec) -> Int? {
        guard let e = beforeWords.match(t, at: q) else { return nil }
        // After a day (a part of a month, a clock, a festival) only a verb of going or the eve
        // opens a word with 前 (`5日前往`; `20日前提交` is a deadline); after a year or month any.
        let dayLike = spec.day != nil || spec.within != nil || spec.clock != nil || spec.festival != nil
        if e == q + 1 && ((dayLike ? wordsAfterDay.match(t, at: q) != nil : markStartsNotTime(t, q)) || numerals.isNumeral(t.at(e))) { return nil }
        guard spec.day != nil || spec.within != nil || spec.clock != nil || spec.month != nil
              || spec.year != nil || spec.festival != nil || spec.weekday != nil else { return nil }
        return e
    }

    /// `后`, `之后`, `以后` after a point (`春节后`, `5月10日以后`): from then on, unless `后`
    /// begins another word (后来) or a count follows (春节后两天).
    private func afterMark(_ t: Text, at q: Int, spec: DateSpec) -> Int? {
        guard let e = offsetAfter.match(t, at: q) ?? fromOnWords.match(t, at: q) else { return nil }
        if e == q + 1 && (notTimeAt(t, q) || numerals.isNumeral(t.at(e))) { return nil }
        guard spec.day != nil || spec.month != nil || spec.festival != nil || spec.year != nil
              || spec.weekday != nil || spec.within != nil || spec.clock != nil else { return nil }
        return e
    }

    struct Point {
        var spec: DateSpec
        var start: Int
        var end: Int
        /// Where scanning goes on: after a skipped `（星期一）`.
        var resume: Int
        /// The second of two neighbouring numbers (`三四月份`, `两三点`): the point is a span to it.
        var paired: Pair? = nil
    }

    /// The end of `这个时候`, `此时` at `q` (`TimeLexicon.sameTimeWords`).
    @inline(__always)
    func sameTime(_ t: Text, at q: Int, afterDay: Bool = true) -> Int? {
        guard q < t.count, sameTimeWords.startsWord(t[q]), let m = sameTimeWords.longestMatch(in: t, at: q),
              afterDay || !m.value else { return nil }
        return m.end
    }

    /// What a year named before it, a relative or written one or a count of years away
    /// (`去年的这个月`, `三年前的这个季度`), takes as the reference's own month or quarter so
    /// far from it: a relative month or quarter word at `q`.
    enum YearSubperiod {
        case month(Int), quarter(Int)

        /// Puts the month or quarter so far from the reference's into `spec`; true when that
        /// completes it (a quarter takes no day).
        func apply(to spec: inout DateSpec) -> Bool {
            switch self {
            case .quarter(let n): spec.within = .relativeQuarter(n, nil); return true
            case .month(let k): spec.month = .relative(k); return false
            }
        }
    }
    func yearSubperiod(_ t: Text, at q: Int) -> (YearSubperiod, Int)? {
        guard let (w, e) = wordAt(t, q) else { return nil }
        switch w {
        case .relativeMonth(let k): return (.month(k), e)
        case .relativeQuarter(let n): return (.quarter(n), e)
        default: return nil
        }
    }

    /// The second of two neighbouring numbers and the level it names.
    enum Pair { case month(Int), day(Int), hour(Int), quarter(Int), weekday(Int), season(Season) }

    /// The weekday digits rising by one right after the weekday `d` that ends at `q` (`周三四`,
    /// `周一二三`): the last one and its end, where the run ends as a listed item does: before
    /// punctuation, a part of day or clock, an activity, an adverb, a word of meeting or a
    /// pronoun (`下周三四都在外地`, `下周一二有空吗`, `这周五六我加班`). Elsewhere the last digit
    /// begins a word (`周三四川`, `周一二楼`) or a number (`周三四点`); 日 and 天 begin words.
    func neighbourWeekdays(_ t: Text, after d: Int, at q: Int) -> (Int, Int)? {
        guard q > 0, numerals.isChineseNumeral(t.at(q - 1)) else { return nil }
        var last = d, i = q
        while let n = weekdayNames[t.at(i)], n == last + 1, n <= 6, numerals.isChineseNumeral(t.at(i)) { last = n; i += 1 }
        guard i > q, weekdayRunEnds(t, i) else { return nil }
        return (last, i)
    }

    /// True where a run of bare weekday digits ends as a listed item does (before punctuation,
    /// 的, a part of day or clock, an activity, an adverb, a word of meeting or a pronoun);
    /// elsewhere its last digit begins a word (`三楼`, `四川`, `五金`, `二审`).
    func weekdayRunEnds(_ t: Text, _ i: Int) -> Bool {
        boundary(t, i) || t.at(i) == possessive || partOfDay(t, at: i, short: false) != nil || clock(t, at: i, context: true) != nil
            || activityFollows(t, at: i) || activityAdverbs.match(t, at: i) != nil || runClosers.match(t, at: i) != nil
    }

    /// Two neighbouring Chinese digits rising by one, perhaps after tens (`三四`, `两三`,
    /// `十五六`, `二十七八`): both values and the end.
    @inline(__always)
    func neighbourPair(_ t: Text, at p: Int) -> (Int, Int, Int)? {
        guard let n = numerals.neighbourDigits(t, at: p), n.high == n.low + 1, !numerals.isNumeral(t.at(n.end)) else { return nil }
        return (n.tens + n.low, n.tens + n.high, n.end)
    }

    /// A point in time. `inherit` fills in what a range end or list item leaves out.
    func point(_ t: Text, at p: Int, inherit: DateSpec?) -> Point? {
        guard p < t.count else { return nil }
        var spec = DateSpec()
        var q = p
        let start = p
        var complete = false       // nothing may follow (a quarter, a season …)
        var afterDay = false

        // `周一、三、五`, `每周二、四`: a bare weekday after a listed one is a day of its week.
        if let l = inherit, l.weekday != nil, l.day == nil, let d = listedWeekday(t, at: p) {
            spec.weekday = d; spec.week = l.week
            // `周二、四上午`: the item's part of day is in its span.
            var end = p + 1
            if let (pod, pe) = partOfDay(t, at: end, short: false) { spec.partOfDay = pod.0; spec.smallHours = pod.small; end = pe }
            return Point(spec: spec, start: p, end: end, resume: end)
        }

        if let (s, e) = numericDate(t, at: p) {
            spec = s; q = e; afterDay = true
            if spec.clock != nil || spec.day == nil { return finish(spec, start: start, end: q, resume: q, inherit: inherit) }
        } else if let l = inherit, let m = l.lunarMonth, t.at(p) == lunarDayPrefix, let n = numerals.read(t, at: p + 1),
                  (1...10).contains(n.value), !numerals.isNumeral(t.at(n.end)) {
            // `正月初一至初六`, `除夕到初五`: a lunar day ending a range is in the start's lunar month
            // (除夕's next one).
            spec.lunar = true; spec.year = l.year; spec.month = .absolute(m); spec.day = .absolute(n.value)
            q = n.end; afterDay = true
        } else if let l = inherit, let m = l.lunarMonth, let d0 = l.lunarDay, let n = numerals.read(t, at: p), !n.isArabic, n.digits == 0,
                  n.value > d0, n.value <= 30, !numerals.isNumeral(t.at(n.end)), !numberUnitAt(t, n.end),
                  durationUnits.longestMatch(in: t, at: n.end) == nil, !follows(t, n.end, .quantity),
                  !(l.festival != nil && festivalWordAt(t, p)) {
            // `正月初一至十五`, `腊月初八到二十三`: a day past the tenth is written with no 初; a bare
            // one ending a range from a lunar day is a later day of that lunar month. After a
            // festival, a number that is a festival word itself is that festival (`从端午到十一`).
            spec.lunar = true; spec.year = l.year; spec.month = .absolute(m); spec.day = .absolute(n.value)
            q = n.end; afterDay = true
        } else if festivalSteps.startsWord(t[p]), let step = festivalSteps.longestMatch(in: t, at: p),
                  let (w, e) = wordAt(t, step.end), case .festival(let f, let kind) = w,
                  kind != .nameLike || (step.value == 0 ? festivalContextAt(t, e) : !numberUnitAt(t, e)) {
            // `下一个圣诞节`, `上个中秋`: the step is context enough for a name-like festival word
            // (not for a number before its unit: `下个十一月`); 这个 is a demonstrative before any
            // noun, so after it the word needs a festival's context as alone (`这个国庆假期`,
            // not `这个十一岁的孩子`, `这个国庆是他的同学`).
            spec.festival = f; spec.festivalStep = Int8(step.value); q = e; afterDay = true
            if let (k, pod, e2) = dayShift(t, at: afterClosingQuotes(t, q)) {   // 下个圣诞节前夕
                spec.dayShift += k; q = e2
                if let pod { spec.partOfDay = pod }
            }
        } else if festivalSteps.startsWord(t[p]), let step = festivalSteps.longestMatch(in: t, at: p),
                  let (part, e) = steppedSeason(t, at: step.end) {
            // `上个冬天`, `下一个春天`: the season's last or next occurrence around the reference
            // (counted as a festival's is); `这个夏天`: the reference year's.
            spec.within = part; q = e; complete = true
            if step.value == 0 { spec.year = .relative(0) } else { spec.festivalStep = Int8(step.value) }
        } else {
            // Year level.
            let yearRangeEnd = inherit.map { $0.year != nil && $0.month == nil && $0.within == nil && $0.day == nil } ?? false
            if let (y, e) = year(t, at: q, rangeEnd: yearRangeEnd) {
                spec.year = y; q = e
                let q2 = t.at(q) == possessive ? q + 1 : q
                if let (a, b, e2) = seasonPair(t, at: q2) {
                    // `2022年秋冬季`, `今年春夏季`: two seasons in a row, the span from one to the other.
                    spec.within = .season(a)
                    return Point(spec: spec, start: start, end: e2, resume: e2, paired: .season(b))
                }
                if let (w, e2) = yearPart(t, at: q2) ?? demonstratedSeason(t, q, q2) {
                    if case .yearStart = w, let (d, e3) = lunarNewYearDay(t, after: e2, inherit: inherit) {
                        // `今年年初五，`: that day of the year's lunar New Year.
                        spec.lunar = true; spec.month = .absolute(1); spec.day = .absolute(d); q = e3; afterDay = true
                    } else {
                        spec.within = w; q = e2; complete = true
                        // `下半年的第一个月`, `上半年最后一个月`: a unit inside a half, as inside a quarter.
                        if case .half(let h) = w, let e3 = insideQuarter(t, at: q, &spec, months: 6, month: { .absolute(6 * (h - 1) + $0) }) { q = e3 }
                    }
                }
                else if let (qn, e2) = quarter(t, at: q2) {
                    (spec.within, q) = quarterEdge(t, qn, at: e2); complete = true
                    if case .quarter? = spec.within, let e3 = insideQuarter(t, at: q, &spec, month: { .absolute(3 * (qn - 1) + $0) }) { q = e3 }
                }
                else if let (n, e2) = firstUnits(t, at: q2, days: false) { spec.within = .firstMonths(n); q = e2; complete = true }
                else if let (sub, e2) = yearSubperiod(t, at: q2) {
                    // `去年的这个季度`, `前年的这个月`: the quarter or month so far from the reference's, in the year named.
                    if sub.apply(to: &spec) { complete = true }
                    q = e2
                }
                else if t.at(q2) == firstMark && t.at(q2 + 1) == monthMark { spec.month = .absolute(1); q = q2 + 2 }   // 首月
                else if let (n, e2) = ordinalWeek(t, at: q2) {
                    spec.week = .ordinal(n); q = weekendAfter(t, e2, &spec); complete = true
                }
                else if let (n, e2) = ordinal(t, at: q2, unit: dayWordForOrdinal) { spec.day = .ordinal(n); q = e2; afterDay = true }
                else if let (n, e2) = ordinal(t, at: q2, unit: monthWordForOrdinal) ?? countdown(t, at: q2, unit: monthWordForOrdinal),
                        (1...12).contains(abs(n)) {
                    spec.month = .absolute(n > 0 ? n : 13 + n); q = e2   // 今年的倒数第二个月: November
                } else if let (n, wd, e2) = nthWeekday(t, at: q2), n == -1 || n <= 4 {
                    // 2017年的第一个星期一, 今年最后一个周五: in the year's first or last month.
                    spec.month = .absolute(n > 0 ? 1 : 12); spec.within = .nthWeekday(n, wd); q = e2; afterDay = true
                } else if let (unit, e2) = lastOf(t, at: q2) {
                    // 今年最后一个月, 最后一个季度, 最后一周, 最后一天.
                    switch unit {
                    case .week: spec.week = .ordinal(-1); complete = true
                    case .month: spec.month = .absolute(12)
                    case .quarter: spec.within = .quarter(4); complete = true
                    default: spec.month = .absolute(12); spec.day = .absolute(31); afterDay = true
                    }
                    q = e2
                }
            } else if let (w, e) = wordAt(t, q) {
                switch w {
                case .yearPart(let part):
                    if case .season = part, !seasonStands(t, at: e) { break }
                    // `年初二，`, `年初五那天`: 年初 and a day of the first ten is that day of the
                    // lunar New Year (as 大年初二) where the numeral ends its word or the range from
                    // one (`年初七到年初九值班`); else the digit begins the next word (`年初三个月`,
                    // `年初四川省`, `年初一度`).
                    if case .yearStart = part, let (d, e2) = lunarNewYearDay(t, after: e, inherit: inherit) {
                        spec.lunar = true; spec.month = .absolute(1); spec.day = .absolute(d); q = e2; afterDay = true
                        break
                    }
                    // A range end or list item with no year is in the start's (`2018年初到年底`).
                    spec.year = inherit?.year ?? .relative(0); spec.within = part; q = e; complete = true
                    if case .half(let h) = part, let e3 = insideQuarter(t, at: q, &spec, months: 6, month: { .absolute(6 * (h - 1) + $0) }) { q = e3 }
                case .relativeQuarter(let n):
                    // `本季度末`; 中 after it is "in" (`本季度中完成`), no edge.
                    var edge: DateSpec.Edge?, end = e
                    if case (.quarterEdge(_, let g), let e2) = quarterEdge(t, 0, at: e), g != .middle { edge = g; end = e2 }
                    spec.year = .relative(0); spec.within = .relativeQuarter(n, edge); q = end; complete = true
                    // `下个季度第一个月`, `上季度最后一周`: a unit inside it, as inside a numbered one.
                    if edge == nil, let e2 = insideQuarter(t, at: q, &spec, month: { .inRelativeQuarter(n, $0) }) {
                        spec.year = nil; q = e2
                    }
                case .relativeSeason(let k, let season):
                    // `今春以来`, `去冬今春`; not `去春游` (a season stands at the end of its phrase).
                    let paired: Bool = { if case .relativeSeason? = wordAt(t, e)?.0 { return true }; return false }()
                    guard seasonStands(t, at: e) || paired || separator(t, at: e) != nil else { break }
                    spec.year = .relative(k); spec.within = .season(season); q = e; complete = true
                case .monthPart(let part, let onlyOpening):
                    // `上半个月我在出差`: a counted half alone is the reference month's only where it
                    // opens its clause; inside one it may end a verb (`剩下半个月`, `花上半个月`).
                    if inherit == nil, onlyOpening, !opensClause(t, q) { break }
                    // A range end or list item with no month is in the start's (`4月上旬至中旬`).
                    if let l = inherit, let m = l.month { spec.year = l.year; spec.month = m } else { spec.month = .relative(0) }
                    spec.within = part; q = e; complete = true
                case .weekHalf(let h):
                    spec.week = .relative(0); spec.within = .halfWeek(h); q = e; complete = true
                default: break
                }
            }
            // `三四季度`: two neighbouring quarters are the span from one to the other.
            if !complete && spec.within == nil, let (a, b, e) = neighbourPair(t, at: q), b <= 4,
               let e2 = quarterWord.match(t, at: e) {
                if spec.year == nil { spec.year = .relative(0) }
                spec.within = .quarter(a)
                return Point(spec: spec, start: start, end: e2, resume: e2, paired: .quarter(b))
            }
            if !complete && spec.year == nil, spec.within == nil, let (qn, e) = quarter(t, at: q) {
                // No year written: the resolver's (this year's; last year's at the start of a
                // period up to now ahead of the reference: `三季度以来` read in May).
                spec.year = inherit?.year; (spec.within, q) = quarterEdge(t, qn, at: e); complete = true
                if case .quarter? = spec.within, let e3 = insideQuarter(t, at: q, &spec, month: { .absolute(3 * (qn - 1) + $0) }) { q = e3 }
            }
            // Month level (a lunar month after 农历, or 正月 / 腊月).
            if !complete && spec.month == nil && !afterDay, let (w, e) = wordAt(t, q), case .lunarPrefix = w {
                spec.lunar = true; q = e
            }
            if !complete && spec.month == nil && !afterDay, let (w, e) = wordAt(t, q) {
                if case .lunarMonth(let m) = w { spec.lunar = true; spec.month = .absolute(m); q = e }
                if case .monthName(let m) = w, !spec.lunar { spec.month = .absolute(m); q = e }
            }
            if !complete && spec.month == nil && !afterDay, let (a, b, e) = neighbourPair(t, at: q), b <= 12, t.at(e) == monthMark {
                spec.month = .absolute(a)
                let end = t.at(e + 1) == monthSuffix ? e + 2 : e + 1
                return Point(spec: spec, start: start, end: end, resume: end, paired: .month(b))
            }
            if !complete && spec.month == nil && !afterDay, let (m, e) = month(t, at: spec.year != nil ? joined(t, q) : q) {
                spec.month = m; q = e
            }
            if spec.lunar && spec.month == nil { return nil }
            // `九月初九`: a day written 初N is a lunar day even without 农历.
            if spec.month != nil && !afterDay, t.at(q) == lunarDayPrefix, let n = numerals.read(t, at: q + 1),
               (1...10).contains(n.value), !numerals.isNumeral(t.at(n.end)) {
                spec.lunar = true; spec.day = .absolute(n.value); q = n.end; afterDay = true
            }
            if !complete, spec.month != nil && !afterDay {
                let q2 = t.at(q) == possessive ? q + 1 : q
                if let (w, e2) = monthPart(t, at: q2) { spec.within = w; q = e2; complete = true }
                else if let (n, e2) = ordinalWeek(t, at: q2) {
                    spec.week = .ordinal(n); q = weekendAfter(t, e2, &spec); complete = true
                }
                else if let (n, wd, e2) = nthWeekday(t, at: q2) { spec.within = .nthWeekday(n, wd); q = e2; afterDay = true }
                else if let (unit, e2) = lastOf(t, at: q2), unit == .week || unit == .day {   // 3月的最后一周
                    if unit == .week { spec.week = .ordinal(-1); complete = true } else { spec.within = .monthEnd; afterDay = true }
                    q = unit == .week ? weekendAfter(t, e2, &spec) : e2
                }
                else if let (n, e2) = firstUnits(t, at: q2, days: true) { spec.within = .firstDays(n); q = e2; complete = true }
            }
            // `下个月的今天`, `明年的今天`: the same day a relative month or year away.
            let sameAt = t.at(q) == possessive ? q + 1 : q
            // (`去年的这一天`, `上个月这一天`: 这一天, 那天 name the same day too.)
            if !complete && !afterDay && spec.day == nil,
               let (w, e) = sameTime(t, at: sameAt, afterDay: false).map({ (TimeWord.relativeDay(0), $0) })
                   ?? sameDayRestatement(t, at: sameAt).map({ (TimeWord.relativeDay(0), $0) })
                   ?? wordAt(t, sameAt),
               w.isSameDay {
                if case .relative(let k)? = spec.month, spec.year == nil {
                    spec.month = nil; spec.offset = Offset(amount: k, unit: .month, sameDay: true); q = e; afterDay = true
                } else if case .relative(let k)? = spec.year, spec.month == nil, spec.within == nil {
                    spec.year = nil; spec.offset = Offset(amount: k, unit: .year, sameDay: true); q = e; afterDay = true
                }
            }
            // Day level; `下个月的15号`, `明年的情人节`: 的 between a month and its day, or a year and its festival.
            var dayAt = !complete && !afterDay && (spec.month != nil || spec.year != nil) && t.at(q) == possessive ? q + 1 : q
            // `6月 15日`, `6 月 15 日`, `十月 一日`: one space before a day written with its mark.
            if !complete && !afterDay && spec.month != nil && dayAt == q && isSpace(t, q),
               let n = numerals.read(t, at: q + 1), has(t.at(spacedUnit(t, n)), .dayMark) { dayAt = q + 1 }
            if !complete && !afterDay && inherit == nil, let (a, b, e) = neighbourPair(t, at: dayAt), b <= 31, has(t.at(e), .dayMark),
               spec.month != nil || spec.year == nil {
                spec.day = .absolute(a)
                return Point(spec: spec, start: start, end: e + 1, resume: e + 1, paired: .day(b))
            }
            // (`去年的那个春节`: a demonstrative may stand before the festival, as before a season.)
            if dayAt > q, spec.month == nil, let d = partDemonstratives.match(t, at: dayAt), case .festival? = wordAt(t, d)?.0 { dayAt = d }
            if !complete && !afterDay, let (d, e) = day(t, at: dayAt, spec: spec, continuing: inherit != nil),
               dayAt == q || (d.day != nil && spec.month != nil) || d.festival != nil {
                spec = d; q = e; afterDay = spec.day != nil || spec.weekday != nil || spec.festival != nil
                if spec.week != nil && spec.weekday == nil { complete = true }
                // `下周三四`, `这周一二三`: the next weekdays written as bare digits after one are
                // the span from the first to the last, as neighbouring numbers before a unit are.
                if let d = spec.weekday, spec.day == nil, let (last, e2) = neighbourWeekdays(t, after: d, at: q) {
                    return Point(spec: spec, start: start, end: e2, resume: e2, paired: .weekday(last))
                }
                if spec.weekend {
                    // `这周末晚上`: TIMEX3 has no part of a weekend; the part of day stays in its span.
                    complete = true
                    if let (_, e2) = partOfDay(t, at: q, short: false) { q = e2 }
                }
            }
            // `八月十五中秋节`, `正月十五元宵节`, `10月1日国庆节`: a month and day that the festival right
            // after them falls on are one mention with it. The written month and day keep deciding
            // the year (`12月25日圣诞节` on a January page is last December's); the festival only
            // extends the span, and says a date is lunar. Arabic digits write a Gregorian date,
            // so `8月15日中秋节` restates nothing.
            if afterDay, case .absolute(let m)? = spec.month, case .absolute(let d)? = spec.day, let (w, e) = wordAt(t, q),
               case .festival(let f, _) = w,
               f.falls(onMonth: m, day: d, lunar: spec.lunar || !(start..<q).contains(where: { numerals.isArabicDigit(t[$0]) }),
                       gregorian: !spec.lunar) {
                if case .lunar = f { spec.lunar = true }
                q = e
            }
            // `国庆节当天`, `10月1日当日`: the same day named again is one mention; a day
            // counted from it (`国庆节前一天`, `元旦后第三天`, `中秋节当晚`) is that day moved.
            // A closing quote may stand between a festival and its day (`“双十一”当天`).
            let shiftAt = spec.festival != nil ? afterClosingQuotes(t, q) : q
            if afterDay && (spec.day != nil || spec.festival != nil || spec.weekday != nil),
               let (k, pod, e) = dayShift(t, at: shiftAt) {
                spec.dayShift += k; q = e
                if let pod { spec.partOfDay = pod }
            }
            // `明天全天`, `周六一整天`: the whole of the day named is the day.
            if afterDay, let e = wholeDayWords.match(t, at: q) { q = e }
            // `明天的这个时候`: the reference's time of day on the day named.
            if afterDay, spec.day.isRelative || spec.offset?.sameDay == true,
               let e = sameTime(t, at: t.at(q) == possessive ? q + 1 : q) {
                spec.atReferenceTime = true; q = e; complete = true
            }
            // `星期天, 二月十号`: a weekday restated by the date after it (in parentheses, read below
            // with what follows them: `周二（3月8日）上午`).
            if afterDay && spec.weekday != nil && spec.week == nil && spec.month == nil, follows(t, q, .restatement),
               t.at(q) != restatementOpener,
               let date = point(t, at: q + (isSpace(t, q + 1) && !isSpace(t, q) ? 2 : 1), inherit: nil),
               date.spec.month != nil && date.spec.day != nil {
                return finish(date.spec, start: start, end: date.end, resume: date.resume, inherit: inherit)
            }
        }
        var resume = q
        var spanEnd = q
        if afterDay && (spec.day.isAbsolute || spec.day.isRelative), let (e, r, wd) = restatedWeekday(t, at: q) {
            spanEnd = e; resume = r; q = r
            // `18日（周五）`: a day alone keeps its weekday, which tells its month.
            if spec.day.isAbsolute, spec.month == nil, spec.year == nil, let wd { spec.weekday = wd }
        } else if afterDay, spec.weekday != nil, spec.week != nil, spec.day == nil, spec.partOfDay == nil, spec.clock == nil,
                  let (d, e) = day(t, at: q, spec: DateSpec()), case .absolute? = d.day, d.weekday == nil {
            // `这周日3号`, `下周一7号上午`: a weekday of a named week restated by its day alone, as in
            // parentheses (`下周一（7日）`); the weekday's date stands.
            q = e; spanEnd = e; resume = e
        } else if afterDay, spec.day.isRelative || spec.weekday != nil && spec.day == nil, let (date, e) = restatedDate(t, at: q) {
            // `昨天（12月6日）下午`, `下周二（3月15日）上午`: the date as written wins over the
            // counted one; a day alone (`明天（15号）`, `下周一（21日）`) leaves its month to it.
            if date.month != nil || date.year != nil { spec = date }
            q = e; spanEnd = e; resume = e
        }
        // `2021年06月14日 10:30`, `6 月 15 日 上午`: a clock or a part of day after a date and
        // one space is the date's.
        if !complete && afterDay && isSpace(t, q) {
            if let (c, e) = clock(t, at: q + 1, context: true) {
                spec.clock = c; q = e; spanEnd = e; resume = e
            } else if partOfDay(t, at: q + 1, short: false) != nil {
                q += 1
            }
        }
        // `明天的下午三点`, `今晚的十点`: 的 between a day and its part of day or clock (a bare
        // hour only where a clock stands alone: not `明天的三点要求`).
        if !complete && spec.clock == nil && afterDay && t.at(q) == possessive,
           partOfDay(t, at: q + 1, short: false) != nil || clock(t, at: q + 1, context: false) != nil {
            q += 1
        }
        if !complete && spec.clock == nil {
            let canShort = afterDay || inherit != nil
            var dawn = false
            var namedHour: Int?
            if let (pod, e) = partOfDay(t, at: q, short: canShort) {
                spec.partOfDay = pod.0
                spec.smallHours = pod.small
                dawn = pod.dawn
                namedHour = pod.hour
                q = e; spanEnd = e; resume = e
            }
            let context = afterDay || spec.partOfDay != nil || inherit != nil
            // `上午 10:30`, `早上 8 点`: one space between a part of day and its clock; `晚上的十点半`:
            // 的, as after a day (a bare hour only where a clock stands alone).
            var c0 = spec.partOfDay != nil && isSpace(t, q) && numerals.isArabicDigit(t.at(q + 1)) ? q + 1 : q
            // (The part of day is the sign a bare hour there needs, `明天晚上的七点有演出`, but not
            // before the noun a count of points names.)
            if spec.partOfDay != nil && t.at(q) == possessive,
               let (_, ce) = clock(t, at: q + 1, context: true), !follows(t, ce, .pointNoun) { c0 = q + 1 }
            // (Alone, only before 钟: `六七点钟`, not `三四点建议`.)
            if let (a, b, e) = neighbourPair(t, at: c0), b <= 24, has(t.at(e), .hourMark),
               context || spec.partOfDay != nil || clockSuffixes.match(t, at: e + 1) != nil || hourBeforeWord(t, c0, hour: a, oneInChinese: false, e + 1) {
                spec.clock = ClockSpec(hour: a, minute: 0)
                let end = clockSuffixes.match(t, at: e + 1) ?? e + 1
                return Point(spec: spec, start: start, end: end, resume: end, paired: .hour(b))
            }
            if case (var c, let e)? = clock(t, at: c0, context: context) {
                // `凌晨12点半` opens the day (00:30); `半夜12点` closes it.
                if c.hour == 12 && dawn { c.hour = 0 }
                spec.clock = c; q = e; spanEnd = e; resume = e
            } else if let h = namedHour, !spec.smallHours || spec.namesDay || inherit != nil {
                // 正午, 今晚午夜: the hour they name; an hour closing the day (午夜) only after
                // a day, else the night of the reference day (a past report's 午夜 is no future hour).
                spec.clock = ClockSpec(hour: h, minute: 0)
            }
        }
        if spec.isEmpty { return nil }
        return finish(spec, start: start, end: spanEnd, resume: max(resume, spanEnd), inherit: inherit)
    }

    /// Fills what a range end leaves out from the range start (`4月7日至9日`, `上午9时至11时`).
    private func finish(_ s: DateSpec, start: Int, end: Int, resume: Int, inherit: DateSpec?) -> Point? {
        guard var spec = Optional(s), !spec.isEmpty else { return nil }
        if let l = inherit {
            let hasDayLevel = spec.day != nil || spec.weekday != nil || spec.festival != nil || spec.week != nil
                || spec.offset != nil || spec.within != nil
            if !hasDayLevel && spec.month == nil && spec.year == nil && (spec.clock != nil || spec.partOfDay != nil) {
                spec.year = l.year; spec.month = l.month; spec.day = l.day; spec.week = l.week
                spec.weekday = l.weekday; spec.festival = l.festival; spec.offset = l.offset; spec.within = l.within
                // With the part of day goes whether it keeps small hours (`凌晨1时至6时`: six in the morning).
                if spec.partOfDay == nil { spec.partOfDay = l.partOfDay; spec.smallHours = l.smallHours }
            } else if spec.day.isAbsolute && spec.month == nil {
                spec.month = l.month; spec.year = l.year
            } else if spec.month != nil && spec.year == nil {
                spec.year = l.year
            } else if spec.weekday != nil && spec.week == nil && spec.day == nil {
                spec.week = l.week
            }
        }
        return Point(spec: spec, start: start, end: end, resume: resume)
    }

    // MARK: Components

    func wordAt(_ t: Text, _ q: Int) -> (TimeWord, Int)? {
        guard q < t.count, words.startsWord(t[q]) else { return nil }
        if t[q] == stackedPrefix, let stacked = stackedWord(t, q) { return stacked }
        guard wordPairs.mayStart(t, at: q), let (w, e) = words.longestMatch(in: t, at: q) else { return nil }
        if case .weekday = w, weekdayAt(t, e - 1) == nil { return nil }   // 周12, 周3次
        // `周六日均`, `周六日间`: a 日 that opens a word leaves Saturday alone.
        if case .weekend = w, let d = weekdayNames[t.at(e - 2)], dayNameWords.match(t, at: e - 1) != nil { return (.weekday(d), e - 1) }
        return (w, e)
    }

    /// True when a word of time follows a day mark at `q` (`5号起`, `20号前`, `12号上午`, `8号晚上7点`):
    /// what makes N号 after a street word a day, not a house number.
    private func dayFollows(_ t: Text, _ q: Int) -> Bool {
        dayMarkFollowers.match(t, at: q) != nil || partOfDay(t, at: q, short: false) != nil || clock(t, at: q, context: true) != nil
    }

    /// True when an activity done on a day or at an hour follows at `q`, perhaps after a run
    /// of adverbs (`上课`, `均正常营业`, `就起床`, `均将照常开放`: `TimeLexicon.dayActivities`,
    /// `TimeLexicon.activityAdverbs`). The run is the item's own: each position is walked for
    /// at most the item or clock right before it.
    func activityFollows(_ t: Text, at q: Int) -> Bool {
        var a = q
        while let e = activityAdverbs.match(t, at: a) { a = e }
        return follows(t, a, .activity)
    }

    /// True when a festival word starts at `p` (`十一`, `五一`).
    private func festivalWordAt(_ t: Text, _ p: Int) -> Bool {
        if case .festival? = wordAt(t, p)?.0 { return true }
        return false
    }

    /// True when a festival's follower starts at `c` and reaches past any not-a-time word there.
    private func festivalFollowerAt(_ t: Text, _ c: Int) -> Bool {
        follower(t, at: c, .festival).map { $0 >= (notTimeEnd(t, c) ?? 0) } ?? false
    }

    /// True when what follows a name-like festival word ending at `e` makes it the festival: a
    /// festival's follower (期间, 假期, 前夕 …) or its clause's end (`这个十一，`).
    private func festivalContextAt(_ t: Text, _ e: Int) -> Bool {
        let c = afterClosingQuotes(t, e)
        return festivalFollowerAt(t, c) || c >= t.count || (has(t.at(c), .punctuation) && t.at(c) != listSeparator)
    }

    /// True when a unit of a date or count stands at `e` (月, 日, 号, 年, 点, 时, 个): what a
    /// name-like festival word (十一, 五一) before it is, a number.
    private func numberUnitAt(_ t: Text, _ e: Int) -> Bool { has(t.at(e), .numberUnit) }

    /// A weekday written as its bare name (`三`, `日`) after a joiner or a range separator that
    /// ends as an item: at the end, before punctuation, a joiner, another such item or a time
    /// word (`周二、四。`, `周二、四上午`, `每周二和四`, `周一至三`). After `、` an item before other
    /// text is one too in a chain of bare items (`周一、三、五有课`) or as a 日 that opens no word
    /// (`本周六、日加班`; not `日常`); a lone digit before a character starts a word with it (`三楼`,
    /// `四川`, `二审`), and after 和, 与 a bare item is one only where it ends (`周三和五金`), unless
    /// what follows is an activity done on the day (`TimeLexicon.dayActivities`: `周一、三上课`). 天
    /// names Sunday only after its prefix.
    func listedWeekday(_ t: Text, at p: Int) -> Int? {
        guard p > 0, p < t.count, !numerals.isArabicDigit(t[p]), t[p] != sundayAlias, let d = weekdayNames[t[p]] else { return nil }
        let n = p + 1
        // Another bare item after 、 decides for the chain (`周一、二、三年级`: none).
        if n + 1 < t.count, t[n] == listSeparator, weekdayNames[t[n + 1]] != nil, !numerals.isArabicDigit(t[n + 1]) {
            return listedWeekday(t, at: n + 1) != nil ? d : nil
        }
        // `周一至五8:30-17:30`: a clock after the item ends it (its hours are a mention of their own).
        if numerals.isArabicDigit(t.at(n)), clock(t, at: n, context: true) != nil { return d }
        if n < t.count && (numerals.isNumeral(t[n]) || has(t[n], .zeroDigit)) { return nil }   // 二〇二一年
        if n >= t.count || has(t[n], .punctuation) || has(t[n], .clauseBreak) { return d }
        if has(t[n], .listJoiner) || listJoinerWords.match(t, at: n) != nil || partOfDay(t, at: n, short: false) != nil { return d }
        // `下周一、三上课`, `周一至五开放`, `周二、四均开放`: an activity after the item ends it.
        if activityFollows(t, at: n) { return d }
        guard t[p - 1] == listSeparator else { return nil }
        let u = t[n]
        if numerals.isNumeral(u) || has(u, .zeroDigit) || has(u, .dayMark) || has(u, .hourMark) || u == monthMark || u == yearMark
            || durationUnits.longestMatch(in: t, at: n) != nil || follows(t, n, .quantity) || wordAt(t, p) != nil { return nil }
        let chained = p >= 3 && t[p - 3] == listSeparator && weekdayNames[t[p - 2]] != nil
        if numerals.isNumeral(t[p]) { return chained ? d : nil }
        return dayNameWords.match(t, at: p) == nil ? d : nil
    }

    /// True when the weekday name at `i` (日, 天) after a week word is the first character of a
    /// word instead (`下周天气`, `这周天天加班`, `上周日益`): not for a word whose second character
    /// usually opens a word after a weekday (`上星期天下午`, `下周日报名`), nor where another such
    /// word starts right after the name (`上个星期天天气`: Sunday's weather).
    func dayNameWordWins(_ t: Text, _ i: Int) -> Bool {
        guard dayNameWords.match(t, at: i) != nil, weekdayFirstWords.match(t, at: i) == nil else { return false }
        return dayNameWords.match(t, at: i + 1) == nil || weekdayFirstWords.match(t, at: i + 1) != nil
    }

    /// The weekday named by the scalar at `i` (`一`…`日`, or an Arabic digit standing alone:
    /// not `周12`, `周3.5`, `周3次`, nor a digit that opens a range or list of counts ending in
    /// a unit: `每周2至3次`, `每周1-2次`, `每周3、4次`, `每周2到3天`; a Chinese digit before
    /// a pure times counter after a counted week: `一周三次`).
    func weekdayAt(_ t: Text, _ i: Int) -> Int? {
        guard let d = weekdayNames[t.at(i)] else { return nil }
        if numerals.isArabicDigit(t.at(i)) {
            let n = t.at(i + 1)
            if numerals.isArabicDigit(n) || n == 0x2E || follows(t, i + 1, .quantity) { return nil }
            if let s = separator(t, at: i + 1) ?? (n == listSeparator ? i + 2 : nil) {
                var j = s
                while numerals.isArabicDigit(t.at(j)) { j += 1 }
                if j > s && follows(t, j, .quantity) { return nil }
            }
        } else if numerals.isNumeral(t.at(i)), let c = pureTimesCounters.match(t, at: i + 1), wordAt(t, i + 1) == nil {
            // 一周三次, 每周一次, `周一次。`: how often, when the week is itself counted or each, or
            // the counter closes its clause (not 周一次日, nor 周五次第开放).
            let w = [2, 1].first { i - $0 >= 0 && weekdayPrefixWords.match(t, at: i - $0) == i }.map { i - $0 } ?? i
            if numerals.isNumeral(t.at(w - 1)) || t.at(w - 1) == everyWord || c >= t.count || has(t[c], .punctuation) { return nil }
        }
        return d
    }

    /// `大大前天`, `大大后年`: a day or year word two or more away, with more 大 before it.
    private func stackedWord(_ t: Text, _ q: Int) -> (TimeWord, Int)? {
        var i = q + 1
        while i < t.count && t[i] == stackedPrefix {
            if let (w, e) = words.longestMatch(in: t, at: i) {
                let extra = i - q
                switch w {
                case .relativeDay(let k) where abs(k) >= 2: return (.relativeDay(k + k.signum() * extra), e)
                case .relativeYear(let k) where abs(k) >= 2: return (.relativeYear(k + k.signum() * extra), e)
                default: break
                }
            }
            i += 1
        }
        return nil
    }

    /// A day counted from the day just named: `当天`, `前一天`, `第二天`, `当晚` (with its part
    /// of day), `前三天`, `后两天`, `后第三天`; `的` may stand between.
    private func dayShift(_ t: Text, at q: Int) -> (Int, PartOfDay?, Int)? {
        let s = t.at(q) == possessive ? q + 1 : q
        // `元旦那天`, `圣诞节前夕`: the day named again, or its eve.
        if s < t.count, dayRestatements.startsWord(t[s]), let m = dayRestatements.longestMatch(in: t, at: s) {
            return (m.value, nil, m.end)
        }
        if let (w, e) = wordAt(t, s) {
            switch w {
            case .anaphoricDay(let k, false): return (k, nil, e)
            case .dayWithPartOfDay(.anaphoric(let k), let pod): return (k, pod, e)
            default: break
            }
        }
        // `国庆节第三天`: the nth day counted from it (its first day).
        if let (n, e) = ordinal(t, at: s, unit: dayWordForOrdinal) { return (n - 1, nil, e) }
        let sign = t.at(s) == deadlineMark ? -1 : t.at(s) == lastMark ? 1 : 0
        guard sign != 0 else { return nil }
        let c = t.at(s + 1) == ordinalPrefix && sign > 0 ? s + 2 : s + 1
        guard let n = numerals.read(t, at: c), n.value > 0 else { return nil }
        if dayWordForOrdinal.match(t, at: n.end) != nil { return (sign * n.value, nil, n.end + 1) }
        // `春节前一周`, `国庆节后两个星期`: a count of weeks moves it by seven days each.
        if c == s + 1, let w = weekWords.match(t, at: n.end), weekdayAt(t, w) == nil {
            return (sign * 7 * n.value, nil, w)
        }
        return nil
    }

    /// A season alone is a time only at the end of its phrase (`春季森林防灭火` is a label).
    private func seasonStands(_ t: Text, at e: Int) -> Bool {
        boundary(t, e) || follows(t, e, .season)
    }

    /// `YYYY-MM-DD`, `YYYY/M/D`, `YYYY.M.D`, `YYYYMMDD`, `YYYY MM DD`, `M/D号`; a clock may follow.
    private func numericDate(_ t: Text, at p: Int) -> (DateSpec, Int)? {
        guard numerals.isArabicDigit(t[p]) else { return nil }
        let run = numerals.arabicRunEnd(t, from: p)
        let len = run - p
        var spec = DateSpec()
        if len == 8, let y = numerals.readFixed(t, at: p, count: 4), (1900...2099).contains(y),
           let m = numerals.readFixed(t, at: p + 4, count: 2), let d = numerals.readFixed(t, at: p + 6, count: 2),
           CalendarDate(year: y, month: m, day: d) != nil, !has(t.at(run), .letter) {
            spec.year = .absolute(y); spec.month = .absolute(m); spec.day = .absolute(d)
            return (spec, run)
        }
        if len == 4, let y = numerals.readFixed(t, at: p, count: 4), (1000...2999).contains(y) {
            let sep = t.at(run)
            let spaced = sep == TimeScanner.space
            guard has(sep, .numericDateSeparator) || spaced else { return nil }
            let mEnd = numerals.arabicRunEnd(t, from: run + 1)
            guard (1...2).contains(mEnd - run - 1) || (spaced && mEnd - run - 1 == 2),
                  let m = numerals.readFixed(t, at: run + 1, count: mEnd - run - 1), (1...12).contains(m) else { return nil }
            let sep2 = t.at(mEnd)
            // `2004.07`, `2006-11`: a year and month without a day, when the month has two
            // digits or a range follows (`2004.7-2006.11`); not an amount (`2004.07万`).
            let mLen = mEnd - run - 1
            let nextRun = numerals.arabicRunEnd(t, from: mEnd + 1) - mEnd - 1
            if !spaced && (!has(sep2, .numericDateSeparator) || nextRun == 0 || (nextRun == 4 && sep2 != sep)) {
                // The end of a range (`2020.3-2021.5`) may have one month digit too.
                let rangeEnd = (1...2).contains { k in p - k >= 0 && rangeSeparators.match(t, at: p - k) == p }
                guard mLen == 2 || separator(t, at: mEnd) != nil || rangeEnd, !follows(t, mEnd, .quantity), !has(sep2, .letter),
                      !has(sep2, .dayMark), sep2 != monthMark, sep2 != clockSeparator else { return nil }
                spec.year = .absolute(y); spec.month = .absolute(m)
                return (spec, mEnd)
            }
            guard spaced ? sep2 == TimeScanner.space : has(sep2, .numericDateSeparator) else { return nil }
            let dRun = numerals.arabicRunEnd(t, from: mEnd + 1)
            let dLen = min(2, dRun - mEnd - 1)
            guard dLen >= 1, let d = numerals.readFixed(t, at: mEnd + 1, count: dLen),
                  CalendarDate(year: y, month: m, day: d) != nil else { return nil }
            spec.year = .absolute(y); spec.month = .absolute(m); spec.day = .absolute(d)
            var e = mEnd + 1 + dLen
            // `2021-06-15T09:30:00`: ISO 8601's date and time.
            if !spaced && t.at(e) == 0x54 && numerals.isArabicDigit(t.at(e + 1)), let (c, ce) = colonClock(t, at: e + 1) {
                spec.clock = c; return (spec, ce)
            }
            if dRun > e {
                // `2021-09-0910:09`: the day is two digits, a clock follows at once.
                guard let (c, ce) = clock(t, at: e, context: true) else { return nil }
                spec.clock = c; e = ce
            } else if isSpace(t, e), numerals.isArabicDigit(t.at(e + 1)), let (c, ce) = colonClock(t, at: e + 1) {
                spec.clock = c; e = ce
            } else if t.at(e) == sep && numerals.isArabicDigit(t.at(e + 1)) {
                return nil   // a longer dotted or dashed number (an address, a version); another separator starts a range
            }
            return (spec, e)
        }
        // `6.15-6.17`, `6/15至6/20`: a month and day written with a dot or slash, no year and no
        // day mark, only as an end of a range of two so written (alone they are decimals,
        // fractions and scores).
        if (1...2).contains(len), let (m, d, e) = bareMonthDay(t, at: p), pairedMonthDay(t, start: p, end: e) {
            spec.month = .absolute(m); spec.day = .absolute(d)
            return (spec, e)
        }
        if (1...2).contains(len), t.at(run) == 0x2F, let m = numerals.readFixed(t, at: p, count: len), (1...12).contains(m) {
            let dRun = numerals.arabicRunEnd(t, from: run + 1)
            guard (1...2).contains(dRun - run - 1), has(t.at(dRun), .dayMark),
                  let d = numerals.readFixed(t, at: run + 1, count: dRun - run - 1), (1...31).contains(d) else { return nil }
            spec.month = .absolute(m); spec.day = .absolute(d)
            return (spec, dRun + 1)
        }
        return nil
    }

    /// `6.15`, `6/15`: one or two digits of a month, a dot or slash, one or two digits of a
    /// day, nothing numeric, no letter and no unit after them.
    private func bareMonthDay(_ t: Text, at p: Int) -> (Int, Int, Int)? {
        guard numerals.isArabicDigit(t.at(p)), !numerals.isArabicDigit(t.at(p - 1)) else { return nil }
        let run = numerals.arabicRunEnd(t, from: p)
        let sep = t.at(run)
        guard (1...2).contains(run - p), bareMonthDaySeparators.contains(value: sep),
              let m = numerals.readFixed(t, at: p, count: run - p), (1...12).contains(m) else { return nil }
        let dRun = numerals.arabicRunEnd(t, from: run + 1)
        guard (1...2).contains(dRun - run - 1), let d = numerals.readFixed(t, at: run + 1, count: dRun - run - 1),
              CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
        let next = t.at(dRun)
        if next == sep || numberContinuations.contains(value: next) || has(next, .letter) || follows(t, dRun, .quantity) { return nil }
        return (m, d, dRun)
    }

    /// True when the bare month and day at `start..<end` opens or closes a range whose other
    /// end is one too, written with the same mark, later within the same month or in the next
    /// month on an earlier day (`6.15-6.17`, `6.28-7.3`, `12.31至1.3`); not values that range
    /// (`5.5-6.5`, `1/3-2/3`, `约1/4-2/3`, `3.1-3.5之间`, `1.10-1.12版本`).
    private func pairedMonthDay(_ t: Text, start: Int, end: Int) -> Bool {
        func ordered(_ a: Int, _ b: Int) -> Bool {
            guard t.at(numerals.arabicRunEnd(t, from: a)) == t.at(numerals.arabicRunEnd(t, from: b)),
                  let (m1, d1, _) = bareMonthDay(t, at: a), let (m2, d2, e2) = bareMonthDay(t, at: b) else { return false }
            let after = skippingSpace(t, e2)
            if valueRangeWords.match(t, at: after) != nil || valueRangeWords.endsAt(t, a) {
                return false
            }
            return (m2 == m1 && d2 > d1) || (m2 == m1 % 12 + 1 && d2 < d1)
        }
        if let s = separator(t, at: end), ordered(start, s) { return true }
        if let s0 = bareMonthDayStart(t, before: start), ordered(s0, start) { return true }
        return false
    }

    /// Where a bare month and day begins that ends at a range separator ending at `p`.
    private func bareMonthDayStart(_ t: Text, before p: Int) -> Int? {
        var e = backOverSpace(t, p)
        guard let k = [2, 1].first(where: { e - $0 >= 0 && rangeSeparators.match(t, at: e - $0) == e }) else { return nil }
        e -= k
        e = backOverSpace(t, e)
        var j = e
        while numerals.isArabicDigit(t.at(j - 1)) { j -= 1 }
        guard j < e, bareMonthDaySeparators.contains(value: t.at(j - 1)) else { return nil }
        var s = j - 1
        while numerals.isArabicDigit(t.at(s - 1)) { s -= 1 }
        return s < j - 1 ? s : nil
    }

    /// The day and its end of `年初N` after a 年初 ending at `e`: a day of the first ten where the
    /// numeral ends its word, or ends a range from a lunar day.
    private func lunarNewYearDay(_ t: Text, after e: Int, inherit: DateSpec?) -> (Int, Int)? {
        guard t.at(e - 1) == lunarDayPrefix, let n = numerals.read(t, at: e), !n.isArabic, (1...10).contains(n.value),
              inherit?.lunar == true || lunarNewYearDayEnds(t, at: n.end) else { return nil }
        return (n.value, n.end)
    }

    /// True when the numeral of `年初N` ending at `q` ends its word: the clause or text ends,
    /// a start (`年初六起`), a range to another `年初N`, a part of day or `那天` follows.
    private func lunarNewYearDayEnds(_ t: Text, at q: Int) -> Bool {
        if q >= t.count || has(t[q], .punctuation) || rangeStartWords.match(t, at: q) != nil { return true }
        if partOfDay(t, at: q, short: false) != nil || dayRestatements.longestMatch(in: t, at: q) != nil { return true }
        if let s = separator(t, at: q), case .yearPart(.yearStart)? = wordAt(t, s)?.0 { return true }
        return false
    }

    /// `坚守岗位23年。`: two digits and 年 closing a clause after a word count years; a short
    /// year stands before what happened in it (`08年入伍`, `23年底`) or closes a clause after
    /// a word of time (`成立于98年。`).
    private func closesPhrase(_ t: Text, _ e: Int) -> Bool {
        e >= t.count || has(t[e], .clauseBreak) || has(t[e], .punctuation)
    }

    /// `他教了15年书`, `开了12年出租车`: two digits and 年 right after a verb's 了 are the
    /// stretch the act lasted, unless a month or a part of the year follows (`到了21年3月`).
    private func completedStretch(_ t: Text, _ p: Int, _ e: Int) -> Bool {
        guard p > 0, t[p - 1] == perfectiveMark else { return false }
        return month(t, at: e) == nil && yearPart(t, at: e) == nil
    }

    private func countsYears(_ t: Text, _ p: Int, _ e: Int) -> Bool {
        guard p > 0, closesPhrase(t, e),
              let before = Unicode.Scalar(t[p - 1]) else { return false }
        return ScalarClass.isHan(before) && !has(t[p - 1], .shortYearOpener)
    }

    /// `2021年`, `二〇二一年`, `91年`, `今年`; a bare `2018` only where it stands alone.
    private func year(_ t: Text, at p: Int, rangeEnd: Bool = false) -> (DateSpec.Year, Int)? {
        if let n = numerals.read(t, at: p) {
            var unit = unitAfter(t, n, yearMark)
            // `2019财年`, `2021学年`: a kind of year, the same year.
            if yearKindMarks.contains(t.at(unit)) && t.at(unit + 1) == yearMark && (n.digits == 4 || n.digits == 2) { unit += 1 }
            if t.at(unit) == yearMark {
                let e = unit + (t.at(unit + 1) == fiscalYearMark ? 2 : 1)
                // `民国110年`, `公元618年`: a year of the era named right before it.
                if n.value > 0, let offset = era(t, before: p) { return offset.map { (.absolute($0 + n.value), e) } }
                // 80年代; 三四年级, 18年份: a label, no year.
                if yearDecade.match(t, at: unit) != nil || notTimeAt(t, unit) { return nil }
                if n.isArabic {
                    switch n.digits {
                    case 4: return (.absolute(n.value), e)
                    // Three digits count years closing a clause after a word (建校120年。); before 的
                    // they are a year (建于960年的古桥) unless a verb of having frames them (有着110年的历史).
                    case 3: return n.value % 100 == 0 || follows(t, e, .yearSpan) || countsYears(t, p, e)
                        ? nil : (.absolute(n.value), e)
                    case 2: return follows(t, e, .yearSpan) || countsYears(t, p, e) || completedStretch(t, p, e) ? nil : (.twoDigit(n.value), e)
                    default: return nil
                    }
                }
                switch n.digits {
                case 4: return (.absolute(n.value), e)
                // 两三年 counts years: a counting digit spells no year.
                // `干了五六年`: neighbouring digits after a verb's 了 count years, as two Arabic digits do.
                case 2: return follows(t, e, .yearSpan) || numerals.isCountingDigit(t[p])
                    || completedStretch(t, p, e) && neighbourPair(t, at: p) != nil ? nil : (.twoDigit(n.value), e)
                case 0:
                    // 两千零八年, 二千零二十一年: a year read as a number; a round 两千年 is one
                    // when a month follows or when it closes its phrase with no word counting
                    // before it (`两千年，`, `在两千年。`; not `已有两千年。`, `两千年的历史`).
                    guard (1000...2999).contains(n.value), !follows(t, e, .yearSpan),
                          n.value % 1000 != 0 || month(t, at: e) != nil || closesPhrase(t, e) && !countsYears(t, p, e)
                    else { return nil }
                    return (.absolute(n.value), e)
                default: return nil
                }
            }
            // `2021—2025年`: a range start borrowing its unit.
            if n.digits == 4, danglingUnit(t, after: n.end) == yearMark { return (.absolute(n.value), n.end) }
            // `从2012到2015`, `2012-2015`: two bare years make a span of years.
            if n.isArabic && n.digits == 4 && (1900...2099).contains(n.value), let s = separator(t, at: n.end),
               let right = bareYear(t, at: s), right > n.value { return (.absolute(n.value), n.end) }
            if rangeEnd, let v = bareYear(t, at: p) { return (.absolute(v), n.end) }
            // A bare year: `2018 看起来是一个年份`.
            if n.isArabic && n.digits == 4 && (1900...2099).contains(n.value) && (p == 0 || has(t[p - 1], .punctuation))
                && (n.end >= t.count || (isSpace(t, n.end) && !numerals.isArabicDigit(t.at(n.end + 1)))) {
                return (.absolute(n.value), n.end)
            }
            return nil
        }
        if let (w, e) = wordAt(t, p) {
            if case .relativeYear(let k) = w { return (.relative(k), e) }
            if case .anaphoricYear(let k) = w { return (.anaphoric(k), e) }
        }
        return nil
    }

    /// `去年的那个夏天`, `四年前的那个秋天`: after 的 (at `q2`, past `q`) a demonstrative may
    /// stand before a season.
    func demonstratedSeason(_ t: Text, _ q: Int, _ q2: Int) -> (DateSpec.Within, Int)? {
        guard q2 > q, let d = partDemonstratives.match(t, at: q2), let (w, e) = yearPart(t, at: d), case .season = w else { return nil }
        return (w, e)
    }

    func yearPart(_ t: Text, at q: Int) -> (DateSpec.Within, Int)? {
        guard q < t.count, yearParts.startsWord(t[q]), let (w, e) = yearParts.longestMatch(in: t, at: q) else { return nil }
        // `2019年秋`: a one-character season ends its phrase or a range end; a longer word wins (2019年春节, 夏至).
        if case .season = w, e == q + 1 {
            if let (_, we) = wordAt(t, q), we > e { return nil }
            guard seasonStands(t, at: e) || separator(t, at: e) != nil else { return nil }
        }
        return (w, e)
    }

    /// A one-character season and the season word of the next one (`秋冬季`, `春夏天`): both seasons
    /// and the end.
    func seasonPair(_ t: Text, at q: Int) -> (Season, Season, Int)? {
        guard q < t.count, yearParts.startsWord(t[q]), case (.season(let a), let e)? = yearParts.longestMatch(in: t, at: q), e == q + 1,
              case (.season(let b), let e2)? = steppedSeason(t, at: e), b.firstMonth == a.firstMonth + 3 else { return nil }
        return (a, b, e2)
    }

    /// A season word of two characters or more (`冬天`, `春季`, `盛夏`) at `q`, after a step.
    func steppedSeason(_ t: Text, at q: Int) -> (DateSpec.Within, Int)? {
        guard q < t.count, yearParts.startsWord(t[q]), let (w, e) = yearParts.longestMatch(in: t, at: q), e - q >= 2,
              case .season = w else { return nil }
        return (w, e)
    }

    func monthPart(_ t: Text, at q: Int) -> (DateSpec.Within, Int)? {
        guard q < t.count, monthParts.startsWord(t[q]), let (w, e) = monthParts.longestMatch(in: t, at: q) else { return nil }
        return (w, e)
    }

    /// `一季度`, `第一季度`, `Q1`; not `一季度一观摩` (a frequency) nor `第三季` (a series).
    private func quarter(_ t: Text, at q: Int) -> (Int, Int)? {
        if t.at(q) == quarterLatin, !has(t.at(q - 1), .letter), let n = numerals.read(t, at: q + 1), n.isArabic, n.digits == 1, (1...4).contains(n.value) {
            return (n.value, n.end)
        }
        if t.at(q) == firstMark, let e = quarterWord.match(t, at: q + 1) { return (1, e) }   // 首季度
        let s = t.at(q) == ordinalPrefix ? q + 1 : q
        // 第一个季度: the measure word only after 第.
        guard let n = numerals.read(t, at: s), (1...4).contains(n.value) else { return nil }
        guard let e = quarterWord.match(t, at: s > q && t.at(n.end) == measureWord ? n.end + 1 : n.end) else {
            // `一至三季度`, `1-3季度`, `第一至第三季度`: a range start borrowing 季度 from its end;
            // `三、四季度`, `第二、三季度`: a list item from the next.
            // (`一、二、三季度`: through a chain of listed numbers, rising, to the one 季度.)
            if countedListUnit(t, s, after: n.end) == .quarter { return (n.value, n.end) }   // 三、四两个季度
            var sep = separator(t, at: n.end) ?? (t.at(n.end) == listSeparator ? n.end + 1 : nil)
            var last = n.value
            while let s0 = sep {
                let s2 = t.at(s0) == ordinalPrefix ? s0 + 1 : s0
                guard let m = numerals.read(t, at: s2), m.value > last, m.value <= 4 else { return nil }
                if quarterWord.match(t, at: m.end) != nil { return (n.value, n.end) }
                guard t.at(m.end) == listSeparator else { return nil }
                last = m.value; sep = m.end + 1
            }
            return nil
        }
        if t.at(e) == frequencyRepeat && !numerals.isNumeral(t.at(e + 1)) && !has(t.at(e + 1), .punctuation) { return nil }
        return (n.value, e)
    }

    /// `第三季度的第一个月`, `四季度最后一天`, `三季度最后一周`, `二季度第一周`, `下季度第一天`:
    /// a month, day or week inside a quarter (not after an edge: 二季度末), read as the same
    /// inside that month; `month` names the quarter's nth month (1–3).
    private func insideQuarter(_ t: Text, at e: Int, _ spec: inout DateSpec, months: Int = 3, month: (Int) -> DateSpec.Month) -> Int? {
        let w = t.at(e) == possessive ? e + 1 : e
        if let (n, e2) = ordinal(t, at: w, unit: monthWordForOrdinal), (1...months).contains(n) {
            spec.within = nil; spec.month = month(n); return e2
        }
        if let (n, e2) = ordinalWeek(t, at: w), n == 1 {
            spec.within = nil; spec.month = month(1); spec.week = .ordinal(1); return e2
        }
        // The nth day of the first month, where every month has it.
        if let (n, e2) = ordinal(t, at: w, unit: dayWordForOrdinal), n <= 28 {
            spec.within = nil; spec.month = month(1); spec.day = .absolute(n); return e2
        }
        guard let (unit, e2) = lastOf(t, at: w) else { return nil }
        switch unit {
        case .month: spec.month = month(months)
        case .week: spec.month = month(months); spec.week = .ordinal(-1)
        case .day: spec.month = month(months); spec.within = .monthEnd; return e2
        default: return nil
        }
        spec.within = nil
        return e2
    }

    /// A quarter and the edge written after it (`二季度末`, `三季度初`).
    private func quarterEdge(_ t: Text, _ n: Int, at e: Int) -> (DateSpec.Within, Int) {
        guard e < t.count, periodEdges.startsWord(t[e]), let m = periodEdges.longestMatch(in: t, at: e) else { return (.quarter(n), e) }
        return (.quarterEdge(n, m.value), m.end)
    }

    /// `前N个月`, `前两个季度` (in months) after a year; `前4天` after a month; with `后`,
    /// the last ones (`后两个月`). A negative count is counted from the end.
    private func firstUnits(_ t: Text, at q: Int, days: Bool) -> (Int, Int)? {
        // `最后三天`, `最后两个月`: the last ones, as 后.
        // (最后一个月 is the last month itself, read by `lastOf`.)
        if t.at(q + 1) == lastMark, let l = lastWord.match(t, at: q), (numerals.read(t, at: l)?.value ?? 0) > 1,
           let (n, e) = leadingUnits(t, at: l - 1, days: days) {
            return (-n, e)
        }
        guard let (n, e) = leadingUnits(t, at: q, days: days) else { return nil }
        return (t.at(q) == lastMark ? -n : n, e)
    }

    private func leadingUnits(_ t: Text, at q: Int, days: Bool) -> (Int, Int)? {
        guard t.at(q) == deadlineMark || t.at(q) == lastMark || t.at(q) == headMark,
              let n = numerals.read(t, at: q + 1), n.value > 0 else { return nil }
        var e = n.end
        if t.at(e) == measureWord { e += 1 }
        guard let (unit, ue) = durationUnits.longestMatch(in: t, at: e).map({ ($0.value, $0.end) }) else {
            if !days, t.at(n.end) == measureWord, t.at(n.end + 1) == monthMark { return (n.value, n.end + 2) }
            // `今年前2月`, `2022年前10月` (statistics): after a year 个 may be left out.
            if !days, t.at(n.end) == monthMark, (1...11).contains(n.value) { return (n.value, n.end + 1) }
            return nil
        }
        if days { return unit == .day ? (n.value, ue) : nil }
        switch unit {
        case .quarter: return (n.value * 3, ue)
        default: break
        }
        if t.at(e) == monthMark { return (n.value, e + 1) }
        return nil
    }

    /// `第二个周末`, `最后一个周末`, `下周末`: 末 after a week word names its weekend; where the
    /// week word ends, after 末 if it stands there.
    private func weekendAfter(_ t: Text, _ e: Int, _ spec: inout DateSpec) -> Int {
        guard let we = weekendSuffixes.match(t, at: e), dayNameWords.match(t, at: we - 1) == nil else { return e }
        spec.weekend = true
        return we
    }

    /// `第N周`, `第二个星期`.
    private func ordinalWeek(_ t: Text, at q: Int) -> (Int, Int)? {
        // `头一周`, `头一个星期`: the first (头 with a larger count is the first ones: `头两周`).
        let head = t.at(q) == headMark && numerals.read(t, at: q + 1)?.value == 1
        guard t.at(q) == ordinalPrefix || head, let n = numerals.read(t, at: q + 1), (1...53).contains(n.value),
              let e = weekWords.match(t, at: t.at(n.end) == measureWord ? n.end + 1 : n.end) else { return nil }
        if weekdayAt(t, e) != nil { return nil }   // 第一个星期一 is a weekday
        return (n.value, e)
    }

    /// `倒数第N` + a unit word (`倒数第二天`): N counted from the end, as a negative number.
    func countdown(_ t: Text, at q: Int, unit: WordList) -> (Int, Int)? {
        guard let c = countdownWord.match(t, at: q), let (n, e) = ordinal(t, at: c, unit: unit) else { return nil }
        return (-n, e)
    }

    /// `第N` + a unit word (`第一天`, `第8个月`).
    func ordinal(_ t: Text, at q: Int, unit: WordList) -> (Int, Int)? {
        guard t.at(q) == ordinalPrefix, let n = numerals.read(t, at: q + 1), n.value > 0,
              let e = unit.match(t, at: n.end) else { return nil }
        return (n.value, e)
    }

    /// `最后一周`, `最后一个月`, `最后一个季度`, `最后一天`: the last unit of a year or month.
    func lastOf(_ t: Text, at q: Int) -> (CalendarUnit, Int)? {
        guard let l = lastMarkers.match(t, at: q) else { return nil }
        var e = l
        if t.at(e) == measureWord { e += 1 }
        if let w = weekWords.match(t, at: e), weekdayAt(t, w) == nil { return (.week, w) }
        if t.at(e) == monthMark { return (.month, e + 1) }
        if let m = monthWordForOrdinal.match(t, at: e) { return (.month, m) }
        if let m = quarterWord.match(t, at: e) { return (.quarter, m) }
        if let m = dayWordForOrdinal.match(t, at: e) { return (.day, m) }
        return nil
    }

    /// `第一个星期一`, `最后一个星期一` inside a month.
    func nthWeekday(_ t: Text, at q: Int) -> (Int, Int, Int)? {
        var n: Int
        var e: Int
        if let l = lastMarkers.match(t, at: q) { n = -1; e = l }
        else if t.at(q) == ordinalPrefix, let num = numerals.read(t, at: q + 1), (1...5).contains(num.value) {
            n = num.value; e = num.end
            if t.at(e) == measureWord { e += 1 }
        } else { return nil }
        if t.at(e) == measureWord { e += 1 }
        guard let (w, we) = wordAt(t, e), case .weekday(let d) = w else { return nil }
        return (n, d, we)
    }

    /// `4月`, `四月`, `7月份`, `本月`; `2——4月` (a range start borrowing its unit).
    private func month(_ t: Text, at q: Int) -> (DateSpec.Month, Int)? {
        if let n = numerals.read(t, at: q), (1...12).contains(n.value), n.digits <= 2 {
            if n.isArabic == false && n.digits > 1 { return nil }
            if numerals.isCountingDigit(t[q]) { return nil }   // 仨月, 两月: three, two months
            var e: Int
            let unit = unitAfter(t, n, monthMark)
            if notTimeAt(t, unit) { return nil }   // 6月刊, 3月薪
            if t.at(unit) == monthMark { e = unit + 1 }
            else if danglingUnit(t, after: n.end) == monthMark || countedListUnit(t, q, after: n.end) == .month {
                return (.absolute(n.value), n.end)
            }
            else { return nil }
            if t.at(e) == monthSuffix { e += 1 }
            if n.value == 1 && t.at(e) == frequencyRepeat && !numerals.isNumeral(t.at(e + 1)) && !has(t.at(e + 1), .dayMark)
                && !boundary(t, e + 1) { return nil }
            return (.absolute(n.value), e)
        }
        if let (w, e) = wordAt(t, q) {
            if case .relativeMonth(let k) = w { return (.relative(k), e) }
            if case .anaphoricMonth(let k) = w { return (.anaphoric(k), e) }
        }
        return nil
    }

    /// Where `unit` after an Arabic number stands when it is that unit: right after it, or
    /// after one space (`2023 年`, `7 月`), as typeset pages write it.
    func unitAfter(_ t: Text, _ n: NumeralReader.Numeral, _ unit: UInt32) -> Int {
        let u = spacedUnit(t, n)
        return t.at(u) == unit ? u : n.end
    }

    /// Where the mark after an Arabic number stands: right after it, or after one space
    /// (`15 日`, `8 点`, `20 分`), as typeset pages and chat write it.
    func spacedUnit(_ t: Text, _ n: NumeralReader.Numeral) -> Int {
        n.isArabic && isSpace(t, n.end) && !numerals.isNumeral(t.at(n.end + 1)) && !isSpace(t, n.end + 1) ? n.end + 1 : n.end
    }

    /// An Arabic number after one space, when its mark follows it (`8 点 20 分`).
    func spacedNumber(_ t: Text, at q: Int, before mark: UInt32) -> NumeralReader.Numeral? {
        guard isSpace(t, q), numerals.isArabicDigit(t.at(q + 1)), let n = numerals.read(t, at: q + 1),
              t.at(spacedUnit(t, n)) == mark else { return nil }
        return n
    }

    /// One space or 的 between a year and its month (`2019年 7月`, `今年的3月`): where the month starts.
    func joined(_ t: Text, _ q: Int) -> Int {
        (isSpace(t, q) || t.at(q) == possessive) && numerals.isNumeral(t.at(q + 1)) ? q + 1 : q
    }

    /// A range separator at `q`, with a space on either side or none (`2003 — 2005年`): its end.
    func separator(_ t: Text, at q: Int) -> Int? {
        let a = skippingSpace(t, q)
        guard let e = rangeSeparators.match(t, at: a) else { return nil }
        return skippingSpace(t, e)
    }

    /// A four-digit year written without 年 that ends its number (`2015` in `2012到2015`),
    /// not a part of a date, an amount or a code.
    private func bareYear(_ t: Text, at p: Int) -> Int? {
        guard let n = numerals.read(t, at: p), n.isArabic, n.digits == 4, (1900...2099).contains(n.value) else { return nil }
        let u = t.at(n.end)
        if has(u, .numericDateSeparator) || u == clockSeparator || has(u, .letter) || follows(t, n.end, .quantity)
            || has(u, .dayMark) || has(u, .hourMark) || u == monthMark || u == yearMark || numerals.isNumeral(u) { return nil }
        return n.value
    }

    /// The unit a list of numbers takes from a count of its items after it (`7、8两个月`,
    /// `三、四两个季度`): months or quarters, for an item of a list (from `p` to `e`) whose
    /// items after it are no more than the count.
    private func countedListUnit(_ t: Text, _ p: Int, after e: Int) -> CalendarUnit? {
        var items = 1, q = e
        while items < 12, t.at(q) == listSeparator, let m = numerals.read(t, at: q + 1) { items += 1; q = m.end }
        guard items > 1 || t.at(p - 1) == listSeparator, let c = numerals.read(t, at: q), c.value >= items, c.value <= 12 else {
            return nil
        }
        let u = t.at(c.end) == measureWord ? c.end + 1 : c.end
        // `2、3两个月饼`: the unit's character opening a word is no unit; `第1、2两个月`: ordinals
        // listed after 第 count months of something else, no calendar months.
        if notTimeAt(t, u) || ordinalList(t, p) { return nil }
        if t.at(u) == monthMark { return .month }
        return quarterWord.match(t, at: u) != nil ? .quarter : nil
    }

    /// True when the list of numbers whose item starts at `p` opens with 第 (`第1、2、3`); looks
    /// back over at most twelve items, as the list is read forward.
    private func ordinalList(_ t: Text, _ p: Int) -> Bool {
        var b = p
        for _ in 0..<12 {
            guard t.at(b - 1) == listSeparator, numerals.isNumeral(t.at(b - 2)) else { break }
            b -= 2
            while numerals.isNumeral(t.at(b - 1)) { b -= 1 }
        }
        return t.at(b - 1) == ordinalPrefix
    }

    /// The unit of the number after a range separator: `2——4月` lends `月` to the `2`.
    private func danglingUnit(_ t: Text, after e: Int) -> UInt32? {
        guard let s = separator(t, at: e) ?? (t.at(e) == listSeparator ? e + 1 : nil), let n = numerals.read(t, at: s) else { return nil }
        let u = t.at(n.end)
        // `三、四号楼`, `1、2号线`: the unit opens a label, which the item before borrows too.
        if notTimeAt(t, n.end) { return nil }
        return u == monthMark || u == yearMark || has(u, .dayMark) || has(u, .hourMark) ? u : nil
    }

    /// The day level: `12日`, `12号`, a bare `22` after a month, `今天`, `当天`, `周三`, `上周五`, `国庆`.
    private func day(_ t: Text, at q: Int, spec s: DateSpec, continuing: Bool = false) -> (DateSpec, Int)? {
        var spec = s
        // `317日`: a month-day whose 月 was lost; the resolver keeps it only if one reading fits.
        if spec.month == nil, spec.year == nil, !continuing, let n = numerals.read(t, at: q), n.isArabic,
           TimeLexicon.fusedMonthDayDigits.contains(n.digits), t.at(n.end) == fusedMonthDayMark, !notTimeAt(t, n.end) {
            spec.day = .fusedMonthDay(n.value, digits: n.digits)
            return (spec, n.end + 1)
        }
        if let n = numerals.read(t, at: q), n.digits <= 2 || !n.isArabic, !numerals.isCountingDigit(t[q]) {
            // `6 月 15 日`: a day after its month, one space before its mark (or the day ending a
            // range or list from one: `6 月 20 日至 25 日`).
            if spec.month != nil || continuing, (1...31).contains(n.value), spacedUnit(t, n) > n.end, has(t.at(n.end + 1), .dayMark) {
                spec.day = .absolute(n.value); return (spec, n.end + 2)
            }
            let u = t.at(n.end)
            if (1...31).contains(n.value) && (n.isArabic || n.digits <= 1 || n.digits == 0) {
                // 一日三餐, 三日内: one Chinese digit and 日 with no month is prose, not a date,
                // unless what names a day follows: a part of day or clock (`三日下午`, `六日零时`),
                // `那天`, or the clause's end where it opens the clause (`五日，`).
                // Not after a word that makes the number a count (`连续三日下午`, `这三日下午`), nor
                // before a pair of parts of day (`一日早晚各一次`: how often a day).
                // 号 counts nothing (`五号出发`, `八号之前`, `一号见`): a day as `5号` is, where no
                // label follows (`一号文件`, `三号线`).
                if has(u, .dayMark) && u != labelDayMark && spec.month == nil && !n.isArabic && n.digits == 1 && !continuing {
                    let e = n.end + 1
                    let pod = partOfDay(t, at: e, short: true).map { partOfDay(t, at: $0.1, short: true) == nil }
                    // (Also after a word that leads a point in time, `截至三日，`, `于五日`, but not
                    // one that only ends in 于, `由于三日`, nor before a later offset, `于三日后`; and as
                    // an item of a list of such days, `五日、六日两天`.)
                    let listed = t.at(e) == listSeparator && numerals.isChineseNumeral(t.at(e + 1)) && has(t.at(e + 2), .dayMark)
                        || q >= 2 && t[q - 1] == listSeparator && has(t[q - 2], .dayMark)
                    let named = !countLeads.endsAt(t, q) && (pod ?? false || clock(t, at: e, context: true) != nil
                        || dayRestatements.longestMatch(in: t, at: e) != nil
                        || opensClause(t, q) && e < t.count && has(t[e], .clauseBreak)
                        || dayLeads.endsAt(t, q) && !wordsEndingInYu.endsAt(t, q) && offsetAfter.match(t, at: e) == nil
                        || listed)
                    if !named { return nil }
                }
                if has(u, .dayMark) {
                    if spec.month == nil && notTimeAt(t, n.end) { return nil }   // 3号楼
                    // 幸福路18号: a street's number is an address.
                    // 神舟十三号: a series' number names a craft.
                    if spec.month == nil && !continuing && t[n.end] == labelDayMark && (addressWords.endsAt(t, q) || serialNames.endsAt(t, q))
                        && !dayFollows(t, n.end + 1) { return nil }
                    // 13排16号, 3栋2单元5号: a seat's or a door's number after a numbered place; as
                    // after an address word, a time follower keeps the day (`3区5号起`).
                    if spec.month == nil && !continuing && t[n.end] == labelDayMark,
                       let c = placeCounters.start(t, endingAt: q), numerals.isNumeral(t.at(c - 1)), !dayFollows(t, n.end + 1) { return nil }
                    if spec.month == nil && !continuing && withinWords.match(t, at: n.end + 1) != nil { return nil }   // 30日内: days
                    spec.day = .absolute(n.value); return (spec, n.end + 1)
                }
                if let du = danglingUnit(t, after: n.end), has(du, .dayMark) {
                    spec.day = .absolute(n.value); return (spec, n.end)
                }
                if spec.month != nil && !numerals.isNumeral(u) && u != 0x2E && !follows(t, n.end, .quantity) && u != monthMark
                    && !has(u, .hourMark) && u != clockSeparator {
                    spec.day = .absolute(n.value)
                    // `二月二`, `八月十五`, `九月九`: a day a lunar festival falls on, written the
                    // traditional way (Chinese numerals, no 日 or 号), is that lunar day.
                    if !n.isArabic, case .absolute(let m)? = spec.month, lunarFestivalDays.contains(100 * m + n.value) { spec.lunar = true }
                    return (spec, n.end)
                }
            }
            // Fall through: a numeral may still begin a festival word (五一).
        }
        // `第三天上午`: the nth day counted from the last date named (its first day);
        // `下个月的第一天`: the nth day of the month named.
        if let (n, e) = ordinal(t, at: q, unit: dayWordForOrdinal) {
            // (`倒数第二天` of nothing named counts from no end we know: no day.)
            if spec.month == nil && spec.year == nil {
                if countdownWord.endsAt(t, q) { return nil }
                spec.day = .anaphoric(n - 1); return (spec, e)
            }
            if spec.month != nil && (1...31).contains(n) { spec.day = .ordinal(n); return (spec, e) }
        }
        // `下个月的倒数第二天`: counted from the month's last day (-1 is the last).
        if spec.month != nil, let (n, e) = countdown(t, at: q, unit: dayWordForOrdinal), (1...28).contains(-n) {
            spec.day = .ordinal(n); return (spec, e)
        }
        guard spec.month == nil, let (w, e) = wordAt(t, q) else { return nil }
        let free = spec.year == nil
        switch w {
        case .festival(let f, let kind):
            // `七一建党节`, `十一国庆节`: the same day named again right after it is one mention,
            // and context enough for a name-like word.
            var e = e, restated = false
            if let (w2, e2) = wordAt(t, e), case .festival(let f2, _) = w2, f2 == f { e = e2; restated = true }
            // A festival word that is also a given name (李国庆) or a weather word (大雪) needs
            // a festival's context after it (前往 is a verb, not 前); a name-like one may also
            // end its clause. A year before it is context enough.
            if spec.year == nil && kind != .only && !restated {
                let c = afterClosingQuotes(t, e)   // “五一”期间
                let follower = festivalFollowerAt(t, c)
                let clauseEnd = c >= t.count || (has(t.at(c), .punctuation) && t.at(c) != listSeparator)
                // `国庆至元旦`, `五一到国庆`: a range to another festival is context too, as a pair is;
                // so is a count of days before a holiday word (`国庆七天长假`, `五一3天假期`, `十一七天假`).
                // (Only where the word stands alone: after another character it ends a given
                // name, `李国庆至元旦前`: `TimeLexicon.festivalLeads`.)
                // Another festival word right before is a lead too (`中秋国庆八天长假`).
                let alone = q == 0 || !ScalarClass.isHan(Unicode.Scalar(t[q - 1]) ?? " ") || festivalLeads.endsAt(t, q)
                    || (2...3).contains { k in q >= k && wordAt(t, q - k).map { $0.1 == q && { if case .festival = $0 { return true }; return false }($0.0) } == true }
                let countedBreakAt = { (i: Int) -> Bool in
                    self.durationChain(t, at: i).map { $0.smallestUnit == .day && self.countedHolidayWords.match(t, at: $0.end) != nil } == true
                }
                // `国庆中秋`, `国庆、中秋`: another festival right after it (or after 、) is context too.
                let pairedAt = t.at(c) == listSeparator ? c + 1 : c
                var paired = false
                if kind == .nameLike, let (w2, e2) = wordAt(t, pairedAt), case .festival(let f2, _) = w2, f2 != f {
                    // The pair needs a context of its own as a whole (`五一、国庆期间`, `国庆中秋。`,
                    // standing alone `国庆中秋8天长假`), not one the second takes alone (`刘国庆中秋前`).
                    let c2 = afterClosingQuotes(t, e2)
                    paired = festivalPairFollowers.match(t, at: c2) != nil || c2 >= t.count
                        || (has(t.at(c2), .punctuation) && t.at(c2) != listSeparator) || alone && countedBreakAt(c2)
                }
                let ranged = alone && kind == .nameLike && separator(t, at: c).flatMap { s in wordAt(t, s) }.map { w2 -> Bool in
                    if case .festival(let f2, _) = w2.0 { return f2 != f }; return false
                } == true
                let countedBreak = alone && !follower && !paired && !ranged && countedBreakAt(c)
                guard follower || (clauseEnd && kind == .nameLike) || paired || ranged || countedBreak else { return nil }
            }
            spec.festival = f
            // `春节假期第一天`, `国庆长假的最后一天`: a day of the festival's break (`TimeLexicon.holidayBreaks`).
            if let brk = holidayBreaks[f], let h = holidayWords.match(t, at: afterClosingQuotes(t, e)) {
                let w = t.at(h) == possessive ? h + 1 : h
                if let (n, e2) = ordinal(t, at: w, unit: dayWordForOrdinal), n <= brk.days {
                    spec.dayShift = brk.start + n - 1; return (spec, e2)
                }
                if let (unit, e2) = lastOf(t, at: w), unit == .day { spec.dayShift = brk.start + brk.days - 1; return (spec, e2) }
            }
            return (spec, e)
        // `…的今天`, `和谐发展的今日淮安`: the present age, not the day of the reference.
        case .relativeDay(0) where free && q > 0 && t.at(q - 1) == possessive: return nil
        case .relativeDay(let k) where free: spec.day = .relative(k); return (spec, e)
        case .anaphoricDay(let k, let onlyOpening) where free:
            // `隔天一早`, `隔日，`: the next day opening a clause; not a recurrence (`隔日服用`,
            // `隔日一次`) nor a service (`隔日达`).
            if onlyOpening && (!opensClause(t, q) || numerals.read(t, at: e).map({ timesCounters.match(t, at: $0.end) != nil }) == true) {
                return nil
            }
            spec.day = .anaphoric(k); return (spec, e)
        case .dayWithPartOfDay(let d, let pod) where free:
            spec.day = d; spec.partOfDay = pod; return (spec, e)
        case .weekday(let d) where free: spec.weekday = d; return (spec, e)
        case .weekend(let k?) where free: spec.week = .relative(k); spec.weekend = true; return (spec, e)
        case .anaphoricWeek(let k) where free:
            // `次周`, `次周三`: the week after the last date named, or its weekday, where it opens
            // a clause or follows a lead (`并于次周完工`); elsewhere 当 or 次 ends another word
            // (`应当周密部署`, `本次周例会`, `第18次周调度会`).
            if !opensClause(t, q) && !anaphoricWeekLeads.endsAt(t, q) { return nil }
            spec.week = .anaphoric(k)
            if let d = weekdayAt(t, e), !dayNameWordWins(t, e) { spec.weekday = d; return (spec, e + 1) }
            return (spec, e)
        case .relativeWeek(let k) where free:
            spec.week = .relative(k)
            if case let we = weekendAfter(t, e, &spec), we > e { return (spec, we) }
            // (`下周天气`, `上周日本`: a weekday name that opens a word leaves the week alone.)
            if let d = weekdayAt(t, e), !dayNameWordWins(t, e) { spec.weekday = d; return (spec, e + 1) }
            let w = t.at(e) == possessive ? e + 1 : e   // 上个星期的周一
            if let (w2, e2) = sameTime(t, at: w).map({ (TimeWord.relativeDay(0), $0) }) ?? wordAt(t, w) {
                if case .weekday(let d) = w2 { spec.weekday = d; return (spec, e2) }
                // `上周的周末`: that week's weekend.
                if case .weekend(0?) = w2, w > e { spec.weekend = true; return (spec, e2) }
                // `下周的今天`, `下周这个时候`, `上周同一天`: the same day a week away, as `下个月的今天`.
                if w2.isSameDay {
                    spec.week = nil; spec.offset = Offset(amount: k, unit: .week, sameDay: true); return (spec, e2)
                }
            }
            // `本周前三天`, `下周的后两天`: the first or last days of the week.
            if let (n, e2) = firstUnits(t, at: w, days: true), abs(n) <= 7 { spec.within = .firstDays(n); return (spec, e2) }
            // `本周的最后一天`, `下周第一天`: a day of the week counted from Monday.
            if let (n, e2) = ordinal(t, at: w, unit: dayWordForOrdinal), (1...7).contains(n) { spec.weekday = n; return (spec, e2) }
            // `本周倒数第二天`: Saturday.
            if let (n, e2) = countdown(t, at: w, unit: dayWordForOrdinal), (1...7).contains(-n) { spec.weekday = 8 + n; return (spec, e2) }
            if let (unit, e2) = lastOf(t, at: w), unit == .day { spec.weekday = 7; return (spec, e2) }
            return (spec, e)
        default: return nil
        }
    }

    /// `（12月6日）` after 昨天 or 当天: the date in parentheses and the end of the parentheses.
    private func restatedDate(_ t: Text, at q: Int) -> (DateSpec, Int)? {
        guard let p = restatementStart(t, at: q), let inner = point(t, at: p, inherit: nil), inner.spec.day.isAbsolute,
              let e = restatementEnd(t, at: inner.resume) else { return nil }
        return (inner.spec, e)
    }

    /// `（星期一）` or `，星期一` after a date: the span ends before it, the scan resumes after it.
    private func restatedWeekday(_ t: Text, at q: Int) -> (Int, Int, Int?)? {
        let s = t.at(q)
        // `4月16日周五上午`: a weekday right after its date restates it too.
        if let (word, e) = wordAt(t, q), case .weekday(let d) = word { return (e, e, d) }
        guard follows(t, q, .restatement) else { return nil }
        let w = skippingSpace(t, q + 1)
        guard let (word, e0) = wordAt(t, w) else { return nil }
        // `3月15日（下周二）`: a weekday of a named week restates it too.
        var e = e0
        var day: Int?
        switch word {
        case .weekday(let d): day = d
        case .relativeWeek where s == restatementOpener && weekdayAt(t, e0) != nil: e = e0 + 1
        default: return nil
        }
        if s == restatementOpener {
            return restatementClosers.contains(value: t.at(e)) ? (q, e + 1, day) : nil
        }
        return (e, e, day)
    }

    /// A part of day; the one-character forms (`早`, `晚`) only right after a date.
    func partOfDay(_ t: Text, at q: Int, short: Bool) -> ((PartOfDay, small: Bool, dawn: Bool, hour: Int?), Int)? {
        if let (w, e) = wordAt(t, q), case .partOfDay(let pod, let small, let dawn, let adjectival, let hour) = w {
            if !short && adjectival
                && !(boundary(t, e) || numerals.isNumeral(t.at(e))) { return nil }
            return ((pod, small, dawn, hour), e)
        }
        // (`今天早些时候`: a one-character part of day that opens a longer word is that word.)
        if q < t.count, shortPartsOfDay.startsWord(t[q]), let (pod, e) = shortPartsOfDay.longestMatch(in: t, at: q),
           !notTimeAt(t, q), (wordAt(t, q)?.1 ?? e) <= e, short || clock(t, at: e, context: true) != nil
            || (isSpace(t, e) && numerals.isArabicDigit(t.at(e + 1)) && clock(t, at: e + 1, context: true) != nil) {
            return ((pod, false, false, nil), e)
        }
        return nil
    }

    /// `15:30`, `15:30:20`.
    func colonClock(_ t: Text, at q: Int) -> (ClockSpec, Int)? {
        guard let h = numerals.read(t, at: q), h.isArabic, (1...2).contains(h.digits), h.value <= 24,
              t.at(h.end) == clockSeparator, let m = numerals.readFixed(t, at: h.end + 1, count: 2), m < 60 else { return nil }
        var e = h.end + 3
        var sec: Int?
        if t.at(e) == clockSeparator, let s = numerals.readFixed(t, at: e + 1, count: 2), s < 60 { sec = s; e += 3 }
        if numerals.isArabicDigit(t.at(e)) { return nil }
        return (ClockSpec(hour: h.value, minute: m, second: sec), e)
    }

    /// `十点或十一点`, `八点还是九点`: another clock joined after a bare hour (by 或, 还是, 和 …, the
    /// list joiners) makes it a clock too, as the list makes the second one.
    private func joinedClockFollows(_ t: Text, _ e: Int) -> Bool {
        let j = listJoinerWords.match(t, at: e) ?? (has(t.at(e), .listJoiner) ? e + 1 : e)
        return j > e && clock(t, at: j, context: true) != nil
    }

    /// `10am`, `3 PM`, `8:30pm`: an hour of twelve and its am or pm (`TimeLexicon.meridiems`), a
    /// clock wherever it stands; nil where none follows or a letter goes on (`3pmx`).
    func meridiem(_ t: Text, after c: (ClockSpec, Int)) -> (ClockSpec, Int)? {
        let q = skippingSpace(t, c.1)
        guard (1...12).contains(c.0.hour), q < t.count, meridiems.startsWord(t[q]), let m = meridiems.longestMatch(in: t, at: q),
              !has(t.at(m.end), .letter) else { return nil }
        var spec = c.0
        spec.hour = c.0.hour % 12 + m.value
        return (spec, m.end)
    }

    /// `9时`, `9点30分`, `三点十五`, `9点半`, `3时1刻`, `十一点钟`; a bare hour needs a date or a follower.
    func clock(_ t: Text, at q: Int, context: Bool) -> (ClockSpec, Int)? {
        if let c = colonClock(t, at: q) { return meridiem(t, after: c) ?? c }
        // `差五分八点`: minutes to the hour written first.
        if t.at(q) == clockToWord, let (m, e) = clockMinutes(t, at: q + 1), let (c, e2) = clock(t, at: e, context: true),
           c.minute == 0 {
            return (ClockSpec(minutes: m, toHour: c.hour), e2)
        }
        guard let h = numerals.read(t, at: q), h.value <= 24, h.isArabic ? h.digits <= 2 : h.digits <= 1 || h.digits == 0 else {
            return nil
        }
        var e = spacedUnit(t, h)
        if !has(t.at(e), .hourMark) {
            if h.isArabic, let c = meridiem(t, after: (ClockSpec(hour: h.value, minute: 0), skippingSpace(t, h.end))) { return c }
            if let u = danglingUnit(t, after: e), has(u, .hourMark) { return (ClockSpec(hour: h.value, minute: 0), e) }
            return nil
        }
        // 五点钟方向: a label (a direction on a clock face), no time.
        if notTimeAt(t, e) { return nil }
        let isDot = t.at(e) == TimeLexicon.hourMarks[0].scalarValue
        e += 1
        var minute = 0, second: Int?
        var strong = false
        if t.at(e) == halfMark { minute = 30; e += 1; strong = true }
        else if isZero(t.at(e)), numerals.isArabicDigit(t.at(e + 1)), let (m, e2) = clockMinutes(t, at: e + 1) {
            minute = m; e = e2; strong = true   // 12点零5分
        }
        else if t.at(e) == clockPastWord, let (m, e2) = clockMinutes(t, at: e + 1) { minute = m; e = e2; strong = true }
        // 八点过半: half past, but 过半 is also "more than half" (`这三点过半数人同意`), so the
        // guards of a bare hour still decide (strong only after a day or part of day).
        else if t.at(e) == clockPastWord, t.at(e + 1) == halfMark { minute = 30; e += 2 }
        else if t.at(e) == clockToWord, let (m, e2) = clockMinutes(t, at: e + 1) {
            return (ClockSpec(minutes: m, toHour: h.value), e2)
        }
        else if let m = numerals.read(t, at: e) ?? spacedNumber(t, at: e, before: minuteMark) {
            if t.at(spacedUnit(t, m)) == minuteMark, m.value < 60 {
                // 九点八分的高分: one decimal of a score by a word of scoring, no clock.
                if !context && !h.isArabic && !m.isArabic && m.digits == 1 && scoreAround(t, q, spacedUnit(t, m) + 1) { return nil }
                minute = m.value; e = spacedUnit(t, m) + 1; strong = true
                if let s = numerals.read(t, at: e) ?? spacedNumber(t, at: e, before: secondMark),
                   t.at(spacedUnit(t, s)) == secondMark, s.value < 60 { second = s.value; e = spacedUnit(t, s) + 1 }
            } else if t.at(m.end) == quarterHourMark, (1...3).contains(m.value) {
                minute = 15 * m.value; e = m.end + 1; strong = true
            } else if isDot, m.value < 60, m.isArabic ? m.digits == 2 : (m.digits == 0 || (m.digits == 2 && isZero(t[e]))),
                      !follows(t, m.end, .quantity) {   // 十点五十米, 十二点二十元: a decimal and its unit
                minute = m.value; e = m.end; strong = true
            } else if context && !m.isArabic && m.digits == 1, let next = Unicode.Scalar(t.at(m.end)), ScalarClass.isHan(next), !numerals.isNumeral(t.at(m.end)) {
                // `下午三点一起`, `今晚8点一并处理`: after a day or part of day the hour is a clock and
                // the digit opens the next word (一起, 一直, 三人), no decimal.
            } else {
                return nil   // 二十七点三, 24点5度: a decimal, not a time
            }
        }
        if let s = clockSuffixes.match(t, at: e) { e = s; strong = true }
        else if let s = clockClosingSuffixes.match(t, at: e), boundary(t, s) { e = s; strong = true }
        // `7点多`, `3时许`: about the hour is a clock time too (not 三点多项要求: many items).
        // 上下 is also "on and under" (`在三点上下功夫`): about the hour, but not enough alone to
        // make a bare hour a clock, as 许, 左右, 多 are.
        if let a = clockApproximations.match(t, at: e), !follows(t, a, .quantity) {
            strong = strong || weakApproximations.match(t, at: e) != a
            e = a
        }
        // A bare hour needs a follower or the end of its clause; before a colon it announces
        // counted points (强调四点：).
        if !context && !strong && (t.at(e) == clockSeparator
            || !(boundary(t, e) || follows(t, e, .bareClock) || hourBeforeWord(t, q, hour: h.value, oneInChinese: !h.isArabic && h.value == 1, e)
                 || joinedClockFollows(t, e))) {
            return nil
        }
        if h.value == 24 && minute > 0 { return nil }
        return (ClockSpec(hour: h.value, minute: minute, second: second), e)
    }
}

extension TimeScanner {
    /// True when the bare hour `hour` at `q` (ending at `e`) is a clock before the word that
    /// follows it. Before an activity done at an hour it is (`17点集合`, `一点开会`:
    /// `TimeLexicon.dayActivities`), unless a demonstrative or a word of a list makes it counted
    /// points (`以下三点进行部署`, `这三点做到了`). Before any other word N点 is far more often a
    /// count of points, with or without a modifier before its noun (`提出三点具体要求`,
    /// `有两点需要注意`), so there a clock needs a sign that only a clock gives: an hour no
    /// count of points takes (13–24: `你16点来吧`), a person acting at it (`孩子们七点上学`:
    /// `TimeLexicon.clockSubjects`) or an adverb of timing after it (`十一二点才睡`). Never the
    /// noun a count of points names (`三点要求`: `TimeLexicon.pointNouns`). A Chinese 一点 is
    /// also "a little" (`有一点担心`): an hour only before an activity.
    func hourBeforeWord(_ t: Text, _ q: Int, hour: Int, oneInChinese: Bool, _ e: Int) -> Bool {
        if pointsLeads.endsAt(t, q) { return false }
        if activityFollows(t, at: e) { return true }
        guard !oneInChinese, let next = Unicode.Scalar(t.at(e)), ScalarClass.isHan(next),
              !numerals.isNumeral(t.at(e)), fewEnd(t, e) == nil,
              clockApproximations.match(t, at: e) == nil else { return false }   // 三点多项要求: many items
        guard hour > 12 || clockSubjects.endsAt(t, q) || clockAdverbs.match(t, at: e) != nil else { return false }
        return !follows(t, e, .pointNoun) && !follows(t, e, .quantity)
    }

    /// True when a word of a score stands right before `q` (perhaps with 是, 为 …) or right
    /// after `e` (perhaps after 的): `平均分是七点四分`, `九点八分的高分` (`TimeLexicon.scoreWords`).
    func scoreAround(_ t: Text, _ q: Int, _ e: Int) -> Bool {
        if scoreWords.match(t, at: t.at(e) == possessive ? e + 1 : e) != nil || scoreWords.endsAt(t, q) { return true }
        guard let s = scoreLinks.start(t, endingAt: q) else { return false }
        return scoreWords.endsAt(t, s)
    }

    /// `五分`, `5分钟`, `一刻`: minutes before or after an hour (1–59).
    func clockMinutes(_ t: UnsafeBufferPointer<UInt32>, at q: Int) -> (Int, Int)? {
        guard let m = numerals.read(t, at: q) else { return nil }
        if t.at(m.end) == quarterHourMark, (1...3).contains(m.value) { return (15 * m.value, m.end + 1) }
        guard t.at(m.end) == minuteMark, (1...59).contains(m.value) else { return nil }
        let e = m.end + 1
        return (m.value, clockSuffixes.match(t, at: e).flatMap { $0 == e + 1 ? $0 : nil } ?? e)
    }
}

extension Optional where Wrapped == DateSpec.Day {
    var isAbsolute: Bool { if case .absolute? = self { return true }; return false }
    /// Counted from the reference or from the last date (昨天, 当天).
    var isRelative: Bool {
        switch self {
        case .relative?, .anaphoric?: return true
        default: return false
        }
    }
}

extension Optional where Wrapped == DateSpec.Month {
    var isAbsolute: Bool { if case .absolute? = self { return true }; return false }
}

extension DateSpec {
    var hasDateParts: Bool { year != nil || month != nil || day != nil || week != nil || weekday != nil || festival != nil }
}
