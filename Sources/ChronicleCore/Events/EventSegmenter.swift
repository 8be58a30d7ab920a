/// An event being assembled: the clause that opened it, its date, and the clauses that
/// report on it (its scope, where its leaders are found).
struct DraftEvent {
    var kind: String
    var trigger: TriggerHit
    var openingClause: Int
    var timex: Timex
    var modifier: TimexModifier?
    var dateText: String?
    /// Index into the article's mentions of the expression that dates it.
    var governing: Int?
    var inherited: Bool
    var planned: Bool
    var scope: [Int]
    /// Set when only the headline names the activity (`张三调研安全生产工作` over a body
    /// that says `来到…了解`): the trigger as written there.
    var headlineTrigger: String? = nil
    /// One of the events of a respective action (`分别参加了X区、Y区…`): its own place, and
    /// its position among them, which pairs it with a person of a list as long.
    var respective: (place: Range<Int>, index: Int, count: Int)? = nil
}

extension Timex {
    /// A range of days or longer (`4月1日至10日`, a month): a programme, not one occasion.
    var spansDays: Bool {
        switch self {
        case .range, .month, .week: return true
        default: return false
        }
    }

    /// One day, at any precision within it (`4月2日`, `4月2日上午`).
    var isOneDay: Bool { coveredDays.map { $0.first == $0.last } ?? false }

    /// A month or a span of months.
    var isMonthsLong: Bool {
        switch self {
        case .month: return true
        case .range(.month, .month): return true
        default: return false
        }
    }

    /// Over before `other`'s first day, whatever its precision (a day, a month, a span).
    func endsBefore(_ other: Timex) -> Bool {
        guard let last = coveredDays?.last, let day = other.firstDay else { return false }
        return last < day
    }
}

/// Decides where events start in an article and which expression dates each.
///
/// Policy, in order, for a clause holding a trigger:
/// 1. A sentence opening with an inheritance cue (`会后`, `随后`, `仪式结束后`) starts a new
///    event dated like the one before it.
/// 2. A clause opening with a connector (`并到…座谈交流`) starts a new event when its kind
///    differs; it too takes the date before it.
/// 3. A clause governed by a date expression of its own (in the clause, else earlier in the
///    sentence) starts a new event when its kind differs from the current one, or its day
///    does (`会议决定，下周二召开…动员大会`).
/// 4. Anything else reports on the current event, unless a sentence opening with a date of
///    another day came in between: what follows it reports on something else (an activity
///    without a trigger), so its people and places stay out of the current event.
/// The first event of an article may also start in the lead sentence without a date of its
/// own when its trigger is specific: it then takes the first date of the article, or
/// `PAST_REF` when the article has none (a reported event is past, never a made-up day).
struct EventSegmenter {
    let lexicon: CompiledLexicon

