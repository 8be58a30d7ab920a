/// What a cue word says of the date it governs (`TimeLexicon.futureCues` and the tables after it).
enum Cue: Sendable, Equatable { case future, plan, request, meeting, none }

/// Words the scanner looks up in its main trie.
enum TimeWord: Sendable {
    /// `opensClause`: anaphoric only where it opens its clause (`隔天一早，`; not `隔日服用`).
    case relativeDay(Int), anaphoricDay(Int, opensClause: Bool), dayWithPartOfDay(DateSpec.Day, PartOfDay)
    case relativeYear(Int), relativeMonth(Int), relativeWeek(Int), relativeQuarter(Int)
    case anaphoricYear(Int), anaphoricMonth(Int), anaphoricWeek(Int)
    case relativeSpan(CalendarUnit, Int, Int)
    case weekHalf(Int)
    /// `weekend(week:)`: the weekend of the week so far from the reference's; nil for a noun of
    /// habit (`双休日`) read only after a prefix (`这个双休日`) or 每 (`每逢双休日`).
    case weekday(Int), weekend(week: Int?)
    /// `smallHours`: keeps 1–11 o'clock as written (凌晨3点); `dawn`: its 12 o'clock opens the
    /// day (`凌晨12点半` = 00:30); `adjectival`: also an adjective (夜间施工), alone only before
    /// punctuation or a clock.
    /// `hour`: the clock it names when none is written (`正午`, `午夜`).
    case partOfDay(PartOfDay, smallHours: Bool, dawn: Bool, adjectival: Bool, hour: Int?)
    /// `opensClause` (a counted half, `上半个月`): alone, a time only where it opens its clause.
    case yearPart(DateSpec.Within), monthPart(DateSpec.Within, opensClause: Bool)
    /// `今春`, `去冬`: a year word and a season in two characters.
    case relativeSeason(Int, Season)
    /// `opensClause`: a time only where it opens its clause (`不久后，…`; not `成立不久后`).
    case vague(VagueWord, opensClause: Bool), festival(Festival, FestivalWord)
    case relativeCentury(Int), adjacent(Int), rolling(Int)
    case lunarPrefix, lunarMonth(Int), monthName(Int)
    /// A word that contains time words but names something else (节日, 号楼, 六一中学).
    case notTime

    /// The reference's day or the day named before (今天, 同日, 同一天, 当天): after a relative
    /// week, month or year (`下个月的今天`, `去年同日`, `上周同一天`) the same day that far away.
    var isSameDay: Bool {
        switch self {
        case .relativeDay(0), .anaphoricDay(0, _): return true
        default: return false
        }
    }
}

/// A unit counted in another (世纪 = 100 years).
struct UnitMultiple: Sendable {
    let unit: CalendarUnit
    let factor: Int
}

/// What else a festival word may be, stored in its trie entry (no lookup per match).
enum FestivalWord: Sendable {
    case only
    /// Also a given name or a count (李国庆, 十一个): a festival only before its context or at a clause end.
    case nameLike
    /// Also a weather word (大雪): a festival only before its context.
    case weatherLike
}

/// Single-character classes, one bit each, looked up in one table.
struct CharClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let candidate = CharClass(rawValue: 1 << 0)
    static let dayMark = CharClass(rawValue: 1 << 1)
    static let hourMark = CharClass(rawValue: 1 << 2)
    static let clauseBreak = CharClass(rawValue: 1 << 4)
    static let numericDateSeparator = CharClass(rawValue: 1 << 12)
    static let letter = CharClass(rawValue: 1 << 13)
    /// `从`, `自`: opens a range (`TimeLexicon.rangeOpeners`).
    static let rangeOpener = CharClass(rawValue: 1 << 15)
    /// `和`, `及`: joins two items of a list (`TimeLexicon.listJoiners`, with `、`).
    static let listJoiner = CharClass(rawValue: 1 << 16)
    /// A character inside a degree word (近 of 将近, 一 of 快一点): only there may one cover a match.
    static let inDegreeWord = CharClass(rawValue: 1 << 17)
    /// 几, 数: an unknown small number (`TimeLexicon.fewWords`).
    static let fewWord = CharClass(rawValue: 1 << 18)
    /// 零, 〇: a zero digit (`12点零5分`).
    static let zeroDigit = CharClass(rawValue: 1 << 19)
    /// 于, 在, 是 …: a word after which two digits and 年 closing a clause are a year
    /// (`TimeLexicon.shortYearOpeners`).
    static let shortYearOpener = CharClass(rawValue: 1 << 20)
    /// 年, 月, 日, 号, 点, 时, 个: a unit mark after a number (`TimeLexicon.numberUnitMarks`).
    static let numberUnit = CharClass(rawValue: 1 << 21)
    static let punctuation = CharClass(rawValue: 1 << 14)
    /// The last character of a closing verb (明 of 说明): where the seam test may apply.
    static let closingVerbEnd = CharClass(rawValue: 1 << 22)
    /// The first character of a past marker (`TimeLexicon.pastMarkers`, 了, 已经).
    static let pastMarkerStart = CharClass(rawValue: 1 << 23)
}

/// A short list of words matched longest first (separators, suffixes).
struct WordList: Sendable {
    private let words: [[UInt32]]
    /// The words' first scalars: most positions asked start none, and one bit test says so.
    private let firsts: FirstScalarMask
    /// An empty word matches anywhere: the test of first scalars can't be used.
    private let hasEmpty: Bool
    init(_ list: [String]) {
        words = list.map { $0.unicodeScalars.map { MatchFolding.fold(value: $0.value) } }.sorted { $0.count > $1.count }
        firsts = FirstScalarMask(words.compactMap(\.first))
        hasEmpty = words.contains { $0.isEmpty }
    }

    /// End of the longest listed word at `p`.
    func match(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> Int? {
        if !hasEmpty && (p >= t.count || !firsts.mayStart(t[p])) { return nil }
        outer: for w in words where p + w.count <= t.count {
            for (k, s) in w.enumerated() where t[p + k] != s { continue outer }
            return p + w.count
        }
        return nil
    }

    /// The start of the longest listed word that ends exactly at `end`.
    func start(_ t: UnsafeBufferPointer<UInt32>, endingAt end: Int) -> Int? {
        for w in words where end - w.count >= 0 && w.indices.allSatisfy({ t[end - w.count + $0] == w[$0] }) { return end - w.count }
        return nil
    }

    /// True when a listed word ends exactly at `end` (a look-behind, as long as the word).
    func endsAt(_ t: UnsafeBufferPointer<UInt32>, _ end: Int) -> Bool { start(t, endingAt: end) != nil }
}

/// Finds temporal expressions in folded scalars and yields underspecified values.
///
/// One left-to-right pass. At a scalar that can start an expression (a table read),
/// a small recursive-descent grammar tries, in order: decades, points and ranges
/// (`2021年4月12日上午9时`, `4月7日至9日`), quantities (durations, offsets, sets,
/// `上两周`), then words alone (`近日`). On success the scan resumes after the match.
struct TimeScanner: Sendable {
    let words: PhraseTrie<TimeWord>
    /// The first two scalars of `words`: most candidates that start a word start none with
    /// the scalar after them, and are turned away before the trie is walked.
    let wordPairs: ScalarPairMask
    let yearParts: PhraseTrie<DateSpec.Within>
    let monthParts: PhraseTrie<DateSpec.Within>
    let halfOnlyUnits: PhraseTrie<CalendarUnit>
    let periodEdges: PhraseTrie<DateSpec.Edge>
    let decadeEdges: PhraseTrie<DateSpec.Edge>
    let durationUnits: PhraseTrie<CalendarUnit>
    /// `半个世纪`: units counted in another (`TimeLexicon.multipleUnits`).
    let multipleUnits: PhraseTrie<UnitMultiple>
    /// `一分半钟` (`TimeLexicon.halfInsideUnits`).
    let halfInsideUnits: PhraseTrie<CalendarUnit>
    /// `那天`, `前夕` after a date or festival (`TimeLexicon.dayRestatements`).
    let dayRestatements: PhraseTrie<Int>
    let shortPartsOfDay: PhraseTrie<PartOfDay>
    let cues: PhraseTrie<Cue>
    let pastMarkers: PhraseTrie<Bool>
    let questionParticles: ScalarSet
    let disposalMarkers: ScalarSet
    /// `TimeLexicon.degreeWords`, read behind a match.
    let degreeWords: PhraseTrie<Bool>
    let durationFrames: PhraseTrie<Bool>
    /// Every follower class in one trie (`TimeLexicon.followers`).
    let followers: PhraseTrie<Follower>
    let numerals = NumeralReader()
    private let classes: [UInt32]

