/// The people of an article by name, each written as at its first mention, and the parts
/// they play in an event (`roles`).
///
/// A class: every event of the article reads the one registry (its resolver and the
/// summary's actor). A struct would share its tables too (copy-on-write), but each copy
/// handed on would retain and release every table; a class is one reference to count.
final class LeaderRegistry {
    /// Title and name as first written, by person: people are numbered in order of first
    /// mention, so the parts of an event are kept by number, not by a string hashed per
    /// occurrence.
    private let forms: [String]
    /// Where the name alone of each person is written (its first mention), by number.
    private let nameRanges: [Range<Int>]
    /// Mentions by the start of their name: the title chain in front of a name, and a
    /// title written after it (`郑树辉局长`), belong to the person's span. Sorted by that
    /// start (the last mention given wins a start named twice), asked by search by halves:
    /// no table hashed per article.
    private let spans: [(start: Int, span: Range<Int>)]
    private let trie: SmallPhraseSet

    /// `mentions`: found in `text` (their ranges are its offsets).
    init(_ mentions: [LeaderMention], in text: ArticleText) {
        // People by their folded scalars (what the matcher compares: the text layer's scalars
        // are folded already, and folding is idempotent), compared in place in the text.
        // Mentions sorted by those scalars put each person's in one run: its first mention
        // numbers the person, people numbered in order of first mention (no dictionary of
        // arrays hashed); only a person's first mention makes its key and its form.
        // Compared in the scalars' buffer: a slice of the array per comparison would retain
        // and release its storage each time.
        var first = [Int](repeating: 0, count: mentions.count)
        var people: [[UInt32]] = []
        // The mentions' indices, sorted by name here and by start below: one array.
        var byKey = Array(mentions.indices)
        text.scalars.withUnsafeBufferPointer { s in
            /// The order of two mentions' names by their scalars: negative, zero or positive.
            func order(_ a: Int, _ b: Int) -> Int {
                let (x, y) = (mentions[a].nameRange, mentions[b].nameRange)
                var (i, j) = (x.lowerBound, y.lowerBound)
                while i < x.upperBound, j < y.upperBound {
                    if s[i] != s[j] { return s[i].value < s[j].value ? -1 : 1 }
                    i += 1; j += 1
                }
                return x.count - y.count
            }
            byKey.sort { a, b in
                let o = order(a, b)
                return o == 0 ? a < b : o < 0
            }
            for (k, m) in byKey.enumerated() {
                first[m] = k > 0 && order(byKey[k - 1], m) == 0 ? first[byKey[k - 1]] : m
            }
            for (i, m) in mentions.enumerated() where first[i] == i {
                people.append(s[m.nameRange].map(\.value))
            }
        }
        var forms: [String] = [], nameRanges: [Range<Int>] = []
        forms.reserveCapacity(people.count)
        nameRanges.reserveCapacity(people.count)
        for (i, m) in mentions.enumerated() where first[i] == i {
            forms.append(text.text(m.range))
            nameRanges.append(m.nameRange)
        }
        self.forms = forms
        self.nameRanges = nameRanges
        // The same indices by start (a total order, the index breaking ties: the same whatever
        // order they are in).
        byKey.sort { (mentions[$0].nameRange.lowerBound, $0) < (mentions[$1].nameRange.lowerBound, $1) }
        var spans: [(start: Int, span: Range<Int>)] = []
        spans.reserveCapacity(mentions.count)
        for i in byKey {
            let m = mentions[i]
            let span = m.chainStart..<max(m.nameRange.upperBound, m.range.upperBound)
            if spans.last?.start == m.nameRange.lowerBound {
                spans[spans.count - 1].span = span
            } else {
                spans.append((m.nameRange.lowerBound, span))
            }
        }
        self.spans = spans
        trie = SmallPhraseSet(foldedKeys: people)
    }

    /// The span of the mention whose name starts at `i`, if one does.
    private func span(startingAt i: Int) -> Range<Int>? {
        let k = spans.partitioningIndex { $0.start >= i }
        return k < spans.count && spans[k].start == i ? spans[k].span : nil
    }

