/// An `EventLexicon` turned into tries once, so that matching is a table walk (immutable,
/// shared by reference so the stages do not copy two dozen tries). Phrases
/// are folded like the text they are matched against (`MatchFolding`), so a traditional
/// page (`會議`, `書記`) matches the simplified tables, and a user's traditional phrase too.
final class CompiledLexicon: Sendable {
    struct TriggerInfo: Sendable {
        var kind: String?
        var weight: Int
    }

    let triggers: PhraseTrie<TriggerInfo>
    let blockingSuffixes: PhraseTrie<Bool>
    let statementVerbs: PhraseTrie<Bool>
    let backReferences: PhraseTrie<Bool>
    let titles: PhraseTrie<Bool>
    let collectiveMarkers: PhraseTrie<Bool>
    let reporterMarkers: PhraseTrie<Bool>
    let followers: PhraseTrie<Bool>
    let roleCues: PhraseTrie<EventLexicon.Role>
    let nameJoiners: PhraseTrie<Bool>
    let titleModifiers: PhraseTrie<Bool>
    let listEnds: PhraseTrie<Bool>
    let listIntroducers: PhraseTrie<Bool>
    let titlePrefixBreaks: PhraseTrie<Bool>
    let organisationEndings: PhraseTrie<Bool>
    let objectMarkers: PhraseTrie<Bool>
    let backgroundCues: PhraseTrie<Bool>
    let historyMarkers: PhraseTrie<Bool>
    let pastDateCues: PhraseTrie<Bool>
    let studyFrameOpeners: PhraseTrie<Bool>
    let studyFrameClosers: PhraseTrie<Bool>
    let meansFrameOpeners: PhraseTrie<Bool>
    let meansFrameClosers: PhraseTrie<Bool>
    let programmeMarkers: PhraseTrie<Bool>
    let topicNouns: PhraseTrie<Bool>
    let purposeOpeners: PhraseTrie<Bool>
    let modifierMarkers: PhraseTrie<Bool>
    let coActionWords: PhraseTrie<Bool>
    /// A few kinds (one built in), asked for every event and every clause of several hits: a
    /// list compared in turn (a kind is a short string, compared in place), not a `Set`
    /// that hashes the kind at each look.
    let hostedKinds: [String]
    let outboundCues: PhraseTrie<Bool>
    let prefixStops: ScalarSet
    let surnames: PhraseTrie<Bool>
    let inheritanceCues: PhraseTrie<Bool>
    let connectors: PhraseTrie<Bool>
    let furtherActivityCues: PhraseTrie<Bool>
    let activityJoiners: PhraseTrie<Bool>
    let plannedCues: PhraseTrie<Bool>
    let nonGoverningPrefixes: PhraseTrie<Bool>
    let nonGoverningSuffixes: PhraseTrie<Bool>
    let placeCues: PhraseTrie<Bool>
    /// Tour cues (payload false) and site verbs (true: the site must end like a place).
    let tourCues: PhraseTrie<Bool>
    let tourAdverbs: PhraseTrie<Bool>
    let placeTerminators: PhraseTrie<Bool>
    let placeSuffixes: PhraseTrie<Bool>
    let locativeWords: PhraseTrie<Bool>
    let nonPlaceEndings: PhraseTrie<Bool>
    let runOnWords: PhraseTrie<Bool>
    let nonPlaceCues: PhraseTrie<Bool>
    let nonPlaceStarts: PhraseTrie<Bool>
    let deicticPlaces: PhraseTrie<Bool>
    let actionOpeners: PhraseTrie<Bool>
    let nonNameCharacters: ScalarSet
    let summaryObjectMarker: [Unicode.Scalar]
    let summaryVerbMarkers: PhraseTrie<Bool>
    let summaryFillers: PhraseTrie<Bool>
    let summaryDroppedLeads: PhraseTrie<Bool>
    let summaryDatePrepositions: PhraseTrie<Bool>
    let summaryDateJoiners: PhraseTrie<Bool>
    let subjectlessStarts: PhraseTrie<Bool>
    let distributiveCues: PhraseTrie<Bool>
    let settingSuffixes: PhraseTrie<Bool>
    let openFrameConnectors: PhraseTrie<Bool>
    let invitationMarkers: PhraseTrie<Bool>
    let signingVerbs: PhraseTrie<Bool>
    let agreementWords: PhraseTrie<Bool>
    let signingActs: PhraseTrie<Bool>
    let otherPartyJoiners: PhraseTrie<Bool>
    let twoSidesCues: PhraseTrie<Bool>
    /// `summaryObjectMarker` as a trie, for the scanners.
    let objectFrameMarkers: PhraseTrie<Bool>
    let signingKind: String
    /// First scalars (folded) of the phrases the trigger scanner probes at every scalar
    /// (triggers and blockers, background cues, history markers): a scalar outside this
    /// set starts none of them, one bit read instead of three trie walks.
    let triggerScanStarts: ScalarSet
    /// Their first two scalars: a start whose pair opens none of those phrases is passed by.
    let triggerScanPairs: ScalarPairMask
    /// The same for the leader finder's probes: reporter and collective markers, titles
    /// (ignored ones too), list introducers, and colons.
    let leaderScanStarts: ScalarSet
    /// The first two scalars of the reporter and collective markers and of the titles.
    let leaderScanPairs: ScalarPairMask
    /// First scalars of the study and means frame openers.
    let frameOpenerFirsts: FirstScalarMask
    /// First scalars of the inheritance cues, looked for at the opening of every clause.
    let inheritanceCueFirsts: FirstScalarMask
    /// Last scalars (folded) of the organisation endings and of the title-prefix breaks, which
    /// a title's place prefix is read back against at every character: a scalar outside them
    /// ends no phrase of the table, one bit read instead of a trie walk from each start before it.
    let organisationEndingLasts: ScalarSet
    let titlePrefixBreakLasts: ScalarSet
    /// First scalars of the signing verbs, which the trigger scan looks for in every clause.
    let signingVerbFirsts: FirstScalarMask
    /// First scalars of the place cues (a venue's), and of the place and tour cues (a tour's
    /// site), looked for over an event's clauses.
    let placeCueFirsts: FirstScalarMask
    let tourSiteFirsts: FirstScalarMask