    let rangeSeparators = WordList(TimeLexicon.rangeSeparators)
    let betweenJoiners = WordList(TimeLexicon.betweenJoiners)
    let betweenClosers = WordList(TimeLexicon.betweenClosers)
    let afterWords = WordList(TimeLexicon.afterWords)
    let beforeWords = WordList(TimeLexicon.beforeWords)
    let untilNow = WordList(TimeLexicon.untilNowWords)
    let since = WordList(TimeLexicon.sinceWords)
    let rollingPastSuffixes = WordList(TimeLexicon.rollingPastSuffixes)
    let notSinceWords = WordList(TimeLexicon.notSinceWords)
    let bareMonthDaySeparators = ScalarSet(values: TimeLexicon.bareMonthDaySeparators.map(\.scalarValue))
    let valueRangeWords = WordList(TimeLexicon.valueRangeWords)
    let numberContinuations = ScalarSet(values: TimeLexicon.numberContinuations.map(\.scalarValue))
    let offsetAfter = WordList(TimeLexicon.offsetAfter)
    let partDemonstratives = WordList(TimeLexicon.partDemonstratives)
    let dayLeads = WordList(TimeLexicon.dayLeads)
    let wordsEndingInYu = WordList(TimeLexicon.wordsEndingInYu)
    let anaphoricWeekLeads = WordList(TimeLexicon.anaphoricWeekLeads)
    let periodRestatements = WordList(TimeLexicon.periodRestatements)
    let indefiniteOnes = WordList(TimeLexicon.indefiniteOnes)
    let fromOnWords = WordList(TimeLexicon.fromOnWords)
    let rangeStartWords = WordList(TimeLexicon.rangeStartWords)
    let withinWords = WordList(TimeLexicon.withinWords)
    let aroundWords = WordList(TimeLexicon.aroundWords)
    let offsetBefore = WordList(TimeLexicon.offsetBefore)
    let clockSuffixes = WordList(TimeLexicon.clockSuffixes)
    let clockApproximations = WordList(TimeLexicon.clockApproximations)
    let clockClosingSuffixes = WordList(TimeLexicon.clockClosingSuffixes)
    let scoreWords = WordList(TimeLexicon.scoreWords)
    let scoreLinks = WordList(TimeLexicon.scoreLinks)
    let approxSuffixes = WordList(TimeLexicon.approxSuffixes)
    let quarterHour = WordList([TimeLexicon.quarterHourUnit])
    let durationJoiners = WordList(TimeLexicon.durationJoiners)
    let approxAfterUnit = WordList(TimeLexicon.approxAfterUnit)
    let lastMarkers = WordList(TimeLexicon.lastMarkers)
    let lastWord = WordList([TimeLexicon.lastWord])
    let weekWords = WordList(TimeLexicon.weekWords)
    let weekendSuffixes = WordList(TimeLexicon.weekendSuffixes)
    let dayNameWords = WordList(TimeLexicon.dayNameWords)
    let weekdayFirstWords = WordList(TimeLexicon.dayNameWordTable.filter(\.weekdayFirst).map(\.0))
    let sundayAlias = TimeLexicon.sundayAlias.scalarValue
    let addressWords = WordList(TimeLexicon.addressWords)
    let placeCounters = WordList(TimeLexicon.placeCounters)
    let serialNames = WordList(TimeLexicon.serialNames)
    let dayMarkFollowers = WordList(TimeLexicon.dayMarkFollowers)
    let listJoinerWords = WordList(TimeLexicon.listJoinerWords)
    let meridiems = PhraseTrie(TimeLexicon.meridiems)
    let holidayWords = WordList(TimeLexicon.holidayWords)
    let countedHolidayWords = WordList(TimeLexicon.countedHolidayWords)
    let closingVerbs = WordList(TimeLexicon.closingVerbs)
    let holidayBreaks: [Festival: (start: Int, days: Int)] = Dictionary(
        TimeLexicon.holidayBreaks.map { ($0.0, (start: $0.start, days: $0.days)) }, uniquingKeysWith: { a, _ in a })
    let activityAdverbs = WordList(TimeLexicon.activityAdverbs)
    /// Where a run of weekday digits may end besides an activity: a word of meeting, a pronoun,
    /// 有 or 是, a preposition, modal or negator.
    let runClosers = WordList(TimeLexicon.meetingCues + TimeLexicon.personalPronouns + TimeLexicon.runCopulas + TimeLexicon.runFunctionWords)
    let pointsLeads = WordList(TimeLexicon.pointsLeads)
    let clockSubjects = WordList(TimeLexicon.clockSubjects)
    let clockAdverbs = WordList(TimeLexicon.clockAdverbs)
    let weakApproximations = WordList(TimeLexicon.weakApproximations)
    let oneAdverbs = WordList(TimeLexicon.oneAdverbs)
    let bareHalfFollowers = WordList(TimeLexicon.bareHalfFollowers)
    let festivalLeads = WordList(TimeLexicon.festivalLeads)
    let countLeads = WordList(TimeLexicon.countLeads)
    let wordsAfterDay = WordList(TimeLexicon.wordsAfterDay)
    let recurrenceFillers = WordList(TimeLexicon.recurrenceFillers)
    let recurrenceReaches = WordList(TimeLexicon.recurrenceReaches)
    let countIdioms = WordList(TimeLexicon.countIdioms)
    let repetitionJoiners = WordList(TimeLexicon.repetitionJoiners)
    let locativePostpositions = ScalarSet(values: TimeLexicon.locativePostpositions.map(\.scalarValue))
    let offsetWords = WordList(TimeLexicon.offsetBefore + TimeLexicon.offsetAfter)
    /// `再过`, `过`: leads that count on from now, each with whether it must open its clause.
    let forwardLeads = PhraseTrie(TimeLexicon.forwardLeads)
    let pastLeads = PhraseTrie(TimeLexicon.pastLeads.map { ($0, true) })
    let eras = PhraseTrie(TimeLexicon.eraYears)
    let festivalSteps = PhraseTrie(TimeLexicon.festivalSteps)
    let timesCounters = WordList(TimeLexicon.timesCounters)
    let pureTimesCounters = WordList(TimeLexicon.pureTimesCounters)
    let weekdayPrefixWords = WordList(TimeLexicon.weekdayPrefixes)
    let festivalPairFollowers = WordList(TimeLexicon.festivalPairFollowers)
    let wholeDayWords = WordList(TimeLexicon.wholeDayWords)
    let rangeVerbs = WordList(TimeLexicon.rangeVerbs)
    let restWords = WordList(TimeLexicon.restWords)
    /// The value: a clock word, read only after a day (`TimeLexicon.sameClockWords`).
    let sameTimeWords = PhraseTrie(TimeLexicon.sameTimeWords.map { ($0, false) } + TimeLexicon.sameClockWords.map { ($0, true) })
    let workdayWord = WordList([TimeLexicon.workdayWord])
    let wholeMark = TimeLexicon.wholeMark.scalarValue
    let yearDecade = WordList([TimeLexicon.yearDecadeSuffix])
    let century = WordList([TimeLexicon.centuryWord])
    let quarterWord = WordList([TimeLexicon.quarterWord])
    let dayWordForOrdinal = WordList([TimeLexicon.dayWordForOrdinal])
    let monthWordForOrdinal = WordList([TimeLexicon.monthWordForOrdinal])
    let countdownWord = WordList([TimeLexicon.countdownWord])

