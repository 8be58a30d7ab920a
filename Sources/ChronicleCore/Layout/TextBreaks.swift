/// The one table of breaks in running text, in folded form (`MatchFolding`: `，` is `,`).
///
/// Layout cuts leads and credits at them, Events cuts sentences and clauses, Time stops
/// its look-behind for tense cues at them; each reads the kinds it needs from here.
enum TextBreaks {
    enum Kind: Sendable {
        /// Ends a sentence: `。！？` and a line break (paragraphs are joined by "\n").
        case sentence
        /// Ends a clause inside a sentence: `，；`.
        case clause
        /// `：` ends a clause, but a colon between digits is a clock (`9:30`).
        case colon
        /// `、` separates the items of a list, not clauses.
        case enumeration
    }

    static let table: [(Unicode.Scalar, Kind)] = [
        ("。", .sentence), ("!", .sentence), ("?", .sentence), ("\n", .sentence),
        (",", .clause), (";", .clause),
        (":", .colon),
        ("、", .enumeration),
    ]

    /// The scalars of the given kinds.
    static func scalars(_ kinds: Kind...) -> ScalarSet {
        ScalarSet(table.filter { kinds.contains($0.1) }.map(\.0))
    }

    static let sentenceEnds = scalars(.sentence)
    /// Sentence ends and clause breaks, without the colon (a clock's) or `、` (a list's).
    static let sentenceOrClause = scalars(.sentence, .clause)
    /// The colon that opens a list (`出席会议的有：A、B`).
    static let colons = scalars(.colon)
    /// What ends a clause: sentence ends, clause breaks and the colon.
    static let clauseEnds = scalars(.sentence, .clause, .colon)
}