    func drafts(_ text: ArticleText, scanned: TriggerScanner.Clauses, mentions: [TimeMention],
                reference: CalendarDate) -> [DraftEvent] {
        let hits = scanned.hits
        let governing = mentions.indices.filter { isGoverning(mentions[$0], text) }
        var drafts: [DraftEvent] = []
        // Which mentions date a draft already, by index: a flag each, not a set hashed per article.
        var used = [Bool](repeating: false, count: mentions.count)
        var pending: [Int] = []
        var sentence = -1
        var lastInSentence: Int?
        var cueArmed = false
        var connectorArmed = false
        var scopeClosed = false
        // The date that opens the current sentence, and whether a trigger came after it.
        var sentenceDate: Int?
        var sentenceHadHit = false
        var g = 0
        let s = text.scalars
        // The tables asked at every clause, read into locals once: each read through the
        // lexicon (a class) retains and releases the table. `pending` keeps its storage from
        // sentence to sentence (emptied, not made again), so its appends grow it once.
        let (inheritanceCues, connectors, openFrameConnectors, furtherCues) =
            (lexicon.inheritanceCues, lexicon.connectors, lexicon.openFrameConnectors, lexicon.furtherActivityCues)
        let cueFirsts = lexicon.inheritanceCueFirsts

        for (ci, clause) in text.clauses.enumerated() {
            if clause.sentence != sentence {
                if !drafts.isEmpty && !scopeClosed && !pending.isEmpty { drafts[drafts.count - 1].scope += pending }
                pending.empty()
                sentence = clause.sentence
                lastInSentence = nil
                cueArmed = false
                connectorArmed = false
                sentenceDate = opensWithDate(clause.range, governing[g...], mentions, s)
                sentenceHadHit = false
                if let last = drafts.last, let m = sentenceDate, !sameOccasion(mentions[m].timex, last.timex) {
                    scopeClosed = true
                }
            }
            // A cue clause (`会见后`, `演练结束后`) arms the next trigger; its own words are no trigger.
            let cueEnd = self.cueEnd(clause.range, s, cues: inheritanceCues, firsts: cueFirsts)
            if cueEnd != nil { cueArmed = true }
            // `座谈会上，…`: the setting implies an event only after an activity (`调研`, `参观`),
            // not after a named event, whose part it is (`读书班…举行。开班式上，…`), and only
            // when none of its kind was reported.
            let setting = hits[ci].first { $0.setting }
            if let setting, let last = drafts.last, last.trigger.weight < setting.weight,
               !drafts.contains(where: { $0.kind == setting.kind }) { cueArmed = true }
            let reportedKinds = setting == nil ? [] : Set(drafts.map(\.kind))
            // The governing mentions starting in the clause: a run of `governing` (sorted by
            // start, as the mentions are), taken as a slice, not gathered into an array per clause.
            var firstInClause = g
            while g < governing.count, mentions[governing[g]].start < clause.range.upperBound {
                if mentions[governing[g]].start < clause.range.lowerBound { firstInClause = g + 1 }
                g += 1
            }
            let inClause = governing[firstInClause..<g]
            defer { if let last = inClause.last { lastInSentence = last } }
            // `会议决定：…`, `在…晚宴上，…` report the event only as the first news of a sentence
            // that opens with its own date (`12月25日，…会议决定：…`), or with a date of its
            // own right before it in its clause (`记者从11月18日召开的新闻发布会上获悉`) that
            // names its day: a setting named by its month (`在3月召开的…大会上，…获评…`) is background.
            let dependentDated = !sentenceHadHit && sentenceDate.map { !used[$0] } ?? false
            let clauseHits = hits[ci].filter { h in
                h.range.lowerBound >= (cueEnd ?? clause.range.lowerBound)
                    && !(h.setting && (reportedKinds.contains(h.kind) || (drafts.last?.trigger.weight ?? 0) >= h.weight))
                    && (!h.dependent || dependentDated
                        || inClause.contains { !used[$0] && mentions[$0].end <= h.range.lowerBound
                                               && mentions[$0].timex.isOneDay })
            }
            if !clauseHits.isEmpty { sentenceHadHit = true }

            let opensWithConnector = connectors.matches(s, at: clause.range.lowerBound, end: clause.range.upperBound)
            guard let hit = clauseHits.representative else {
                // `并就如何…，…开展座谈交流`: the connector joins the activity of a later clause.
                if openFrameConnectors.matches(s, at: clause.range.lowerBound, end: clause.range.upperBound) {
                    connectorArmed = true
                }
                pending.append(ci)
                continue
            }
            let draftCount = drafts.count
            defer { if drafts.count > draftCount { scopeClosed = false } }
            // `调研…情况并走访…代表`: a second activity joined inside the clause is an event of
            // its own, dated like the first.
            defer {
                if let first = drafts.indices.last, drafts.count > draftCount || drafts[first].scope.last == ci {
                    for extra in joinedActivities(after: hit, in: clauseHits, s) where extra.kind != drafts[drafts.count - 1].kind {
                        drafts.append(inheriting(drafts[drafts.count - 1], hit: extra, clause: ci, pending: []))
                    }
                }
            }
            // A date inside what is studied (`学习了…3月18日…会议上的讲话精神`) dates no event here.
            let studied = scanned.studied(inClause: ci)
            // A festival after a date names what is celebrated (`9月10日，庆祝第41个
            // 教师节暨表彰大会…`): the date governs.
            // So does a date in an earlier clause of the sentence (`9月10日上午，全区庆祝…`).
            let before = inClause.filter { mentions[$0].end <= hit.range.lowerBound }
            let festivalsOnly = !before.isEmpty && before.allSatisfy { mentions[$0].isFestival }
            let gov = (festivalsOnly ? lastInSentence.flatMap { mentions[$0].isFestival ? nil : $0 } : nil)
                ?? (before.last { !mentions[$0].isFestival } ?? before.last)
                ?? inClause.first { mentions[$0].start >= hit.range.upperBound && !(studied?.contains(mentions[$0].start) ?? false) }
                ?? lastInSentence
            let own = gov.flatMap { used[$0] ? nil : $0 }
            // A date over before the first event's day, told as the past, is history beside
            // the news (`去年10月，…举行了…`, `今年3月召开的…会议确定的任务`), no event of its own.
            // Earlier alone it is news (`今日…。昨日上午，…`, `3月，全区召开了…`), at any precision.
            if let m = own, let first = drafts.first, mentions[m].timex.endsBefore(first.timex),
               toldAsPast(mentions[m], from: text.sentences[clause.sentence].lowerBound, before: hit.range.lowerBound, s) {
                pending.append(ci)
                continue
            }
            let cueHere = cueArmed
            cueArmed = false
            let connector = opensWithConnector || connectorArmed
            connectorArmed = false
            // `王五一行还前往…调研`: a further activity, even of the same kind. (A plain loop
            // with the cues' first scalars tested inline: most positions start none.)
            var further = false
            var k = clause.range.lowerBound
            while !further, k < hit.range.lowerBound {
                further = furtherCues.startsWord(s[k].value) && furtherCues.matches(s, at: k, end: hit.range.lowerBound)
                k += 1
            }
            // `…座谈会召开，…，签订合作框架协议`: a signing within an event of another kind,
            // told once (`会上，双方签订…` restates it).
            let signing = hit.signing && drafts.last.map { last in
                last.kind != hit.kind && !drafts.contains { $0.kind == hit.kind && $0.timex == last.timex }
            } ?? false

            // `A、B分别参加了X区、Y区…`: one event per place, dated by the clause or like the one before.
            let respective = PlaceFinder(lexicon: lexicon).respectivePlaces(before: hit.range.lowerBound, in: clause.range, s)
            if respective.count >= 2, own != nil || !drafts.isEmpty {
                var base: DraftEvent
                if let m = own {
                    used[m] = true
                    base = dated(hit, clause: ci, mention: m, mentions, text, reference, pending: pending)
                } else {
                    base = inheriting(drafts[drafts.count - 1], hit: hit, clause: ci, pending: pending)
                }
                pending.empty()
                for (k, place) in respective.enumerated() {
                    base.respective = (place, k, respective.count)
                    drafts.append(base)
                    base.scope = [ci]
                }
                continue
            }

            if !drafts.isEmpty {
                // Fields, not the draft: holding a copy would make the in-place appends below copy its scope.
                let last = drafts.count - 1
                let (kind, timex, opening, weight) = (drafts[last].kind, drafts[last].timex,
                                                      drafts[last].openingClause, drafts[last].trigger.weight)
                if cueHere, let m = own {
                    // `…昨日上午到A镇…，之后与…座谈`: the sentence's own date, not the last event's.
                    used[m] = true
                    drafts.append(dated(hit, clause: ci, mention: m, mentions, text, reference, pending: pending))
                    pending.empty()
                } else if cueHere || (connector && own == nil && hit.kind != kind)
                            || ((further || signing) && own == nil && !timex.spansDays) {
                    // (A further activity during a programme of several days is part of it.)
                    // Sentences before the one that moves on still report the event before.
                    let earlier = pending.filter { text.clauses[$0].sentence < clause.sentence }
                    drafts[last].scope += earlier
                    if hit.signing && !further {
                        // A signing inside another event's report is a moment of it: its own
                        // clause only, and what follows still reports on that event.
                        drafts[last].scope += pending.filter { text.clauses[$0].sentence == clause.sentence }
                        drafts.insert(inheriting(drafts[last], hit: hit, clause: ci, pending: []), at: last)
                    } else {
                        drafts.append(inheriting(drafts[last], hit: hit, clause: ci,
                                                 pending: pending.filter { text.clauses[$0].sentence == clause.sentence }))
                    }
                    pending.empty()
                } else if let m = own, hit.kind != kind || !sameOccasion(mentions[m].timex, timex) {
                    used[m] = true
                    drafts.append(dated(hit, clause: ci, mention: m, mentions, text, reference, pending: pending))
                    pending.empty()
                } else {
                    // In place: copying the draft would copy its scope, quadratic on long pages.
                    if !pending.isEmpty { drafts[last].scope += pending }
                    drafts[last].scope.append(ci)
                    pending.empty()
                    if text.clauses[opening].sentence == clause.sentence, weight <= 1, hit.weight > weight {
                        drafts[last].trigger = hit
                        drafts[last].kind = hit.kind
                        drafts[last].openingClause = ci
                    }
                }
            } else if let m = gov ?? nearestBefore(clause.range.lowerBound, governing, mentions, text)
                        ?? leadMention(governing, mentions, text) {
                used[m] = true
                drafts.append(dated(hit, clause: ci, mention: m, mentions, text, reference, pending: pending))
                pending.empty()
            } else if clause.sentence == 0, hit.weight >= 2 {
                var d: DraftEvent
                if let m = governing.first {
                    used[m] = true
                    d = dated(hit, clause: ci, mention: m, mentions, text, reference, pending: pending)
                } else {
                    d = DraftEvent(kind: hit.kind, trigger: hit, openingClause: ci, timex: .vague(.past),
                                   modifier: nil, dateText: nil, governing: nil, inherited: false,
                                   planned: false, scope: Self.scope(pending, then: ci))
                }
                drafts.append(d)
                pending.empty()
            } else {
                pending.append(ci)
            }
        }
        if !drafts.isEmpty && !scopeClosed { drafts[drafts.count - 1].scope += pending }
        // In reading order again (a signing was kept before the event it is a moment of); most
        // articles are in order already, and are returned without a copy of their drafts.
        if drafts.allNeighbours({ $0.openingClause <= $1.openingClause }) { return drafts }
        return drafts.enumerated().sorted { ($0.element.openingClause, $0.offset) < ($1.element.openingClause, $1.offset) }
            .map(\.element)
    }

