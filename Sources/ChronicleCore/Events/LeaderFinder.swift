/// A named person found in an article, with the title written before the name at
/// that mention (`区长苏婉清`), or just the name (`区领导詹国良、谢婧` → `谢婧`).
///
/// Ranges of the article only: the name's folded scalars (what other mentions of the person
/// are matched by) and its form as written are read from the text where they are needed
/// (the registry's first mention of a person), not copied into an array and a String per mention.
struct LeaderMention: Hashable {
    /// Scalar range of the form (title segment + name as written; the name alone when no
    /// title precedes it) in the article.
    var range: Range<Int>
    /// The name as written is the article's text here: read from it where it is needed (the
    /// registry's first mention of a person, a summary), not made into a String per mention.
    var nameRange: Range<Int>
    /// Start of the whole title chain (`区委副书记、区长苏婉清` starts at `区委`).
    var chainStart: Int
}

/// Finds leaders: a title (`书记`, `区长` …) with the place or body written before it,
/// then a name of two or three characters (four with a compound surname). The name's
/// length is settled by evidence from the article (the name recurs alone, `虎强表示`),
/// else by the word that follows it (`主持`, `出席` …).
struct LeaderFinder {
    let lexicon: CompiledLexicon
    private let maxTitlePrefix = 16

    /// Every leader mention in text order; names of reporters (from the byline and
    /// credit markers) are left out. `dates`: the spans of time expressions, sorted; a
    /// title's place prefix never reaches back into one (`4月12日上午区委书记张强`).
    func mentions(in text: ArticleText, byline: String?, dates: [Range<Int>] = []) -> [LeaderMention] {
        let s = text.scalars
        var titleHits: [Range<Int>] = []
        var collectiveEnds: [Int] = []
        var collectiveStarts: [Int] = []
        var frameStarts: [Int] = []
        // Reporters by their folded scalars: a name's key is those scalars. A byline names a
        // few: a list searched in turn, not a set hashing each name's scalars.
        var reporters: [[UInt32]] = []
        // Most scalars start no introducer and are no colon: one table look each before
        // `RoleFrame.listStart` is asked.
        let introducers = lexicon.listIntroducers, colons = TextBreaks.colons
        let starts = lexicon.leaderScanStarts, pairs = lexicon.leaderScanPairs
        // The three tables probed at each start, read into locals once.
        let (reporterMarkers, collectiveMarkers, titles) = (lexicon.reporterMarkers, lexicon.collectiveMarkers, lexicon.titles)
        var i = text.leadEnd
        while i < s.count {
            guard starts.contains(s[i]) else {
                i += 1
                continue
            }
            // Most starts open no marker or title: the pair there says so before the tables are walked.
            let opens = pairs.mayStart(s, at: i, end: s.count)
            if opens, let m = reporterMarkers.longestMatch(in: s, at: i) {
                if let name = hanRun(s, from: i + m.length, max: 4) { reporters.append(s[name].map(\.value)) }
                i += m.length
            } else if opens, let m = collectiveMarkers.longestMatch(in: s, at: i) {
                collectiveEnds.append(i + m.length)
                collectiveStarts.append(i)
                i += m.length
            } else if opens, let m = titles.longestMatch(in: s, at: i) {
                if m.payload { titleHits.append(i..<(i + m.length)) }
                i += m.length
            } else {
                // `出席会议的区领导有：A、B`: bare names after a frame that names their post, as
                // after a collective word (`参加活动的还有师生` lists none).
                // (`还有` holds `有`: one start is read once.) The first-scalar test is
                // `listStart`'s opening, asked here from locals: a static set read in this loop
                // is retained and released at every character.
                if introducers.startsWord(s[i].value) || colons.contains(s[i]),
                   let start = RoleFrame.listStart(at: i, in: s, lexicon), frameStarts.last != start,
                   RoleFrame.before(start, in: s, lowerBound: text.leadEnd, lexicon)?.namesPost == true {
                    frameStarts.append(start)
                }
                i += 1
            }
        }
        // Split by scalar against the whitespace table, not by Character (grapheme breaking
        // and a property look-up per character), each name folded as it is read into one buffer.
        var token: [UInt32] = []
        for c in (byline ?? "").unicodeScalars {
            if ScalarClass.isWhitespace(c) || c == "/" {
                if !token.isEmpty { reporters.append(token) }
                token.removeAll(keepingCapacity: true)
            } else {
                token.append(MatchFolding.fold(value: c.value))
            }
        }
        if !token.isEmpty { reporters.append(token) }

        // A name ends where a time expression begins (`林海昨天出席`, `周岩4月12日到`).
        let dateStarts = DateSpans(dates)
        // The readings gathered into one array (no array per title).
        var readings: [Range<Int>] = []
        readings.reserveCapacity(2 * titleHits.count)
        for title in titleHits { addCandidates(s, at: title.upperBound, to: &readings) }
        let counts = ReadingCounts(readings, in: s, from: text.leadEnd)
        var found: [LeaderMention] = []
        for title in titleHits {
            let i = dates.partitioningIndex { $0.upperBound > title.lowerBound }
            let floor = max(text.leadEnd, i > 0 ? dates[i - 1].upperBound : 0)
            if let m = nameAfter(title, text, counts: counts, floor: floor, dateStarts: dateStarts) {
                found.append(m)
                // `副区长张三、李四`: further names sharing the title are kept by name.
                let next = m.nameRange.upperBound
                if next < s.count, s[next] == "、" { namesList(text, from: next + 1, dateStarts: dateStarts, into: &found) }
            } else if let m = nameBefore(title, text) {
                found.append(m)
            }
        }
        for start in collectiveEnds { namesList(text, from: start, dateStarts: dateStarts, into: &found) }
        for start in frameStarts { namesList(text, from: start, dateStarts: dateStarts, givenNamesOnly: true, into: &found) }
        for start in collectiveStarts { namesListBefore(text, collective: start, into: &found) }
        if !reporters.isEmpty { found.removeAll { m in reporters.contains { $0.elementsEqual(s[m.nameRange].lazy.map(\.value)) } } }
        // Sorted in place (the same stable sort as `sorted`), not into a copy.
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return found
    }

