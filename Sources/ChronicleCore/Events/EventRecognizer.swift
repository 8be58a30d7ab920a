/// Recognizes the events of a page: kind, date, leaders, place, summary and source.
///
/// Pure and reentrant: the lexicon is compiled once at `init`, every call works on its own
/// values, and dates come only from the page (issue date, each article's reference date).
public struct EventRecognizer: Sendable {
    public let lexicon: EventLexicon
    let tagger: TimeTagger
    let compiled: CompiledLexicon
    let leads = LeadGrammar()

    /// The lexicon must be free of conflicts: `EventLexicon.builtin` is (a test compiles
    /// it), and `merging(userFile:)` refuses a file that would add one. A hand-built
    /// lexicon with a phrase listed twice is a programming error, as a duplicate key is
    /// for `Dictionary(uniqueKeysWithValues:)`; check one with `EventLexicon.conflict`.
    public init(lexicon: EventLexicon = .builtin, tagger: TimeTagger = TimeTagger()) {
        self.lexicon = lexicon
        self.tagger = tagger
        do { self.compiled = try CompiledLexicon(lexicon) } catch { preconditionFailure(error.description) }
    }

    public func events(in page: Page) -> [Event] {
        page.articles.flatMap { events(in: $0, issueDate: page.issueDate, source: page.source) }
    }

    /// The events of one article of a page (its time mentions found here).
    public func events(in article: Article, issueDate: CalendarDate, source: String) -> [Event] {
        // The text layer is built once; Time takes its dateline, Events its clauses.
        let text = ArticleText(article.body, leads: leads, dates: tagger)
        // Triggers first: they do not depend on dates, and an article whose body and headline
        // name no activity reports no event whatever its dates say, so its time expressions
        // (the dearest reading of an article) are not read at all.
        let scanned = TriggerScanner(lexicon: compiled).hitsByClause(in: text)
        guard scanned.hits.contains(where: { !$0.isEmpty })
                || EventSegmenter(lexicon: compiled).headlineTrigger(article.headline) != nil else { return [] }
        // The text layer's folded scalars are the time engine's (one folding table, one scalar
        // for one): handed over as their values (a scalar is its 32-bit value, so one copy of
        // the storage), not decoded and folded again from the string.
        let folded = text.scalars.withUnsafeBufferPointer { $0.withMemoryRebound(to: UInt32.self) { Array($0) } }
        let mentions = tagger.tag(text.written, reference: LocalDateTime(date: article.referenceDate),
                                  lead: .known(text.lead), folded: folded)
        return events(in: article, text: text, mentions: mentions, scanned: scanned, issueDate: issueDate, source: source)
    }

    /// The events of one article, given the time mentions found in its body (offsets
    /// into `article.body` as written).
    public func events(in article: Article, mentions: [TimeMention], issueDate: CalendarDate,
                       source: String) -> [Event] {
        let text = ArticleText(article.body, leads: leads, dates: tagger)
        let moved = mentions.map { m in
            var m = m
            m.start = text.offset(ofBodyOffset: m.start)
            m.end = text.offset(ofBodyOffset: m.end)
            return m
        }
        return events(in: article, text: text, mentions: moved, issueDate: issueDate, source: source)
    }

