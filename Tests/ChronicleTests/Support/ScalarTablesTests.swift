import Testing
@testable import ChronicleCore

/// The tables the scanners read instead of hashing or asking Unicode at every scalar:
/// each must answer exactly what the slow form answers.
@Suite struct ScalarTablesTests {
    /// Every scalar of the Basic Multilingual Plane, and a sample beyond it.
    static let scalars: [Unicode.Scalar] = ((0..<UInt32(0x10000)).map { $0 }
        + stride(from: UInt32(0x10000), to: 0x110000, by: 97).map { $0 } + [0x20000, 0x2A6DF, 0x1F600, 0x10FFFF])
        .compactMap(Unicode.Scalar.init)

    @Test func scalarClassesAgreeWithUnicodeProperties() {
        for s in Self.scalars {
            #expect(ScalarClass.isWhitespace(s) == s.properties.isWhitespace, "white space \(s.value)")
            #expect(ScalarClass.isSpace(s) == (s.properties.isWhitespace && s != "\n"), "space \(s.value)")
            #expect(ScalarClass.isNumeric(s) == (s.properties.numericType != nil), "numeric \(s.value)")
            #expect(ScalarClass.isAlphabetic(s) == s.properties.isAlphabetic, "alphabetic \(s.value)")
        }
    }

    @Test(arguments: [
        Array("（）()[]“”《》".unicodeScalars),
        Array("，,；;：:、。!?\n".unicodeScalars),
        Array("丨第是".unicodeScalars) + ["\u{20000}", "\u{1F600}"],   // far into the plane, and beyond it
        [],
    ])
    func scalarSetAnswersLikeASet(_ members: [Unicode.Scalar]) {
        let set = ScalarSet(members), reference = Set(members)
        #expect(set.count == reference.count)
        #expect(Set(set) == reference)
        for s in Self.scalars.prefix(0x5000) + members + ["\u{20001}", "\u{1F601}"] {
            #expect(set.contains(s) == reference.contains(s), "\(s.value)")
        }
    }

    @Test(arguments: ["", "abc", "林海昨天出席", "區人大常委會", "a\u{1F600}b\u{20000}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func stringFromScalarsIsTheStringOfThem(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let built = String(scalars: scalars)
        #expect(built == text)
        #expect(Array(built.utf8) == Array(text.utf8))
        #expect(String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
    }
}

/// The trie compiled from sorted keys finds what a plain search over its phrases finds,
/// whether its root is a direct table or a sorted list (a trie built per article).
@Suite struct PhraseTrieTests {
    /// Invented phrases sharing prefixes, folding to one another, and one reaching beyond the plane.
    static let phrases = ["书记", "副书记", "区委书记", "区长", "区委", "县长", "镇长", "会议", "常委会", "人大常委会",
                          "座谈", "座谈会", "调研", "长\u{20000}", "长", "市", "市长", "委员", "主任", "副主任"]

    static func naiveLongest(_ text: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        phrases.map { Array(MatchFolding.folded($0).unicodeScalars) }
            .filter { i + $0.count <= end && Array(text[i..<(i + $0.count)]) == $0 }
            .map(\.count).max()
    }