    /// Hits after `hit` in its clause, each joined to the one before by `并`, `还`…: further
    /// activities of the same people.
    private func joinedActivities(after hit: TriggerHit, in hits: [TriggerHit], _ s: [Unicode.Scalar]) -> [TriggerHit] {
        var out: [TriggerHit] = []
        var previousEnd = hit.range.upperBound
        for h in hits where h.range.lowerBound >= hit.range.upperBound {
            defer { previousEnd = h.range.upperBound }
            guard h.kind != hit.kind else { continue }
            // A generic word (weight 1) only right after the joiner (`并走访`).
            let from = h.weight >= 2 ? previousEnd : max(previousEnd, h.range.lowerBound - 2)
            let joined = (from..<h.range.lowerBound).contains {
                lexicon.activityJoiners.matches(s, at: $0, end: h.range.lowerBound)
            }
            if joined { out.append(h) }
        }
        return out
    }

    /// The governing expression that opens a clause (`12月2日，…`), if any.
    private func opensWithDate(_ clause: Range<Int>, _ governing: ArraySlice<Int>, _ mentions: [TimeMention],
                               _ s: [Unicode.Scalar]) -> Int? {
        guard let m = governing.first(where: { mentions[$0].start >= clause.lowerBound }),
              mentions[m].start < clause.upperBound,
              (clause.lowerBound..<mentions[m].start).allSatisfy({ ScalarClass.isSpace(s[$0]) }) else { return nil }
        return m
    }