    /// Compiles every table of `lexicon`; a phrase listed twice in one table (a trigger
    /// that is also a blocker, a title that is also ignored) is refused.
    init(_ lexicon: EventLexicon) throws(LexiconConflict) {
        triggers = try .compile(lexicon.triggers.map { ($0.phrase, TriggerInfo(kind: $0.kind, weight: $0.weight)) })
        blockingSuffixes = try .compile(lexicon.triggerBlockingSuffixes.map { ($0, true) })
        statementVerbs = try .compile(lexicon.statementVerbs.map { ($0, true) })
        backReferences = try .compile(lexicon.backReferences.map { ($0, true) })
        // Ignored titles are entries too, so the longest match sees them and skips them.
        titles = try .compile(lexicon.titles.map { ($0, true) }
                            + lexicon.ignoredTitles.map { ($0, false) })
        collectiveMarkers = try .compile(lexicon.collectiveLeaderMarkers.map { ($0, true) })
        reporterMarkers = try .compile(lexicon.reporterMarkers.map { ($0, true) })
        followers = try .compile(lexicon.nameFollowers.map { ($0, true) })
        roleCues = try .compile(lexicon.roleCues.map { ($0.phrase, $0.role) })
        nameJoiners = try .compile(lexicon.nameJoiners.map { ($0, true) })
        titleModifiers = try .compile(lexicon.titleModifiers.map { ($0, true) })
        listEnds = try .compile(lexicon.listEnds.map { ($0, true) })
        listIntroducers = try .compile(lexicon.listIntroducers.map { ($0, true) })
        titlePrefixBreaks = try .compile(lexicon.titlePrefixBreaks.map { ($0, true) })
        organisationEndings = try .compile(lexicon.organisationEndings.map { ($0, true) })
        objectMarkers = try .compile(lexicon.objectMarkers.map { ($0, true) })
        backgroundCues = try .compile(lexicon.backgroundCues.map { ($0, true) })
        outboundCues = try .compile(lexicon.outboundCues.map { ($0, true) })
        historyMarkers = try .compile(lexicon.historyMarkers.map { ($0, true) })
        pastDateCues = try .compile(lexicon.pastDateCues.map { ($0, true) })
        studyFrameOpeners = try .compile(lexicon.studyFrameOpeners.map { ($0, true) })
        studyFrameClosers = try .compile(lexicon.studyFrameClosers.map { ($0, true) })
        meansFrameOpeners = try .compile(lexicon.meansFrameOpeners.map { ($0, true) })
        meansFrameClosers = try .compile(lexicon.meansFrameClosers.map { ($0, true) })
        programmeMarkers = try .compile(lexicon.programmeMarkers.map { ($0, true) })
        topicNouns = try .compile(lexicon.topicNouns.map { ($0, true) })
        purposeOpeners = try .compile(lexicon.purposeOpeners.map { ($0, true) })
        modifierMarkers = try .compile(lexicon.modifierMarkers.map { ($0, true) })
        coActionWords = try .compile(lexicon.coActionWords.map { ($0, true) })
        hostedKinds = lexicon.hostedKinds
        prefixStops = ScalarSet(lexicon.titlePrefixStops.flatMap(MatchFolding.fold))
        surnames = try .compile(lexicon.surnames.map { ($0, true) })
        inheritanceCues = try .compile(lexicon.inheritanceCues.map { ($0, true) })
        connectors = try .compile(lexicon.clauseConnectors.map { ($0, true) })
        furtherActivityCues = try .compile(lexicon.furtherActivityCues.map { ($0, true) })
        activityJoiners = try .compile(lexicon.activityJoiners.map { ($0, true) })
        plannedCues = try .compile(lexicon.plannedCues.map { ($0, true) })
        nonGoverningPrefixes = try .compile(lexicon.nonGoverningDatePrefixes.map { ($0, true) })
        nonGoverningSuffixes = try .compile(lexicon.nonGoverningDateSuffixes.map { ($0, true) })
        // Payload: the phrase after the cue must end like a place (site verbs only).
        placeCues = try .compile(lexicon.placeCues.map { ($0, false) })
        tourCues = try .compile(lexicon.tourCues.map { ($0, false) } + lexicon.siteVerbs.map { ($0, true) })
        tourAdverbs = try .compile(lexicon.tourAdverbs.map { ($0, true) })
        placeTerminators = try .compile(lexicon.placeTerminators.map { ($0, true) })
        placeSuffixes = try .compile(lexicon.placeSuffixes.map { ($0, true) })
        locativeWords = try .compile(lexicon.locativeWords.map { ($0, true) })
        nonPlaceEndings = try .compile(lexicon.nonPlaceEndings.map { ($0, true) })
        runOnWords = try .compile(lexicon.runOnWords.map { ($0, true) })
        nonPlaceCues = try .compile(lexicon.nonPlaceCues.map { ($0, true) })
        nonPlaceStarts = try .compile(lexicon.nonPlaceStarts.map { ($0, true) })
        deicticPlaces = try .compile(lexicon.deicticPlaces.map { ($0, true) })
        actionOpeners = try .compile(lexicon.actionOpeners.map { ($0, true) })
        nonNameCharacters = ScalarSet(lexicon.nonNameCharacters.flatMap(MatchFolding.fold))
        summaryObjectMarker = MatchFolding.fold(lexicon.summaryObjectMarker)
        summaryVerbMarkers = try .compile(lexicon.summaryVerbMarkers.map { ($0, true) })
        summaryFillers = try .compile(lexicon.summaryFillers.map { ($0, true) })
        summaryDroppedLeads = try .compile(lexicon.summaryDroppedLeads.map { ($0, true) })
        summaryDatePrepositions = try .compile(lexicon.summaryDatePrepositions.map { ($0, true) })
        summaryDateJoiners = try .compile(lexicon.summaryDateJoiners.map { ($0, true) })
        subjectlessStarts = try .compile(lexicon.subjectlessStarts.map { ($0, true) })
        distributiveCues = try .compile(lexicon.distributiveCues.map { ($0, true) })
        settingSuffixes = try .compile(lexicon.settingSuffixes.map { ($0, true) })
        openFrameConnectors = try .compile(lexicon.openFrameConnectors.map { ($0, true) })
        invitationMarkers = try .compile(lexicon.invitationMarkers.map { ($0, true) })
        signingVerbs = try .compile(lexicon.signingVerbs.map { ($0, true) })
        agreementWords = try .compile(lexicon.agreementWords.map { ($0, true) })
        signingActs = try .compile(lexicon.signingActs.map { ($0, true) })
        otherPartyJoiners = try .compile(lexicon.otherPartyJoiners.map { ($0, true) })
        twoSidesCues = try .compile(lexicon.twoSidesCues.map { ($0, true) })
        objectFrameMarkers = try .compile(lexicon.summaryObjectMarker.isEmpty ? [] : [(lexicon.summaryObjectMarker, true)])
        signingKind = lexicon.signingKind
        // From the compiled tries each loop probes, not from the lists: what the tries hold.
        frameOpenerFirsts = FirstScalarMask((studyFrameOpeners.firstScalars + meansFrameOpeners.firstScalars).map(\.value))
        inheritanceCueFirsts = FirstScalarMask(inheritanceCues.firstScalars.map(\.value))
        organisationEndingLasts = ScalarSet(lexicon.organisationEndings.compactMap { $0.unicodeScalars.last.map(MatchFolding.fold) })
        titlePrefixBreakLasts = ScalarSet(lexicon.titlePrefixBreaks.compactMap { $0.unicodeScalars.last.map(MatchFolding.fold) })
        signingVerbFirsts = FirstScalarMask(signingVerbs.firstScalars.map(\.value))
        placeCueFirsts = FirstScalarMask(placeCues.firstScalars.map(\.value))
        tourSiteFirsts = FirstScalarMask((placeCues.firstScalars + tourCues.firstScalars).map(\.value))
        triggerScanStarts = ScalarSet(triggers.firstScalars + backgroundCues.firstScalars + historyMarkers.firstScalars)
        triggerScanPairs = ScalarPairMask([triggers.openings, backgroundCues.openings, historyMarkers.openings])
        leaderScanPairs = ScalarPairMask([reporterMarkers.openings, collectiveMarkers.openings, titles.openings])
        leaderScanStarts = ScalarSet(reporterMarkers.firstScalars + collectiveMarkers.firstScalars + titles.firstScalars
                                     + listIntroducers.firstScalars + TextBreaks.colons)
    }
}

