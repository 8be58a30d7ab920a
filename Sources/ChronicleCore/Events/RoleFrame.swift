/// A part said before the people who play it: `出席会议的区领导有：A、B`, `参加会议的还有A`,
/// `陪同调研的有A`, `主持会议的是A`, `担任大会的执行主席是：A、B`. The frame is a relative
/// clause that opens its clause, closed by 的, then at most a few words (a title, a
/// collective word), a list introducer (`有`, `还有`, `是` …) or a colon, right before the
/// names (without either, `会见了来访的市长A` is an object, not a frame). It counts only
/// when it says something of people: a role cue opening it, or a title or a collective
/// word after its 的 (`受表彰的有：…` lists no officials).
struct RoleFrame {
    /// The relative clause before 的: its role cue, if any, is the part of those named.
    var cueRegion: Range<Int>
    /// The frame names a post (a title or a collective word) without a cue: those named
    /// held it at the event, so they were present.
    var namesPost: Bool

    /// Words between 的 and the names (`区领导`, `执行主席`); a frame is a short phrase.
    private static let maxWordsAfterDe = 10
    private static let maxClause = 30

    /// The frame ending right before `start` (the first name's title chain), if any.
    static func before(_ start: Int, in s: [Unicode.Scalar], lowerBound: Int,
                       _ lexicon: CompiledLexicon) -> RoleFrame? {
        var i = start
        while i > lowerBound, ScalarClass.isSpace(s[i - 1]) { i -= 1 }
        let colon = i > lowerBound && s[i - 1] == ":"
        if colon { i -= 1 }
        let introducer = lexicon.listIntroducers.longestEndingLength(s, at: i)
        guard colon || introducer > 0 else { return nil }
        i -= introducer
        // Back over the words after 的 to the 的 itself.
        var de = i
        while de > lowerBound, i - de <= maxWordsAfterDe, ScalarClass.isHan(s[de - 1]),
              !lexicon.modifierMarkers.matchesEnding(s, at: de, lowerBound: lowerBound) {
            de -= 1
        }
        let marker = lexicon.modifierMarkers.longestEndingLength(s, at: de)
        guard de > lowerBound, marker > 0, de - marker > lowerBound else { return nil }
        let deStart = de - marker
        var clauseStart = deStart
        while clauseStart > lowerBound, deStart - clauseStart < maxClause, ScalarClass.isHan(s[clauseStart - 1]) {
            clauseStart -= 1
        }
        guard clauseStart < deStart, clauseStart == lowerBound || !ScalarClass.isHan(s[clauseStart - 1]) else { return nil }
        // The relative clause has no subject: it opens with its verb (`出席会议的`), or the
        // words after 的 name the post (`的区领导有`). `A介绍了…的有关情况` is neither.
        let cue = lexicon.roleCues.matches(s, at: clauseStart, end: deStart)
        let post = (de..<i).contains {
            lexicon.titles.longestMatch(in: s, at: $0, end: i)?.payload == true
                || lexicon.collectiveMarkers.matches(s, at: $0, end: i)
        }
        guard cue || post else { return nil }
        return RoleFrame(cueRegion: clauseStart..<deStart, namesPost: post)
    }
}
