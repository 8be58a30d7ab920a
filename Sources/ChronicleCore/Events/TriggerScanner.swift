/// One occurrence of an event trigger in an article.
struct TriggerHit {
    var range: Range<Int>
    var kind: String
    var weight: Int
    /// A named event opening its sentence as the setting (`座谈会上，…`), not as news.
    var setting = false
    /// A signing of an agreement (`签订…协议`): an event of its own in any sentence.
    var signing = false
    /// Told as the voice or the setting of something else (`会议决定`, `在…晚宴上，…致辞`):
    /// news only in a sentence dated on its own.
    var dependent = false
}

/// Finds triggers by longest match, left to right: a blocker (`常委会`, `检查站`) consumes
/// its text so the trigger inside it is not seen, and a blocking suffix (`会议精神`)
/// discards the trigger before it; a statement verb or a setting suffix (`会议决定`,
/// `在…晚宴上`) marks it as the voice or the setting of something else, news only in a
/// sentence dated on its own; a demonstrative before it (`此次会议`) points back to an event
/// told before. Background names no event: what someone said or asked
/// for (a trigger after `表示`, `指出`, `要求各…` in the same sentence) and what is studied
/// (`贯彻落实…全会、…全会精神`: every trigger between the opener and `精神`), and the
/// title of a document (`《关于召开…会议的通知》`).
struct TriggerScanner {
    let lexicon: CompiledLexicon

    /// What the scan read of each clause, by clause index: its hits, and the study frames
    /// (`学习了…精神`) of the clauses holding one, which the segmenter asks again (read once
    /// here, not by a second pass over those clauses).
    struct Clauses {
        var hits: [[TriggerHit]]
        /// (clause, frame), by clause: only clauses with hits and a frame, a few per article.
        var studiedFrames: [(clause: Int, frame: Range<Int>)] = []

        /// The study frame of a clause that holds hits, if it has one.
        func studied(inClause c: Int) -> Range<Int>? {
            let k = studiedFrames.partitioningIndex { $0.clause >= c }
            return k < studiedFrames.count && studiedFrames[k].clause == c ? studiedFrames[k].frame : nil
        }
    }

