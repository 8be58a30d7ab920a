/// A part said before the people who play it: `出席会议的区领导有：A、B`, `参加会议的还有A`,
/// `陪同调研的有A`, `主持会议的是A`, `担任大会的执行主席是：A、B`. The frame is a relative
/// clause that opens its clause, closed by 的, then the post (a title, a collective word)
/// or nothing, and a list introducer (`有`, `还有`, `是` …) or a colon, right before the
/// names (without either, `会见了来访的市长A` is an object, not a frame). It counts only
/// when it says something of people: a role cue opening it, or a post of the event it
/// names (`受表彰的有：…`, `参加比赛的运动员有：…` list no officials).
struct RoleFrame {
    /// The relative clause before 的: its role cue, if any, is the part of those named.
    var cueRegion: Range<Int>
    /// The words after 的 name the post those listed hold (`的区领导有`, `的执行主席是`): it
    /// vouches that a bare word after the frame is a person, and without a cue says they
    /// were present.
    var namesPost: Bool

    /// How far back the relative clause is read to its start.
    private static let maxClause = 30

    /// Where the names start when a list introducer or a colon stands at `i` (after it, a
    /// colon and spaces), else nil: the place to ask `before(_:)` for a frame.
    static func listStart(at i: Int, in s: [Unicode.Scalar], _ lexicon: CompiledLexicon) -> Int? {
        var start = i + (lexicon.listIntroducers.longestMatch(in: s, at: i)?.length ?? 0)
        if start < s.count, TextBreaks.colons.contains(s[start]) { start += 1 }
        guard start > i else { return nil }
        while start < s.count, ScalarClass.isSpace(s[start]) { start += 1 }
        return start
    }

    /// The frame ending right before `start` (the first name's title chain), if any.
    static func before(_ start: Int, in s: [Unicode.Scalar], lowerBound: Int,
                       _ lexicon: CompiledLexicon) -> RoleFrame? {
        var i = start
        while i > lowerBound, ScalarClass.isSpace(s[i - 1]) { i -= 1 }
        let colon = i > lowerBound && TextBreaks.colons.contains(s[i - 1])
        if colon { i -= 1 }
        let introducer = lexicon.listIntroducers.longestEndingLength(s, at: i)
        guard colon || introducer > 0 else { return nil }
        i -= introducer
        // After 的 only the post, or nothing: a collective word, or a title with its
        // modifier (`的大多是`, `的运动员有` are no frame).
        let de = postStart(endingAt: i, s, lowerBound: lowerBound, lexicon)
        let marker = lexicon.modifierMarkers.longestEndingLength(s, at: de)
        guard marker > 0, de - marker > lowerBound else { return nil }
        let deStart = de - marker
        var clauseStart = deStart
        while clauseStart > lowerBound, deStart - clauseStart < maxClause, ScalarClass.isHan(s[clauseStart - 1]) {
            clauseStart -= 1
        }
        guard clauseStart < deStart, clauseStart == lowerBound || !ScalarClass.isHan(s[clauseStart - 1]) else { return nil }
        // The relative clause has no subject: it opens with its verb (`出席会议的`); or it
        // names the event whose post follows (`担任大会的执行主席是`). `A介绍了…的有关情况`,
        // `该公司的董事长是` are neither.
        let cue = lexicon.roleCues.matches(s, at: clauseStart, end: deStart)
        let post = de < i
        let ofTheEvent = (clauseStart..<deStart).contains { lexicon.trigger(in: s, at: $0, end: deStart)?.payload.kind != nil }
        guard cue || (post && ofTheEvent) else { return nil }
        return RoleFrame(cueRegion: clauseStart..<deStart, namesPost: post)
    }

    /// Where the post ending at `end` starts (`区领导`, `执行主席`), or `end` when none does.
    private static func postStart(endingAt end: Int, _ s: [Unicode.Scalar], lowerBound: Int,
                                  _ lexicon: CompiledLexicon) -> Int {
        let collective = lexicon.collectiveMarkers.longestEndingLength(s, at: end)
        if collective > 0 { return end - collective }
        let title = lexicon.titles.longestEndingLength(s, at: end)
        guard title > 0, end - title > lowerBound,
              lexicon.titles.longestMatch(in: s, at: end - title, end: end)?.payload == true else { return end }
        return end - title - lexicon.titleModifiers.longestEndingLength(s, at: end - title)
    }
}
