/// Quantities of time: durations (`3天`), offsets (`七年后`), recurrences (`每周一`),
/// whole neighbouring units (`上两周`) and decades (`上世纪80年代`).
extension TimeScanner {

    func quantity(_ t: Text, at p: Int) -> (RawValue, Int)? {
        quantityAndCount(t, at: p).map { ($0.0, $0.1) }
    }

    /// A quantity, and the count of units read when it is a plain duration (for `再过两天`,
    /// which counts it on from now).
    func quantityAndCount(_ t: Text, at p: Int) -> (RawValue, Int, DurationParts?)? {
        func plain(_ r: (RawValue, Int)?) -> (RawValue, Int, DurationParts?)? { r.map { ($0.0, $0.1, nil) } }
        if t[p] == everyWord || t[p] == meetWord && meetsWeekly(t, at: p) { return plain(recurrence(t, at: p)) }
        if fewEnd(t, p) != nil, let r = fewUnitsAway(t, at: p) { return plain(r) }
        if let (w, e) = wordAt(t, p) {
            switch w {
            case .adjacent(let dir): return plain(adjacentUnits(t, at: e, direction: dir))
            case .rolling(let dir):
                // `历时近两年`, `耗时近3个小时`: after a verb that measures, 近 is "nearly", the count a duration.
                if dir < 0, e == p + 1, measured(t, before: p), let d = durationChain(t, at: e), !d.approximate {
                    return (.duration(d.iso), d.end, nil)
                }
                return plain(rollingUnits(t, at: e, direction: dir))
            case .vague(.past, _): if let r = rollingUnits(t, at: e, direction: -1) { return plain(r) }   // 最近三天
            default: break
            }
        }
        guard let d = durationChain(t, at: p) else { return nil }
        if d.approximate {
            // `两三天前`, `十几年后`: an approximate count of units away is vague, like 几天前.
            if let e = offsetAfter.match(t, at: d.end) { return (.vague(.future), e, nil) }
            if let e = offsetBefore.match(t, at: d.end), !notTimeAt(t, d.end) { return (.vague(.past), e, nil) }
            // `几年来`, `十几天以来`: an approximate stretch up to now is vague too.
            if let e = sinceSuffix(t, at: d.end) { return (.vague(.past), e, nil) }
            return (.approximateDuration(d.iso), d.end, nil)
        }
        // An offset: `七年后`, `3天前`, `六天后的3时1刻`, `一年零三个月前` (in its smallest unit).
        if let unit = d.smallestUnit {
            let after = offsetAfter.match(t, at: d.end)
            let before = after == nil ? offsetBefore.match(t, at: d.end) : nil
            if let e = after ?? before, !notTimeAt(t, d.end) {
                var spec = DateSpec()
                spec.offset = Offset(amount: (after != nil ? 1 : -1) * d.amount(in: unit), unit: unit)
                var end = e
                var q = t.at(e) == possessive ? e + 1 : e
                // `两年前的今天`: the same day; `三天前的下午`: a part of that day; `两周后的周三`:
                // that weekday in the week so far away.
                if unit.isDayOrLonger, let se = sameTime(t, at: q, afterDay: unit == .day || unit == .week) {
                    // `三天前的这个时候`: the reference's time of day on the day so far away.
                    spec.offset?.sameDay = true; spec.atReferenceTime = true; end = se; q = se
                } else if unit.isDayOrLonger, let de = sameDayRestatement(t, at: q) {
                    // `五年前的这一天`: the same day, as 今天.
                    spec.offset?.sameDay = true; end = de; q = de
                } else if unit == .year && d.parts.count == 1 && d.halves == 0, let (sub, se) = yearSubperiod(t, at: q) {
                    // `三年前的这个月`, `两年后这个季度`: the reference's month or quarter in the year
                    // so far away, as after a year word (`去年这个月`).
                    spec.year = .relative(spec.offset?.amount ?? 0); spec.offset = nil
                    _ = sub.apply(to: &spec)
                    return (.point(spec), se, nil)
                } else if let (w, we) = wordAt(t, q) ?? (q > e ? partDemonstratives.match(t, at: q).flatMap { wordAt(t, $0) } : nil) {
                    switch w {
                    case .relativeDay(0), .anaphoricDay(0, _): spec.offset?.sameDay = true; end = we; q = we
                    case .weekday(let wd) where unit == .week && d.parts.count == 1 && d.halves == 0:
                        spec.week = .relative(spec.offset?.amount ?? 0); spec.offset = nil
                        spec.weekday = wd; end = we; q = we
                    // `四年前的中秋节`, `三年后的春节`: the festival of the year so far away.
                    case .festival(let f, _) where unit == .year && d.parts.count == 1 && d.halves == 0 && q > e:
                        // (`三年前的那个春节`: a demonstrative may stand before it, as before a season.)
                        spec.year = .relative(spec.offset?.amount ?? 0); spec.offset = nil
                        spec.festival = f; end = we
                        return (.point(spec), end, nil)
                    default: break
                    }
                }
                // `九年前的冬天`, `四年前的那个秋天`: the season of the year so far away.
                if unit == .year && d.parts.count == 1 && d.halves == 0 && q > e, spec.offset != nil,
                   let (part, pe) = yearPart(t, at: q) ?? demonstratedSeason(t, e, q), case .season = part {
                    spec.year = .relative(spec.offset?.amount ?? 0); spec.offset = nil
                    spec.within = part
                    return (.point(spec), pe, nil)
                }
                // `三个月前的那个周末`, `两周后的周末`: the weekend of the week of the day so far away.
                if unit == .month || unit == .week, d.parts.count == 1 && d.halves == 0 && q > e, spec.offset != nil,
                   let (w, we) = wordAt(t, partDemonstratives.match(t, at: q) ?? q), case .weekend(let k) = w, k == 0 {
                    spec.offset?.sameDay = true; spec.weekend = true
                    return (.point(spec), we, nil)
                }
                // `三天前的一个晚上`: some evening of that day, that day's evening; `两个月前的一个
                // 晚上`, `十年前的一天`: an unnamed day of a longer time is that time.
                let dayLong = spec.offset?.sameDay == true || unit == .day || unit == .week
                if t.at(e) == possessive, let ie = indefiniteOnes.match(t, at: q) {
                    if let (pod, pe) = partOfDay(t, at: ie, short: false) {
                        if dayLong { spec.partOfDay = pod.0; spec.smallHours = pod.small }
                        end = pe; q = pe
                    } else if let de = dayWordForOrdinal.match(t, at: ie) {
                        end = de; q = de
                    }
                }
                if dayLong, spec.partOfDay == nil, let (pod, pe) = partOfDay(t, at: q, short: false) {
                    spec.partOfDay = pod.0; spec.smallHours = pod.small; end = pe; q = pe
                }
                if let (c, ce) = clock(t, at: q, context: true) {
                    spec.clock = c; end = ce
                    // `两天后的上午9点到11点`: a range of clock times on the day so far away.
                    if let s = separator(t, at: ce), let right = point(t, at: s, inherit: spec), right.spec.clock != nil,
                       right.spec.offset == spec.offset {
                        return (.range(spec, right.spec), right.end, nil)
                    }
                }
                return (.point(spec), end, nil)
            }
        }
        // `五年来`, `一年以来`, `两个月来`: a count of units up to now is the period ending at the
        // reference, as `近五年来`; with more than the count (`十多年来`) it is vague.
        if !d.about, let e = sinceSuffix(t, at: d.end), !measured(t, before: p),
           d.parts.count == 1 || d.halves > 0, let unit = d.smallestUnit {
            if (p..<d.end).contains(where: { approxSuffixes.match(t, at: $0) != nil }) { return (.vague(.past), e, nil) }
            return (.rollingUnits(unit, -d.amount(in: unit)), e, nil)
        }
        if d.about { return (.approximateDuration(d.iso), d.end, nil) }
        // `两天一夜`, `五天四晚`, `7天6晚`: a trip's days and its nights are one mention, the days' duration.
        if d.parts.count == 1, d.halves == 0, let days = d.parts[.day], let e = nightsEnd(t, at: d.end, days: days) {
            return (.duration(d.iso), e, nil)
        }
        return (.duration(d.iso), d.end, d)
    }