    @Test(arguments: [false, true])
    func longestMatchIsTheLongestPhraseThere(compactRoot: Bool) {
        let trie = PhraseTrie(Self.phrases.map { ($0, $0) }, compactRoot: compactRoot)
        let text = MatchFolding.fold("區委書記林海、副區長何川到座談會上講話，人大常委會副主任長\u{20000}市長出席")
        for i in text.indices {
            for end in [text.count, min(text.count, i + 2)] {
                let found = trie.longestMatch(in: text, at: i, end: end)
                #expect(found?.length == Self.naiveLongest(text, at: i, end: end), "at \(i) up to \(end)")
                if let found { #expect(Array(MatchFolding.folded(found.payload).unicodeScalars) == Array(text[i..<(i + found.length)])) }
            }
            var lengths: [Int] = []
            trie.forEachMatch(in: text, at: i) { length, _ in lengths.append(length) }
            #expect(lengths.last == Self.naiveLongest(text, at: i, end: text.count))
            #expect(lengths == lengths.sorted())
        }
        #expect(trie.maxLength == 5)
        #expect(trie.matchesEnding(text, at: 4))        // 區委書記
        #expect(!trie.matchesEnding(text, at: 5))
    }

    /// A root lists the first scalars of the phrases (folded; none beyond the plane), as a
    /// direct table and as a sorted list alike.
    @Test(arguments: [false, true])
    func firstScalarsAreThoseThePhrasesStartWith(compactRoot: Bool) {
        let trie = PhraseTrie(Self.phrases.map { ($0, $0) } + [("區政府", "區政府"), ("\u{20000}甲", "")], compactRoot: compactRoot)
        let expected = Set((Self.phrases + ["区"]).map { MatchFolding.folded($0).unicodeScalars.first! })
        #expect(Set(trie.firstScalars) == expected)
        #expect(trie.firstScalars.count == expected.count)
        #expect(PhraseTrie<Bool>([], compactRoot: compactRoot).firstScalars.isEmpty)
    }

    @Test func theFirstRepeatedListingIsReported() {
        // Listed twice after folding: the second listing of 会议 comes before the third of 区长.
        let entries = [("区长", "a"), ("会议", "b"), ("區長", "c"), ("會議", "d"), ("区长", "e")]
        #expect(throws: LexiconConflict(phrase: "区长", first: "a", second: "c")) { try PhraseTrie<String>.compile(entries) }
        let later = [("会议", "x"), ("调研", "y"), ("會議", "z")]
        #expect(throws: LexiconConflict(phrase: "会议", first: "x", second: "z")) { try PhraseTrie<String>.compile(later) }
    }

    @Test func emptyPhrasesAndEmptyTablesMatchNothing() throws {
        let trie = try PhraseTrie<Bool>.compile([("", true)])
        let none = PhraseTrie<Bool>([], compactRoot: true)
        let text = MatchFolding.fold("区长")
        #expect(trie.longestMatch(in: text, at: 0) == nil)
        #expect(none.longestMatch(in: text, at: 0) == nil)
        #expect(none.maxLength == 0)
    }

    @Test func aFirstScalarMaskTurnsAwayOnlyWhatStartsNoPhrase() {
        let firsts: [UInt32] = [0x4E66, 0x533A, 0x41, 0x7F]   // 书, 区, A, and the last of 128 bits
        let mask = FirstScalarMask(firsts)
        for v in firsts { #expect(mask.mayStart(v)) }
        #expect(mask.mayStart(0x4EE6))   // 仦 shares 书's low seven bits: "maybe", the search decides
        #expect(!mask.mayStart(0x42))
        #expect(!mask.mayStart(0x5339))
        #expect(!FirstScalarMask([]).mayStart(0x4E66))
    }

    /// A pair mask never turns away a phrase's start, at any place in a text and in either
    /// form of the text (scalars, or folded values as the time scanner reads them); it turns
    /// away pairs no phrase opens with, and passes any pair after a one-scalar phrase's first.
    @Test func aPairMaskTurnsAwayOnlyWhatStartsNoPhrase() {
        let phrases = ["昨天", "上周", "國慶", "本周", "晚"]
        let mask = ScalarPairMask([PhraseTrie(phrases: phrases).openings])
        for phrase in phrases {
            for text in ["他\(phrase)来", phrase, "会议\(phrase)"] {
                let folded = MatchFolding.fold(text)
                let at = folded.count - MatchFolding.fold(phrase).count - (text.hasSuffix("来") ? 1 : 0)
                #expect(mask.mayStart(folded, at: at, end: folded.count), "\(text)")
                let values = folded.map(\.value)
                #expect(values.withUnsafeBufferPointer { mask.mayStart($0, at: at) }, "\(text)")
            }
        }
        for text in ["本报讯", "上海", "昨日"] {   // 本, 上, 昨 open phrases; these pairs open none
            let values = MatchFolding.fold(text).map(\.value)
            #expect(!values.withUnsafeBufferPointer { mask.mayStart($0, at: 0) }, "\(text)")
            #expect(!mask.mayStart(MatchFolding.fold(text), at: 0, end: 2), "\(text)")
        }
        #expect(mask.mayStart(MatchFolding.fold("晚会"), at: 0, end: 2))   // 晚 is a phrase alone
        #expect(mask.mayStart(MatchFolding.fold("本"), at: 0, end: 1))     // at the end only singles start: "maybe"
    }
}