    /// An article whose body names no activity but whose headline does, with a dated lead
    /// sentence, reports that one event (`王建军调研重点项目` / `3月14日，王建军一行来到…`).
    func headlineDraft(_ headline: String, _ text: ArticleText, mentions: [TimeMention],
                       reference: CalendarDate) -> DraftEvent? {
        let governing = mentions.indices.filter { isGoverning(mentions[$0], text) }
        guard let best = headlineTrigger(headline), let m = leadMention(governing, mentions, text),
              let clause = text.clauses.firstIndex(where: { $0.range.contains(mentions[m].start) }) else { return nil }
        var hit = best.hit
        // No place in the body: tense cues are read over the whole dated clause.
        hit.range = text.clauses[clause].range.upperBound..<text.clauses[clause].range.upperBound
        var d = dated(hit, clause: clause, mention: m, mentions, text, reference, pending: [])
        d.scope = text.clauses.indices.filter { text.clauses[$0].sentence == text.clauses[clause].sentence }
        d.headlineTrigger = best.text
        return d
    }

    /// The most specific activity a headline names (a specific trigger, weight 2 at least,
    /// not blocked, not the voice or setting of something else), with the words as written.
    func headlineTrigger(_ headline: String) -> (hit: TriggerHit, text: String)? {
        let h = MatchFolding.fold(headline)
        var best: (hit: TriggerHit, text: String)?
        var i = 0
        while i < h.count {
            guard let m = lexicon.trigger(in: h, at: i) else { i += 1; continue }
            if let kind = m.payload.kind, m.payload.weight >= 2, m.payload.weight > (best?.hit.weight ?? 0),
               !lexicon.blockingSuffixes.matches(h, at: i + m.length), !lexicon.statementVerbs.matches(h, at: i + m.length),
               !lexicon.settingSuffixes.matches(h, at: i + m.length) {
                let written = Array(headline.unicodeScalars)[i..<(i + m.length)]
                best = (TriggerHit(range: 0..<0, kind: kind, weight: m.payload.weight),
                        String(scalars: written))
            }
            i += m.length
        }
        return best
    }