    // MARK: title + name

    private func surnameLength(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard i < s.count, ScalarClass.isHan(s[i]) else { return nil }
        return lexicon.surnames.longestMatch(in: s, at: i)?.length
    }

    /// The short and long readings of a name starting at `i`.
    private func addCandidates(_ s: [Unicode.Scalar], at i: Int, to readings: inout [Range<Int>]) {
        guard let sl = surnameLength(s, at: i) else { return }
        for len in (sl + 1)...(sl + 2) {
            guard i + len <= s.count, s[i..<(i + len)].allSatisfy(ScalarClass.isHan) else { continue }
            readings.append(i..<(i + len))
        }
    }

    private func nameAfter(_ title: Range<Int>, _ text: ArticleText, counts: ReadingCounts, floor: Int,
                           dateStarts: DateSpans) -> LeaderMention? {
        let s = text.scalars
        let p = title.upperBound
        guard let sl = surnameLength(s, at: p) else { return nil }
        // A surname that is also a word after names (`于`, `向`: `副县长于海涛`, `县长于近日…`)
        // starts a name only on the article's evidence, with no time expression starting
        // inside it: a reading that recurs (`于洋…于洋要求`). What follows the word tells
        // nothing: a setting, a time or an object reads like a given name before a verb
        // (`于会前听取`, `于节前走访`, `向参会代表介绍`). A longer follower (`高度`) is never a name.
        let follower = lexicon.followers.longestMatch(in: s, at: p)?.length
        if let f = follower, f > sl { return nil }
        // The two readings (a given name of one character or two) kept as two optionals, not
        // an array made and filtered for every title.
        func possible(_ len: Int) -> Int? { p + len <= s.count && isGivenName(s, (p + sl)..<(p + len)) ? len : nil }
        var one = possible(sl + 1), two = possible(sl + 2)
        let count = { (len: Int) in counts[p..<(p + len)] }
        let recurs = { (len: Int) in count(len) >= 2 }
        if follower != nil {
            guard !dateStarts.startsDate(at: p + sl) else { return nil }
            if let l = one, !recurs(l) { one = nil }
            if let l = two, !recurs(l) { two = nil }
        }
        guard let short = one ?? two else { return nil }
        let long = one != nil ? two : nil
        // Evidence first: the name recurring alone in the article; then the word after it;
        // else the commonest length, three characters.
        let chosen: Int
        // The long reading recurring counts only when the short one does not recur exactly
        // as often with a following word after it (`乔远一行…乔远一行`).
        if let long, recurs(long), count(long) < count(short) || !endsName(s, at: p + short, dateStarts: dateStarts) {
            chosen = long
        } else if recurs(short) || endsName(s, at: p + short, dateStarts: dateStarts) || long == nil {
            chosen = short
        } else {
            chosen = long ?? short
        }
        let len = chosen
        let start = titleSegmentStart(title.lowerBound, s, floor: floor)
        let nameRange = p..<(p + len)
        return mention(text, form: start..<nameRange.upperBound, name: nameRange,
                       chainStart: chainStart(start, s, floor: floor))
    }

