/// Finds where an event took place: a venue introduced by a cue and closed by the verb
/// that follows it (`在县委党校开班`, `到石梁镇督导`), else the first site of a tour
/// (`先后来到白鹭河堤防、…`).
struct PlaceFinder {
    let lexicon: CompiledLexicon
    private let lengths = 2...24

    /// The first venue in the given ranges, in order.
    func venue(in ranges: [Range<Int>], _ text: ArticleText) -> String? {
        firstPlace(after: lexicon.placeCues, in: ranges, text, needsVerb: true)
    }

    /// The first site visited on a tour, in the given ranges.
    func tourSite(in ranges: [Range<Int>], _ text: ArticleText) -> String? {
        firstPlace(after: lexicon.tourCues, in: ranges, text, needsVerb: false)
    }

    private func firstPlace(after cues: PhraseTrie<Bool>, in ranges: [Range<Int>], _ text: ArticleText,
                            needsVerb: Bool) -> String? {
        for r in ranges {
            for i in r {
                if let m = cues.longestMatch(in: text.scalars, at: i, end: r.upperBound),
                   let place = phrase(from: i + m.length, in: r, text, needsVerb: needsVerb) {
                    return place
                }
            }
        }
        return nil
    }

    /// A place phrase from `start`: ends at a terminating verb, or at punctuation when the
    /// phrase ends like a place name (or always, on a tour).
    private func phrase(from start: Int, in r: Range<Int>, _ text: ArticleText, needsVerb: Bool) -> String? {
        let s = text.scalars
        var j = start
        while j < r.upperBound, j - start <= lengths.upperBound {
            if j > start, lexicon.placeTerminators.matches(s, at: j, end: r.upperBound) {
                return lengths.contains(j - start) ? text.text(start..<j) : nil
            }
            if !isPlaceCharacter(s[j]) { break }
            j += 1
        }
        guard lengths.contains(j - start), j == r.upperBound || !isPlaceCharacter(s[j]) else { return nil }
        if !needsVerb || lexicon.placeSuffixes.matchesEnding(s, at: j, lowerBound: start) {
            return text.text(start..<j)
        }
        return nil
    }

    private func isPlaceCharacter(_ c: Unicode.Scalar) -> Bool {
        if ScalarClass.isHan(c) { return true }
        if c.properties.isAlphabetic || c.properties.numericType != nil { return true }
        return Punctuation.quotes.contains(c) || Punctuation.openers.contains(c) || Punctuation.closers.contains(c)
    }
}