    /// How many people the registry numbers.
    var count: Int { forms.count }

    /// The name alone of a person, as first written in `text` (the article the mentions are of).
    func name(of key: Int, in text: ArticleText) -> String { text.text(nameRanges[key]) }

    struct Occurrence {
        /// The person's number.
        var key: Int
        /// The name with its title chain.
        var span: Range<Int>
        var sentence: Int
        var clause: Int
    }

    /// The people named in the clauses `clauses` (in order), each with its clause and sentence:
    /// the clauses read where they are, no array of their ranges made per event.
    func occurrences(inClauses clauses: [Int], _ text: ArticleText) -> [Occurrence] {
        var out: [Occurrence] = []
        let (s, trie) = (text.scalars, self.trie)
        for c in clauses {
            let r = text.clauses[c].range
            var i = r.lowerBound
            while i < r.upperBound {
                // The names' first scalars first: most positions start none, and are passed over
                // in the scalars' buffer (this runs over every clause of every event's scope).
                i = trie.firstCandidate(in: s, from: i, to: r.upperBound)
                guard i < r.upperBound else { break }
                if let m = trie.longestMatch(in: s, at: i, end: r.upperBound) {
                    let span = span(startingAt: i).map { $0.clamped(to: r.lowerBound..<max(r.upperBound, $0.upperBound)) }
                        ?? i..<(i + m.length)
                    out.append(Occurrence(key: m.payload, span: span, sentence: text.clauses[c].sentence, clause: c))
                    i += m.length
                } else {
                    i += 1
                }
            }
        }
        return out
    }
}

/// Who led an event and who attended it, by the registry's numbers: compared as numbers
/// (a leader is no attendee), written out as forms only in the event made.
struct EventPeople: Equatable {
    var leaders: [Int] = []
    var attendees: [Int] = []
}

/// Decides each person's part in an event by the clause structure: names sharing one
/// predicate (`区领导A、B出席`, `区委书记A，区长B，…进行视察`) form a group; the role cues
/// after a subject group, up to the next subject named, give its role (`主持` leads,
/// `出席` attends, `率领的` a visiting party, `讲话精神` neither). A group after an object
/// marker (`会见A`, `对A`, `与A`) is no subject: the words after it belong to the subject
/// before it. A group without a cue leads when it is the subject of the event's own
/// clause, and is a guest when it is the object there (`会见…A一行`). In a hosted kind (a
/// reception) the head of the visiting party (`带队`) is a guest and the one who
/// accompanies it (`陪同考察`) the host, unless someone received it (`会见`). A person leads when any mention leads; a speaker
/// (`A指出`) leads unless the person came as a guest.
struct RoleResolver {
    let lexicon: CompiledLexicon
    let registry: LeaderRegistry