    let yearMark = TimeLexicon.yearMark.scalarValue
    let fiscalYearMark = TimeLexicon.fiscalYearMark.scalarValue
    let yearKindMarks = TimeLexicon.yearKindMarks.map(\.scalarValue)
    let monthMark = TimeLexicon.monthMark.scalarValue
    let fusedMonthDayMark = TimeLexicon.fusedMonthDayMark.scalarValue
    let labelDayMark = TimeLexicon.labelDayMark.scalarValue
    let minuteMark = TimeLexicon.minuteMark.scalarValue
    let secondMark = TimeLexicon.secondMark.scalarValue
    let quarterHourMark = TimeLexicon.quarterHourMark.scalarValue
    let halfMark = TimeLexicon.halfMark.scalarValue
    let halfFillers = ScalarSet(values: TimeLexicon.halfFillers.map(\.scalarValue))
    let aboutOneFillers = ScalarSet(values: TimeLexicon.aboutOneFillers.map(\.scalarValue))
    let clockSeparator = TimeLexicon.clockSeparator.scalarValue
    let clockPastWord = TimeLexicon.clockPastWord.scalarValue
    let clockToWord = TimeLexicon.clockToWord.scalarValue
    let monthSuffix = TimeLexicon.monthSuffix.scalarValue
    let ordinalPrefix = TimeLexicon.ordinalPrefix.scalarValue
    let possessive = TimeLexicon.possessive.scalarValue
    let perfectiveMark = TimeLexicon.perfectiveMark.scalarValue
    let measureWord = TimeLexicon.measureWord.scalarValue
    let everyWord = TimeLexicon.everyWord.scalarValue
    let meetWord = TimeLexicon.meetWord.scalarValue
    let deadlineMark = TimeLexicon.deadlineMark.scalarValue
    let listSeparator = TimeLexicon.listSeparator.scalarValue
    let frequencyRepeat = TimeLexicon.frequencyRepeat.scalarValue
    let nightCounters = ScalarSet(values: TimeLexicon.nightCounters.map(\.scalarValue))
    let lunarDayPrefix = TimeLexicon.lunarDayPrefix.scalarValue
    let stackedPrefix = TimeLexicon.stackedPrefix.scalarValue
    let firstMark = TimeLexicon.firstMark.scalarValue
    let lastMark = TimeLexicon.lastMark.scalarValue
    let headMark = TimeLexicon.headMark.scalarValue
    let quarterLatin = TimeLexicon.quarterLatin.scalarValue
    let titleOpen = TimeLexicon.titleMarks.0.scalarValue
    let titleClose = TimeLexicon.titleMarks.1.scalarValue
    let restatementOpener = TimeLexicon.restatementOpener.scalarValue
    let restatementClosers = ScalarSet(values: TimeLexicon.restatementClosers.map(\.scalarValue))
    let closingQuotes = ScalarSet(values: TimeLexicon.closingQuotes.map(\.scalarValue))
    let weekdayNames: [UInt32: Int] = Dictionary(
        TimeLexicon.weekdayNames.map { ($0.0.scalarValue, $0.1) }, uniquingKeysWith: { a, _ in a })
    /// Month and day (100 × month + day) of the lunar festivals spoken by their bare month and
    /// day (`二月二`, `九月九`, `八月十五`) in Chinese numerals with no day mark: those lunar days.
    let lunarFestivalDays: Set<Int> = Set(TimeLexicon.festivals.compactMap {
        if case .lunar(let m, let d) = $0.1, TimeLexicon.spokenLunarDay(m, d) { return 100 * m + d } else { return nil }
    })
    let fewPhrases = WordList(TimeLexicon.fewPhrases)
    let askingFewWord = TimeLexicon.askingFewWord.scalarValue
    let whichWord = TimeLexicon.whichWord.scalarValue
    let actionCounter = TimeLexicon.actionCounter.scalarValue
    let largeMultipliers = Dictionary(uniqueKeysWithValues: TimeLexicon.largeMultipliers.map { ($0.0.scalarValue, $0.1) })

    init() {
        var entries: [(String, TimeWord)] = []
        entries += TimeLexicon.adjacentPrefixes.map { ($0.0, .adjacent($0.1)) }
        entries += TimeLexicon.rollingPrefixes.map { ($0.0, .rolling($0.1)) }
        entries += TimeLexicon.relativeDays.map { ($0.0, .relativeDay($0.1)) }
        entries += TimeLexicon.anaphoricDays.map { ($0.0, .anaphoricDay($0.1, opensClause: false)) }
        entries += TimeLexicon.clauseOpeningAnaphoricDays.map { ($0.0, .anaphoricDay($0.1, opensClause: true)) }
        entries += TimeLexicon.relativeSpans.map { ($0.0, .relativeSpan($0.1, $0.2, $0.3)) }
        entries += TimeLexicon.weekHalves.map { ($0.0, .weekHalf($0.1)) }
        entries += TimeLexicon.dayWithPartOfDay.map { ($0.0, .dayWithPartOfDay($0.1, $0.2)) }
        entries += TimeLexicon.relativeYears.map { ($0.0, .relativeYear($0.1)) }
        entries += TimeLexicon.relativeMonths.map { ($0.0, .relativeMonth($0.1)) }
        entries += TimeLexicon.anaphoricYears.map { ($0.0, .anaphoricYear($0.1)) }
        entries += TimeLexicon.anaphoricMonths.map { ($0.0, .anaphoricMonth($0.1)) }
        entries += TimeLexicon.anaphoricWeeks.map { ($0.0, .anaphoricWeek($0.1)) }
        entries += TimeLexicon.relativeWeeks.map { ($0.0, .relativeWeek($0.1)) }
        entries += TimeLexicon.relativeQuarters.map { ($0.0, .relativeQuarter($0.1)) }
        for prefix in TimeLexicon.weekdayPrefixes {
            for (name, d) in TimeLexicon.weekdayNames { entries.append((prefix + String(name), .weekday(d))) }
        }
        entries += TimeLexicon.weekendWords.map { ($0, .weekend(week: 0)) }
        entries += TimeLexicon.habitualWeekendWords.map { ($0, .weekend(week: nil)) }
        entries += TimeLexicon.relativePrefixes.flatMap { p in TimeLexicon.habitualWeekendWords.map { (p.0 + $0, .weekend(week: p.1)) } }
        let small = Set(TimeLexicon.smallHoursWords), dawn = Set(TimeLexicon.dawnWords)
        let adjectival = Set(TimeLexicon.adjectivalPartsOfDay)
        let hours = Dictionary(uniqueKeysWithValues: TimeLexicon.hourPartsOfDay)
        entries += TimeLexicon.partsOfDay.map {
            ($0.0, .partOfDay($0.1, smallHours: small.contains($0.0), dawn: dawn.contains($0.0),
                              adjectival: adjectival.contains($0.0), hour: hours[$0.0]))
        }
        entries += TimeLexicon.yearParts.filter { $0.0.count > 1 }.map { ($0.0, .yearPart($0.1)) }
        entries += TimeLexicon.monthParts.filter { $0.0.count > 1 }.map { ($0.0, .monthPart($0.1, opensClause: false)) }
        entries += TimeLexicon.countedMonthHalves.map { ($0.0, .monthPart($0.1, opensClause: true)) }
        for (prefix, k) in TimeLexicon.shortYearPrefixes {
            for case (let name, .season(let season)) in TimeLexicon.yearOnlyParts { entries.append((prefix + name, .relativeSeason(k, season))) }
        }
        entries += (TimeLexicon.vagueWords + TimeLexicon.vagueDayForms + TimeLexicon.stretchWords).map { ($0.0, .vague($0.1, opensClause: false)) }
        entries += TimeLexicon.clauseOpeningVagueWords.map { ($0.0, .vague($0.1, opensClause: true)) }
        entries += TimeLexicon.manyUnitsAway.map { ($0.0, .vague($0.1, opensClause: $0.opensClause)) }
        let named = TimeLexicon.festivals + TimeLexicon.solarTerms.map { ($0.0, Festival.solarTerm($0.1)) }
        let nameLike = Set(TimeLexicon.nameLikeFestivals), weatherLike = Set(TimeLexicon.weatherLikeFestivals)
        for (word, festival) in named {
            let kind: FestivalWord = nameLike.contains(word) ? .nameLike : weatherLike.contains(word) ? .weatherLike : .only
            entries.append((word, .festival(festival, kind)))
        }
        entries += TimeLexicon.lunarPrefixes.map { ($0, .lunarPrefix) }
        entries += TimeLexicon.lunarMonthNames.map { ($0.0, .lunarMonth($0.1)) }
        entries += TimeLexicon.extraMonthNames.map { ($0.0, .monthName($0.1)) }
        entries += TimeLexicon.relativeCenturies.map { ($0.0, .relativeCentury($0.1)) }
        entries += TimeScanner.notTimeWords().map { ($0, .notTime) }
        words = PhraseTrie(entries)
        wordPairs = ScalarPairMask([words.openings])
        yearParts = PhraseTrie(TimeLexicon.yearParts + TimeLexicon.yearOnlyParts)
        monthParts = PhraseTrie(TimeLexicon.monthParts + TimeLexicon.countedMonthHalves)
        periodEdges = PhraseTrie(TimeLexicon.periodEdges)
        decadeEdges = PhraseTrie(TimeLexicon.decadeEdges)
        durationUnits = PhraseTrie(TimeLexicon.durationUnits)
        multipleUnits = PhraseTrie(TimeLexicon.multipleUnits.map { ($0.0, UnitMultiple(unit: $0.1, factor: $0.2)) })
        halfInsideUnits = PhraseTrie(TimeLexicon.halfInsideUnits)
        halfOnlyUnits = PhraseTrie(TimeLexicon.halfOnlyUnits)
        dayRestatements = PhraseTrie(TimeLexicon.dayRestatements)
        shortPartsOfDay = PhraseTrie(TimeLexicon.shortPartsOfDay)
        cues = PhraseTrie(TimeLexicon.futureCues.map { ($0, Cue.future) } + TimeLexicon.planCues.map { ($0, Cue.plan) }
                          + TimeLexicon.requestCues.map { ($0, Cue.request) }
                          + TimeLexicon.meetingCues.map { ($0, Cue.meeting) } + TimeLexicon.notCues.map { ($0, Cue.none) })
        pastMarkers = PhraseTrie(TimeLexicon.pastMarkers.map { ($0, true) } + TimeLexicon.notPastMarkers.map { ($0, false) })
        questionParticles = ScalarSet(values: TimeLexicon.questionParticles.map { MatchFolding.fold(value: $0.scalarValue) })
        disposalMarkers = ScalarSet(values: TimeLexicon.disposalMarkers.map { MatchFolding.fold(value: $0.scalarValue) })
        durationFrames = PhraseTrie(TimeLexicon.durationFrames.map { ($0, true) })
        degreeWords = PhraseTrie(TimeLexicon.degreeWords.map { ($0, true) })
        followers = PhraseTrie(TimeScanner.followerEntries())

        var c = [UInt32](repeating: 0, count: 0x10000)
        func mark(_ chars: [Character], _ k: CharClass) {
            for ch in chars { let v = Int(MatchFolding.fold(value: ch.scalarValue)); if v < 0x10000 { c[v] |= k.rawValue } }
        }
        for v in 0..<0x10000 where words.startsWord(UInt32(v)) || shortPartsOfDay.startsWord(UInt32(v)) {
            c[v] |= CharClass.candidate.rawValue
        }
        for v in 0x30...0x39 { c[v] |= CharClass.candidate.rawValue }
        mark(TimeLexicon.chineseDigits.map(\.0) + TimeLexicon.chineseMultipliers.map(\.0)
             + TimeLexicon.chineseTens.map(\.0) + [TimeLexicon.everyWord, TimeLexicon.halfMark, TimeLexicon.ordinalPrefix, TimeLexicon.firstMark, TimeLexicon.quarterLatin, TimeLexicon.clockToWord, TimeLexicon.measureWord, TimeLexicon.meetWord] + TimeLexicon.fewWords
             + TimeLexicon.fewPhrases.compactMap(\.first),
             .candidate)
        mark(TimeLexicon.dayMarks, .dayMark)
        mark(TimeLexicon.hourMarks, .hourMark)
        mark(TimeLexicon.numberUnitMarks, .numberUnit)
        mark(TextBreaks.sentenceOrClause.map(Character.init), .clauseBreak)
        mark(TimeLexicon.numericDateSeparators, .numericDateSeparator)
        mark(TimeLexicon.rangeOpeners, .rangeOpener)
        mark(TimeLexicon.shortYearOpeners, .shortYearOpener)
        mark(TimeLexicon.fewWords, .fewWord)
        mark(TimeLexicon.chineseDigits.filter { $0.1 == 0 }.map(\.0), .zeroDigit)
        mark(TimeLexicon.degreeWords.flatMap { Array($0) }, .inDegreeWord)
        mark(TimeLexicon.listJoiners + [TimeLexicon.listSeparator], .listJoiner)
        // The seam test of a closing verb costs one look-up where its last character isn't.
        mark(TimeLexicon.closingVerbs.compactMap { $0.unicodeScalars.last.map(Character.init) }, .closingVerbEnd)
        for v in 0..<0x10000 where pastMarkers.startsWord(UInt32(v)) { c[v] |= CharClass.pastMarkerStart.rawValue }
        for v in 0x41...0x5A { c[v] |= CharClass.letter.rawValue; c[v + 0x20] |= CharClass.letter.rawValue }
        for v in 0x21...0x2F { c[v] |= CharClass.punctuation.rawValue }
        for v in 0x3A...0x40 { c[v] |= CharClass.punctuation.rawValue }
        for v in [0x09, 0x0A, 0x0D, Int(TimeScanner.space)] { c[v] |= CharClass.punctuation.rawValue }
        for v in 0x3000...0x303F { c[v] |= CharClass.punctuation.rawValue }
        for v in 0xFF00...0xFF0F { c[v] |= CharClass.punctuation.rawValue }
        for v in 0xFF1A...0xFF20 { c[v] |= CharClass.punctuation.rawValue }
        for v in [0x2014, 0x2015, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019, 0x00B7] { c[v] |= CharClass.punctuation.rawValue }
        classes = c
    }