    /// The end of the nights counted right after `days` days (`两天一夜`, `三天两晚`, `两天一宿`):
    /// as many nights as days or one fewer (`TimeLexicon.nightCounters`). Not where the night
    /// word opens a part of day or an evening's clock (`五天四晚上课`, `3天2晚8点集合`).
    private func nightsEnd(_ t: Text, at q: Int, days: Int) -> Int? {
        guard let n = numerals.read(t, at: q), n.value == days || n.value == days - 1, n.value > 0,
              nightCounters.contains(value: t.at(n.end)), !notTimeAt(t, n.end),
              partOfDay(t, at: n.end, short: false) == nil,
              partOfDay(t, at: n.end, short: true).flatMap({ clock(t, at: $0.1, context: true) }) == nil else { return nil }
        return n.end + 1
    }

    /// The end of 来 or 以来 after a count at `q` when it means "up to now": not where 来 opens
    /// another word (来回, 来自), nor where it is the verb come, before 了 or a count of times
    /// (`两年来一次`, `一个月来了三次`).
    func sinceSuffix(_ t: Text, at q: Int) -> Int? {
        guard let e = rollingPastSuffixes.match(t, at: q), notSinceWords.match(t, at: q) == nil else { return nil }
        if e == q + 1 {
            if pastMarkers.longestMatch(in: t, at: e)?.value == true { return nil }
            if let n = numerals.read(t, at: e), timesCounters.match(t, at: n.end) != nil { return nil }
        }
        return e
    }

    /// A sum of amounts of units, as ISO 8601 wants it.
    struct DurationParts {
        var parts: [CalendarUnit: Int] = [:]
        /// Half units are stored one unit down (三年半 = 3 years + 6 months).
        var halves = 0
        var end = 0
        /// An approximate count (三四天, 十几年): `parts` holds its lower bound.
        var approximate = false
        /// The count is unknown (几天, 数十年): the value says X.
        var unknownUnit: CalendarUnit?
        /// More than or about the count, written after its unit (一年多, 十天左右): a distance
        /// keeps its value, a duration says APPROX.
        var about = false
        /// The one term of a duration that is a half month, week or second (一个半月, 一周半,
        /// 一秒半): written as a decimal, since the half has no usual whole count of a smaller
        /// unit; any other term added clears it.
        var decimalHalf: (amount: Int, unit: CalendarUnit)?

        var smallestUnit: CalendarUnit? {
            let order: [CalendarUnit] = [.second, .minute, .hour, .day, .week, .month, .quarter, .year]
            return order.first { parts[$0] != nil }
        }

        /// The whole duration in `unit` (which is its smallest unit).
        func amount(in unit: CalendarUnit) -> Int {
            let months = (parts[.year] ?? 0) * 12 + (parts[.quarter] ?? 0) * 3 + (parts[.month] ?? 0)
            if unit == .year { return parts[.year] ?? 0 }
            if unit == .quarter { return months / 3 }
            if unit == .month { return months }
            // Months beside days come from a half (两个半月 = 2 months + 15 days): 30 days each.
            let days = months * 30 + (parts[.week] ?? 0) * 7 + (parts[.day] ?? 0)
            switch unit {
            case .week: return parts[.week] ?? 0
            case .day: return days
            case .hour: return days * 24 + (parts[.hour] ?? 0)
            case .minute: return (days * 24 + (parts[.hour] ?? 0)) * 60 + (parts[.minute] ?? 0)
            default: return ((days * 24 + (parts[.hour] ?? 0)) * 60 + (parts[.minute] ?? 0)) * 60 + (parts[.second] ?? 0)
            }
        }

        var iso: String {
            if let u = unknownUnit {
                switch u {
                case .year: return "PXY"
                case .quarter: return "PXQ"
                case .month: return "PXM"
                case .week: return "PXW"
                case .day: return "PXD"
                case .hour: return "PTXH"
                case .minute: return "PTXM"
                case .second: return "PTXS"
                }
            }
            if let h = decimalHalf {
                switch h.unit {
                case .month: return "P\(h.amount).5M"
                case .week: return "P\(h.amount).5W"
                default: return "PT\(h.amount).5S"
                }
            }
            var s = "P"
            let months = (parts[.quarter] ?? 0) * 3 + (parts[.month] ?? 0)
            if let y = parts[.year] { s += "\(y)Y" }
            if months > 0 { s += "\(months)M" }
            if let w = parts[.week] { s += "\(w)W" }
            if let d = parts[.day] { s += "\(d)D" }
            let h = parts[.hour], m = parts[.minute], sec = parts[.second]
            if h != nil || m != nil || sec != nil {
                s += "T"
                if let h { s += "\(h)H" }
                if let m { s += "\(m)M" }
                if let sec { s += "\(sec)S" }
            }
            return s
        }

        mutating func add(_ amount: Int, _ unit: CalendarUnit, half: Bool) {
            let first = parts.isEmpty
            decimalHalf = nil
            if amount > 0 || !half { parts[unit, default: 0] += amount }
            guard half else { return }
            // Half a month, week or second has no usual whole count of a smaller unit.
            if first && (unit == .month || unit == .week || unit == .second) { decimalHalf = (amount, unit) }
            halves += 1
            switch unit {
            case .year: parts[.month, default: 0] += 6
            case .quarter: parts[.month, default: 0] += 1; parts[.day, default: 0] += 15
            case .month: parts[.day, default: 0] += 15
            case .week: parts[.day, default: 0] += 3; parts[.hour, default: 0] += 12
            case .day: parts[.hour, default: 0] += 12
            case .hour: parts[.minute, default: 0] += 30
            case .minute:
                // 一分半钟 = 90 seconds: a half minute writes the whole in seconds.
                if amount > 0 { parts[.minute, default: 0] -= amount; if parts[.minute] == 0 { parts[.minute] = nil } }
                parts[.second, default: 0] += 60 * amount + 30
            case .second: break
            }
        }
    }