    /// The last date before the first event's sentence, when the sentence states none
    /// (`4月26日上午，…旅游节在…举办。县委书记A出席并宣布开幕。`): nearer than the lead's
    /// first date, which may only set the season (`时值四月`).
    private func nearestBefore(_ position: Int, _ governing: [Int], _ mentions: [TimeMention],
                               _ text: ArticleText) -> Int? {
        let k = governing.partitioningIndex { mentions[$0].start >= position }
        guard k > 0 else { return nil }
        let m = governing[k - 1]
        // Only from the sentence right before, the lead's own rule covers the rest.
        let sentence = text.sentences.partitioningIndex { $0.upperBound > mentions[m].start }
        let here = text.sentences.partitioningIndex { $0.upperBound > position }
        return here - sentence == 1 ? m : nil
    }

    /// The date of the lead sentence, which dates the first event reported after it
    /// (`4月22日上午9时30分，随着警报响起…。当天，…演练在…举行`).
    private func leadMention(_ governing: [Int], _ mentions: [TimeMention], _ text: ArticleText) -> Int? {
        let end = text.sentences.first?.upperBound ?? 0
        guard let first = governing.first, mentions[first].start < end else { return nil }
        return first
    }

    /// A new draft's scope: the clauses pending before it, then its own, in one array made
    /// with room for both (not a one-element literal and a concatenation).
    private static func scope(_ pending: [Int], then clause: Int) -> [Int] {
        var scope: [Int] = []
        scope.reserveCapacity(pending.count + 1)
        scope += pending
        scope.append(clause)
        return scope
    }

    private func inheriting(_ previous: DraftEvent, hit: TriggerHit, clause: Int, pending: [Int]) -> DraftEvent {
        DraftEvent(kind: hit.kind, trigger: hit, openingClause: clause, timex: previous.timex,
                   modifier: previous.modifier, dateText: nil, governing: previous.governing,
                   inherited: true, planned: previous.planned, scope: Self.scope(pending, then: clause))
    }

    private func dated(_ hit: TriggerHit, clause: Int, mention m: Int, _ mentions: [TimeMention],
                       _ text: ArticleText, _ reference: CalendarDate, pending: [Int]) -> DraftEvent {
        let mention = mentions[m]
        let c = text.clauses[clause].range
        let cueEnd = min(c.upperBound, max(c.lowerBound, hit.range.lowerBound))
        let (cues, s) = (lexicon.plannedCues, text.scalars)
        let cue = (c.lowerBound..<cueEnd).contains { cues.matches(s, at: $0, end: cueEnd) }
        // A tense or scheduling cue (`定于10月1日—7日开展…`) plans nothing already under way
        // on the issue date.
        let begun = mention.timex.firstDay.map { $0 < reference } ?? false
        let future = (mention.isFuture && !begun) || (mention.timex.firstDay.map { $0 > reference } ?? false)
        let planned: Bool
        if case .vague(let v) = mention.timex { planned = v == .future || (v != .past && cue) } else { planned = future || (cue && !begun) }
        return DraftEvent(kind: hit.kind, trigger: hit, openingClause: clause, timex: mention.timex,
                          modifier: mention.modifier, dateText: mention.text, governing: m, inherited: false,
                          planned: planned, scope: Self.scope(pending, then: clause))
    }

    /// A date told as the past: a past cue in its sentence up to it (`去年10月`, `此前，3月`),
    /// or naming an event by when it was held (`今年3月召开的…会议`: a modifier marker before
    /// the trigger).
    private func toldAsPast(_ m: TimeMention, from sentence: Int, before trigger: Int, _ s: [Unicode.Scalar]) -> Bool {
        let (past, markers) = (lexicon.pastDateCues, lexicon.modifierMarkers)
        return (sentence..<max(sentence, m.end)).contains { past.matches(s, at: $0, end: m.end) }
            || (m.end..<max(m.end, trigger)).contains { markers.matches(s, at: $0, end: trigger) }
    }