    /// One entry per phrase of the follower table, carrying every class it is listed in.
    static func followerEntries() -> [(String, Follower)] {
        var classes: [String: Follower] = [:]
        var order: [String] = []
        for (cls, words) in TimeLexicon.followers {
            for w in words {
                let key = MatchFolding.folded(w)
                guard let had = classes[key] else { classes[key] = cls; order.append(key); continue }
                precondition(!had.contains(cls), "\(w) is listed twice as a follower of one class")
                classes[key] = had.union(cls)
            }
        }
        return order.map { ($0, classes[$0]!) }
    }

    /// The end of the longest follower of class `k` at `i`.
    @inline(__always)
    func follower(_ t: UnsafeBufferPointer<UInt32>, at i: Int, _ k: Follower) -> Int? {
        guard i >= 0, i < t.count, followers.startsWord(t[i]) else { return nil }
        return followers.longestMatch(in: t, at: i, where: { $0.contains(k) })?.end
    }

    /// True when a follower of class `k` starts at `i`.
    @inline(__always)
    func follows(_ t: UnsafeBufferPointer<UInt32>, _ i: Int, _ k: Follower) -> Bool { follower(t, at: i, k) != nil }

    /// Every not-a-time word: the listed ones and the festival names composed from the tables.
    static func notTimeWords() -> [String] {
        // Names are made from the short forms (五一路, 国庆广场, 清明桥), two characters long.
        let allFestivalWords = Set(TimeLexicon.festivals.map(\.0) + TimeLexicon.solarTerms.map(\.0)).sorted()
        let festivalWords = allFestivalWords.filter { $0.count == 2 }
        var out = TimeLexicon.idioms + TimeLexicon.meetOnceWords + TimeLexicon.latestOnes + TimeLexicon.numberLabels + TimeLexicon.classLabels
            + TimeLexicon.partOfDayCompounds
            + TimeLexicon.dayWords + TimeLexicon.closingWords + TimeLexicon.beforeAfterWords + TimeLexicon.festivalNames
            + TimeLexicon.monthNamedWorks.flatMap { w in TimeLexicon.performanceNouns.map { w + $0 } }
            + TimeLexicon.greetings.flatMap { g in TimeLexicon.greetingClosers.map { g + $0 } }
        for f in festivalWords {
            out += TimeLexicon.nameNouns.map { f + $0 }
            out += TimeLexicon.celebrationPrefixes.map { $0 + f }
        }
        // A group is named with any festival word (新年慰问团, 国庆节工作组).
        for f in allFestivalWords { out += TimeLexicon.organisationNouns.map { f + $0 } }
        // One entry per phrase: a composed name may also be listed (the trie refuses twins).
        var seen = Set<String>()
        return out.filter { seen.insert(MatchFolding.folded($0)).inserted }
    }

    /// True when a not-a-time word longer than `minLength` starts at `q` (号楼 after 3, 前往 after 国庆).
    func notTimeAt(_ t: UnsafeBufferPointer<UInt32>, _ q: Int, longerThan minLength: Int = 1) -> Bool {
        guard let e = notTimeEnd(t, q) else { return false }
        return e - q > minLength
    }

    /// True when a not-a-time word begins with the one-character mark at `q` (`前提` in `今年前提`).
    func markStartsNotTime(_ t: UnsafeBufferPointer<UInt32>, _ q: Int) -> Bool {
        guard let e = notTimeEnd(t, q) else { return false }
        return e - q > 1
    }

