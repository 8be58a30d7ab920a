/// Writes the short Chinese line that names an event, from the clause that reports it:
/// dates and credits removed, leaders by bare name, `对X进行Y` turned into `YX`, and the
/// actor put in front when the clause has no subject of its own.
///
/// `管城回族区委书记虎强对辖区国家卫生城市复审工作进行暗访督导` → `虎强暗访督导国家卫生城市复审工作`.
struct SummaryWriter {
    let lexicon: CompiledLexicon
    let maxLength = 40

    /// `subject`: the clause before, used when the event's clause has no subject and no
    /// leader is named (`项目指挥部根据会议要求，立即召开工作部署会`).
    func summary(clause: Range<Int>, subject: Range<Int>?, text: ArticleText, mentions: [TimeMention],
                 leaders: [LeaderMention], actor: String?) -> String {
        var out = dropLeading(cleaned(clause, text, mentions, leaders))
        out = objectFirst(out)
        // Folded as read: the tables are folded, the summary keeps the text as written.
        let folded = out.lazy.map(MatchFolding.fold)
        let startsWithVerb = lexicon.triggers.longestMatch(in: folded, at: 0).map { $0.payload.kind != nil } ?? false
        if startsWithVerb || lexicon.subjectlessStarts.matches(folded, at: 0) {
            if let actor {
                out = Array(actor.unicodeScalars) + out
            } else if let subject, !lexicon.inheritanceCues.matches(text.scalars, at: subject.lowerBound) {
                out = dropLeading(cleaned(subject, text, mentions, leaders)) + out
            }
        }
        // A line cut short says so.
        if out.count > maxLength { out = Array(out.prefix(maxLength - 1)) + [Punctuation.ellipsis] }
        return String(scalars: out)
    }

    /// A headline's first part (`王建军调研重点项目 加快建设进度` → `王建军调研重点项目`).
    func headlineSummary(_ headline: String) -> String {
        let first = headline.trimmingSpaces.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? ""
        let scalars = Array(first.unicodeScalars)
        let cut = scalars.count > maxLength ? Array(scalars.prefix(maxLength - 1)) + [Punctuation.ellipsis] : scalars
        return String(scalars: cut)
    }

    /// The clause without dates, credits in parentheses and spaces; leaders by bare name.
    private func cleaned(_ clause: Range<Int>, _ text: ArticleText, _ mentions: [TimeMention],
                         _ leaders: [LeaderMention]) -> [Unicode.Scalar] {
        let s = text.scalars
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(min(clause.count, maxLength * 4))
        var i = clause.lowerBound
        var mentionIndex = mentions.partitioningIndex { $0.start >= clause.lowerBound }
        while mentionIndex > 0, mentions[mentionIndex - 1].end > clause.lowerBound { mentionIndex -= 1 }
        var leaderIndex = leaders.partitioningIndex { $0.range.lowerBound >= clause.lowerBound }
        while leaderIndex > 0, leaders[leaderIndex - 1].chainStart >= clause.lowerBound { leaderIndex -= 1 }
        var depth = 0
        // The bracket sets read once, not through their globals at every scalar.
        let (openers, closers) = (Punctuation.openers, Punctuation.closers)
        // A summary is short: a clause longer than a few lines (a page without commas) is cut.
        while i < clause.upperBound, out.count < maxLength * 4 {
            while mentionIndex < mentions.count, mentions[mentionIndex].end <= i { mentionIndex += 1 }
            while leaderIndex < leaders.count, leaders[leaderIndex].chainStart < i { leaderIndex += 1 }
            if mentionIndex < mentions.count, mentions[mentionIndex].start == i,
               !namesAPeriodOfSomething(mentions[mentionIndex], in: s) {
                dropDatePreposition(&out)
                i = max(i + 1, mentions[mentionIndex].end)
                // `元旦、春节前`: the joiner between two dates goes with them.
                if mentionIndex + 1 < mentions.count, let j = lexicon.summaryDateJoiners.longestMatch(in: s, at: i),
                   i + j.length == mentions[mentionIndex + 1].start {
                    i += j.length
                }
                continue
            }
            if leaderIndex < leaders.count, leaders[leaderIndex].chainStart == i {
                out += text.original[leaders[leaderIndex].nameRange]
                i = max(i + 1, leaders[leaderIndex].range.upperBound)
                continue
            }
            let c = s[i]
            if openers.contains(c) { depth += 1 }
            if depth == 0, !ScalarClass.isSpace(c) { out.append(text.original[i]) }
            if closers.contains(c) { depth = max(0, depth - 1) }
            i += 1
        }
        return out
    }

    /// A year, a part of one or a span of months right before a noun (`2021年度培训班`,
    /// `2021年冬季征兵`, `前三季度经济运行分析会`) is part of the event's name, not its date:
    /// the summary keeps it. Before a verb (`12月召开`) it is a date.
    private func namesAPeriodOfSomething(_ mention: TimeMention, in s: [Unicode.Scalar]) -> Bool {
        switch mention.timex {
        case .year, .season, .half, .quarter: break
        default: guard mention.timex.isMonthsLong else { return false }
        }
        let e = mention.end
        return e < s.count && ScalarClass.isHan(s[e]) && !lexicon.nonGoverningSuffixes.matches(s, at: e)
            && !lexicon.placeTerminators.matches(s, at: e) && !lexicon.triggers.matches(s, at: e)
    }

    /// `于` / `在` / `定于` right before a date that is left out.
    /// The longest one goes whole: `定于`, not only its `于`.
    private func dropDatePreposition(_ out: inout [Unicode.Scalar]) {
        let tail = out.suffix(lexicon.summaryDatePrepositions.maxLength).map(MatchFolding.fold)
        out.removeLast(lexicon.summaryDatePrepositions.longestEndingLength(tail, at: tail.count))
    }

    /// Connectors, adverbs and leftover punctuation at the start.
    private func dropLeading(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var t = text[...]
        var changed = true
        while changed, !t.isEmpty {
            changed = false
            while let c = t.first, !ScalarClass.isHan(c), !ScalarClass.isNumeric(c) {
                t = t.dropFirst()
                changed = true
            }
            if let m = lexicon.summaryDroppedLeads.longestMatch(in: t.lazy.map(MatchFolding.fold), at: t.startIndex) {
                t = t.dropFirst(m.length)
                changed = true
            }
        }
        return Array(t)
    }

    /// `…对X进行Y` → `…YX`.
    private func objectFirst(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let marker = lexicon.summaryObjectMarker
        guard !marker.isEmpty, text.count > marker.count else { return text }
        // The marker is looked for in the scalars folded as read: the folded copy is made
        // only for a summary that holds it (most do not).
        var a = -1
        for i in 0...(text.count - marker.count) where text[i..<(i + marker.count)].lazy.map(MatchFolding.fold).elementsEqual(marker) {
            a = i
            break
        }
        guard a >= 0 else { return text }
        let folded = MatchFolding.fold(scalars: text)
        let objectStart = a + marker.count
        var b = objectStart
        while b < text.count {
            if let m = lexicon.summaryVerbMarkers.longestMatch(in: folded, at: b) {
                let verb = Array(text[(b + m.length)...])
                guard !verb.isEmpty, b > objectStart else { return text }
                var object = Array(text[objectStart..<b])
                if let f = lexicon.summaryFillers.longestMatch(in: Array(folded[objectStart..<b]), at: 0), f.length < object.count {
                    object.removeFirst(f.length)
                }
                return Array(text[..<a]) + verb + object
            }
            b += 1
        }
        return text
    }
}
