/// The person a leader string names, without the title written before the name.
///
/// Events keep leaders as written (`区委副书记、区长苏婉清`); the same person is written
/// with other titles in other reports (`区长苏婉清`). Identity, the same-event rule, the
/// archive's `--leader` filter and `stats` compare people by this name, folded
/// (`MatchFolding`: traditional → simplified, full-width → ASCII), so title variants and
/// scripts of one person are one person. The titles are the Events stage's table.
public enum PersonName {
    private static let titles = PhraseTrie(
        EventLexicon.builtin.titles.map { (MatchFolding.folded($0), true) })

    /// The folded name: what follows the last title in `form`, else the whole form.
    public static func key(of form: String) -> String {
        // Folded from the UTF-8, white space left out as it goes: one array, not a folded
        // one and then a filtered one.
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(form.utf8.count)   // no fewer bytes than scalars
        StableID.forEachFoldedScalar(of: form, droppingWhitespace: true) { folded.append($0) }
        var nameStart = 0
        var i = 0
        while i < folded.count {
            if let match = titles.longestMatch(in: folded, at: i), i + match.length < folded.count {
                nameStart = i + match.length
                i += match.length
            } else {
                i += 1
            }
        }
        // A separator left between a title and a name (`区长：苏婉清`) is no part of it.
        while nameStart < folded.count, isSeparator(folded[nameStart]) { nameStart += 1 }
        let name = folded[nameStart...]
        return String(scalars: name.isEmpty ? folded[...] : name)
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory.isPunctuation
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