    /// Hits grouped by clause index.
    func hitsByClause(in text: ArticleText) -> Clauses {
        var result = Clauses(hits: Array(repeating: [TriggerHit](), count: text.clauses.count))
        let s = text.scalars
        var reportedSentence = -1
        var titleDepth = 0
        var scanned = 0
        let (titleOpeners, titleClosers) = (Punctuation.titleOpeners, Punctuation.titleClosers)
        let titleMarks = Punctuation.titleMarks
        let starts = lexicon.triggerScanStarts, frameStarts = lexicon.frameOpenerFirsts, pairs = lexicon.triggerScanPairs
        // The tables probed at each start, read into locals once.
        let (backgroundCues, historyMarkers) = (lexicon.backgroundCues, lexicon.historyMarkers)
        /// Title marks up to `i`, punctuation between clauses included: read when the depth is
        /// asked, not at every scalar; the scalars that are no mark passed over against a mask.
        func scanTitles(through i: Int) {
            guard scanned <= i else { return }
            for k in titleMarks.candidates(in: s, from: scanned, to: i + 1) {
                if titleOpeners.contains(s[k]) { titleDepth += 1 }
                if titleClosers.contains(s[k]) { titleDepth = max(0, titleDepth - 1) }
            }
            scanned = i + 1
        }
        for (index, clause) in text.clauses.enumerated() {
            var i = clause.range.lowerBound
            // The frames are read only for a clause where a trigger is found: most clauses
            // hold none, and what they study or use as means is then never asked.
            var framesRead: (studied: Range<Int>?, means: Range<Int>?)?
            func clauseFrames() -> (studied: Range<Int>?, means: Range<Int>?) {
                if let framesRead { return framesRead }
                let read = frames(in: clause.range, s, starts: frameStarts)
                framesRead = read
                return read
            }
            // The clause's hits are gathered apart and stored once: each write through the
            // array of all clauses would check that array's uniqueness again.
            var hits: [TriggerHit] = []
            var history: [Range<Int>] = []
            // `为筹备此次开工活动，…`: a purpose names what is to come, no event.
            let purpose = lexicon.purposeOpeners.matches(s, at: clause.range.lowerBound, end: clause.range.upperBound)
            // The last position read: title marks count up to it.
            var visited = -1
            while i < clause.range.upperBound {
                if clause.sentence == reportedSentence || purpose { break }
                // A run of scalars that start nothing looked up is read in one tight loop
                // (only a look-up below can end the sentence's reading).
                guard starts.contains(s[i]) else {
                    repeat { i += 1 } while i < clause.range.upperBound && !starts.contains(s[i])
                    visited = i - 1
                    continue
                }
                visited = i
                // Most starts open no phrase: the pair there says so before any table is walked.
                // (Title marks are read up to the next start that does.)
                guard pairs.mayStart(s, at: i, end: clause.range.upperBound) else {
                    i += 1
                    continue
                }
                scanTitles(through: i)
                if let m = backgroundCues.longestMatch(in: s, at: i, end: clause.range.upperBound) {
                    reportedSentence = clause.sentence
                    i += m.length
                    continue
                }
                if let m = historyMarkers.longestMatch(in: s, at: i, end: clause.range.upperBound),
                   lexicon.tellsHistory(at: i, length: m.length, s, end: clause.range.upperBound) {
                    // `曾在我区挂职的…`, `到早在2019年就建成的…`: history told in a relative
                    // clause ends at its modifier marker; the sentence goes on. Else it is the
                    // rest of the sentence.
                    if let (close, marker) = firstMatch(of: lexicon.modifierMarkers, in: (i + m.length)..<clause.range.upperBound, s) {
                        history.append(i..<close)
                        i = close + marker.length
                    } else {
                        reportedSentence = clause.sentence
                        i += m.length
                    }
                    continue
                }
                guard let m = lexicon.trigger(in: s, at: i, end: clause.range.upperBound) else {
                    i += 1
                    continue
                }
                let end = i + m.length
                // `座谈会上，…` opening a sentence: the occasion is the setting of what follows.
                if let kind = m.payload.kind, m.payload.weight >= 3, titleDepth == 0,
                   isSentenceOpening(i, clause: index, text),
                   let suffix = lexicon.settingSuffixes.longestMatch(in: s, at: end, end: clause.range.upperBound) {
                    hits.append(TriggerHit(range: i..<end, kind: kind, weight: m.payload.weight, setting: true))
                    i = end + suffix.length
                    continue
                }
                if let kind = m.payload.kind, !(clauseFrames().studied?.contains(i) ?? false), titleDepth == 0,
                   !isProgrammeItem(endingAt: end, clause: clause.range, s),
                   m.payload.weight > 1 || !namesProgramme(startingAt: i, clause: clause.range, s),
                   !lexicon.blockingSuffixes.matches(s, at: end, end: clause.range.upperBound),
                   !insideObjectFrame(i..<end, clause: clause.range, s),
                   !lexicon.backReferences.matchesEnding(s, at: i, lowerBound: clause.range.lowerBound) {
                    // `出席会议的代表…视察`: a trigger before 的 modifies a noun; weight 0 leaves the
                    // clause to another trigger when there is one. Not before another event
                    // word (`人代会的开幕式` is the meeting's opening).
                    let marker = lexicon.modifierMarkers.longestMatch(in: s, at: end, end: clause.range.upperBound)
                    let modifier = marker.map { !lexicon.triggers.matches(s, at: end + $0.length, end: clause.range.upperBound) } ?? false
                    let dependent = lexicon.statementVerbs.matches(s, at: end, end: clause.range.upperBound)
                        || lexicon.settingSuffixes.matches(s, at: end, end: clause.range.upperBound)
                    hits.append(TriggerHit(range: i..<end, kind: kind, weight: modifier ? 0 : m.payload.weight,
                                           dependent: dependent))
                }
                i = end
            }
            scanTitles(through: visited)
            if !hits.isEmpty, let means = clauseFrames().means { dropMeans(&hits, frame: means, s) }
            if clause.sentence != reportedSentence, !purpose, titleDepth == 0,
               let hit = signing(in: clause.range, skipping: history, s) {
                // The verb may be a trigger already (`签署`): it is the signing.
                if let k = hits.firstIndex(where: { $0.range == hit.range }) {
                    hits[k].signing = true
                    hits[k].weight = max(hits[k].weight, hit.weight)
                } else if !hits.contains(where: { $0.kind == lexicon.signingKind }) {
                    hits.append(hit)
                }
            }
            // Each demotion weighs one hit against another: with one hit or none (most clauses)
            // they change nothing, and are not called.
            if hits.count > 1 {
                demoteModifierNames(&hits, s)
                demoteTopics(&hits, s, clause: clause.range)
                demoteHostedGoingOut(&hits, s, clause: clause.range)
            }
            if !hits.isEmpty {
                result.hits[index] = hits
                if let studied = clauseFrames().studied { result.studiedFrames.append((index, studied)) }
            }
        }
        return result
    }