    /// `3天`, `两年`, `8天又二十个小时`, `一年多三个月又20天8小时余50分钟20秒`, `35,000个钟头`, `2000万小时`.
    func durationChain(_ t: Text, at p: Int) -> DurationParts? {
        var d = DurationParts()

        if let a = approximateTerm(t, at: p) {
            if let low = a.low { d.parts[a.unit] = low } else { d.parts[a.unit] = 0; d.unknownUnit = a.unit }
            d.approximate = true; d.end = a.end
            return d
        }
        var q = p
        var count = 0
        while true {
            guard let (amount, unit, half, e) = durationTerm(t, at: q) else { break }
            d.add(amount, unit, half: half)
            q = e; count += 1; d.end = e
            if let j = durationJoiners.match(t, at: q), durationTerm(t, at: j) != nil { q = j; continue }
            if durationTerm(t, at: q) != nil { continue }
            // `3小时20分`: after hours, a bare 分 counts minutes (alone it is a score).
            if d.parts[.hour] != nil, let m = numerals.read(t, at: q), t.at(m.end) == minuteMark, (1..<60).contains(m.value),
               durationTerm(t, at: m.end) == nil {
                d.add(m.value, .minute, half: false)
                q = m.end + 1; d.end = q; count += 1
                continue
            }
            break
        }
        // 一年多, 十天左右: more than or about the count (一年多三个月 joined above).
        // Not 多 before a measure word (两天多次检查: many times).
        if count > 0, let a = approxAfterUnit.match(t, at: d.end), !notTimeAt(t, d.end), !follows(t, a, .quantity) {
            d.about = true; d.end = a
        }
        if count == 0 { return minutesAndSeconds(t, at: p) }
        if t.at(p) == measureWord { d.about = true }    // 个把月: about one month
        return d
    }

    /// `3分20秒`: a bare 分 counts minutes when seconds follow (alone it is a score).
    private func minutesAndSeconds(_ t: Text, at p: Int) -> DurationParts? {
        guard let m = numerals.read(t, at: p), t.at(m.end) == minuteMark, m.value > 0,
              let s = numerals.read(t, at: m.end + 1), t.at(spacedUnit(t, s)) == secondMark,
              let rest = durationChain(t, at: m.end + 1), rest.unknownUnit == nil, !rest.approximate else { return nil }
        var d = rest
        d.add(m.value, .minute, half: false)
        return d
    }

    /// An approximate count and its unit: `三四天`, `两三个月`, `二三十年`, `十几天`, `几天`, `数日`,
    /// `几十年`, `3-5天`, `三至五年`. The count alone (`三四`) or before a unit it cannot
    /// measure (`三四月`, `数百人`) is none.
    private func approximateTerm(_ t: Text, at p: Int) -> (low: Int?, unit: CalendarUnit, end: Int)? {
        guard let (low, e) = numerals.readApproximate(t, at: p, few: { fewEnd($0, $1) }, separators: { rangeSeparators.match($0, at: $1) })
        else { return nil }
        var u = e
        if t.at(u) == measureWord { u += 1 }
        if let a = approxSuffixes.match(t, at: u) { u = a }    // 十几个多月 is not written; 一两个来月 is
        // 数月, 三四个月: months need 个 unless the count is unknown (几月 asks which month).
        if t.at(u) == monthMark && (u > e || (low == nil && t[p] != askingFewWord)) {
            return (low, .month, u + 1)
        }
        guard let m = durationUnits.longestMatch(in: t, at: u) else { return nil }
        // A known count before 日 names days of the month (3-5日, 三四日), never days; 数日 counts.
        if has(t.at(u), .dayMark) && low != nil { return nil }
        if notTimeAt(t, m.end - 1) { return nil }   // 几周年, 三四年级
        if m.value == .year && yearDecade.match(t, at: m.end - 1) != nil { return nil }   // 五六十年代
        return (low, m.value, m.end)
    }

