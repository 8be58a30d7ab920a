/// Finds where an event took place, in the corpus order of preference:
/// 1. a venue introduced by a cue and closed by the verb that follows it (`在县委党校开班`,
///    `到石梁镇督导`) in the event's own sentence;
/// 2. a named place opening the object of `对…进行` there (`对北塘街道背街小巷…进行暗访`);
/// 3. else the first site of a tour, or the first venue, in the event's scope
///    (`先后来到白鹭河堤防、…`, `在芦花镇东湾村，…`).
struct PlaceFinder {
    let lexicon: CompiledLexicon
    /// End of each time expression by its start: a date is no place (`在4月2日召开的…上`).
    var dates = DateSpans()
    private let lengths = 2...24
    /// A tour site or an object's place is at least this long: shorter ones are words
    /// (`深入讨论`, `对城区…`).
    private let minimumSiteLength = 3

    /// The first venue in the given ranges, in order.
    func venue(in ranges: some Sequence<Range<Int>>, _ text: ArticleText) -> String? {
        let (s, cues, firsts) = (text.scalars, lexicon.placeCues, lexicon.placeCueFirsts)
        for r in ranges {
            // The cue's first scalar asked here, before the call: most positions start none.
            for i in firsts.candidates(in: s, from: r.lowerBound, to: r.upperBound) {
                if cues.startsWord(s[i].value), let place = place(at: i, in: r, text, cues: cues, needsVerb: true) {
                    return place
                }
            }
        }
        return nil
    }

    /// The place that opens the object of `对…进行` in `clause`: the longest start of the
    /// object that ends like a place name (`北塘街道`), not a scope (`全区`).
    func objectPlace(in clause: Range<Int>, _ text: ArticleText) -> String? {
        let s = text.scalars
        var i = clause.lowerBound
        while i < clause.upperBound {
            defer { i += 1 }
            guard let marker = lexicon.objectFrameMarkers.longestMatch(in: s, at: i, end: clause.upperBound) else { continue }
            let start = i + marker.length
            guard !lexicon.nonPlaceStarts.matches(s, at: start, end: clause.upperBound) else { return nil }
            var end: Int?
            var j = start + 1
            // The place modifies the object (`北塘街道背街小巷…`): more of the object follows it.
            while j < clause.upperBound, j - start <= lengths.upperBound, ScalarClass.isHan(s[j - 1]), ScalarClass.isHan(s[j]) {
                if lexicon.summaryVerbMarkers.matches(s, at: j, end: clause.upperBound) { break }
                if j - start >= minimumSiteLength, endsLikePlace(s, at: j, from: start) { end = j }
                j += 1
            }
            return end.map { text.text(start..<$0) }
        }
        return nil
    }

    /// A place cue followed by a word that points back (`在这里举行`).
    func pointsBack(in ranges: some Sequence<Range<Int>>, _ text: ArticleText) -> Bool {
        ranges.contains { r in
            r.contains { i in
                guard let m = lexicon.placeCues.longestMatch(in: text.scalars, at: i, end: r.upperBound) else { return false }
                return lexicon.deicticPlaces.matches(text.scalars, at: i + m.length, end: r.upperBound)
            }
        }
    }

    /// The first site of a tour (`来到X`), or of a clause that sets the scene (`在X，`), in
    /// the given ranges.
    func tourSite(in ranges: some Sequence<Range<Int>>, _ text: ArticleText) -> String? {
        let (s, placeCues, tourCues, firsts) = (text.scalars, lexicon.placeCues, lexicon.tourCues, lexicon.tourSiteFirsts)
        for r in ranges {
            if let place = sceneSetting(r, text) { return place }
            // Positions that start neither kind of cue are passed over (`firsts` holds both).
            for i in firsts.candidates(in: s, from: r.lowerBound, to: r.upperBound) {
                if tourCues.startsWord(s[i].value),
                   let place = place(at: i, in: r, text, cues: tourCues, needsVerb: false) { return place }
                // The place cue's first scalar asked here, before the call: most positions start none.
                if placeCues.startsWord(s[i].value), let place = goingInTurn(at: i, in: r, text) { return place }
            }
        }
        return nil
    }

    /// `先后到A、B…等地`: a place cue after an adverb of succession is a tour, read strictly
    /// (`先后到位资金` is no site: `到位` is a word, and what follows must end like a place).
    private func goingInTurn(at i: Int, in r: Range<Int>, _ text: ArticleText) -> String? {
        let s = text.scalars
        // The place cue's first scalar first: one table look where most positions stop,
        // before the adverb is matched backwards.
        guard i > r.lowerBound, i < r.upperBound, lexicon.placeCues.startsWord(s[i].value),
              lexicon.tourAdverbs.matchesEnding(s, at: i, lowerBound: r.lowerBound),
              let m = lexicon.placeCues.longestMatch(in: s, at: i, end: r.upperBound),
              !lexicon.nonPlaceCues.matches(s, at: i, end: r.upperBound),
              !insideHistory(i, in: r, s) else { return nil }
        return phrase(from: i + m.length, in: r, text, needsVerb: false, strict: true)
    }