    /// `这说明天气转暖` against `他说明天来`: a verb that ends in a time word's first character
    /// (说明, 离去) and takes a clause or a time after it keeps its character, at `p` or just
    /// before it, only where the time reading would not stand: a day or year word starts right
    /// after the verb (`说明后天`: 后天, no 明后天), or the time word's last character opens a longer
    /// word (天气, 年轻, 日本, 早已). Elsewhere the time word is read (`说明天下午`, `距离去年`).
    func closingVerbKeeps(_ t: UnsafeBufferPointer<UInt32>, _ p: Int) -> Bool {
        if has(t[p], .closingVerbEnd), closingVerbs.endsAt(t, p + 1) {
            if let (w, _) = wordAt(t, p + 1) {
                switch w {
                case .relativeDay, .relativeYear, .relativeSpan: return true
                default: break
                }
            }
            return !timeWordStands(t, p)
        }
        if p > 0, has(t[p - 1], .closingVerbEnd), closingVerbs.endsAt(t, p) { return !timeWordStands(t, p) }
        return false
    }

    /// False when the time word at `p` ends in a character that opens a longer word there
    /// (明天 in 明天气, 去年 in 去年华): the segmentation a verb before it may take back; true
    /// where another time word goes on from its end (明天下午: 下午, not 天下).
    private func timeWordStands(_ t: UnsafeBufferPointer<UInt32>, _ p: Int) -> Bool {
        guard let (w, e) = wordAt(t, p) else { return true }
        if case .notTime = w { return true }
        if let (w2, _) = wordAt(t, e) {
            if case .notTime = w2 {} else { return true }
        }
        if dayNameWords.match(t, at: e - 1) != nil { return false }
        if let ne = notTimeEnd(t, e - 1), ne > e { return false }
        return true
    }

    /// The end of the not-a-time word starting at `q`, if one does.
    func notTimeEnd(_ t: UnsafeBufferPointer<UInt32>, _ q: Int) -> Int? {
        guard let (w, e) = wordAt(t, q), case .notTime = w else { return nil }
        return e
    }

    /// The one space the grammar lets stand inside an expression (`2021 年 6 月`, `上午 10:30`).
    static let space: UInt32 = 0x20
    @inline(__always)
    func isSpace(_ t: UnsafeBufferPointer<UInt32>, _ i: Int) -> Bool { t.at(i) == TimeScanner.space }
    /// `i`, or the index after it when a space stands there.
    @inline(__always)
    func skippingSpace(_ t: UnsafeBufferPointer<UInt32>, _ i: Int) -> Int { isSpace(t, i) ? i + 1 : i }
    /// `i`, or the index before it when a space stands right before it.
    @inline(__always)
    func backOverSpace(_ t: UnsafeBufferPointer<UInt32>, _ i: Int) -> Int { isSpace(t, i - 1) ? i - 1 : i }

    @inline(__always)
    func has(_ s: UInt32, _ k: CharClass) -> Bool { s < 0x10000 && classes[Int(s)] & k.rawValue != 0 }
    @inline(__always)
    func isFew(_ s: UInt32) -> Bool { has(s, .fewWord) }
    /// The end of an unknown count at `p` (几, 数, 若干), if one stands there.
    @inline(__always)
    func fewEnd(_ t: UnsafeBufferPointer<UInt32>, _ p: Int) -> Int? {
        isFew(t.at(p)) ? p + 1 : fewPhrases.match(t, at: p)
    }
    @inline(__always)
    func isZero(_ s: UInt32) -> Bool { has(s, .zeroDigit) }


    /// True at the end of the text or before punctuation or a space.
    @inline(__always)
    func boundary(_ t: UnsafeBufferPointer<UInt32>, _ i: Int) -> Bool { i >= t.count || has(t[i], .punctuation) }

    /// All expressions in `t`, in text order, not overlapping.
    func scan(_ t: UnsafeBufferPointer<UInt32>) -> [RawMention] {
        var out: [RawMention] = []
        var p = 0
        // The last point and its end, for `10月27日、28日` (kept apart to avoid copying per step).
        var listEnd = -2
        var listSpec = DateSpec()
        // The end of the last set, for `每周一和周四`, `每月5日、15日` (items that recur too).
        var setEnd = -2
        var setDaily = false
        let n = t.count
        while p < n {
            let s = t[p]
            if s == titleOpen, let close = titleEnd(t, from: p) { p = close; continue }
            // `周一、三、五`: a bare weekday after a listed one is read even where it starts nothing.
            let weekdayItem = p == listEnd + 1 && listSpec.weekday != nil && weekdayNames[s] != nil && has(t[listEnd], .listJoiner)
            if !weekdayItem && (s >= 0x10000 || classes[Int(s)] & CharClass.candidate.rawValue == 0) { p += 1; continue }
            let isNum = numerals.isNumeral(s)
            // `每周一三五`: weekday digits run together after a weekly day, each a day of its own.
            if p == listEnd && p == setEnd, let prev = listSpec.weekday, let d = weekdayRun(t, at: p, after: prev) {
                out.append(RawMention(start: p, end: p + 1, value: .set(Recurrence(pattern: "XXXX-WXX-\(d)", weekday: d))))
                listEnd = p + 1; setEnd = p + 1; listSpec.weekday = d
                p += 1
                continue
            }
            if isNum, let e = countedWeekday(t, at: p) { p = e; continue }
            if isNum, let e = repetitionEnd(t, at: p) { p = e; continue }
            if isNum || s == ordinalPrefix {
                // Never start inside a number, a code (G5, 4/5G) or an ordinal (第三届).
                let prev = t.at(p - 1)
                // Nor right after a number's 年 or 月 that the grammar refused (13月5日: no 5日 either).
                // (Arabic digits after a Chinese numeral start afresh: 周五8:30; so does a count
                // with 个 after a list of numbers: 7、8两个月.)
                let count = t.at(p + 1) == measureWord && (numerals.isCountingDigit(s) || numerals.isArabicDigit(prev))
                // (`五一五天假期`, `十一七天长假`: one right after a mention that took the digit
                // before it starts afresh.)
                let afterMention = out.last.map { $0.end == p } ?? false
                if p > 0 && !afterMention && ((numerals.isArabicDigit(s) ? numerals.isArabicDigit(prev) : numerals.isNumeral(prev) && !count) || prev == 0x2E || has(prev, .letter) || prev == ordinalPrefix
                             || prev == whichWord
                             || (isNum && prev == 0x2F)
                             || (isNum && (prev == monthMark || prev == yearMark) && numerals.isNumeral(t.at(p - 2)))) {
                    p = skipNumber(t, from: p); continue
                }
            }
            if !isNum && closingVerbKeeps(t, p) { p += 1; continue }
            switch weekdayItem ? .grammar : attempt(t, at: p, isNumeral: isNum, afterMention: out.last?.end == p) {
            case .skip: p = isNum ? skipNumber(t, from: p) : p + 1; continue
            case .notTime(let e): p = e; continue
            case .grammar: break
            }
            let inList = p == listEnd + 1 && has(t[listEnd], .listJoiner)
                || listEnd >= 0 && p == listEnd + 2 && listJoinerWords.match(t, at: listEnd) == p
                || p == listEnd && juxtaposedWeekday(t, at: p, after: listSpec)
            if case (var m, var spec, let resume)? = match(t, at: p, inherit: inList ? listSpec : nil) {
                if has(t[p], .inDegreeWord) && insideDegreeWord(t, p, end: m.end) { p += 1; continue }
                if p == setEnd + 1 && has(t[setEnd], .listJoiner), case .point(let s) = m.value,
                   let r = recurring(s, daily: setDaily) {
                    m.value = .set(r); spec = nil
                } else if p == setEnd + 1 && setDaily && has(t[setEnd], .listJoiner), case .range(let a, let b) = m.value,
                          let r = recurringHours(a, b) {
                    // `每天上午9点至11点、下午3点至5点`: hours listed after daily hours are each day's too.
                    m.value = .set(r); spec = nil
                }
                if case .set(let r) = m.value { setEnd = m.end; setDaily = r.daily } else { setEnd = -2 }
                out.append(m)
                if let spec { listEnd = m.end; listSpec = spec } else { listEnd = -2 }
                // `每周二、四、六`: bare weekdays listed after a weekly day recur with it.
                if case .set(let r) = m.value, let d = r.weekday { listEnd = m.end; listSpec = DateSpec(); listSpec.weekday = d }
                p = max(resume, p + 1)
                continue
            }
            p = isNum ? skipNumber(t, from: p) : p + 1
        }
        if !out.isEmpty {
            // A mention may begin before the place it was found at (a lead read back), so the
            // span is from the least start to the greatest end.
            var first = t.count, last = 0
            for i in out.indices {   // read in place: a mention's value is not copied
                first = min(first, out[i].start)
                last = max(last, out[i].end)
            }
            let clauses = ClauseMarks(t, around: first..<max(first, last), scanner: self)
            for i in out.indices { markCues(&out[i], in: t, clauses: clauses) }
        }
        return out
    }

