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
    let titles: PhraseTrie<Bool>
    let collectiveMarkers: PhraseTrie<Bool>
    let reporterMarkers: PhraseTrie<Bool>
    let followers: PhraseTrie<Bool>
    let roleCues: PhraseTrie<EventLexicon.Role>
    let nameJoiners: PhraseTrie<Bool>
    let titleModifiers: PhraseTrie<Bool>
    let listEnds: PhraseTrie<Bool>
    let titlePrefixBreaks: PhraseTrie<Bool>
    let organisationEndings: PhraseTrie<Bool>
    let objectMarkers: PhraseTrie<Bool>
    let backgroundCues: PhraseTrie<Bool>
    let studyFrameOpeners: PhraseTrie<Bool>
    let studyFrameClosers: PhraseTrie<Bool>
    let purposeOpeners: PhraseTrie<Bool>
    let modifierMarkers: PhraseTrie<Bool>
    let coActionWords: PhraseTrie<Bool>
    let hostedKinds: Set<String>
    let prefixStops: Set<Unicode.Scalar>
    let surnames: PhraseTrie<Bool>
    let inheritanceCues: PhraseTrie<Bool>
    let connectors: PhraseTrie<Bool>
    let furtherActivityCues: PhraseTrie<Bool>
    let activityJoiners: PhraseTrie<Bool>
    let plannedCues: PhraseTrie<Bool>
    let nonGoverningPrefixes: PhraseTrie<Bool>
    let nonGoverningSuffixes: PhraseTrie<Bool>
    let placeCues: PhraseTrie<Bool>
    let tourCues: PhraseTrie<Bool>
    let placeTerminators: PhraseTrie<Bool>
    let placeSuffixes: PhraseTrie<Bool>
    let locativeWords: PhraseTrie<Bool>
    let nonPlaceEndings: PhraseTrie<Bool>
    let nonPlaceCues: PhraseTrie<Bool>
    let nonPlaceStarts: PhraseTrie<Bool>
    let deicticPlaces: PhraseTrie<Bool>
    let nonNameCharacters: Set<Unicode.Scalar>
    let summaryObjectMarker: [Unicode.Scalar]
    let summaryVerbMarkers: PhraseTrie<Bool>
    let summaryFillers: PhraseTrie<Bool>
    let summaryDroppedLeads: PhraseTrie<Bool>
    let summaryDatePrepositions: PhraseTrie<Bool>
    let summaryDateJoiners: PhraseTrie<Bool>
    let subjectlessStarts: PhraseTrie<Bool>

    init(_ lexicon: EventLexicon) {
        triggers = PhraseTrie(lexicon.triggers.map { (MatchFolding.folded($0.phrase), TriggerInfo(kind: $0.kind, weight: $0.weight)) })
        blockingSuffixes = PhraseTrie(phrases: lexicon.triggerBlockingSuffixes)
        // Ignored titles are entries too, so the longest match sees them and skips them.
        titles = PhraseTrie(lexicon.titles.map { (MatchFolding.folded($0), true) }
                            + lexicon.ignoredTitles.map { (MatchFolding.folded($0), false) })
        collectiveMarkers = PhraseTrie(phrases: lexicon.collectiveLeaderMarkers)
        reporterMarkers = PhraseTrie(phrases: lexicon.reporterMarkers)
        followers = PhraseTrie(phrases: lexicon.nameFollowers)
        roleCues = PhraseTrie(lexicon.roleCues.map { (MatchFolding.folded($0.phrase), $0.role) })
        nameJoiners = PhraseTrie(phrases: lexicon.nameJoiners)
        titleModifiers = PhraseTrie(phrases: lexicon.titleModifiers)
        listEnds = PhraseTrie(phrases: lexicon.listEnds)
        titlePrefixBreaks = PhraseTrie(phrases: lexicon.titlePrefixBreaks)
        organisationEndings = PhraseTrie(phrases: lexicon.organisationEndings)
        objectMarkers = PhraseTrie(phrases: lexicon.objectMarkers)
        backgroundCues = PhraseTrie(phrases: lexicon.backgroundCues)
        studyFrameOpeners = PhraseTrie(phrases: lexicon.studyFrameOpeners)
        studyFrameClosers = PhraseTrie(phrases: lexicon.studyFrameClosers)
        purposeOpeners = PhraseTrie(phrases: lexicon.purposeOpeners)
        modifierMarkers = PhraseTrie(phrases: lexicon.modifierMarkers)
        coActionWords = PhraseTrie(phrases: lexicon.coActionWords)
        hostedKinds = Set(lexicon.hostedKinds)
        prefixStops = Set(lexicon.titlePrefixStops.flatMap(MatchFolding.fold))
        surnames = PhraseTrie(phrases: lexicon.surnames)
        inheritanceCues = PhraseTrie(phrases: lexicon.inheritanceCues)
        connectors = PhraseTrie(phrases: lexicon.clauseConnectors)
        furtherActivityCues = PhraseTrie(phrases: lexicon.furtherActivityCues)
        activityJoiners = PhraseTrie(phrases: lexicon.activityJoiners)
        plannedCues = PhraseTrie(phrases: lexicon.plannedCues)
        nonGoverningPrefixes = PhraseTrie(phrases: lexicon.nonGoverningDatePrefixes)
        nonGoverningSuffixes = PhraseTrie(phrases: lexicon.nonGoverningDateSuffixes)
        placeCues = PhraseTrie(phrases: lexicon.placeCues)
        tourCues = PhraseTrie(phrases: lexicon.tourCues)
        placeTerminators = PhraseTrie(phrases: lexicon.placeTerminators)
        placeSuffixes = PhraseTrie(phrases: lexicon.placeSuffixes)
        locativeWords = PhraseTrie(phrases: lexicon.locativeWords)
        nonPlaceEndings = PhraseTrie(phrases: lexicon.nonPlaceEndings)
        nonPlaceCues = PhraseTrie(phrases: lexicon.nonPlaceCues)
        nonPlaceStarts = PhraseTrie(phrases: lexicon.nonPlaceStarts)
        deicticPlaces = PhraseTrie(phrases: lexicon.deicticPlaces)
        nonNameCharacters = Set(lexicon.nonNameCharacters.flatMap(MatchFolding.fold))
        summaryObjectMarker = MatchFolding.fold(lexicon.summaryObjectMarker)
        summaryVerbMarkers = PhraseTrie(phrases: lexicon.summaryVerbMarkers)
        summaryFillers = PhraseTrie(phrases: lexicon.summaryFillers)
        summaryDroppedLeads = PhraseTrie(phrases: lexicon.summaryDroppedLeads)
        summaryDatePrepositions = PhraseTrie(phrases: lexicon.summaryDatePrepositions)
        summaryDateJoiners = PhraseTrie(phrases: lexicon.summaryDateJoiners)
        subjectlessStarts = PhraseTrie(phrases: lexicon.subjectlessStarts)
    }
}

