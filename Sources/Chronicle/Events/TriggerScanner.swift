/// One occurrence of an event trigger in an article.
struct TriggerHit {
    var range: Range<Int>
    var kind: String
    var weight: Int
}

/// Finds triggers by longest match, left to right: a blocker (`常委会`, `检查站`) consumes
/// its text so the trigger inside it is not seen, and a blocking suffix (`会议精神`)
/// discards the trigger before it.
struct TriggerScanner {
    let lexicon: CompiledLexicon

    /// Hits grouped by clause index.
    func hitsByClause(in text: ArticleText) -> [[TriggerHit]] {
        var result = Array(repeating: [TriggerHit](), count: text.clauses.count)
        let s = text.scalars
        for (index, clause) in text.clauses.enumerated() {
            var i = clause.range.lowerBound
            while i < clause.range.upperBound {
                guard let m = lexicon.triggers.longestMatch(in: s, at: i, end: clause.range.upperBound) else {
                    i += 1
                    continue
                }
                let end = i + m.length
                if let kind = m.payload.kind,
                   !lexicon.blockingSuffixes.matches(s, at: end, end: clause.range.upperBound) {
                    result[index].append(TriggerHit(range: i..<end, kind: kind, weight: m.payload.weight))
                }
                i = end
            }
        }
        return result
    }
}

extension Array where Element == TriggerHit {
    /// The most specific hit; the first among equals.
    var representative: TriggerHit? {
        var best: TriggerHit?
        for hit in self where hit.weight > (best?.weight ?? Int.min) { best = hit }
        return best
    }
}
