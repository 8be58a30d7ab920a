import Testing
@testable import ChronicleCore

/// The per-article phrase set finds what the trie finds over the same keys.
@Suite struct SmallPhraseSetTests {
    /// Invented names and words sharing prefixes and first scalars, with first scalars
    /// that share their low seven bits (`书` U+4E66 and `仦` U+4EE6), one that folds (`區`),
    /// and one starting beyond the plane (never matched, as in `PhraseTrie`).
    static let keys = ["林海", "林海涛", "何川", "何", "区长何川", "书记", "仦仦", "區委", "\u{20000}甲", "长\u{20000}"]

    @Test func matchesWhatTheTrieMatches() {
        let folded = Self.keys.map { $0.unicodeScalars.map { MatchFolding.fold(value: $0.value) } }
        let set = SmallPhraseSet(foldedKeys: folded)
        let trie = PhraseTrie(Self.keys.enumerated().map { ($0.element, $0.offset) }, compactRoot: true)
        let text = MatchFolding.fold("区长何川、林海涛和林海到区委书记仦仦家，\u{20000}甲长\u{20000}何")
        for i in text.indices {
            for end in [text.count, min(text.count, i + 2)] {
                let found = set.longestMatch(in: text, at: i, end: end)
                let expected = trie.longestMatch(in: text, at: i, end: end)
                #expect(found?.length == expected?.length, "at \(i) up to \(end)")
                #expect(found?.payload == expected?.payload, "at \(i) up to \(end)")
            }
            var mine: [Int] = [], theirs: [Int] = []
            set.forEachMatch(in: text, at: i, end: text.count) { length, payload in mine.append(payload) }
            trie.forEachMatch(in: text, at: i) { _, payload in theirs.append(payload) }
            #expect(mine.sorted() == theirs.sorted(), "at \(i)")
        }
    }

    @Test func noKeysMatchNothing() {
        let set = SmallPhraseSet(foldedKeys: [])
        let text = MatchFolding.fold("区长")
        #expect(set.longestMatch(in: text, at: 0, end: text.count) == nil)
    }
}