    func events(in article: Article, text: ArticleText, mentions: [TimeMention],
                scanned: TriggerScanner.Clauses? = nil, issueDate: CalendarDate, source: String) -> [Event] {
        // The tagger gives its mentions in order: shared then, not copied (each copy of a
        // mention retains its strings).
        var sorted = mentions.sortedUnlessInOrder { ($0.start, $0.end) < ($1.start, $1.end) }
        let scanned = scanned ?? TriggerScanner(lexicon: compiled).hitsByClause(in: text)
        let segmenter = EventSegmenter(lexicon: compiled)
        func drafted(_ mentions: [TimeMention]) -> [DraftEvent] {
            let drafts = segmenter.drafts(text, scanned: scanned, mentions: mentions, reference: article.referenceDate)
            if drafts.isEmpty, let d = segmenter.headlineDraft(article.headline, text, mentions: mentions,
                                                               reference: article.referenceDate) {
                return [d]
            }
            return drafts
        }
        var drafts = drafted(sorted)
        guard !drafts.isEmpty else { return [] }

        // The mentions' spans, made once: the leader finder's, and the place finder's when no
        // mention is dropped below.
        var dates = sorted.map { $0.start..<max($0.start, $0.end) }
        let leaderMentions = LeaderFinder(lexicon: compiled)
            .mentions(in: text, byline: article.byline, dates: dates)
        // A time word inside a person's given name (`区长周清明`, `副县长李国庆`) dates nothing:
        // Time cannot tell a name, Events can. Rare, so the drafts are made again only then.
        // A whole given name that is a time word (`区长周末`) is left to Time's own rules.
        // One sweep of the mentions (sorted by start) and the names by start, keeping the
        // furthest end of the names starting before the mention: a mention is inside a name
        // when that end reaches its end (not every name asked for every mention).
        // The names are read from the mentions where they stand when in order of start (as
        // nearly always), and the mentions filtered only when one is inside a name: no array
        // is made for an article that drops none.
        let namesInOrder = leaderMentions.allNeighbours { $0.nameRange.lowerBound <= $1.nameRange.lowerBound }
        let sortedNames = namesInOrder ? [] : leaderMentions.map(\.nameRange).sorted { $0.lowerBound < $1.lowerBound }
        func name(_ k: Int) -> Range<Int> { namesInOrder ? leaderMentions[k].nameRange : sortedNames[k] }
        var k = 0, furthest = Int.min
        func outsideNames(_ m: TimeMention) -> Bool {
            while k < leaderMentions.count, name(k).lowerBound < m.start { furthest = max(furthest, name(k).upperBound); k += 1 }
            return furthest < m.end
        }
        if !sorted.allSatisfy(outsideNames) {
            (k, furthest) = (0, Int.min)
            sorted = sorted.filter(outsideNames)
            dates = sorted.map { $0.start..<max($0.start, $0.end) }
            drafts = drafted(sorted)
            guard !drafts.isEmpty else { return [] }
        }
        let registry = LeaderRegistry(leaderMentions, in: text)
        let roles = RoleResolver(lexicon: compiled, registry: registry)
        let places = PlaceFinder(lexicon: compiled, dates: DateSpans(dates))
        let writer = SummaryWriter(lexicon: compiled)

        var previousLeaders: [Int] = []
        var previousSentence = -1
        var previousLocation: String?
        // The opening clause, then the scope's clauses in its sentence (where the venue is
        // looked for first): one buffer for the article's events, emptied for each with its
        // storage kept.
        var ownRanges: [Range<Int>] = []
        return drafts.enumerated().map { index, draft in
            // The scope's ranges, made only when no place was found in the event's own sentence
            // (a draft's scope is in clause order as the segmenter builds it: sorted only when not).
            func scope() -> [Range<Int>] { draft.scope.sortedUnlessInOrder().map { text.clauses[$0].range } }
            let opening = text.clauses[draft.openingClause]
            ownRanges.removeAll(keepingCapacity: true)
            ownRanges.reserveCapacity(draft.scope.count + 1)
            ownRanges.append(opening.range)
            for c in draft.scope where text.clauses[c].sentence == opening.sentence { ownRanges.append(text.clauses[c].range) }
            let sentenceClauses = ownRanges[1...]
            // An activity only the headline names is told by the whole lead sentence.
            let trigger = draft.headlineTrigger == nil ? draft.trigger.range.lowerBound : text.sentences[opening.sentence].upperBound
            let people = roles.people(scope: draft.scope, opening: draft.openingClause, trigger: trigger,
                                      kind: draft.kind, planned: draft.planned, text)
            var leaders = people.leaders
            var attendees = people.attendees
            // `A、B分别参加了X区、Y区…`: the people of a list as long as the places, in order.
            if let r = draft.respective {
                if leaders.count == r.count { leaders = [leaders[r.index]] }
                if attendees.count == r.count { attendees = [attendees[r.index]] }
            }
            // `周强到…调研，并与新闻工作者座谈`: the second activity has the first one's people.
            // (Not a signing: the parties sign, `双方签订…`.)
            if leaders.isEmpty, draft.inherited, !draft.trigger.signing, opening.sentence == previousSentence {
                leaders = previousLeaders
            }
            defer { previousLeaders = leaders; previousSentence = opening.sentence }
            var location = draft.respective.map { text.text($0.place) } ?? places.venue(in: ownRanges, text)
                ?? places.objectPlace(in: opening.range, text)
            // `在这里举行` points back to the site the sentence before entered: the event's own
            // words say where, before any site a later sentence tours.
            if location == nil, !draft.inherited, opening.sentence > 0, places.pointsBack(in: sentenceClauses, text) {
                let previous = sentenceRanges(opening.sentence - 1, text)
                location = places.venue(in: previous, text) ?? places.tourSite(in: previous, text)
            }
            // An event told after another (`会后，A一行来到X，检查…`) tours from its own sentence.
            // (The site toured in the scope, once asked, is not asked again below.)
            var scopeSite: String??
            if location == nil {
                let site = draft.inherited ? places.tourSite(in: sentenceClauses, text) : places.tourSite(in: scope(), text)
                if !draft.inherited { scopeSite = .some(site) }
                location = site
            }
            // `来我区考察`: the home district is where, but a site it names says more.
            if let l = location, places.isScope(l), let site = scopeSite ?? places.tourSite(in: scope(), text) { location = site }
            // `座谈会上，…` after an activity: a moment of the same occasion, so its place too,
            // when that is a place (a town, a base), not a spot on a site (`水库大坝`).
            if location == nil, draft.trigger.setting, let previous = previousLocation, places.endsLikePlace(previous) {
                location = previous
            }
            // `4月26日上午，旅游节在X景区举办。县委书记A出席并宣布开幕。`: the sentence that
            // gave the event its date sets its scene too.
            if location == nil, !draft.inherited {
                let c = draft.governing.map { g in text.clauses.partitioningIndex { $0.range.upperBound > sorted[g].start } }
                if let c, c < text.clauses.count, text.clauses[c].sentence < opening.sentence {
                    location = places.venue(in: sentenceRanges(text.clauses[c].sentence, text), text)
                }
            }
            previousLocation = location
            let subject = subjectClause(before: draft.openingClause, text, sorted)
            let summary = draft.headlineTrigger == nil
                ? writer.summary(clause: opening.range, subject: subject, text: text, mentions: sorted,
                                 leaders: leaderMentions, actor: leaders.first.map { registry.name(of: $0, in: text) })
                : writer.headlineSummary(article.headline)
            // The attendees who do not lead, written out as read: no filtered array of numbers.
            var attendeeForms: [String] = []
            for a in attendees where !leaders.contains(a) { attendeeForms.append(registry.form(of: a)) }
            return Event(kind: draft.kind, timex: draft.timex, modifier: draft.modifier,
                         dateText: draft.dateText, planned: draft.planned, summary: summary,
                         leaders: leaders.map(registry.form(of:)), location: location,
                         trigger: draft.headlineTrigger ?? text.text(draft.trigger.range),
                         sentence: text.text(sentenceWindow(opening, text)),
                         headline: article.headline, byline: article.byline, issueDate: issueDate,
                         source: source, article: article.ordinal, ordinal: index + 1,
                         attendees: attendeeForms)
        }
    }
}