    /// Whether a place found is a scope or the home district (`全区`, `我县`), not a site.
    func isScope(_ place: String) -> Bool {
        let s = MatchFolding.fold(place)
        return lexicon.nonPlaceStarts.matches(s, at: 0)
    }

    /// Whether a place found before ends like a place name (`东湾镇`, `青湖基地`), not like a
    /// spot on a site (`水库大坝`).
    func endsLikePlace(_ place: String) -> Bool {
        let s = MatchFolding.fold(place)
        return endsLikePlace(s, at: s.count, from: 0)
    }

    /// A clause that is only a place (`在芦花镇东湾村，`), or a landmark and what is around
    /// it (`在东南小学周边“六小”门店，` → 东南小学).
    private func sceneSetting(_ r: Range<Int>, _ text: ArticleText) -> String? {
        let s = text.scalars
        guard let m = lexicon.placeCues.longestMatch(in: s, at: r.lowerBound, end: r.upperBound),
              !lexicon.nonPlaceCues.matches(s, at: r.lowerBound, end: r.upperBound) else { return nil }
        var end = r.upperBound
        while end > r.lowerBound + m.length, !isPlaceCharacter(s[end - 1]) { end -= 1 }
        let start = r.lowerBound + m.length
        guard lengths.contains(end - start), (start..<end).allSatisfy({ isPlaceCharacter(s[$0]) }) else { return nil }
        if let landmarkEnd = (start + 2..<end).first(where: { lexicon.locativeWords.matches(s, at: $0, end: end) }) {
            return text.text(start..<landmarkEnd)
        }
        return endsLikePlace(s, at: end, from: start) ? text.text(start..<end) : nil
    }

    /// `A、B分别参加了X区、Y区和Z区人代会…`, `分别到X镇、Y村调研`: after a distributive cue,
    /// the list of places right before the trigger (or before the verb in front of it),
    /// in order. Empty unless there are two places at least and each ends like one.
    func respectivePlaces(before trigger: Int, in clause: Range<Int>, _ s: [Unicode.Scalar]) -> [Range<Int>] {
        let cues = lexicon.distributiveCues
        guard let cue = (clause.lowerBound..<trigger).last(where: {
            cues.matches(s, at: $0, end: trigger)
        }), let cueLength = cues.longestMatch(in: s, at: cue, end: trigger)?.length else { return [] }
        let start = cue + cueLength
        // The list ends at the trigger, or at the verb or particle before it (`…开展调研`, `…的开幕式`).
        let end = (start..<trigger).first {
            lexicon.placeTerminators.longestMatch(in: s, at: $0, end: trigger)?.length == trigger - $0
        } ?? trigger
        var parts: [Range<Int>] = []
        var from = start
        var j = start
        while j < end {
            if let m = lexicon.nameJoiners.longestMatch(in: s, at: j, end: end) {
                parts.append(from..<j)
                j += m.length
                from = j
            } else {
                j += 1
            }
        }
        parts.append(from..<end)
        guard parts.count >= 2 else { return [] }
        parts[0] = afterVerb(parts[0], s)
        let places = parts.allSatisfy { p in
            lengths.contains(p.count) && p.allSatisfy { ScalarClass.isHan(s[$0]) }
                && endsLikePlace(s, at: p.upperBound, from: p.lowerBound)
                && !lexicon.nonPlaceStarts.matches(s, at: p.lowerBound, end: p.upperBound)
        }
        return places ? parts : []
    }