    /// `邓晓东区长`, `张立新副县长`: a name in front of the title (and its modifier),
    /// after a boundary, with the title itself followed by a boundary or a verb.
    private func nameBefore(_ title: Range<Int>, _ text: ArticleText) -> LeaderMention? {
        let s = text.scalars, floor = text.leadEnd
        guard endsName(s, at: title.upperBound) else { return nil }
        let modifier = lexicon.titleModifiers.longestEndingLength(s, at: title.lowerBound)
        let titleStart = title.lowerBound - modifier
        for len in [3, 2, 4] {
            let start = titleStart - len
            guard start >= floor,
                  start == floor || !ScalarClass.isHan(s[start - 1]),
                  let sl = surnameLength(s, at: start), sl < len,
                  isGivenName(s, (start + sl)..<titleStart)
            else { continue }
            let nameRange = start..<titleStart
            return mention(text, form: start..<title.upperBound, name: nameRange, chainStart: start)
        }
        return nil
    }

    /// The characters after the surname: Han, and none that belong to titles and bodies.
    private func isGivenName(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        s[r].allSatisfy { ScalarClass.isHan($0) && !lexicon.nonNameCharacters.contains($0) }
    }

    /// A name ends before punctuation, a non-Han character, or a typical following verb.
    private func endsName(_ s: [Unicode.Scalar], at i: Int, dateStarts: DateSpans = DateSpans()) -> Bool {
        i >= s.count || !ScalarClass.isHan(s[i]) || lexicon.followers.matches(s, at: i) || dateStarts.startsDate(at: i)
    }