    /// One `amount unit` term; `半` alone is half a unit (半年, 半个月).
    private func durationTerm(_ t: Text, at p: Int) -> (Int, CalendarUnit, Bool, Int)? {
        var q = p
        var amount = 0
        var half = false
        var arabic = false
        var fourDigits = false
        var fraction: (value: Int, digits: Int)?
        var aboutOne = false
        if t.at(q) == halfMark {
            half = true; q += 1
        } else if t.at(q) == measureWord && aboutOneFillers.contains(value: t.at(q + 1)) {
            amount = 1; aboutOne = true; q += 1    // 个把月: 把 stands where 个 is read below
        } else if let n = numerals.read(t, at: q) {
            // 百年, 千年: a figure of speech, not an amount (百年奋斗); more than one is a count
            // (百余年, 千多年).
            if !n.isArabic && n.digits == 0 && !numerals.isDigitOrTen(t[q]) && approxSuffixes.match(t, at: n.end) == nil { return nil }
            amount = n.value; q = n.end; arabic = n.isArabic; fourDigits = n.isArabic && n.digits == 4
            if !n.isArabic && n.digits > 1 { return nil }   // 二〇二一 is no amount
            // 35,000 and 2000万
            while arabic, t.at(q) == 0x2C, let g = numerals.readFixed(t, at: q + 1, count: 3),
                  !numerals.isArabicDigit(t.at(q + 4)) {
                guard amount <= TimeLexicon.largestAmount else { return nil }
                amount = amount * 1000 + g; q += 4; fourDigits = false
            }
            if let mult = largeMultipliers[t.at(q)] {
                let (product, overflow) = amount.multipliedReportingOverflow(by: mult)
                guard !overflow else { return nil }
                amount = product; q += 1; fourDigits = false
            }
            // No time quantity is this large; refusing it keeps all later arithmetic in range.
            guard amount <= TimeLexicon.largestAmount else { return nil }
            // 0.5小时, 1.5天: a decimal amount.
            if arabic, t.at(q) == 0x2E, let f = numerals.read(t, at: q + 1), f.isArabic, (1...3).contains(f.digits) {
                fraction = (f.value, f.digits); q = f.end; fourDigits = false
            }
            if arabic { q = skippingSpace(t, q) }
        } else {
            return nil
        }
        // 一整天, 两整年: whole units.
        if q > p && t.at(q) == wholeMark && durationUnits.longestMatch(in: t, at: q + 1) != nil { q += 1 }
        var measured = false
        // `半拉月`: the spoken filler after a half counts it as 个 does.
        if t.at(q) == measureWord || aboutOne || (half && amount == 0 && halfFillers.contains(value: t.at(q))) { measured = true }
        // 仨月, 两月: a counting digit before 月 counts months (3月 is March).
        if q > p, numerals.isCountingDigit(t[p]), t.at(q) == monthMark {
            return finishTerm(t, amount: amount, unit: .month, half: half, start: p, end: q + 1, fourDigits: false, one: false)
        }
        // `一分半钟`: the half written inside the unit.
        if q > p, !half, let m = halfInsideUnits.longestMatch(in: t, at: q) {
            return finishTerm(t, amount: amount, unit: m.value, half: true, start: p, end: m.end, fourDigits: false, one: false)
        }
        if let e = quarterHour.match(t, at: q) {
            return finishTerm(t, amount: amount * 15 + (half ? 7 : 0), unit: .minute, half: false, start: p, end: e,
                              fourDigits: false, one: false)
        }
        var u = q
        if let unitMatch = durationUnits.longestMatch(in: t, at: u) {
            // An Arabic number before 日 is a day of the month or nothing (317日), never days,
            // unless a within word follows (30日内).
            if arabic && has(t.at(u), .dayMark) && withinWords.match(t, at: unitMatch.end) == nil { return nil }
            guard let (a, unit, h) = decimal(amount, fraction, unitMatch.value, half: half) else { return nil }
            return finishTerm(t, amount: a, unit: unit, half: h, start: p, end: unitMatch.end,
                              fourDigits: fourDigits, one: amount == 1 && !arabic)
        }
        if half && amount == 0, let m = halfOnlyUnits.longestMatch(in: t, at: q) {
            // (半月 before another word names a place or shape: `半月池`, `半月板`.)
            if m.value == .month, let next = Unicode.Scalar(t.at(m.end)), ScalarClass.isHan(next),
               bareHalfFollowers.match(t, at: m.end) == nil, activityAdverbs.match(t, at: m.end) == nil { return nil }
            return finishTerm(t, amount: 0, unit: m.value, half: true, start: p, end: m.end, fourDigits: false, one: false)
        }
        if measured {
            u += 1
            // `半个世纪`, `两个世纪`, `一个多世纪`: a unit counted in another.
            let m0 = approxSuffixes.match(t, at: u) ?? u
            if fraction == nil, let m = multipleUnits.longestMatch(in: t, at: m0) {
                return finishTerm(t, amount: amount * m.value.factor + (half ? m.value.factor / 2 : 0), unit: m.value.unit,
                                  half: false, start: p, end: m.end, fourDigits: false, one: false)
            }
            u = m0
            if t.at(u) == monthMark {
                return finishTerm(t, amount: amount, unit: .month, half: half, start: p, end: u + 1, fourDigits: false, one: false)
            }
            if let unitMatch = durationUnits.longestMatch(in: t, at: u) {
                guard let (a, unit, h) = decimal(amount, fraction, unitMatch.value, half: half) else { return nil }
                return finishTerm(t, amount: a, unit: unit, half: h, start: p, end: unitMatch.end,
                                  fourDigits: false, one: false)
            }
            if fraction != nil { return nil }
            if t.at(u) == halfMark && t.at(u + 1) == monthMark {       // 两个半月
                return finishTerm(t, amount: amount, unit: .month, half: true, start: p, end: u + 2, fourDigits: false, one: false)
            }
            if t.at(u) == halfMark, let unitMatch = durationUnits.longestMatch(in: t, at: u + 1) {
                return finishTerm(t, amount: amount, unit: unitMatch.value, half: true, start: p, end: unitMatch.end,
                                  fourDigits: false, one: false)
            }
        }
        if let a = approxSuffixes.match(t, at: q), let unitMatch = durationUnits.longestMatch(in: t, at: a) {
            return finishTerm(t, amount: amount, unit: unitMatch.value, half: half, start: p, end: unitMatch.end,
                              fourDigits: false, one: false)
        }
        return nil
    }

    /// A decimal amount of a unit in whole smaller units (1.5小时 = 90 minutes); `.5` is a
    /// half unit (0.5年 = 6 months). Nil when no smaller unit counts it exactly.
    private func decimal(_ amount: Int, _ fraction: (value: Int, digits: Int)?, _ unit: CalendarUnit,
                         half: Bool) -> (Int, CalendarUnit, Bool)? {
        guard let f = fraction else { return (amount, unit, half) }
        var scale = 1
        for _ in 0..<f.digits { scale *= 10 }
        if f.value * 2 == scale { return (amount, unit, true) }
        guard let (factor, smaller) = TimeLexicon.smallerUnits.first(where: { $0.unit == unit }).map({ ($0.factor, $0.smaller) })
        else { return nil }
        let total = (amount * scale + f.value) * factor
        return total % scale == 0 ? (total / scale, smaller, false) : nil
    }

    private func finishTerm(_ t: Text, amount: Int, unit: CalendarUnit, half: Bool, start: Int, end: Int,
                            fourDigits: Bool, one: Bool) -> (Int, CalendarUnit, Bool, Int)? {
        if fourDigits && unit == .year { return nil }
        let next = t.at(end)
        if notTimeAt(t, end - 1) { return nil }   // 100周年, 18周岁, 三年级, 年份
        if unit == .year && (yearDecade.match(t, at: end - 1) != nil) { return nil }
        // (Counted units, `两周一次`, keep their interval: `P2W`.)
        if next == frequencyRepeat && (one || timesCounters.match(t, at: end + 1) == nil) && oneAdverbs.match(t, at: end) == nil
            && !numerals.isNumeral(t.at(end + 1)) && !has(t.at(end + 1), .punctuation)
            && !(unit == .day && nightCounters.contains(value: t.at(end + 1)))
            && durationUnits.longestMatch(in: t, at: end + 1) == nil { return nil }   // 一年一度, 一周一通报, 三年一小变
        // 一天三次, 一周两回: a frequency, as 每天三次 is, never a span of one unit.
        if one, let n = numerals.read(t, at: end), timesCounters.match(t, at: n.end) != nil { return nil }
        if amount == 0 && !half { return nil }
        // `一个周五`, `两个星期天`: weekdays counted, no span of weeks (`一个周六天` is not written;
        // `一周六天` counts days).
        if unit == .week, weekdayAt(t, end) != nil, !follows(t, end + 1, .quantity),
           (start..<end).contains(where: { t[$0] == measureWord }) { return nil }
        var e = end
        var h = half
        if !half && t.at(e) == halfMark { h = true; e += 1 }      // 三年半
        return (amount, unit, h, e)
    }