    /// The part people play in an event of `kind` opened by `trigger` (a scalar offset) in
    /// clause `opening`, reported by the clauses `scope`.
    /// A planned event has no speakers yet: what someone says of it makes nobody its leader.
    func people(scope: [Int], opening: Int, trigger: Int, kind: String, planned: Bool = false,
                _ text: ArticleText) -> EventPeople {
        // A draft's scope is in clause order as the segmenter builds it: sorted only when not.
        let found = registry.occurrences(inClauses: scope.sortedUnlessInOrder(), text)
        // Groups are runs of `found` (each occurrence joins the group before or opens one):
        // kept as the index each starts at, not as an array each; in one array with room for
        // every occurrence, not three arrays grown apart for every event.
        var groups: [(start: Int, object: Bool, invited: Bool)] = []
        groups.reserveCapacity(found.count)
        for (n, o) in found.enumerated() {
            let object = isObject(o, text)
            if n > 0 {
                let last = found[n - 1]
                if last.sentence == o.sentence,
                   joins(last.span.upperBound, o.span.lowerBound, text) || (object && coActs(after: o, text)) {
                    continue
                }
            }
            groups.append((n, object && !coActs(after: o, text), isInvited(o, text)))
        }
        func members(_ g: Int) -> ArraySlice<RoleResolverOccurrence> {
            found[groups[g].start..<(g + 1 < groups.count ? groups[g + 1].start : found.count)]
        }
        let hosted = lexicon.hostedKinds.contains(kind)
        var parts = [RoleSet?](repeating: nil, count: registry.count)
        var order: [Int] = []
        order.reserveCapacity(found.count)
        let openingSentence = text.clauses[opening].sentence
        for g in groups.indices {
            let group = members(g)
            let first = found[groups[g].start]
            var part: EventLexicon.Role?
            var cues: Range<Int>?
            if !groups[g].object && !quotes(first, text) {
                // `“……。”X说` is the voice of a quotation, not a part in the event.
                let next = groups[(g + 1)...].first { !$0.object }
                    .flatMap { found[$0.start].sentence == first.sentence ? found[$0.start].span.lowerBound : nil }
                let after = region(after: found[group.endIndex - 1], until: next, text)
                cues = after
                part = cueRole(in: after, text) ?? framedRole(first, text)
                if part == .speaks, first.sentence == openingSentence, first.span.upperBound <= trigger {
                    part = nil  // `A介绍，…将于…举行`: the event is reported by A, not led.
                }
            }
            switch part {
            case .heads?: part = hosted ? .guests : .leads
            case .accompanies?: part = hosted ? .accompanies : .attends
            case .acts?: part = .leads
            case .studied?, .neutral?: part = nil
            case nil:
                if quotes(first, text) { break }
                if !groups[g].object, first.sentence == openingSentence, first.span.lowerBound < trigger {
                    part = .leads
                } else if first.clause == opening, first.span.lowerBound >= trigger {
                    part = .guests
                }
            default: break
            }
            // The invited attend when they are asked to (`特别邀请A出席`), else play no part
            // of their own: a lecture they give is the host's course.
            if groups[g].invited, part != .attends { part = nil }
            // `A与B代表双方签约`: B signs for the other side, a guest of the signing (what B
            // says there makes B no leader).
            let otherParty = part == .leads ? cues.map { otherPartyStart(group, signing: $0, text) } ?? group.count : group.count
            for (k, o) in group.enumerated() {
                if parts[o.key] == nil { order.append(o.key); parts[o.key] = RoleSet() }
                if let part { parts[o.key]!.insert(k < otherParty ? part : .guests) }
            }
        }
        // The host who accompanies visitors leads when nobody received them (`会见`).
        let hostLeads = !order.contains { parts[$0]!.contains(.leads) }
        var people = EventPeople()
        for key in order {
            guard var p = parts[key] else { continue }
            if p.contains(.accompanies) { p.insert(hostLeads ? .leads : .attends) }
            if p.contains(.leads) || (p.contains(.speaks) && !p.contains(.guests) && !planned) {
                people.leaders.append(key)
            } else if p.contains(.guests) || p.contains(.attends) {
                people.attendees.append(key)
            }
        }
        return people
    }

    /// In a group that signs for two sides (`A与B代表双方签署协议`), the index of the first
    /// member named after a joiner of the other party (those from it on are the other
    /// side); the group's count when none is, or when the group does not sign for two
    /// sides: our own officials acting together (`A与B共同签字`, `A与B出席签约仪式`, `A与B为
    /// 项目签约揭牌`) all lead.
    private func otherPartyStart(_ group: ArraySlice<RoleResolverOccurrence>, signing region: Range<Int>,
                                 _ text: ArticleText) -> Int {
        let s = text.scalars
        guard group.count > 1, !coActs(after: group[group.endIndex - 1], text) else { return group.count }
        // The cue naming both sides comes first, then the act, a verb (not `签约仪式`).
        guard let sides = region.first(where: { lexicon.twoSidesCues.matches(s, at: $0, end: region.upperBound) }),
              (sides..<region.upperBound).contains(where: { i in
                  guard let act = lexicon.signingActs.longestMatch(in: s, at: i, end: region.upperBound) else { return false }
                  return lexicon.trigger(in: s, at: i + act.length, end: region.upperBound)?.payload.kind == nil
              })
        else { return group.count }
        for k in 1..<group.count {
            let (previous, member) = (group[group.startIndex + k - 1], group[group.startIndex + k])
            var i = previous.span.upperBound
            while i < member.span.lowerBound, ScalarClass.isSpace(s[i]) { i += 1 }
            if let m = lexicon.otherPartyJoiners.longestMatch(in: s, at: i, end: member.span.lowerBound),
               i + m.length == member.span.lowerBound {
                return k
            }
        }
        return group.count
    }

