/// The leaders of an article by name, each written as at its first mention.
struct LeaderRegistry {
    /// Folded name → title and name as first written.
    private var forms: [String: String] = [:]
    private var names: [String: String] = [:]
    private let trie: PhraseTrie<String>

    init(_ mentions: [LeaderMention]) {
        for m in mentions where forms[m.key] == nil {
            forms[m.key] = m.form
            names[m.form] = m.name
        }
        trie = PhraseTrie(forms.keys.map { ($0, $0) })
    }

    func name(of form: String) -> String { names[form] ?? form }

    /// Leaders named in the ranges, in order of appearance.
    func leaders(in ranges: [Range<Int>], _ text: ArticleText) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for r in ranges {
            var i = r.lowerBound
            while i < r.upperBound {
                if let m = trie.longestMatch(in: text.scalars, at: i, end: r.upperBound) {
                    if seen.insert(m.payload).inserted, let form = forms[m.payload] { out.append(form) }
                    i += m.length
                } else {
                    i += 1
                }
            }
        }
        return out
    }
}