    /// `上两周`, `下三个周`, `前两个月`, `前两年`: whole units next to the current one.
    private func adjacentUnits(_ t: Text, at q: Int, direction: Int) -> (RawValue, Int)? {
        // 前几年, 前几个月, 下几周: a few units back or on is vague.
        if let e = fewEnd(t, q) {
            guard let u = durationUnits.longestMatch(in: t, at: e), !has(t.at(e), .dayMark) else { return nil }
            return (.vague(direction < 0 ? .past : .future), u.end)
        }
        guard let n = numerals.read(t, at: q), n.value > 0, n.digits <= 2 || n.isArabic == false,
              n.isArabic || numerals.isDigitOrTen(t[q]) else { return nil }   // 上百年: a hundred and more, no years
        var e = n.end
        if t.at(e) == measureWord {
            if t.at(e + 1) == monthMark { return (.adjacentUnits(.month, direction * n.value), e + 2) }
            e += 1
        }
        guard let u = durationUnits.longestMatch(in: t, at: e) else { return nil }
        switch u.value {
        case .quarter where (t.at(q - 1) == deadlineMark || t.at(q - 1) == lastMark) && n.value <= 4:
            // 前三季度, 前三个季度: the first quarters of this year (as economic news means it);
            // 后两个季度 the last ones.
            var spec = DateSpec(); spec.year = .relative(0)
            spec.within = .firstMonths(t.at(q - 1) == lastMark ? -3 * n.value : 3 * n.value)
            return (.point(spec), u.end)
        case .day where workdayWord.match(t, at: e) == u.end:
            return (.adjacentWorkdays(direction * n.value), u.end)
        case .year:
            if notTimeAt(t, u.end - 1) || follows(t, u.end, .quantity) { return nil }
            fallthrough
        case .week, .day, .quarter, .month:
            return (.adjacentUnits(u.value, direction * n.value), u.end)
        default:
            return nil
        }
    }

    /// `近两年来`, `过去二十年`, `未来一周`, `今后3个月`: N units up to or from the reference.
    private func rollingUnits(_ t: Text, at p: Int, direction: Int) -> (RawValue, Int)? {
        let q = t.at(p) == possessive ? p + 1 : p   // 接下来的两周
        // `近7日`, `未来14日`: after a lead an Arabic count and 日 are days, no day of the month.
        if let n = numerals.read(t, at: q), n.isArabic, n.value > 0, has(t.at(n.end), .dayMark), t.at(n.end) != labelDayMark {
            var end = n.end + 1
            if direction < 0, let s = rollingPastSuffixes.match(t, at: end) { end = s }
            return (.rollingUnits(.day, direction * n.value), end)
        }
        guard let d = durationChain(t, at: q), d.parts.count == 1 || d.halves > 0, let unit = d.smallestUnit else { return nil }
        var end = d.end
        // `近五年来自治区…`: the lead (近, 过去) already says "up to now", so 来 closes the span
        // whatever word it may seem to open (only a bare count needs notSinceWords).
        if direction < 0, let s = rollingPastSuffixes.match(t, at: end) { end = s }
        // 近十几年来, 未来三五年: a period of an approximate length is vague.
        if d.approximate { return (.vague(direction < 0 ? .past : .future), end) }
        return (.rollingUnits(unit, direction * d.amount(in: unit)), end)
    }

    /// `几天前`, `数月后`: an unknown count of units away is vague (PAST_REF, FUTURE_REF).
    private func fewUnitsAway(_ t: Text, at p: Int) -> (RawValue, Int)? {
        guard var q = fewEnd(t, p) else { return nil }
        if t.at(q) == measureWord { q += 1 }
        if t.at(q) == monthMark { q += 1 }
        else if let u = durationUnits.longestMatch(in: t, at: q) { q = u.end }
        else { return nil }
        if let e = offsetAfter.match(t, at: q) { return (.vague(.future), e) }
        if let e = offsetBefore.match(t, at: q), !notTimeAt(t, q) { return (.vague(.past), e) }
        return nil
    }

    /// `每周一`, `每天晚上8点`, `每个星期天早上9点一刻`, `每半个钟头`, `每年3月`, `每年的5月1日`,
    /// `每月15日`; ranges inside the recurring unit (`每周一至周五`, `每天上午9点至下午5点`) are
    /// one set from its first to its last point; a bare `每年` is `P1Y`.
    /// 逢 before a weekday or the weekend (`逢周一`, `逢周末`): each one.
    func meetsWeekly(_ t: Text, at p: Int) -> Bool {
        switch wordAt(t, p + 1)?.0 {
        case .weekday?, .weekend?: return true
        default: return false
        }
    }