    /// End of an inheritance cue (`会后`, `随后`, `仪式结束后`) opening a clause, if any.
    /// (`firsts`: the cues' first scalars, a mask tested at each opening position: asked of
    /// every clause, and most open with none.)
    private func cueEnd(_ r: Range<Int>, _ s: [Unicode.Scalar], cues: PhraseTrie<Bool>, firsts: FirstScalarMask) -> Int? {
        let window = min(r.upperBound, r.lowerBound + 6)
        // Only the opening words (`会后，`, `仪式结束后，`), never a cue deep in the clause.
        for i in firsts.candidates(in: s, from: r.lowerBound, to: window) {
            if let m = cues.longestMatch(in: s, at: i, end: r.upperBound) { return i + m.length }
        }
        return nil
    }

    /// Expressions that can date an event: not the dateline, not a deadline, not the end
    /// or start of a span (`持续至9月7日`, `自11月15日…以来`), not a bare year or duration.
    func isGoverning(_ m: TimeMention, _ text: ArticleText) -> Bool {
        guard m.start >= text.leadEnd, m.end <= text.scalars.count, m.start < m.end else { return false }
        if let mod = m.modifier, mod == .onOrBefore || mod == .onOrAfter { return false }
        switch m.timex {
        case .date, .partOfDay, .dateTime, .range, .month, .week, .weekend, .vague: break
        default: return false
        }
        let s = text.scalars
        if lexicon.nonGoverningPrefixes.matchesEnding(s, at: m.start, lowerBound: text.leadEnd) { return false }
        // The suffix after the expression, or inside it when the time engine took it in
        // (`2010年以来`; a word of two characters at least: `日前` is a vague date of its own).
        if lexicon.nonGoverningSuffixes.matches(s, at: m.end) { return false }
        let inside = lexicon.nonGoverningSuffixes.longestEndingLength(s, at: m.end)
        if inside >= 2, m.end - inside > m.start { return false }
        // A festival right before a quoted name or a named event names what is held
        // (`新年“三下乡”慰问团`, `元旦长跑活动`, `春节团拜会`), not the day it is held on.
        if m.isFestival, m.end < s.count,
           Punctuation.quoteOpeners.contains(s[m.end])
            || lexicon.triggers.longestMatch(in: s, at: m.end).map({ $0.payload.weight >= 3 }) ?? false {
            return false
        }
        // A month or more right before a noun names a period, not the day of an event
        // (`前三季度经济运行分析会`, `11月份工作例会`); before a verb it dates one (`12月召开`).
        if m.timex.isMonthsLong, m.end < s.count, ScalarClass.isHan(s[m.end]),
           !lexicon.placeTerminators.matches(s, at: m.end), !lexicon.triggers.matches(s, at: m.end) {
            return false
        }
        return true
    }

    /// Two values name the same occasion when they fall on the same day (one may be more
    /// precise than the other), or one lies inside the other's range and is no day of it.
    private func sameOccasion(_ a: Timex, _ b: Timex) -> Bool {
        if a == b { return true }
        switch (a, b) {
        case (.vague, .vague): return true
        case (.partOfDay(_, let p), .partOfDay(_, let q)) where p != q: return false
        case (.dateTime(_, let t), .dateTime(_, let u)) where t != u: return false
        case (.range, .date), (.range, .partOfDay), (.range, .dateTime),
             (.date, .range), (.partOfDay, .range), (.dateTime, .range):
            // One day of a programme told on its own (`10月1日—7日开展督查。10月6日，督查组赴…`)
            // is an occasion of its own.
            return false
        case (.range(let lo, let hi), let x), (let x, .range(let lo, let hi)):
            guard let d = x.firstDay, let l = lo.firstDay, let h = hi.firstDay else { return false }
            return l <= d && d <= h
        default:
            guard let d = a.firstDay, let e = b.firstDay else { return false }
            return d == e
        }
    }
}

private extension Array {
    /// Emptied, its storage kept: asked of the pending clauses at every new sentence and draft,
    /// often empty already, when `removeAll(keepingCapacity:)` would still replace a range.
    mutating func empty() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
