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

    /// Up to `count` invented names sharing the surname `王`: given names of one or two
    /// scalars drawn from a run of Han scalars, some the prefix of others (`王甲`, `王甲乙`),
    /// distinct once folded.
    static func namesSharingASurname(_ count: Int) -> [String] {
        var seen = Set<String>()
        return (0..<count).map { k in
            let first = Unicode.Scalar(0x4E00 + UInt32(k / 2 % 4000))!
            let second = Unicode.Scalar(0x5E00 + UInt32(k % 3000))!
            return k % 2 == 0 ? "王\(first)" : "王\(first)\(second)"
        }.filter { seen.insert(MatchFolding.folded($0)).inserted }
    }

    @Test(arguments: [3, 40, 700])
    func manyKeysSharingAFirstScalarMatchWhatTheTrieMatches(count: Int) {
        let keys = Self.namesSharingASurname(count) + ["王", "王王"]
        let set = SmallPhraseSet(foldedKeys: keys.map { $0.unicodeScalars.map { MatchFolding.fold(value: $0.value) } })
        let trie = PhraseTrie(keys.enumerated().map { ($0.element, $0.offset) }, compactRoot: true)
        // Every key once, a longer reading than any key, and names that are no key.
        let text = MatchFolding.fold(keys.joined(separator: "、") + "王王王" + "、王\u{5DFF}、王\u{4E00}\u{5DFF}，王")
        for i in text.indices {
            for end in [text.count, min(text.count, i + 2)] {
                let found = set.longestMatch(in: text, at: i, end: end)
                let expected = trie.longestMatch(in: text, at: i, end: end)
                #expect(found?.length == expected?.length && found?.payload == expected?.payload, "at \(i) up to \(end)")
            }
            var mine: [Int] = [], theirs: [Int] = []
            set.forEachMatch(in: text, at: i, end: text.count) { _, payload in mine.append(payload) }
            trie.forEachMatch(in: text, at: i) { _, payload in theirs.append(payload) }
            #expect(mine == theirs, "at \(i)")
        }
    }

    /// The walk reads a few key scalars per text scalar: at most two searches by halves
    /// per scalar of the longest key, however many keys share a first scalar. An article
    /// with eight times the names costs eight times the reads over its eight times the text
    /// (give or take the logarithm), not sixty-four.
    @Test func readsGrowWithTheTextNotWithTheKeysSharingAPrefix() {
        func reads(_ count: Int) -> (total: Int, worst: Int, positions: Int, bound: Int) {
            let keys = Self.namesSharingASurname(count)
            let set = SmallPhraseSet(foldedKeys: keys.map { $0.unicodeScalars.map { MatchFolding.fold(value: $0.value) } })
            let text = MatchFolding.fold(keys.map { "区长\($0)出席" }.joined(separator: "，"))
            var total = 0, worst = 0
            for i in text.indices {
                var probes = 0
                set.forEachMatch(in: text, at: i, end: text.count, probes: &probes) { _, _ in }
                total += probes
                worst = max(worst, probes)
            }
            let longest = keys.map(\.unicodeScalars.count).max() ?? 0
            var log = 1
            while 1 << log < keys.count { log += 1 }
            return (total, worst, text.count, 2 * longest * (log + 1))
        }
        let small = reads(1000), large = reads(8000)
        #expect(small.worst <= small.bound)
        #expect(large.worst <= large.bound)
        #expect(large.positions >= 7 * small.positions)
        #expect(large.total < 8 * small.total * 3 / 2, "\(small.total) → \(large.total)")
    }

    @Test func noKeysMatchNothing() {
        let set = SmallPhraseSet(foldedKeys: [])
        let text = MatchFolding.fold("区长")
        #expect(set.longestMatch(in: text, at: 0, end: text.count) == nil)
    }
}