    /// `签订全面合作框架协议`: a verb of signing with an agreement word after it in the clause.
    private func signing(in clause: Range<Int>, skipping history: [Range<Int>], _ s: [Unicode.Scalar]) -> TriggerHit? {
        // The verb's first scalar first: most positions start none, and are not looked up in
        // the history ranges. This runs over every clause: the first scalars are a mask held
        // in registers and the clause is read from its buffer, until a position may start one.
        let (verbs, firsts) = (lexicon.signingVerbs, lexicon.signingVerbFirsts)
        for i in firsts.candidates(in: s, from: clause.lowerBound, to: clause.upperBound) {
            guard verbs.startsWord(s[i].value), !history.contains(where: { $0.contains(i) }),
                  let v = verbs.longestMatch(in: s, at: i, end: clause.upperBound) else { continue }
            let after = (i + v.length)..<clause.upperBound
            guard after.contains(where: { lexicon.agreementWords.matches(s, at: $0, end: clause.upperBound) }) else { return nil }
            return TriggerHit(range: i..<(i + v.length), kind: lexicon.signingKind, weight: 2, signing: true)
        }
        return nil
    }

    /// `对演练进行了点评`, `对检查发现的问题进行整改`: a trigger between `对` and `进行` names
    /// what the act is about, no event (`对全县防汛工作进行暗访`: the act after `进行` is one).
    private func insideObjectFrame(_ r: Range<Int>, clause: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let (verbs, frames) = (lexicon.summaryVerbMarkers, lexicon.objectFrameMarkers)
        var k = r.lowerBound - 1
        while k >= clause.lowerBound {
            if verbs.matches(s, at: k, end: r.lowerBound) { return false }
            if frames.matches(s, at: k, end: r.lowerBound) { break }
            k -= 1
        }
        guard k >= clause.lowerBound else { return false }
        return (r.upperBound..<clause.upperBound).contains { verbs.matches(s, at: $0, end: clause.upperBound) }
    }

    /// True when only spaces stand between the start of the sentence and `i`.
    private func isSentenceOpening(_ i: Int, clause index: Int, _ text: ArticleText) -> Bool {
        let clause = text.clauses[index]
        guard index == 0 || text.clauses[index - 1].sentence != clause.sentence else { return false }
        return (clause.range.lowerBound..<i).allSatisfy { ScalarClass.isSpace(text.scalars[$0]) }
    }

    /// `县第九届人民代表大会第二次会议的代表`: the words of one name before a modifying
    /// trigger (nothing but the name between them, no verb) modify the noun too.
    private func demoteModifierNames(_ hits: inout [TriggerHit], _ s: [Unicode.Scalar]) {
        guard hits.count > 1 else { return }
        for k in stride(from: hits.count - 2, through: 0, by: -1) where hits[k + 1].weight == 0 && hits[k].weight > 0 {
            let gap = hits[k].range.upperBound..<hits[k + 1].range.lowerBound
            let oneName = gap.allSatisfy { ScalarClass.isHan(s[$0]) || ScalarClass.isNumeric(s[$0]) }
                && !gap.contains { lexicon.placeTerminators.matches(s, at: $0, end: gap.upperBound) }
            if oneName { hits[k].weight = 0 }
        }
    }