    /// The part said before a group (`出席会议的区领导有：A、B`): the frame's cue, or
    /// presence when it names the post they held (`担任执行主席的是：A、B`).
    private func framedRole(_ o: RoleResolverOccurrence, _ text: ArticleText) -> EventLexicon.Role? {
        guard let frame = RoleFrame.before(o.span.lowerBound, in: text.scalars, lowerBound: text.leadEnd, lexicon)
        else { return nil }
        return cueRole(in: frame.cueRegion, text) ?? (frame.namesPost ? .attends : nil)
    }

    /// A group right after an object marker (`会见`, `对`, `与`): someone acted upon.
    private func isObject(_ o: RoleResolverOccurrence, _ text: ArticleText) -> Bool {
        var i = o.span.lowerBound
        while i > 0, ScalarClass.isSpace(text.scalars[i - 1]) { i -= 1 }
        return lexicon.objectMarkers.matchesEnding(text.scalars, at: i, lowerBound: text.clauses[o.clause].range.lowerBound)
    }

    /// `邀请…教授A、…总经理B进行授课`: everyone named after an invitation in its clause.
    private func isInvited(_ o: RoleResolverOccurrence, _ text: ArticleText) -> Bool {
        let clauseStart = text.clauses[o.clause].range.lowerBound, i = o.span.lowerBound
        let (markers, s) = (lexicon.invitationMarkers, text.scalars)
        return clauseStart < i && (clauseStart..<i).contains { markers.matches(s, at: $0, end: i) }
    }

    /// `A与B共同出席`: a partner named with a word of joint action is a subject too.
    private func coActs(after o: RoleResolverOccurrence, _ text: ArticleText) -> Bool {
        var i = o.span.upperBound
        while i < text.scalars.count, ScalarClass.isSpace(text.scalars[i]) { i += 1 }
        return lexicon.coActionWords.matches(text.scalars, at: i)
    }

    /// A name (with its title and organisation) right after a closing quotation mark.
    private func quotes(_ o: RoleResolverOccurrence, _ text: ArticleText) -> Bool {
        let s = text.scalars
        var i = o.span.lowerBound
        while i > 0, ScalarClass.isHan(s[i - 1]) || ScalarClass.isSpace(s[i - 1]) { i -= 1 }
        return i > 0 && Punctuation.quoteClosers.contains(s[i - 1])
    }

    /// Only list punctuation, joining words and collective words between two names: one list.
    private func joins(_ end: Int, _ start: Int, _ text: ArticleText) -> Bool {
        guard end <= start else { return false }
        var i = end
        while i < start {
            if ScalarClass.isSpace(text.scalars[i]) { i += 1; continue }
            // The rest of a title chain whose name was not read apart (`主任副主任A`).
            if start - i <= 20, (i..<start).allSatisfy({ ScalarClass.isHan(text.scalars[$0]) }),
               lexicon.titles.matchesEnding(text.scalars, at: start, lowerBound: i)
                || lexicon.titleModifiers.matchesEnding(text.scalars, at: start, lowerBound: i) {
                return true
            }
            // `区委书记A，区长B，区领导C、D`: a collective word goes on with the list.
            guard let m = lexicon.nameJoiners.longestMatch(in: text.scalars, at: i, end: start)?.length
                    ?? lexicon.collectiveMarkers.longestMatch(in: text.scalars, at: i, end: start)?.length
            else { return false }
            i += m
        }
        return true
    }