    private func recurrence(_ t: Text, at p: Int) -> (RawValue, Int)? {
        var q = recurrenceFillers.match(t, at: p + 1) ?? p + 1
        // 每到周末, 每当夏天: each time a named period comes round (not 每当夜幕: a period only);
        // a weekday is read on as after 每周 (`每到周六上午`, `每到周一至周五`).
        if let e = recurrenceReaches.match(t, at: p + 1) {
            guard let r = recurringPeriod(t, at: e) else { return nil }
            guard case .weekday? = wordAt(t, e)?.0 else { return r }
            q = e
        }
        // 每逢春节, 每逢国庆: a festival each year, as after 每年.
        if q > p + 1, let (w, e) = wordAt(t, q), case .festival(let date, _) = w { return eachYear(date, e) }
        if t.at(q) == measureWord { q += 1 }
        var datePart: String?
        // The weekday of `datePart` when it is one (`每周一`), and whether it is each day.
        var weekday: Int?
        var daily = false
        var podValue: PartOfDay?
        var small = false
        // The unit right after 每 (每年, 每周), read once for the readings below.
        let unit = bareRecurrenceUnit(t, at: q)
        // 每周三次, 每天两回: how often in each unit; the unit alone recurs.
        if let (u, e) = unit, let n = numerals.read(t, at: e), timesCounters.match(t, at: n.end) != nil {
            return (.recurs(DurationParts(parts: [u: 1]).iso), e)
        }
        if let (w, e) = wordAt(t, q), case .weekend = w { return (.recurs("XXXX-WXX-WE"), e) }   // 每周末
        // 每周周末, 每周的周末: the unit said again before its weekend, as 每周末.
        if let (u, e) = unit, u == .week, let (w, e2) = wordAt(t, t.at(e) == possessive ? e + 1 : e),
           case .weekend = w { return (.recurs("XXXX-WXX-WE"), e2) }
        // 每年的第一天, 每周最后一天, 每年最后一个月: the first or last unit inside each unit.
        if let (u, e) = unit, let r = edgeOfEach(u, t, at: t.at(e) == possessive ? e + 1 : e) { return r }
        // 每年的今天, 每年的这一天: the reference's month and day, each year.
        if let (u, e) = unit, u == .year, let e2 = referenceDayWord(t, at: t.at(e) == possessive ? e + 1 : e) {
            return (.set(Recurrence(pattern: "XXXX", referenceDay: true)), e2)
        }
        // 每个工作日 (上午): Monday to Friday (that part of them), as 每周一至周五.
        if let e = workdayWord.match(t, at: q) {
            if let (w, e2) = wordAt(t, e), case .partOfDay(let pod, _, _, _, _) = w {
                return (.recurs(setRange("XXXX-WXX-1T\(pod.rawValue)", "XXXX-WXX-5T\(pod.rawValue)", "P4D")), e2)
            }
            return (.recurs(setRange("XXXX-WXX-1", "XXXX-WXX-5", "P4D")), e)
        }
        // `每周的星期一`, `每天的早上八点`: 的 between the unit and what recurs in it.
        if let (u, e) = unit, t.at(e) == possessive {
            if u == .week, case .weekday? = wordAt(t, e + 1)?.0 { q = e + 1 }
            else if u == .day, partOfDay(t, at: e + 1, short: false) != nil || clock(t, at: e + 1, context: true) != nil {
                datePart = "XXXX-XX-XX"; daily = true; q = e + 1
            }
        }
        if datePart != nil {
            // Each day's part of day or clock, read below.
        } else if let (w, e) = wordAt(t, q), case .weekday(let d) = w {
            datePart = "XXXX-WXX-\(d)"; weekday = d; q = e
            // 每周一至周五: the weekdays from one to the other.
            // (`每周一至五`: the end may be a bare weekday, as in a range of days.)
            if let s = separator(t, at: q), let (d2, e2) = rangeEndWeekday(t, at: s), d2 > d {
                // 每周一至周五上午 (9点): that part of each of those days, or the clock in it.
                // (`每周一到周五的晚上七点`: 的 may stand before them, as after a day.)
                let at = t.at(e2) == possessive && (partOfDay(t, at: e2 + 1, short: false) != nil || clock(t, at: e2 + 1, context: true) != nil) ? e2 + 1 : e2
                var pod: PartOfDay?, small = false, e3 = at
                if let (w3, pe) = wordAt(t, at), case .partOfDay(let p3, let s3, _, _, _) = w3 { pod = p3; small = s3; e3 = pe }
                // (A range of clocks after them is each day's hours, a mention of its own.)
                if let (c, ce) = clock(t, at: e3, context: true), separator(t, at: ce) == nil {
                    let wall = c.wall(partOfDay: pod, smallHours: small)
                    let time = clockOfSet(wall)
                    return (.recurs(setRange("XXXX-WXX-\(d)\(time)", "XXXX-WXX-\(d2)\(time)", "P\(d2 - d)D")), ce)
                }
                if let pod {
                    return (.recurs(setRange("XXXX-WXX-\(d)T\(pod.rawValue)", "XXXX-WXX-\(d2)T\(pod.rawValue)", "P\(d2 - d)D")), e3)
                }
                return (.recurs(setRange("XXXX-WXX-\(d)", "XXXX-WXX-\(d2)", "P\(d2 - d)D")), e2)
            }
        } else if let d = durationChain(t, at: q) {
            // `每两周的周一`: that weekday of each such span (TIMEX3 sets carry no interval with a day).
            if d.smallestUnit == .week, !d.approximate, let (w, e) = wordAt(t, t.at(d.end) == possessive ? d.end + 1 : d.end),
               case .weekday(let wd) = w {
                return (.set(Recurrence(pattern: "XXXX-WXX-\(wd)", weekday: wd)), e)
            }
            return (.recurs(d.iso), d.end)
        } else if let (u, e) = durationUnits.longestMatch(in: t, at: q).map({ ($0.value, $0.end) }), u == .day {
            datePart = "XXXX-XX-XX"; daily = true; q = e
        } else if has(t.at(q), .dayMark) {
            datePart = "XXXX-XX-XX"; daily = true; q += 1
        } else if t.at(q) == monthMark, let (day, e) = recurringDay(t, at: q + 1) {
            // 每月1日至5日: the days from one to the other, each month.
            if let s = separator(t, at: e), let (day2, e2) = recurringDay(t, at: s), day2 > day {
                return (.recurs(setRange("XXXX-XX-\(pad(day, 2))", "XXXX-XX-\(pad(day2, 2))", "P\(day2 - day)D")), e2)
            }
            datePart = "XXXX-XX-\(pad(day, 2))"; q = e                 // 每月15日, 每月的15号 (上午, 9点)
        } else if t.at(q) == monthMark, let (w, e) = recurringPart(t, at: q + 1) {
            // 每月上旬, 每月的月初: those days of each month, written like a range. A part whose
            // last day varies (下旬, 月底) or a weekday of the month (每月最后一个周五) has no
            // TIMEX3 pattern: the month recurs, as the year does in 每年春节.
            if let (a, b) = w.daysOfMonth, let b {
                return (.recurs(setRange("XXXX-XX-\(pad(a, 2))", "XXXX-XX-\(pad(b, 2))", "P\(b - a)D")), e)
            }
            return (.recurs(DurationParts(parts: [.month: 1]).iso), e)
        } else if t.at(q) == yearMark, let (m, day, e) = recurringMonthDay(t, at: q + 1) {
            // 每年3月至5月: the months from one to the other, each year.
            if day == nil, let s = separator(t, at: e), let (m2, nil2, e2) = recurringMonthDay(t, at: s), nil2 == nil, m2 > m {
                return (.recurs(setRange("XXXX-\(pad(m, 2))", "XXXX-\(pad(m2, 2))", "P\(m2 - m)M")), e2)
            }
            guard let day else { return (.recurs("XXXX-\(pad(m, 2))"), e) }      // 每年3月
            datePart = "XXXX-\(pad(m, 2))-\(pad(day, 2))"; q = e             // 每年的5月1日 (上午, 9点)
        } else if t.at(q) == yearMark, let r = eachYearPart(t, at: q + 1) {
            return r          // 每年春天, 每年年底
        } else if t.at(q) == yearMark, let (w, e) = wordAt(t, t.at(q + 1) == possessive ? q + 2 : q + 1),
                  case .festival(let date, _) = w {
            // 每年国庆, 每年的元旦: a festival on a fixed date recurs on it; 每年春节, 每年的母亲节:
            // one on a lunar date or a weekday has no TIMEX3 pattern, so the year recurs (the
            // festival is part of the set, never this year's date).
            return eachYear(date, e)
        } else if let (pod, e) = shortPartsOfDay.longestMatch(in: t, at: q).map({ ($0.value, $0.end) }) {
            // 每晚, 每晚8点: that part of each day, or the clock in it.
            guard clock(t, at: e, context: true) != nil else {
                return (.set(Recurrence(pattern: "XXXX-XX-XXT\(pod.rawValue)", daily: true)), e)
            }
            datePart = "XXXX-XX-XX"; daily = true; podValue = pod; q = e
        }
        if datePart == nil, let (u, e) = bareRecurrenceUnit(t, at: q) {
            return (.recurs(DurationParts(parts: [u: 1]).iso), e)    // 每年, 每周, 每天: P1Y, P1W, P1D
        }
        guard let date = datePart else { return nil }
        if podValue == nil, let (pod, s, e) = setPartOfDay(t, at: q) { podValue = pod; small = s; q = e }
        if let (c, e) = clock(t, at: q, context: true) {
            let wall = c.wall(partOfDay: podValue, smallHours: small)
            let from = date + clockOfSet(wall)
            // 每天上午9点至下午5点: the hours from one clock to the other, each day.
            if let s = separator(t, at: e) {
                var r = s
                var pod2 = podValue, small2 = small
                // `每晚22时至次日6时`: the next day's hours; the span wraps past midnight anyway.
                if let (w, we) = wordAt(t, r), case .anaphoricDay(1, _) = w { r = we; pod2 = nil; small2 = true }
                if let (pod, sm, we) = setPartOfDay(t, at: r) { pod2 = pod; small2 = sm; r = we }
                if let (c2, e2) = clock(t, at: r, context: true) {
                    let w2 = c2.wall(partOfDay: pod2, smallHours: small2)
                    if let r = dailyHours(date, wall, w2, daily: daily) { return (.set(r), e2) }
                }
            }
            return (.set(Recurrence(pattern: from, daily: daily)), e)
        }
        if let podValue { return (.set(Recurrence(pattern: "\(date)T\(podValue.rawValue)", daily: daily)), q) }
        return daily ? (.recurs("P1D"), q) : (.set(Recurrence(pattern: date, weekday: weekday)), q)
    }