    /// The study frame and the means frame of a clause, each from the end of its first
    /// opener to the closer after it, if the clause has both: one pass over the clause behind
    /// a test of the openers' first scalars (`starts`, a mask read from the lexicon once per
    /// article; the other positions passed over in the scalars' buffer).
    private func frames(in clause: Range<Int>, _ s: [Unicode.Scalar],
                        starts: FirstScalarMask) -> (studied: Range<Int>?, means: Range<Int>?) {
        var studied: Range<Int>??, means: Range<Int>??
        for i in starts.candidates(in: s, from: clause.lowerBound, to: clause.upperBound) {
            if studied == nil, let m = lexicon.studyFrameOpeners.longestMatch(in: s, at: i, end: clause.upperBound) {
                studied = closed(from: i + m.length, clause: clause, s, closers: lexicon.studyFrameClosers)
            }
            if means == nil, let m = lexicon.meansFrameOpeners.longestMatch(in: s, at: i, end: clause.upperBound) {
                means = closed(from: i + m.length, clause: clause, s, closers: lexicon.meansFrameClosers)
            }
            if studied != nil && means != nil { break }
        }
        return (studied ?? nil, means ?? nil)
    }

    /// The first position in `range` where a phrase of `table` starts (ending in the range),
    /// and that phrase's match: one look-up per position.
    private func firstMatch(of table: PhraseTrie<Bool>, in range: Range<Int>,
                            _ s: [Unicode.Scalar]) -> (Int, (length: Int, payload: Bool))? {
        for k in range {
            if let m = table.longestMatch(in: s, at: k, end: range.upperBound) { return (k, m) }
        }
        return nil
    }

    /// From `start` to the first closer after it in the clause, if there is one.
    private func closed(from start: Int, clause: Range<Int>, _ s: [Unicode.Scalar], closers: PhraseTrie<Bool>) -> Range<Int>? {
        guard let end = (start..<clause.upperBound).first(where: {
            closers.matches(s, at: $0, end: clause.upperBound)
        }) else { return nil }
        return start..<end
    }

    /// A trigger that closes an item of a list ended by `等` and a programme word (`龙舟竞渡、
    /// 文艺演出等一系列活动`): right after it a joiner or `等` (a closing quote or an event
    /// noun may stand between: `“文明家庭”评选活动、…`). A trigger followed by its object
    /// (`检查了…学校、医院等各类场所`, `研究部署防汛、…等多项工作`) governs the list: an act.
    /// The rest of the list runs over names and joiners only; a verb (`部署开展…等活动`) ends it.
    private func isProgrammeItem(endingAt end: Int, clause: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var j = end
        while j < clause.upperBound, Punctuation.quoteClosers.contains(s[j]) { j += 1 }
        if let noun = lexicon.trigger(in: s, at: j, end: clause.upperBound), noun.payload.kind != nil { j += noun.length }
        guard j < clause.upperBound, lexicon.listEnds.matches(s, at: j, end: clause.upperBound)
                || lexicon.nameJoiners.matches(s, at: j, end: clause.upperBound) else { return false }
        while j < clause.upperBound {
            if let e = lexicon.listEnds.longestMatch(in: s, at: j, end: clause.upperBound) {
                if lexicon.programmeMarkers.matches(s, at: j + e.length, end: clause.upperBound) { return true }
                j += e.length
                continue
            }
            if let m = lexicon.nameJoiners.longestMatch(in: s, at: j, end: clause.upperBound) { j += m.length; continue }
            if Punctuation.quotes.contains(s[j]) { j += 1; continue }
            guard ScalarClass.isHan(s[j]), (lexicon.placeTerminators.longestMatch(in: s, at: j, end: clause.upperBound)?.length ?? 0) < 2
            else { return false }
            j += 1
        }
        return false
    }