    /// The end of a count and unit said again after a word of repetition or comparison
    /// (`一年又一年`, `一天比一天`, `一月又一月`: `TimeLexicon.repetitionJoiners`), read as none.
    private func repetitionEnd(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> Int? {
        guard let n = numerals.read(t, at: p) else { return nil }
        var x = t.at(n.end) == measureWord ? n.end + 1 : n.end
        guard let u = durationUnits.longestMatch(in: t, at: x)?.end ?? (t.at(x) == monthMark ? x + 1 : nil),
              let j = repetitionJoiners.match(t, at: u) else { return nil }
        x = u
        let length = x - p
        guard j + length <= t.count, (0..<length).allSatisfy({ t[j + $0] == t[p + $0] }) else { return nil }
        return j + length
    }

    /// The weekday of the bare digit at `p` in a rising run of them right after the weekday
    /// `prev` (`每周一三五`, `每周二四六`), where the run ends as a listed item does
    /// (`weekdayRunEnds`): not before a number, unit or counter (`每周一三次`) nor where its
    /// last digit begins a word (`每周一三楼`, `每周二四川队`).
    private func weekdayRun(_ t: UnsafeBufferPointer<UInt32>, at p: Int, after prev: Int) -> Int? {
        func day(_ i: Int) -> Int? {
            let u = t.at(i)
            return numerals.isArabicDigit(u) || u == sundayAlias ? nil : weekdayNames[u]
        }
        guard let d = day(p), d > prev else { return nil }
        var i = p, last = prev
        while let w = day(i), w > last { last = w; i += 1 }
        let u = t.at(i)
        if numerals.isNumeral(u) || has(u, .zeroDigit) || has(u, .numberUnit) || follows(t, i, .quantity) || timesCounters.match(t, at: i) != nil
            || durationUnits.longestMatch(in: t, at: i) != nil || !weekdayRunEnds(t, i) { return nil }
        return d
    }

    /// `下周六周日`, `上礼拜一礼拜二`: a weekday right after a weekday of a named week, with no
    /// joiner, is an item of that week as after 和 or 、.
    private func juxtaposedWeekday(_ t: UnsafeBufferPointer<UInt32>, at p: Int, after l: DateSpec) -> Bool {
        guard l.weekday != nil, l.week != nil, l.day == nil, case .weekday? = wordAt(t, p)?.0 else { return false }
        return true
    }

    /// A list item after a set recurs as the set does when it names one weekday, day of the
    /// month or month alone (`每周一和周四`, `每月5日、15日`, `每年3月、9月`).
    private func recurring(_ s: DateSpec, daily: Bool) -> Recurrence? {
        guard recursWithASet(s) else { return nil }
        if let c = s.clock {
            // `每天上午8点和下午3点`: a clock alone listed after a daily set is each day's.
            guard daily, isClockAlone(s) else { return nil }
            return Recurrence(pattern: "XXXX-XX-XX" + clockOfSet(c.wall(partOfDay: s.partOfDay, smallHours: s.smallHours)), daily: true)
        }
        let pod = s.partOfDay.map { "T" + $0.rawValue } ?? ""
        switch (s.month, s.day, s.weekday) {
        case (nil, nil, let wd?): return Recurrence(pattern: "XXXX-WXX-\(wd)" + pod, weekday: pod.isEmpty ? wd : nil)
        case (nil, nil, nil) where daily && !pod.isEmpty: return Recurrence(pattern: "XXXX-XX-XX" + pod, daily: true)   // 每天上午和下午
        case _ where !pod.isEmpty: return nil
        case (nil, .absolute(let d)?, nil): return Recurrence(pattern: "XXXX-XX-\(pad(d, 2))")
        case (.absolute(let m)?, nil, nil): return Recurrence(pattern: "XXXX-\(pad(m, 2))")
        default: return nil
        }
    }

    /// True when nothing in `s` ties it to one period (year, week, festival, part of a period,
    /// offset, lunar date, weekend): what a list item needs to recur as the set before it does.
    private func recursWithASet(_ s: DateSpec) -> Bool {
        s.year == nil && s.week == nil && s.festival == nil && s.within == nil && s.offset == nil && !s.lunar && !s.weekend
    }

    /// True when `s` is a clock (perhaps with its part of day) and names no day.
    private func isClockAlone(_ s: DateSpec) -> Bool {
        s.clock != nil && s.month == nil && s.day == nil && s.weekday == nil
    }

    /// Two clocks alone, the ends of a range listed after daily hours: each day's hours from
    /// one to the other.
    private func recurringHours(_ a: DateSpec, _ b: DateSpec) -> Recurrence? {
        guard let ca = a.clock, let cb = b.clock, recursWithASet(a), isClockAlone(a), recursWithASet(b), isClockAlone(b)
        else { return nil }
        return dailyHours("XXXX-XX-XX", ca.wall(partOfDay: a.partOfDay, smallHours: a.smallHours),
                          cb.wall(partOfDay: b.partOfDay, smallHours: b.smallHours), daily: true)
    }

    /// True when a degree word (将近, 快一点, 一点儿) starts before `p` and reaches into the
    /// match at `p`, or starts at `p` and covers all of it.
    private func insideDegreeWord(_ t: UnsafeBufferPointer<UInt32>, _ p: Int, end: Int) -> Bool {
        wordStart(degreeWords, t, from: p - degreeWords.maxLength + 1, through: p) { s, m in s < p ? m.end > p : m.end >= end } != nil
    }

    /// The first word of `trie` (farthest first) that begins between `from` and `through` and
    /// whose longest match `accept` takes, with its start: the one look behind a match, for
    /// degree words, duration frames, forward leads and eras.
    @inline(__always)
    func wordStart<V>(_ trie: PhraseTrie<V>, _ t: UnsafeBufferPointer<UInt32>, from: Int, through: Int,
                      _ accept: (Int, (value: V, end: Int)) -> Bool) -> (start: Int, value: V)? {
        guard through >= 0 else { return nil }
        for s in max(0, from)...through where trie.startsWord(t[s]) {
            if let m = trie.longestMatch(in: t, at: s), accept(s, m) { return (s, m.value) }
        }
        return nil
    }

    /// The era named right before `p` (`民国`, `公元`, `公元前`): its offset, nil for an era no
    /// value writes.
    func era(_ t: UnsafeBufferPointer<UInt32>, before p: Int) -> Int?? {
        guard let m = wordStart(eras, t, from: p - eras.maxLength, through: p - 1, { _, m in m.end == p }) else { return nil }
        return .some(m.value)
    }

    /// The end of a 《title》: names of works are no time expressions (《明日之后》).
    private func titleEnd(_ t: UnsafeBufferPointer<UInt32>, from p: Int) -> Int? {
        var i = p + 1
        while i < t.count && i - p <= TimeLexicon.titleReach {
            if t[i] == titleClose { return i + 1 }
            if t[i] == titleOpen || has(t[i], .clauseBreak) { return nil }
            i += 1
        }
        return nil
    }

    /// What a cheap look before the grammar decides at a candidate character.
    private enum Attempt { case skip, notTime(end: Int), grammar }

    /// A cheap look before the grammar: most candidate characters (上, 一, 中 …) start nothing,
    /// and a not-a-time word is skipped whole. The word here is looked up once for both.
    @inline(__always)
    private func attempt(_ t: UnsafeBufferPointer<UInt32>, at p: Int, isNumeral: Bool, afterMention: Bool) -> Attempt {
        let s = t[p]
        // `查一下下周二`: a count's 下 right before another is a verb's complement, not the 下 of 下下;
        // not where the numeral ended a time just read (`周一下下周二都有课`).
        if s == actionCounter && t.at(p + 1) == s && p > 0 && !afterMention && (numerals.isNumeral(t[p - 1]) || isFew(t[p - 1])) { return .skip }
        let word = wordAt(t, p)
        // A not-a-time word begun inside a festival word (庆中秋 in 刘国庆中秋前) is not read: the
        // next festival stays a candidate.
        if let (w, e) = word, case .notTime = w {
            if p > 0, let (w0, e0) = wordAt(t, p - 1), e0 > p, case .festival = w0 { return .skip }
            // `四周前`, `四周以后`: an idiom that is also a count of its unit counts before a
            // direction (four weeks ago); `小区四周` stays 'all around'.
            if countIdioms.match(t, at: p) == e, offsetWords.match(t, at: e) != nil, !notTimeAt(t, e) { return .grammar }
            return .notTime(end: e)
        }
        if isNumeral {
            if numerals.isArabicDigit(s) { return .grammar }
            var e = p + 1
            while e < t.count, numerals.isChineseNumeral(t[e]) { e += 1 }
            return e >= t.count || follows(t, e, .numeral) || word != nil ? .grammar : .skip
        }
        // 每到, 每当 before no named period (`每当夜幕降临`, `每到一处`): the reach word is no
        // time word's first character (no 当夜).
        if s == everyWord, let e = recurrenceReaches.match(t, at: p + 1), recurringPeriod(t, at: e) == nil { return .notTime(end: e) }
        if s == everyWord || s == halfMark || s == ordinalPrefix || fewEnd(t, p) != nil { return .grammar }
        if s == meetWord && word == nil { return meetsWeekly(t, at: p) ? .grammar : .skip }   // 逢周一
        if s == firstMark { return quarterWord.match(t, at: p + 1) != nil ? .grammar : .skip }   // 首季度
        if s == clockToWord { return numerals.isNumeral(t.at(p + 1)) ? .grammar : .skip }       // 差五分八点
        if s == quarterLatin {   // Q3
            return p + 1 < t.count && (0x31...0x34).contains(t[p + 1]) && !has(t.at(p + 2), .letter) ? .grammar : .skip
        }
        if s == measureWord && word == nil { return aboutOneFillers.contains(value: t.at(p + 1)) ? .grammar : .skip }   // 个把月
        guard let (w, e) = word else {
            // `这个春节`: a step with 个 before a festival (上个, 下个 are words of their own).
            if festivalSteps.startsWord(s), let step = festivalSteps.longestMatch(in: t, at: p), stepTarget(t, at: step.end) { return .grammar }
            // 晚8点: a one-character part of day before a clock.
            guard shortPartsOfDay.startsWord(s) else { return .skip }
            return numerals.isNumeral(t.at(skippingSpace(t, p + 1))) ? .grammar : .skip   // 晚8点, 晚 8 点
        }
        switch w {
        case .relativeYear, .relativeMonth, .relativeWeek:
            // `市场上年货`, `路上年轻人`, `桌上月饼`: 上 after a noun, the word's end opening a label.
            if p > 0, locativePostpositions.contains(value: s), let prev = Unicode.Scalar(t[p - 1]), ScalarClass.isHan(prev),
               notTimeEnd(t, e - 1) == e + 1, wordAt(t, e) == nil { return .skip }
            return .grammar
        case .adjacent:
            // 上两周, 前几年; 上个中秋 (a festival's step).
            if e < t.count && (numerals.isNumeral(t[e]) || fewEnd(t, e) != nil) { return .grammar }
            guard festivalSteps.startsWord(s), let step = festivalSteps.longestMatch(in: t, at: p),
                  stepTarget(t, at: step.end) else { return .skip }
            return .grammar
        case .rolling:
            let n = t.at(e) == possessive ? e + 1 : e   // 接下来的两周
            return numerals.isNumeral(t.at(n)) || t.at(n) == halfMark || fewEnd(t, n) != nil ? .grammar : .skip
        default: return .grammar
        }
    }

    /// True when what a step (`上个`, `下一个`, `这个`) counts follows at `q`: a festival or a season.
    private func stepTarget(_ t: UnsafeBufferPointer<UInt32>, at q: Int) -> Bool {
        if case .festival? = wordAt(t, q)?.0 { return true }
        return steppedSeason(t, at: q) != nil
    }

    /// `一个周五的下午`, `两个星期天`, `第一个周五`: weekdays counted after 个 name no day (an
    /// indefinite one, a number of them, or the nth of no period), with the part of day after
    /// 的: skipped whole. `6月第一个周五`, `上一个周五` are read from their first word, before this.
    private func countedWeekday(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> Int? {
        guard let n = numerals.read(t, at: p), t.at(n.end) == measureWord, let (w, e) = wordAt(t, n.end + 1),
              case .weekday = w, !follows(t, e, .quantity) else { return nil }
        if t.at(e) == possessive, let (_, pe) = partOfDay(t, at: e + 1, short: false) { return pe }
        return e
    }

    private func skipNumber(_ t: UnsafeBufferPointer<UInt32>, from p: Int) -> Int {
        var i = p + 1
        while i < t.count, numerals.isNumeral(t[i]) { i += 1 }
        return i
    }

    /// One expression at `p`: the mention, its date spec (for `、` lists), where to resume.
    private func match(_ t: UnsafeBufferPointer<UInt32>, at p: Int, inherit: DateSpec?)
        -> (RawMention, DateSpec?, Int)? {
        // After a verb that measures (为期15年, 历时3天) a count is a duration first.
        if numerals.isNumeral(t[p]) && measured(t, before: p), let (v, e) = quantity(t, at: p), case .duration = v {
            return (RawMention(start: p, end: e, value: v), nil, e)
        }
        if var (d, e) = decade(t, at: p) {
            // 90年代初, 上世纪末: its edge, unless the edge character begins a longer word (末期 is one).
            if let m = decadeEdges.longestMatch(in: t, at: e), !notTimeAt(t, e, longerThan: m.end - e) {
                d.edge = m.value; e = m.end
            }
            return (RawMention(start: p, end: e, value: .decade(d)), nil, e)
        }
        if var r = rangeOrPoint(t, at: p, inherit: inherit) {
            r.0.listItem = inherit != nil
            // `6月15日到20日这段时间`, `下周的这段时间`: a period word restating it is in its span.
            if case .range = r.0.value, r.0.value.namesDays, r.2 == r.0.end, let e = periodRestatements.match(t, at: t.at(r.2) == possessive ? r.2 + 1 : r.2) {
                r.0.end = e; r.2 = e
            }
            // `6月12日至14日（周六至周一）`, `6月25日（农历五月十六）`: days restated in parentheses
            // are the same mention; the scan goes on after them.
            if r.0.value.namesDays, let q = restatementStart(t, at: r.2), let inner = rangeOrPoint(t, at: q, inherit: nil),
               inner.0.value.namesDays, let e = restatementEnd(t, at: inner.2) {
                r.2 = e
            }
            return r
        }
        // `公元前110年`: a year of an era is never a count of years.
        if let (v, e, count) = quantityAndCount(t, at: p), era(t, before: p) == nil {
            // `两天以后至七天以后`, `一周后至两周后`: a range whose ends are offsets of one unit.
            if case .point(let a) = v, let oa = a.offset, let s = separator(t, at: e), s < t.count,
               let (v2, e2, _) = quantityAndCount(t, at: s), case .point(let b) = v2, let ob = b.offset,
               ob.unit == oa.unit, ob.amount.signum() == oa.amount.signum(), ob.amount > oa.amount {
                return (RawMention(start: p, end: e2, value: .range(a, b)), nil, e2)
            }
            // `再过两天`, `过几天再说`: a count of units on from now, read from its lead.
            if let s = forwardLeadStart(t, before: p) {
                if let unit = count?.smallestUnit, let d = count {
                    var spec = DateSpec(); spec.offset = Offset(amount: d.amount(in: unit), unit: unit)
                    return (RawMention(start: s, end: e, value: .point(spec)), nil, e)
                }
                if case .approximateDuration = v { return (RawMention(start: s, end: e, value: .vague(.future)), nil, e) }
            }
            return (RawMention(start: p, end: e, value: v), nil, e)
        }
        if let (v, e) = standaloneWord(t, at: p) { return (RawMention(start: p, end: e, value: v), nil, e) }
        return nil
    }

    /// Where a lead that counts on from now (`再过`; `过` only opening its clause, since
    /// `经过三天` measures) starts, when one ends right before `p`.
    private func forwardLeadStart(_ t: UnsafeBufferPointer<UInt32>, before p: Int) -> Int? {
        wordStart(forwardLeads, t, from: p - forwardLeads.maxLength, through: p - 1) { s, m in
            m.end == p && (!m.value || opensClause(t, s))
        }?.start
    }

    /// Where a restatement in parentheses opening at `q` is read (`（12月6日）`, `（周六至周一）`),
    /// if parentheses open there; `restatementEnd` closes it. Two steps, not a reader passed
    /// in: a closure that calls the grammar captures the scanner, and a capture copies it whole.
    func restatementStart(_ t: UnsafeBufferPointer<UInt32>, at q: Int) -> Int? {
        t.at(q) == restatementOpener && q + 1 < t.count ? q + 1 : nil
    }

    /// The position after the closing parenthesis of a restatement, when it stands at `e`.
    func restatementEnd(_ t: UnsafeBufferPointer<UInt32>, at e: Int) -> Int? {
        restatementClosers.contains(value: t.at(e)) ? e + 1 : nil
    }

    /// The position after any closing quotes at `q` (`“五一”期间`: a quoted festival before its context).
    func afterClosingQuotes(_ t: UnsafeBufferPointer<UInt32>, _ q: Int) -> Int {
        var c = q
        while closingQuotes.contains(value: t.at(c)) { c += 1 }
        return c
    }

    /// True when `s` opens its clause: the text's start or right after punctuation.
    func opensClause(_ t: UnsafeBufferPointer<UInt32>, _ s: Int) -> Bool { s == 0 || has(t[s - 1], .punctuation) }

    /// True when a duration frame (`为期`, `历时`) ends right before `p`.
    func measured(_ t: UnsafeBufferPointer<UInt32>, before p: Int) -> Bool {
        wordStart(durationFrames, t, from: p - durationFrames.maxLength, through: p - 1) { _, m in m.end == p } != nil
    }

    /// Vague references alone.
    private func standaloneWord(_ t: UnsafeBufferPointer<UInt32>, at p: Int) -> (RawValue, Int)? {
        guard words.startsWord(t[p]), let (w, e) = words.longestMatch(in: t, at: p) else { return nil }
        switch w {
        case .vague(let v, let onlyOpening):
            if onlyOpening && !opensClause(t, p) { return nil }   // 成立不久后
            return (.vague(v), e)
        case .relativeSpan(let unit, let a, let b):
            var from = DateSpec(), to = DateSpec()
            if unit == .year { from.year = .relative(a); to.year = .relative(b) } else { from.day = .relative(a); to.day = .relative(b) }
            return (.range(from, to), e)
        default: return nil
        }
    }

    /// Sets the tense cue: a cue word before the mention in its clause, `将` right after it, or
    /// a word of meeting right after it that closes the clause or asks (`25日见。`, `有空吗`). A
    /// past marker in the clause cancels a request or plan and is kept for deadlines.
    private func markCues(_ m: inout RawMention, in t: UnsafeBufferPointer<UInt32>, clauses: ClauseMarks) {
        let past = clauses.pastMarker(inClauseOf: m)
        m.pastClause = past
        // `刚过去的周末`: the lead is in the span, and the point lies behind.
        if case .point = m.value, let lead = wordStart(pastLeads, t, from: m.start - pastLeads.maxLength, through: m.start - 1, { _, w in w.end == m.start }) {
            m.start = lead.start; m.pastOnly = true
        }
        var from = m.start
        while from > 0 && m.start - from < TimeLexicon.futureCueReach && !has(t[from - 1], .clauseBreak) { from -= 1 }
        // `帮我把会议安排在周一`: a disposal phrase (把 + object + verb) between the cue and the
        // day is the cue's own verb phrase; the reach counts again from before its 把.
        if let d = clauses.disposal(before: m.start, from: from, in: t, scanner: self) {
            from = d
            while from > 0 && d - from < TimeLexicon.futureCueReach && !has(t[from - 1], .clauseBreak) { from -= 1 }
        }
        var s = from
        while s < m.start {
            // Longest match: 要求 (no cue) wins over 要 (a cue).
            if cues.startsWord(t[s]), let c = cues.longestMatch(in: t, at: s), c.end <= m.start {
                if c.value == .future || (c.value == .plan || c.value == .request) && !past { m.futureCue = true; return }
                s = c.end; continue
            }
            s += 1
        }
        if m.end < t.count, cues.startsWord(t[m.end]), let c = cues.longestMatch(in: t, at: m.end) {
            switch c.value {
            case .future: m.futureCue = true; return
            case .meeting where !past && (c.end >= t.count || has(t[c.end], .clauseBreak) || questionParticles.contains(value: t[c.end])):
                m.futureCue = true; return
            default: break
            }
        }
        // A time that opens its clause is its topic (`近期，我市将开展…`, `1月20日，新航站楼将
        // 启用`, `近期我们将召开…`): a cue later in its clause, or in the next one where the time
        // is the whole clause, governs it, unless a past marker stands there.
        switch m.value {
        case .point, .range, .vague(.nearTerm): break
        default: return
        }
        if opensClause(t, m.start), clauses.topicCue(after: m.end, in: t, scanner: self) { m.topicCue = true }
    }

    /// The clause breaks and past markers (了, 已) of the stretch of a text its mentions are in,
    /// found in one pass, so that asking each mention's clause costs a binary search, not a walk over the clause (a clause of
    /// thousands of mentions would make the walks quadratic).
    struct ClauseMarks {
        private var breaks: [Int] = []
        /// Whether the break at the same index ends a sentence (。！？, a line), not a clause.
        private var sentenceEnds: [Bool] = []
        private var pasts: [Int] = []

        /// The marks that the mentions in `span` (from the first one's start to the last one's
        /// end) ask about: from the clause break before the span to the second break after it
        /// (a mention's clause, and the clause after one that ends its own), not over the whole
        /// text. `scanner` is borrowed: an init's parameters are owned by default, which copied
        /// the scanner (a retain of each of its tables) per text.
        init(_ t: UnsafeBufferPointer<UInt32>, around span: Range<Int>, scanner: borrowing TimeScanner) {
            var s = span.lowerBound
            while s > 0 && !scanner.has(t[s - 1], .clauseBreak) { s -= 1 }
            if s > 0 { s -= 1 }   // the break that opens the first mention's clause
            var breaksAfter = 0
            while s < t.count {
                // Most scalars are neither: one table read passes them.
                guard scanner.has(t[s], [.clauseBreak, .pastMarkerStart]) else { s += 1; continue }
                if scanner.has(t[s], .clauseBreak) {
                    breaks.append(s); sentenceEnds.append(TextBreaks.sentenceEnds.contains(value: t[s]))
                    if s >= span.upperBound {
                        breaksAfter += 1
                        if breaksAfter == 2 { break }
                    }
                    s += 1; continue
                }
                // Longest match: 了解, 为了 (no past) win over 了.
                if let w = scanner.pastMarkers.longestMatch(in: t, at: s) {
                    if w.value { pasts.append(s) }
                    s = w.end; continue
                }
                s += 1
            }
        }

        /// The last disposal marker in `from..<start` (`把` of `帮我把会议安排在周一`): a walk of
        /// at most the cue's reach, so it is read where asked, not over the whole text.
        func disposal(before start: Int, from: Int, in t: UnsafeBufferPointer<UInt32>, scanner: TimeScanner) -> Int? {
            var s = start
            while s > from {
                s -= 1
                if scanner.disposalMarkers.contains(value: t[s]) { return s }
            }
            return nil
        }

        /// A cue after `end` in its clause, or, where `end` closes its clause (not its
        /// sentence), in the next clause; with no past marker in that stretch. The stretch is
        /// walked only here: a clause is opened by one mention, so each is walked about once
        /// (walking every text for cues up front cost more than the rest of the tagging's checks).
        func topicCue(after end: Int, in t: UnsafeBufferPointer<UInt32>, scanner: TimeScanner) -> Bool {
            let b = breaks.partitioningIndex { $0 >= end }
            var lo = end, hi = b < breaks.count ? breaks[b] : t.count
            if hi == end && b < breaks.count {
                guard !sentenceEnds[b] else { return false }
                lo = end + 1; hi = b + 1 < breaks.count ? breaks[b + 1] : t.count
            }
            let p = pasts.partitioningIndex { $0 >= lo }
            if p < pasts.count && pasts[p] < hi { return false }
            var s = lo
            while s < hi {
                // Longest match as the scan reads words: 了解 and 为了 are words; 要求 (no cue)
                // wins over 要.
                if scanner.pastMarkers.startsWord(t[s]), let w = scanner.pastMarkers.longestMatch(in: t, at: s) { s = w.end; continue }
                if scanner.cues.startsWord(t[s]), let c = scanner.cues.longestMatch(in: t, at: s) {
                    if c.value == .future || c.value == .plan { return true }
                    s = c.end; continue
                }
                s += 1
            }
            return false
        }

        /// True when a past marker stands in the mention's clause outside the mention.
        func pastMarker(inClauseOf m: RawMention) -> Bool {
            let b = breaks.partitioningIndex { $0 >= m.start }
            let clauseStart = b > 0 ? breaks[b - 1] + 1 : 0
            let e = breaks.partitioningIndex { $0 >= m.end }
            let clauseEnd = e < breaks.count ? breaks[e] : Int.max
            let before = pasts.partitioningIndex { $0 >= clauseStart }
            if before < pasts.count && pasts[before] < m.start { return true }
            let after = pasts.partitioningIndex { $0 >= m.end }
            return after < pasts.count && pasts[after] < clauseEnd
        }
    }

}
