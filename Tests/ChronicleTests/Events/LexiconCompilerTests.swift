import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// One lexicon machinery: every phrase table compiles into one trie type, and the compiler
/// refuses a phrase listed twice instead of letting the later entry win without a word.
@Suite struct LexiconCompilerTests {
    typealias Info = CompiledLexicon.TriggerInfo

    @Test func triggerThatIsAlsoABlockerIsRefused() {
        #expect(throws: LexiconConflict.self) {
            try PhraseTrie<Info>.compile([("常委会", Info(kind: "meeting", weight: 2)), ("常委会", Info(kind: nil, weight: 0))])
        }
    }

    @Test func shadowingThroughFoldingIsRefused() {
        // 會議 and 会议 are one phrase once folded: the second would hide the first.
        #expect(throws: LexiconConflict.self) {
            try PhraseTrie<Info>.compile([("会议", Info(kind: "meeting", weight: 1)), ("會議", Info(kind: "other", weight: 1))])
        }
        #expect(throws: LexiconConflict.self) { try PhraseTrie<Bool>.compile([("书记", true), ("書記", false)]) }
    }

    @Test func distinctPhrasesCompile() throws {
        let trie = try PhraseTrie<Info>.compile([("常委会", Info(kind: "meeting", weight: 2)),
                                                 ("人大常委会", Info(kind: nil, weight: 0))])
        let text = MatchFolding.fold("區人大常委會")
        #expect(trie.longestMatch(in: text, at: 1)?.payload.kind == nil)
        #expect(trie.longestMatch(in: text, at: 3)?.payload.kind == "meeting")
    }

    /// The scanners test a scalar against a set before they walk their tries: each set holds
    /// the roots of every trie its loop probes, a user's phrases too (`龘` starts no
    /// built-in phrase).
    @Test func scanStartsHoldTheRootsOfTheTriesTheLoopsProbe() throws {
        var custom = EventLexicon.builtin
        custom.triggers.append(.init("龘会", "meeting", weight: 2))
        custom.titles.append("龘长")
        custom.studyFrameOpeners.append("龘学")
        for lexicon in [try CompiledLexicon(.builtin), try CompiledLexicon(custom)] {
            let loops: [(ScalarSet, [[Unicode.Scalar]])] = [
                (lexicon.triggerScanStarts, [lexicon.triggers.firstScalars, lexicon.backgroundCues.firstScalars,
                                             lexicon.historyMarkers.firstScalars]),
                (lexicon.leaderScanStarts, [lexicon.reporterMarkers.firstScalars, lexicon.collectiveMarkers.firstScalars,
                                            lexicon.titles.firstScalars, lexicon.listIntroducers.firstScalars]),
            ]
            for (set, tries) in loops {
                #expect(!tries.joined().isEmpty)
                for root in tries.joined() { #expect(set.contains(root), "\(root)") }
            }
            // The masks of the loops over a clause or a scope: a set bit for every root.
            let masks: [(FirstScalarMask, [[Unicode.Scalar]])] = [
                (lexicon.frameOpenerFirsts, [lexicon.studyFrameOpeners.firstScalars, lexicon.meansFrameOpeners.firstScalars]),
                (lexicon.signingVerbFirsts, [lexicon.signingVerbs.firstScalars]),
                (lexicon.inheritanceCueFirsts, [lexicon.inheritanceCues.firstScalars]),
                (lexicon.placeCueFirsts, [lexicon.placeCues.firstScalars]),
                (lexicon.tourSiteFirsts, [lexicon.placeCues.firstScalars, lexicon.tourCues.firstScalars]),
            ]
            for (mask, tries) in masks {
                #expect(!tries.joined().isEmpty)
                for root in tries.joined() { #expect(mask.mayStart(root.value), "\(root)") }
            }
        }
        let compiled = try CompiledLexicon(custom)
        #expect(compiled.triggerScanStarts.contains("龘") && compiled.leaderScanStarts.contains("龘")
                && compiled.frameOpenerFirsts.mayStart(("龘" as Unicode.Scalar).value))
        #expect(!(try CompiledLexicon(.builtin)).triggerScanStarts.contains("龘"))
    }

    /// A scan passes by a start whose first two scalars open no phrase of its tables: every
    /// phrase those tables hold (a user's too, and one of a single scalar, traditional as
    /// written and folded as matched) must pass, in running text and at a clause's end.
    @Test func scanPairsLetThroughEveryPhraseTheLoopsProbe() throws {
        var custom = EventLexicon.builtin
        custom.triggers.append(.init("龘會", "meeting", weight: 2))
        custom.historyMarkers.append("齉")
        custom.titles.append("龘長")
        custom.reporterMarkers.append("龘記者")
        for source in [EventLexicon.builtin, custom] {
            let lexicon = try CompiledLexicon(source)
            let loops: [(ScalarPairMask, [String])] = [
                (lexicon.triggerScanPairs, source.triggers.map(\.phrase) + source.backgroundCues + source.historyMarkers),
                (lexicon.leaderScanPairs, source.reporterMarkers + source.collectiveLeaderMarkers + source.titles
                    + source.ignoredTitles),
            ]
            for (pairs, phrases) in loops {
                #expect(!phrases.isEmpty)
                for phrase in phrases {
                    let s = MatchFolding.fold("在" + phrase + "上")
                    #expect(pairs.mayStart(s, at: 1, end: s.count), "\(phrase)")
                    #expect(pairs.mayStart(s, at: 1, end: s.count - 1), "\(phrase)")
                }
            }
        }
        // Folded as the text is: the simplified pair of a traditional phrase passes.
        let compiled = try CompiledLexicon(custom)
        let simplified = MatchFolding.fold("龘会")
        #expect(compiled.triggerScanPairs.mayStart(simplified, at: 0, end: 2))
        // (That a pair no phrase opens is turned away is `ScalarTablesTests`' case, on a small
        // mask: against the whole lexicon a chosen pair could collide with a later phrase's.)
    }

    @Test func builtInLexiconHasNoConflict() {
        #expect(EventLexicon.builtin.conflict == nil)
    }

    @Test func handBuiltConflictIsReported() {
        var lexicon = EventLexicon.builtin
        lexicon.triggers.append(.init("推进会", nil, weight: 0))
        #expect(lexicon.conflict?.phrase == "推进会")
    }

    @Test func userFileOverridesExplicitlyAndRefusesItsOwnConflicts() throws {
        // The user's kind replaces the built-in one; the built-in entry is removed, not shadowed.
        let json = Data(#"{"triggers": {"drill": ["推进会"]}, "titles": ["网格长"]}"#.utf8)
        let merged = try EventLexicon.builtin.merging(json: json, source: "user.json")
        #expect(merged.conflict == nil)
        #expect(merged.triggers.filter { $0.phrase == "推进会" }.map(\.kind) == ["drill"])
        let twice = Data(#"{"triggers": {"drill": ["议事会"]}, "ignore": ["议事会"]}"#.utf8)
        #expect(throws: EventLexiconError.self) { try EventLexicon.builtin.merging(json: twice, source: "user.json") }
    }
}