    /// `带领区党政考察团赴东泽区学习考察`: a clause that goes out to a place not our own
    /// hosts nobody; a hosted kind's word there names our party (weight 0) when another
    /// activity is the event. `率考察团赴我区考察` comes to us and stays a reception.
    private func demoteHostedGoingOut(_ hits: inout [TriggerHit], _ s: [Unicode.Scalar], clause: Range<Int>) {
        guard hits.contains(where: { lexicon.hostedKinds.contains($0.kind) }),
              hits.contains(where: { !lexicon.hostedKinds.contains($0.kind) && $0.weight > 0 }) else { return }
        let cues = lexicon.outboundCues
        let goesOut = clause.contains { i in
            guard let m = cues.longestMatch(in: s, at: i, end: clause.upperBound) else { return false }
            let place = i + m.length
            return place < clause.upperBound && ScalarClass.isHan(s[place])
                && !lexicon.nonPlaceStarts.matches(s, at: place, end: clause.upperBound)
        }
        guard goesOut else { return }
        for k in hits.indices where lexicon.hostedKinds.contains(hits[k].kind) { hits[k].weight = 0 }
    }

    /// `开展“平安宣传月”系列活动`: a generic word right after a programme word (only quotes
    /// or a modifier marker between them) names a programme of many occasions, not one
    /// event. A word between them is the occasion's own (`系列志愿服务活动`, `各类企业检查`:
    /// what is held or where), so the generic word is the event.
    private func namesProgramme(startingAt i: Int, clause: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        var k = i
        while k > clause.lowerBound {
            if Punctuation.quotes.contains(s[k - 1]) { k -= 1; continue }
            let marker = lexicon.modifierMarkers.longestEndingLength(s, at: k)
            guard marker > 0, k - marker >= clause.lowerBound else { break }
            k -= marker
        }
        return lexicon.programmeMarkers.matchesEnding(s, at: k, lowerBound: clause.lowerBound)
    }

    /// `通过入户走访、文艺演出等方式…`, `通过视频连线方式主持召开…会议`: the triggers in a means
    /// frame name how something else is done when the frame lists means (`等`, a joiner) or the
    /// clause holds another trigger; alone (`通过召开常委会议的方式传达…`) the means is the event.
    private func dropMeans(_ hits: inout [TriggerHit], frame: Range<Int>, _ s: [Unicode.Scalar]) {
        let listed = frame.contains {
            lexicon.listEnds.matches(s, at: $0, end: frame.upperBound) || lexicon.nameJoiners.matches(s, at: $0, end: frame.upperBound)
        }
        let outside = hits.contains { $0.weight > 0 && !frame.contains($0.range.lowerBound) }
        guard listed || outside else { return }
        hits.removeAll { frame.contains($0.range.lowerBound) }
    }

    /// `检查游客接待和安全保障工作`, `召开会议研究培训工作`: a trigger after another one, with
    /// words of its own compound between them (`游客`) and up to a topic noun after it, is
    /// inside the first one's object: it names the topic (weight 0), not an act. Right after
    /// the first (`到我区视察…工作`), or after a joiner (`并`) or a verb (`开展`), it is an act.
    private func demoteTopics(_ hits: inout [TriggerHit], _ s: [Unicode.Scalar], clause: Range<Int>) {
        guard hits.count > 1 else { return }
        for k in 1..<hits.count where hits[k].weight > 0 && hits[k - 1].weight > 0 && !hits[k].signing {
            let gap = hits[k - 1].range.upperBound..<hits[k].range.lowerBound
            guard !gap.isEmpty, gap.allSatisfy({ ScalarClass.isHan(s[$0]) }),
                  !gap.contains(where: {
                      lexicon.activityJoiners.matches(s, at: $0, end: gap.upperBound)
                          || (lexicon.placeTerminators.longestMatch(in: s, at: $0, end: gap.upperBound)?.length ?? 0) >= 2
                  }) else { continue }
            var j = hits[k].range.upperBound
            while j < clause.upperBound, ScalarClass.isHan(s[j]), !lexicon.topicNouns.matches(s, at: j, end: clause.upperBound) { j += 1 }
            if j < clause.upperBound, lexicon.topicNouns.matches(s, at: j, end: clause.upperBound) { hits[k].weight = 0 }
        }
    }
}

extension Array where Element == TriggerHit {
    /// The most specific hit; the first among equals. (Chosen by index, and copied once: a
    /// hit holds its kind's string, which each copy retains.)
    var representative: TriggerHit? {
        var best = -1
        for k in indices where best < 0 || self[k].weight > self[best].weight { best = k }
        return best < 0 ? nil : self[best]
    }
}