    /// The part of `r` after its last verb of going or attending (`参加了X区` → `X区`),
    /// and after the particles the place finder stops at (`了`).
    private func afterVerb(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int> {
        var start = r.lowerBound
        for q in r where q > r.lowerBound {
            if lexicon.placeCues.matchesEnding(s, at: q, lowerBound: r.lowerBound)
                || lexicon.tourCues.matchesEnding(s, at: q, lowerBound: r.lowerBound)
                || lexicon.roleCues.matchesEnding(s, at: q, lowerBound: r.lowerBound) {
                start = q
            }
        }
        while start < r.upperBound, lexicon.placeTerminators.longestMatch(in: s, at: start, end: r.upperBound)?.length == 1 {
            start += 1
        }
        return start..<r.upperBound
    }

    /// The place introduced by a cue at `i`, if any; a cue whose payload is true (a site
    /// verb) introduces only a phrase that ends like a place.
    private func place(at i: Int, in r: Range<Int>, _ text: ArticleText, cues: PhraseTrie<Bool>, needsVerb: Bool) -> String? {
        guard let m = cues.longestMatch(in: text.scalars, at: i, end: r.upperBound),
              !lexicon.nonPlaceCues.matches(text.scalars, at: i, end: r.upperBound),
              !insideHistory(i, in: r, text.scalars) else { return nil }
        return phrase(from: i + m.length, in: r, text, needsVerb: needsVerb, strict: m.payload)
    }

    /// A place phrase from `start`: ends at a terminating verb, or at punctuation when the
    /// phrase ends like a place name (or always, on a tour). A phrase that starts with a
    /// verb (`深入开展…`) is an action, not a place.
    private func phrase(from cueEnd: Int, in r: Range<Int>, _ text: ArticleText, needsVerb: Bool, strict: Bool) -> String? {
        let s = text.scalars
        // `在4月2日于县行政中心召开的…`: a date after the cue is when; the place, if any, follows
        // it after a preposition of its own.
        var start = cueEnd
        if let dateEnd = dates.end(ofDateAt: start) {
            guard let p = lexicon.summaryDatePrepositions.longestMatch(in: s, at: dateEnd, end: r.upperBound) else { return nil }
            start = dateEnd + p.length
        }
        guard start < r.upperBound, !lexicon.placeTerminators.matches(s, at: start, end: r.upperBound),
              !lexicon.deicticPlaces.matches(s, at: start, end: r.upperBound),
              !lexicon.actionOpeners.matches(s, at: start, end: r.upperBound),
              !lexicon.triggers.matches(s, at: start, end: r.upperBound) else { return nil }
        func site(_ end: Int) -> String? {
            guard lengths.contains(end - start), !namesPerson(start..<end, s),
                  !strict || endsLikePlace(s, at: end, from: start) else { return nil }
            return text.text(start..<end)
        }
        var j = start
        // `到东湾、西岭、北塘街道调研`: a list of places; the event's place is the first.
        var firstEnd: Int?
        while j < r.upperBound, j - start <= lengths.upperBound {
            // A date inside the phrase (`到早在2019年就建成的…`): what comes before it is no place.
            if j > start, dates.startsDate(at: j) { return nil }
            if j > start, lexicon.placeTerminators.matches(s, at: j, end: r.upperBound) {
                return site(firstEnd ?? j)
            }
            if j > start, lexicon.nameJoiners.matches(s, at: j, end: j + 1), s[j] != ",", firstEnd == nil || s[j] == "、" {
                if firstEnd == nil { firstEnd = j }
                j += 1
                continue
            }
            if !isPlaceCharacter(s[j]) { break }
            j += 1
        }
        guard lengths.contains(j - start), j == r.upperBound || !isPlaceCharacter(s[j]) else {
            // A list too long to read to its verb (`先后到A、B、C…等地视察`) still gives its
            // first place, when that one ends like a place.
            return firstEnd.flatMap { endsLikePlace(s, at: $0, from: start) ? site($0) : nil }
        }
        guard needsVerb ? endsLikePlace(s, at: j, from: start) : j - start >= minimumSiteLength else { return nil }
        return site(firstEnd ?? j)
    }

    /// `曾在我区挂职的…`, `带领曾先后到东湾村调研的…`: a cue after a history marker, with no
    /// modifier marker between them, tells where something happened before: no place of
    /// the event.
    private func insideHistory(_ i: Int, in r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        for k in stride(from: i - 1, through: r.lowerBound, by: -1) {
            if lexicon.modifierMarkers.matches(s, at: k, end: i) { return false }
            if lexicon.historyMarkers.startsWord(s[k].value),
               let m = lexicon.historyMarkers.longestMatch(in: s, at: k, end: i),
               lexicon.tellsHistory(at: k, length: m.length, s, end: r.upperBound) { return true }
        }
        return false
    }

    /// A title followed by a surname inside the phrase: a person (`在副主任A的率领下`), no place.
    private func namesPerson(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        r.contains { i in
            guard let m = lexicon.titles.longestMatch(in: s, at: i, end: r.upperBound), m.payload else { return false }
            return i + m.length < r.upperBound && lexicon.surnames.matches(s, at: i + m.length, end: r.upperBound)
        }
    }

    /// `…街道`, `…镇`, but not `…卫生城市`, nor a cut inside a word (`文化市|场`).
    private func endsLikePlace(_ s: [Unicode.Scalar], at end: Int, from start: Int) -> Bool {
        lexicon.placeSuffixes.matchesEnding(s, at: end, lowerBound: start)
            && !lexicon.nonPlaceEndings.matchesEnding(s, at: end, lowerBound: start)
            && !lexicon.endsInsideWord(s, at: end)
    }

    private func isPlaceCharacter(_ c: Unicode.Scalar) -> Bool {
        if ScalarClass.isHan(c) { return true }
        if ScalarClass.isAlphabetic(c) || ScalarClass.isNumeric(c) { return true }
        return Punctuation.quotes.contains(c) || Punctuation.openers.contains(c) || Punctuation.closers.contains(c)
    }
}