    /// A festival each year: its fixed date (`XXXX-10-01`); one on a lunar date or a weekday
    /// has no TIMEX3 pattern, so the year recurs (`P1Y`).
    private func eachYear(_ date: Festival, _ e: Int) -> (RawValue, Int) {
        if case .solar(let m, let d) = date { return (.recurs("XXXX-\(pad(m, 2))-\(pad(d, 2))"), e) }
        return (.recurs(DurationParts(parts: [.year: 1]).iso), e)
    }

    /// 每年 and a part of the year: a season recurs (`每年春天` → `XXXX-SP`); a part with no
    /// TIMEX3 pattern (`每年年底`, `每年的上半年`) makes the year recur, as in 每年春节. A
    /// one-character part (初, 底) opens another word there (`每年初一`).
    private func eachYearPart(_ t: Text, at p: Int) -> (RawValue, Int)? {
        let s = t.at(p) == possessive ? p + 1 : p
        guard let (part, e) = yearPart(t, at: s) else { return nil }
        if case .season(let season) = part { return (.recurs("XXXX-\(season.rawValue)"), e) }
        return e - s > 1 ? (.recurs(DurationParts(parts: [.year: 1]).iso), e) : nil
    }

    /// The named period after 每到, 每当: a weekend, weekday, part of day, season or festival, each one.
    func recurringPeriod(_ t: Text, at q: Int) -> (RawValue, Int)? {
        if let (w, e) = wordAt(t, q) {
            switch w {
            case .weekend: return (.recurs("XXXX-WXX-WE"), e)
            case .weekday(let d): return (.set(Recurrence(pattern: "XXXX-WXX-\(d)", weekday: d)), e)
            case .partOfDay(let pod, let small, _, _, _):
                // `每当下午三点`: the clock in that part of each day, as after 每天.
                if let (c, ce) = clock(t, at: e, context: true) {
                    return (.set(Recurrence(pattern: "XXXX-XX-XX" + clockOfSet(c.wall(partOfDay: pod, smallHours: small)), daily: true)), ce)
                }
                return (.set(Recurrence(pattern: "XXXX-XX-XXT\(pod.rawValue)", daily: true)), e)
            case .festival(let date, _): return eachYear(date, e)
            default: break
            }
        }
        if let (part, e) = yearPart(t, at: q), case .season(let season) = part { return (.recurs("XXXX-\(season.rawValue)"), e) }
        return nil
    }

    /// The end of 这一天, 这天, 那天 at `q`: after a count of units away (`五年前的这一天`), the
    /// same day so far away, as 今天 (and as after a relative year, `去年的这一天`). Not where
    /// its 天 opens a word (`十年前那天真烂漫`, `去年这天空`: `TimeLexicon.dayNameWordTable`).
    func sameDayRestatement(_ t: Text, at q: Int) -> Int? {
        guard q < t.count, dayRestatements.startsWord(t[q]), let m = dayRestatements.longestMatch(in: t, at: q), m.value == 0,
              !dayNameWordWins(t, m.end - 1) else { return nil }
        return m.end
    }

    /// The reference's day named after 每年: 今天, 今日, 这一天, 这天.
    private func referenceDayWord(_ t: Text, at q: Int) -> Int? {
        if let (w, e) = wordAt(t, q), case .relativeDay(0) = w { return e }
        if let m = dayRestatements.longestMatch(in: t, at: q), m.value == 0, t.at(q) != TimeLexicon.thatWord.scalarValue { return m.end }
        return nil
    }

    /// A part of day of each day before its clock: a word (`上午`), or one character (`早`,
    /// `晚`) where a clock follows (`每天早8点`, `每日晚9时`).
    private func setPartOfDay(_ t: Text, at q: Int) -> (PartOfDay, small: Bool, end: Int)? {
        if let (w, e) = wordAt(t, q), case .partOfDay(let pod, let s, _, _, _) = w { return (pod, s, e) }
        if let (pod, e) = shortPartsOfDay.longestMatch(in: t, at: q).map({ ($0.value, $0.end) }),
           clock(t, at: e, context: true) != nil { return (pod, false, e) }
        return nil
    }

    /// The nth or last day (or month) inside each week, month or year: `XXXX-WXX-1`,
    /// `XXXX-12-31`, `XXXX-12`; the last day of each month varies and has no TIMEX3 pattern,
    /// so the month recurs (`P1M`), as in `每月下旬`. A part of day after a day is that part
    /// of each such day (`每周的第一天上午`: `XXXX-WXX-1TMO`).
    private func edgeOfEach(_ u: CalendarUnit, _ t: Text, at q: Int) -> (RawValue, Int)? {
        func day(_ v: String, _ e: Int, weekday: Int? = nil) -> (RawValue, Int) {
            if let (w, e2) = wordAt(t, e), case .partOfDay(let pod, _, _, _, _) = w { return (.recurs("\(v)T\(pod.rawValue)"), e2) }
            return (.set(Recurrence(pattern: v, weekday: weekday)), e)
        }
        if let (n, e) = ordinal(t, at: q, unit: dayWordForOrdinal) {
            switch u {
            case .week where n <= 7: return day("XXXX-WXX-\(n)", e, weekday: n)
            case .year where n <= 31: return day("XXXX-01-\(pad(n, 2))", e)
            default: return nil   // 每月的第一天: recurringDay
            }
        }
        if let (n, e) = ordinal(t, at: q, unit: monthWordForOrdinal), u == .year, n <= 12 { return (.recurs("XXXX-\(pad(n, 2))"), e) }
        guard let (last, e) = lastOf(t, at: q) else { return nil }
        switch (u, last) {
        case (.week, .day): return day("XXXX-WXX-7", e, weekday: 7)
        case (.year, .day): return day("XXXX-12-31", e)
        case (.year, .month): return (.recurs("XXXX-12"), e)
        case (.month, .day): return (.recurs(DurationParts(parts: [.month: 1]).iso), e)
        default: return nil
        }
    }