extension CompiledLexicon {
    /// A history marker at `i` (`曾`, `早在`): one that may begin a name (`区长曾志强`) only
    /// before a verb, a preposition or an adverb of the act (`曾签署`, `曾在`, `曾先后`, `曾与`).
    func tellsHistory(at i: Int, length: Int, _ s: [Unicode.Scalar], end: Int) -> Bool {
        guard surnames.matches(s, at: i, end: end) else { return true }
        let j = i + length
        guard j < end else { return false }
        return trigger(in: s, at: j, end: end)?.payload.kind != nil
            || signingVerbs.matches(s, at: j, end: end)
            || placeCues.matches(s, at: j, end: end)
            || tourCues.matches(s, at: j, end: end)
            || tourAdverbs.matches(s, at: j, end: end)
            || summaryDatePrepositions.matches(s, at: j, end: end)
            || coActionWords.matches(s, at: j, end: end)
            || otherPartyJoiners.matches(s, at: j, end: end)
    }

    /// Whether a match ending at `end` ends inside a word: a run-on word begins at its last
    /// character and goes on past `end` (`调研组|织`, `文化市|场`), and none begins at `end`
    /// (`检查组|成员` is a team and its members).
    func endsInsideWord<C: RandomAccessCollection<Unicode.Scalar>>(_ s: C, at end: Int, limit: Int? = nil) -> Bool
        where C.Index == Int {
        guard end > s.startIndex else { return false }
        return (runOnWords.longestMatch(in: s, at: end - 1, end: limit)?.length ?? 0) > 1
            && !runOnWords.matches(s, at: end, end: limit)
    }

    /// The longest trigger or blocker at `i`, but a blocker that ends inside a word gives
    /// way to the shorter trigger in it (`调研组织工作` is 调研, not the team 调研组).
    func trigger<C: RandomAccessCollection<Unicode.Scalar>>(in s: C, at i: Int, end: Int? = nil)
        -> (length: Int, payload: TriggerInfo)? where C.Index == Int {
        guard let m = triggers.longestMatch(in: s, at: i, end: end) else { return nil }
        guard m.payload.kind == nil, m.length > 1, endsInsideWord(s, at: i + m.length, limit: end) else { return m }
        return triggers.longestMatch(in: s, at: i, end: i + m.length - 1) ?? m
    }
}
