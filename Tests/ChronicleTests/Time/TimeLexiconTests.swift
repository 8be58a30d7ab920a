import Testing
@testable import ChronicleCore

/// Time's declarative tables compile with the one machinery (`PhraseTrie.compile`), which
/// refuses a phrase listed twice in one table.
@Suite struct TimeLexiconTests {
    @Test func followerClassesAreOneTableWithEveryClassOfAPhrase() throws {
        let entries = TimeScanner.followerEntries()
        _ = try PhraseTrie<Follower>.compile(entries)
        let classes = Dictionary(uniqueKeysWithValues: entries)
        // 前 may follow a numeral, a number and 年 (a span), a season, a bare clock and a festival word.
        #expect(classes["前"] == [.numeral, .yearSpan, .season, .bareClock, .festival])
        #expect(classes["黄金周"] == [.festival])
        for (cls, words) in TimeLexicon.followers {
            #expect(!words.isEmpty)
            for w in words { #expect(classes[MatchFolding.folded(w)]?.contains(cls) == true, "\(w)") }
        }
    }

    @Test func notTimeWordsAndCuesCompile() throws {
        _ = try PhraseTrie<Bool>.compile(TimeScanner.notTimeWords().map { ($0, true) })
        _ = try PhraseTrie<Bool>.compile(TimeLexicon.futureCues.map { ($0, true) } + TimeLexicon.notCues.map { ($0, false) })
        _ = try PhraseTrie<Bool>.compile(TimeLexicon.durationFrames.map { ($0, true) })
    }
}
