/// Rejoins paragraphs that the page layout broke in mid-sentence.
///
/// Text copied from a laid-out page often splits a sentence across lines or blank lines
/// (`…真正形` / blank / `成警示和震慑`). A line that does not end a sentence continues on
/// the next line, unless the next line starts a paragraph of its own: it is indented
/// (layouts that indent paragraphs do not indent a continuation) or starts with an
/// enumerator (`一、`, `(二)`), or the line itself is a short numbered heading.
/// Enumerators are numbered with the time engine's numerals (`dates`).
enum ParagraphRepair {
    /// Each line of `count` that is not blank, in order, and whether it starts a paragraph
    /// (else it continues the one before): the rule alone, so a caller can write the
    /// lines' text where it wants it rather than a string per line and per paragraph.
    static func forEachLine(_ count: Int, traits: (Int) -> LineTraits, _ body: (Int, _ startsParagraph: Bool) -> Void) {
        var open = false            // the paragraph is waiting for the end of its sentence
        var previous: LineTraits?
        for k in 0..<count {
            let line = traits(k)
            guard !line.contains(.blank) else { continue }
            body(k, !(open && previous.map { continues($0, with: line) } == true))
            open = !line.contains(.endsSentence)
            previous = line
        }
    }

    private static func continues(_ a: LineTraits, with b: LineTraits) -> Bool {
        !b.contains(.indented) && !b.contains(.numbered) && !a.contains(.numberedHeading)
    }

    static func endsSentence(_ line: PageLine) -> Bool {
        var i = line.tail.count - 1
        while i >= 0, LayoutLexicon.closers.contains(line.tail[i]) { i -= 1 }
        guard i >= 0 else { return true }   // only closing quotes: nothing left open
        return LayoutLexicon.sentenceEnds.contains(line.tail[i])
    }

    /// `一、` `(一)` `1.` `第二,` `一是`.
    static func startsWithEnumerator(_ key: ArraySlice<Unicode.Scalar>, dates: FurnitureDates) -> Bool {
        var i = key.startIndex
        if i < key.endIndex, LayoutLexicon.enumeratorOpeners.contains(key[i]) { i += 1 }
        let digitsStart = i
        while i < key.endIndex, i - digitsStart < 3, dates.isDigitOrTen(key[i]) { i += 1 }
        guard i > digitsStart, i < key.endIndex else { return false }
        return LayoutLexicon.enumeratorClosers.contains(key[i])
    }
}

extension LineTraits {
    /// What paragraph repair reads of a line, by its rules above (a numbered heading is a
    /// numbered line of at most half a headline's length).
    init(_ line: PageLine, dates: FurnitureDates) {
        var traits: LineTraits = []
        if line.isBlank { traits.insert(.blank) }
        if line.indented { traits.insert(.indented) }
        if ParagraphRepair.startsWithEnumerator(line.key[...], dates: dates) {
            traits.insert(.numbered)
            if line.length <= LayoutLexicon.maxHeadlineLength / 2 { traits.insert(.numberedHeading) }
        }
        if ParagraphRepair.endsSentence(line) { traits.insert(.endsSentence) }
        if let first = line.key.first, LayoutLexicon.itemBullets.contains(first) { traits.insert(.bulleted) }
        self = traits
    }
}