    /// A weekday ending a range of recurring days: a weekday word, or its bare name (`每周一至五`).
    private func rangeEndWeekday(_ t: Text, at s: Int) -> (Int, Int)? {
        if let (w, e) = wordAt(t, s), case .weekday(let d) = w { return (d, e) }
        return listedWeekday(t, at: s).map { ($0, s + 1) }
    }

    /// A recurring range, written like a range of dates: `(XXXX-WXX-1,XXXX-WXX-5,P4D)`.
    private func setRange(_ from: String, _ to: String, _ length: String) -> String { "(\(from),\(to),\(length))" }

    /// Each day's (or each weekday's) hours from one wall clock to the other (`每天上午9点至下午5点`),
    /// wrapping past midnight (`每晚22时至次日6时`); nil where they make no span.
    func dailyHours(_ date: String, _ a: (hour: Int, minute: Int, second: Int?), _ b: (hour: Int, minute: Int, second: Int?),
                    daily: Bool) -> Recurrence? {
        var minutes = ((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) + 24 * 60) % (24 * 60)
        if minutes == 0 && b.hour == 24 { minutes = 24 * 60 }   // 每日0时至24时: the whole day
        guard minutes > 0 else { return nil }
        let length = DurationParts(parts: [.hour: minutes / 60, .minute: minutes % 60].filter { $0.value > 0 }).iso
        return Recurrence(pattern: setRange(date + clockOfSet(a), date + clockOfSet(b), length), daily: daily)
    }

    /// The clock of a recurring time (`T09:00`; 24 o'clock is 00).
    func clockOfSet(_ wall: (hour: Int, minute: Int, second: Int?)) -> String {
        "T\(pad(wall.hour % 24, 2)):\(pad(wall.minute, 2))"
    }

    /// A part of the month after 每月 (`上旬`, `的月初`, `最后一个周五`).
    private func recurringPart(_ t: Text, at p: Int) -> (DateSpec.Within, Int)? {
        let q = t.at(p) == possessive ? p + 1 : p
        if let (w, e) = monthPart(t, at: q) { return (w, e) }
        if let (n, d, e) = nthWeekday(t, at: q) { return (.nthWeekday(n, d), e) }
        return nil
    }

    /// The day after 每月: `15日`, `的15号`, `十五日`.
    private func recurringDay(_ t: Text, at p: Int) -> (Int, Int)? {
        // `每月的15号`, `每月逢15日` (market days).
        let q = t.at(p) == possessive || t.at(p) == meetWord ? p + 1 : p
        // 每月的第一天: the nth day of each month.
        if let (n, e) = ordinal(t, at: q, unit: dayWordForOrdinal), (1...31).contains(n) { return (n, e) }
        guard let n = numerals.read(t, at: q), (1...31).contains(n.value) else { return nil }
        if has(t.at(n.end), .dayMark) { return (n.value, n.end + 1) }
        // `每月1、15日`: an item before the unit borrows it from the list's last item.
        return sharesUnit(t, after: n, { self.has($0, .dayMark) }) ? (n.value, n.end) : nil
    }

    /// True when a list of numbers (、, 和) runs from the one read to an item closed by the
    /// unit `isUnit` accepts: `1、15日`, `3、9月`.
    private func sharesUnit(_ t: Text, after n: NumeralReader.Numeral, _ isUnit: (UInt32) -> Bool) -> Bool {
        var i = n.end
        while has(t.at(i), .listJoiner), let m = numerals.read(t, at: i + 1), m.isArabic == n.isArabic {
            if isUnit(t.at(m.end)) { return true }
            i = m.end
        }
        return false
    }

    /// The month and perhaps day after 每年: `3月`, `的5月1日`, `十月`.
    private func recurringMonthDay(_ t: Text, at p: Int) -> (Int, Int?, Int)? {
        let q = t.at(p) == possessive ? p + 1 : p
        guard let m = numerals.read(t, at: q), (1...12).contains(m.value), !numerals.isCountingDigit(t[q]) else { return nil }
        // `每年3、9月`: an item before the unit borrows it from the list's last item.
        if t.at(m.end) != monthMark { return sharesUnit(t, after: m, { $0 == self.monthMark }) ? (m.value, nil, m.end) : nil }
        if let (d, e) = recurringDay(t, at: m.end + 1) { return (m.value, d, e) }
        let e = t.at(m.end + 1) == monthSuffix ? m.end + 2 : m.end + 1
        return (m.value, nil, e)
    }

    /// The unit after a bare 每: 每年, 每月, 每周, 每天 (每日 and 每晚 are handled as days).
    private func bareRecurrenceUnit(_ t: Text, at q: Int) -> (CalendarUnit, Int)? {
        if t.at(q) == monthMark { return (.month, q + 1) }
        if t.at(q) == yearMark { return (.year, q + 1) }
        guard let m = durationUnits.longestMatch(in: t, at: q) else { return nil }
        return (m.value, m.end)
    }

    /// `上世纪80年代`, `19世纪70年代`, `80年代`, `上世纪`.
    func decade(_ t: Text, at p: Int) -> (DecadeSpec, Int)? {
        var spec = DecadeSpec()
        var q = p
        if let (w, e) = wordAt(t, p), case .relativeCentury(let k) = w {
            spec.relativeCentury = k; q = e
        } else if let n = numerals.read(t, at: p), n.value > 0, n.value <= 21, let e = century.match(t, at: n.end) {
            spec.century = n.value; q = e
        }
        // 五六十年代, 八九十年代: neighbouring decades, a span from one to the other.
        if numerals.isChineseNumeral(t.at(q)), let n = numerals.neighbourDigits(t, at: q), n.tens == 0, n.high == n.low + 1,
           numerals.isTen(t.at(n.end)),
           let e = yearDecade.match(t, at: n.end + 1) {
            spec.decade = 10 * n.low; spec.throughDecade = 10 * n.high
            return (spec, e)
        }
        if let n = numerals.read(t, at: q), n.value % 10 == 0, let e = yearDecade.match(t, at: n.end) {
            if n.isArabic && n.digits == 4 { spec.absoluteDecade = n.value / 10 }
            else if n.value < 100 { spec.decade = n.value } else { return nil }
            return (spec, e)
        }
        return q > p ? (spec, q) : nil
    }
}