    /// The words after a group that can say its part: the rest of its clause, and the
    /// clauses that go on without a subject of their own (`出席会议，并讲话`); when those
    /// hold no cue, the list goes on (`区委书记A，区委办等部门负责人，…共同参加`) to the
    /// first clause that does. Never past the next person named.
    private func region(after o: RoleResolverOccurrence, until next: Int?, _ text: ArticleText) -> Range<Int> {
        let s = text.scalars
        let sentence = text.clauses[o.clause].sentence
        let start = o.span.upperBound
        // Each clause is read once: regions of successive groups do not overlap.
        func clipped(_ a: Int, _ b: Int) -> Range<Int> {
            let upper = max(a, min(b, next ?? b))
            return a..<upper
        }
        var end = text.clauses[o.clause].range.upperBound
        var found = cueRole(in: clipped(start, max(start, end)), text) != nil
        var c = o.clause + 1
        while c < text.clauses.count, text.clauses[c].sentence == sentence {
            let r = text.clauses[c].range
            if let next, r.lowerBound >= next { break }
            let continues = lexicon.summaryDroppedLeads.matches(s, at: r.lowerBound, end: r.upperBound)
                || lexicon.subjectlessStarts.matches(s, at: r.lowerBound, end: r.upperBound)
            guard continues || !found else { break }
            end = r.upperBound
            if !found { found = cueRole(in: clipped(max(start, r.lowerBound), r.upperBound), text) != nil }
            c += 1
        }
        if let next { end = min(end, next) }
        return start..<max(start, end)
    }

    /// The strongest role cue in a region: studied, guests, leads or heads; else the first
    /// of acts, attends and accompanies; else speaks. After an attending word, a leading
    /// one counts only in a new predicate (`出席并讲话` leads, `出席签约仪式` attends).
    private func cueRole(in region: Range<Int>, _ text: ArticleText) -> EventLexicon.Role? {
        let (s, dropped, cues) = (text.scalars, lexicon.summaryDroppedLeads, lexicon.roleCues)
        var seen = RoleSet()
        var firstPresent: EventLexicon.Role?
        var attending = false
        var i = region.lowerBound
        while i < region.upperBound {
            if attending, let m = dropped.longestMatch(in: s, at: i, end: region.upperBound) {
                attending = false
                i += m.length
                continue
            }
            guard let m = cues.longestMatch(in: s, at: i, end: region.upperBound) else { i += 1; continue }
            // `A率领的代表团`: a visiting party only right after its head's name.
            if !(attending && RoleSet.leading.contains(m.payload)), m.payload != .guests || i == region.lowerBound {
                seen.insert(m.payload)
                if firstPresent == nil, RoleSet.present.contains(m.payload) { firstPresent = m.payload }
            }
            if m.payload == .attends || m.payload == .accompanies { attending = true }
            i += m.length
        }
        for role in [EventLexicon.Role.studied, .guests, .leads, .heads] where seen.contains(role) { return role }
        return firstPresent ?? (seen.contains(.speaks) ? .speaks : nil)
    }
}

typealias RoleResolverOccurrence = LeaderRegistry.Occurrence

/// A set of roles as bits: a person's parts in one event are asked and grown for every
/// group, and a `Set` of a string-backed enum hashes the case's string at each look.
struct RoleSet: Equatable {
    private var bits: UInt16 = 0

    init(_ roles: EventLexicon.Role...) { for r in roles { insert(r) } }

    private static func bit(_ r: EventLexicon.Role) -> UInt16 {
        switch r {
        case .leads: 1
        case .heads: 2
        case .acts: 4
        case .speaks: 8
        case .attends: 16
        case .accompanies: 32
        case .guests: 64
        case .studied: 128
        case .neutral: 256
        }
    }

    func contains(_ r: EventLexicon.Role) -> Bool { bits & Self.bit(r) != 0 }
    mutating func insert(_ r: EventLexicon.Role) { bits |= Self.bit(r) }

    /// The cues that make a leader, after which an attending word's cues are read apart.
    static let leading = RoleSet(.leads, .heads, .acts)
    /// The cues of taking part, the first of which counts when no stronger one is said.
    static let present = RoleSet(.acts, .attends, .accompanies)
}

extension LeaderRegistry {
    func form(of key: Int) -> String { forms[key] }
}