    /// The place or body written before the title, back to a separator, a function word
    /// or a verb phrase (`受…`, `贯彻落实…`). When the body is longer than a title prefix
    /// can be, it starts after the last organisation word in reach (`…有限公司总经理`),
    /// never inside one (`限公司`).
    private func titleSegmentStart(_ titleStart: Int, _ s: [Unicode.Scalar], floor: Int) -> Int {
        // The tables read into locals once; a table is walked back only from a scalar that
        // ends one of its phrases (most characters of a place end none).
        let (organisations, organisationLasts) = (lexicon.organisationEndings, lexicon.organisationEndingLasts)
        let (breaks, breakLasts, stops) = (lexicon.titlePrefixBreaks, lexicon.titlePrefixBreakLasts, lexicon.prefixStops)
        var k = titleStart
        while k > floor, titleStart - k < maxTitlePrefix {
            let c = s[k - 1]
            // An organisation's name is one word, whatever characters it holds (`有限公司`).
            let organisation = organisationLasts.contains(c) ? organisations.longestEndingLength(s, at: k) : 0
            if organisation > 0, k - organisation >= floor {
                k -= organisation
                continue
            }
            guard ScalarClass.isHan(c) || c == "(" || c == ")", !stops.contains(c),
                  !(breakLasts.contains(c) && breaks.matchesEnding(s, at: k, lowerBound: floor)) else { break }
            k -= 1
        }
        if titleStart - k >= maxTitlePrefix, k > floor, ScalarClass.isHan(s[k - 1]) {
            if let end = (k...titleStart).last(where: { lexicon.organisationEndings.matchesEnding(s, at: $0, lowerBound: k) }) {
                return end
            }
        }
        return k
    }

    /// Back over earlier titles joined by `、` (`管城回族区委常委、统战部长姚方海`).
    private func chainStart(_ segmentStart: Int, _ s: [Unicode.Scalar], floor: Int) -> Int {
        var k = segmentStart
        while k - 1 > floor, s[k - 1] == "、", lexicon.titles.matchesEnding(s, at: k - 1, lowerBound: floor) {
            k = titleSegmentStart(k - 1 - lexicon.titles.longestEndingLength(s, at: k - 1), s, floor: floor)
        }
        return k
    }

    // MARK: bare names after 区领导

    /// `givenNamesOnly`: after a frame (`…的区领导有：`) the list may stand further from its post
    /// than after a collective word, so the characters after each surname must also be able
    /// to form a given name.
    /// The names are appended to `out` (the finder's one array), not gathered apart.
    private func namesList(_ text: ArticleText, from start: Int, dateStarts: DateSpans,
                           givenNamesOnly: Bool = false, into out: inout [LeaderMention]) {
        let s = text.scalars
        var i = start
        while i < s.count {
            guard let sl = surnameLength(s, at: i) else { break }
            var j = i
            while j < s.count, j - i < sl + 2, ScalarClass.isHan(s[j]) {
                if j - i >= sl + 1, lexicon.followers.matches(s, at: j) || dateStarts.startsDate(at: j) { break }
                j += 1
            }
            guard j - i >= sl + 1, endsName(s, at: j, dateStarts: dateStarts) || s[j] == "、",
                  !givenNamesOnly || isGivenName(s, (i + sl)..<j) else { break }
            out.append(mention(text, form: i..<j, name: i..<j, chainStart: i))
            guard j < s.count, s[j] == "、" else { break }
            i = j + 1
        }
    }

    /// `林雅琴、杜春阳、许朝阳等区领导出席`: bare names in front of `等` and a collective word.
    /// Each name stands between list marks; the first after punctuation, never after a
    /// title (titled names are found from their titles).
    /// (Appended to `out` in text order.)
    private func namesListBefore(_ text: ArticleText, collective: Int, into out: inout [LeaderMention]) {
        let s = text.scalars, floor = text.leadEnd
        let etc = lexicon.listEnds.longestEndingLength(s, at: collective)
        guard etc > 0 else { return }
        let first = out.count
        var end = collective - etc
        while end > floor {
            var k = end
            while k > floor, end - k < 4, ScalarClass.isHan(s[k - 1]) { k -= 1 }
            guard k == floor || !ScalarClass.isHan(s[k - 1]),
                  let sl = surnameLength(s, at: k), end - k > sl, isGivenName(s, (k + sl)..<end) else { break }
            out.append(mention(text, form: k..<end, name: k..<end, chainStart: k))
            guard k - 1 > floor, s[k - 1] == "、" else { break }
            end = k - 1
        }
        out[first...].reverse()
    }

    // MARK: helpers