extension EventRecognizer {
    /// The clause before the event's own in the same sentence, when it holds no date: a
    /// summary without a subject borrows it.
    func subjectClause(before index: Int, _ text: ArticleText, _ mentions: [TimeMention]) -> Range<Int>? {
        guard index > 0, text.clauses[index - 1].sentence == text.clauses[index].sentence else { return nil }
        let r = text.clauses[index - 1].range
        let m = mentions.partitioningIndex { $0.start >= r.lowerBound }
        return m < mentions.count && mentions[m].start < r.upperBound ? nil : r
    }

    /// The clause ranges of one sentence.
    func sentenceRanges(_ sentence: Int, _ text: ArticleText) -> [Range<Int>] {
        let first = text.clauses.partitioningIndex { $0.sentence >= sentence }
        return text.clauses[first...].prefix { $0.sentence == sentence }.map(\.range)
    }

    /// The sentence that reports the event; in text without sentence ends (a page that is
    /// one long line) a window around the event's clause, so output stays linear in size.
    /// Trimmed of spaces as written, so the one string made is the output.
    func sentenceWindow(_ clause: ArticleText.Clause, _ text: ArticleText) -> Range<Int> {
        let sentence = text.sentences[clause.sentence]
        let before = 120, after = 240
        var a = max(sentence.lowerBound, clause.range.lowerBound - before)
        var b = min(sentence.upperBound, max(clause.range.upperBound, clause.range.lowerBound + after))
        while a < b, ScalarClass.isWhitespace(text.original[a]) { a += 1 }
        while b > a, ScalarClass.isWhitespace(text.original[b - 1]) { b -= 1 }
        return a..<b
    }
}