    private func mention(_ text: ArticleText, form: Range<Int>, name: Range<Int>, chainStart: Int) -> LeaderMention {
        LeaderMention(range: form, nameRange: name, chainStart: chainStart)
    }

    /// How often each reading of a name (a range of the article's scalars) occurs in the
    /// article from `start`: the distinct readings sorted once, then one pass over the text
    /// that compares, where a reading's first scalar stands, the few readings starting with it
    /// (an article has a handful of readings: no trie, key array, string or hash is made for them).
    private struct ReadingCounts {
        /// The readings given, and the distinct reading (index into `counts`) of each.
        private var readings: [Range<Int>] = []
        private var distinct: [Int] = []
        private var counts: [Int] = []

        /// `s`: the text layer's scalars, folded already (folding is idempotent), so they
        /// are compared as they are, not folded again scalar by scalar.
        init(_ readings: [Range<Int>], in s: [Unicode.Scalar], from start: Int) {
            guard !readings.isEmpty else { return }
            func precedes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
                var i = a.lowerBound, j = b.lowerBound
                while i < a.upperBound, j < b.upperBound {
                    let x = s[i].value, y = s[j].value
                    if x != y { return x < y }
                    i += 1; j += 1
                }
                return a.count < b.count
            }
            // Readings repeat (a name after each of its titles): sorted, equal ones are neighbours.
            let order = readings.indices.sorted { precedes(readings[$0], readings[$1]) }
            var keys: [Range<Int>] = []
            keys.reserveCapacity(readings.count)
            var distinct = [Int](repeating: 0, count: readings.count)
            for k in order {
                if let last = keys.last, !precedes(last, readings[k]) {} else { keys.append(readings[k]) }
                distinct[k] = keys.count - 1
            }
            self.readings = readings
            self.distinct = distinct
            self.counts = Self.occurrences(of: keys, in: s, from: start)
        }

        /// How many times each key (distinct, sorted by their scalars, so those sharing a first
        /// scalar are one run) occurs in `s` from `start`, overlapping occurrences each counted.
        /// A key starting outside the Basic Multilingual Plane is not looked for (count 0), as
        /// the per-article matchers leave such keys out.
        private static func occurrences(of keys: [Range<Int>], in s: [Unicode.Scalar], from start: Int) -> [Int] {
            var counts = [Int](repeating: 0, count: keys.count)
            guard start < s.count else { return counts }
            s.withUnsafeBufferPointer { t in
                let firsts = FirstScalarMask(keys.lazy.map { t[$0.lowerBound].value })
                for i in start..<t.count {
                    let v = t[i].value
                    guard v < 0x10000, firsts.mayStart(v) else { continue }
                    var k = keys.partitioningIndex { t[$0.lowerBound].value >= v }
                    while k < keys.count, t[keys[k].lowerBound].value == v {
                        let key = keys[k]
                        if i + key.count <= t.count {
                            var j = 1
                            while j < key.count, t[i + j] == t[key.lowerBound + j] { j += 1 }
                            if j == key.count { counts[k] += 1 }
                        }
                        k += 1
                    }
                }
            }
            return counts
        }

        /// Readings are given in text order (the names after the titles, in turn).
        subscript(r: Range<Int>) -> Int {
            var k = readings.partitioningIndex { $0.lowerBound >= r.lowerBound }
            while k < readings.count, readings[k].lowerBound == r.lowerBound {
                if readings[k] == r { return counts[distinct[k]] }
                k += 1
            }
            return 0
        }
    }

    private func hanRun(_ s: [Unicode.Scalar], from start: Int, max: Int) -> Range<Int>? {
        var i = start
        while i < s.count, ScalarClass.isSpace(s[i]) { i += 1 }
        var j = i
        while j < s.count, j - i < max, ScalarClass.isHan(s[j]) { j += 1 }
        return j - i >= 2 ? i..<j : nil
    }
}
