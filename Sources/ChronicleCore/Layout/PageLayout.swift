/// The Layout stage: decoded text → a page of articles with their dates.
///
/// Splits a page into articles (headline, lead, body, byline), drops page furniture,
/// repairs paragraphs broken in mid-sentence, finds the issue date (argument, file
/// name, header or masthead) and each article's dateline. Pure and reentrant.
public struct PageLayout: Sendable {
    private let dates: FurnitureDates
    private let classifier: LineClassifier
    private let trailingCredits = TrailingCredits()

    /// - Parameter reader: the grammar that reads issue dates and datelines: the time
    ///   engine, wired in by `Pipeline` (`PageLayout(tagger:)`).
    init(reader: any WrittenDateReader) {
        dates = FurnitureDates(reader: reader)
        classifier = LineClassifier(dates: dates)
    }

    /// - Parameters:
    ///   - text: the decoded page, as written.
    ///   - source: the input's name (file name or `-`); a date in it is the issue date
    ///     when `issueDate` is nil.
    ///   - issueDate: a date given by the user, which wins over everything else;
    ///     `issueDateSource` says how it was given (`--issue-date` or a manifest).
    public func page(text: String, source: String, issueDate: CalendarDate?,
                     issueDateSource: IssueDateSource = .option) throws(IssueDateError) -> Page {
        let laidOut = try self.laidOut(text: text, source: source, issueDate: issueDate, issueDateSource: issueDateSource)
        var page = laidOut.header
        page.articles = laidOut.segments.indices.map(laidOut.article)
        return page
    }

    /// The page split into articles whose text is not yet assembled: `article(_:)` builds
    /// one at a time, so a caller that reads and releases each holds one article's text
    /// beside the page's lines, not every article's at once; `releaseText(before:)` gives
    /// back the lines no later article reads.
    struct LaidOut {
        /// The page without its articles.
        let header: Page
        let segments: [ArticleLines]
        fileprivate var lines: PageLines
        /// What paragraph repair and the segmenter read of each line, read when it was classified.
        fileprivate let traits: [LineTraits]
        fileprivate let dates: FurnitureDates
        fileprivate let trailingCredits: TrailingCredits
        /// For each article, the first line it or any article after it reads.
        private let firstLineRead: [Int]

        fileprivate init(header: Page, segments: [ArticleLines], lines: PageLines, traits: [LineTraits],
                         dates: FurnitureDates, trailingCredits: TrailingCredits) {
            self.header = header
            self.segments = segments
            self.lines = lines
            self.traits = traits
            self.dates = dates
            self.trailingCredits = trailingCredits
            var first = Array(repeating: lines.endIndex, count: segments.count)
            var later = lines.endIndex
            for index in segments.indices.reversed() {
                let raw = segments[index]
                later = min(later, raw.headline ?? later, raw.bylineLines.min() ?? later, raw.body.min() ?? later)
                first[index] = later
            }
            firstLineRead = first
        }

        /// Releases the text of the lines that neither `segments[index]` nor any article
        /// after it reads: a caller that reads the articles in order calls it before each.
        mutating func releaseText(before index: Int) {
            lines.release(before: firstLineRead[index])
        }

        /// The article of `segments[index]`, its ordinal `index + 1`.
        func article(_ index: Int) -> Article {
            let raw = segments[index]
            // The body written line by line into one string, paragraphs joined by LF
            // (`ParagraphRepair`): no string made per line or per paragraph.
            var body = ""
            body.reserveCapacity(raw.body.reduce(raw.body.count) { $0 + lines.byteCount($1) })
            var lastParagraph: Int?   // the UTF-8 offset the last paragraph starts at
            ParagraphRepair.forEachLine(raw.body.count, traits: { traits[raw.body[$0]] }) { k, starts in
                if starts {
                    if lastParagraph != nil { body.append("\n") }
                    lastParagraph = body.utf8.count
                }
                body.append(contentsOf: lines.unpadded(raw.body[k]))
            }
            let credits = raw.bylineLines.map { PageLayout.undecorated(lines.text($0)) }.joined(separator: " ")
            var byline = raw.lead?.byline ?? (credits.isEmpty ? nil : credits)
            if byline == nil, let offset = lastParagraph {
                let last = body.utf8.index(body.utf8.startIndex, offsetBy: offset)
                if let found = trailingCredits.split(String(body[last...])) {
                    byline = found.credits
                    body.removeSubrange(last...)
                    if !found.rest.isEmpty {
                        body += found.rest
                    } else if offset > 0 {
                        body.removeLast()   // the LF before the paragraph now gone
                    }
                }
            }
            let issue = header.issueDate
            let reference = raw.lead?.dateline.flatMap { dates.complete($0, against: issue) } ?? raw.itemDate ?? issue
            return Article(ordinal: index + 1,
                           headline: raw.headline.map { lines.text($0) } ?? "",
                           byline: byline,
                           body: body,
                           referenceDate: reference)
        }
    }

    /// `page` up to the articles' text: lines classified, issue date found, articles delimited.
    func laidOut(text: consuming String, source: String, issueDate: CalendarDate?,
                 issueDateSource: IssueDateSource = .option) throws(IssueDateError) -> LaidOut {
        // A page saved as HTML is read as the browser shows it; entity remnants
        // (`&nbsp;`) in saved text are decoded.
        // Pinyin glosses (區(qū)) are dropped before any line is read: headlines, leads and
        // paragraphs are read as if they were not there.
        let lines = PageLines(PinyinGloss.dropped(from: SavedWebPage.looksLikeHTML(text)
            ? SavedWebPage.plainText(text) : SavedWebPage.decodingEntities(text)))
        _ = consume text
        return try laidOut(lines: lines, source: source, issueDate: issueDate, issueDateSource: issueDateSource)
    }

    /// `laidOut(text: pieces.joined(), …)` for a text decoded in pieces of whole lines
    /// (`PieceDecoder`), the pieces read and kept one by one rather than joined: entity
    /// remnants and glosses never span a line feed, so each piece is read as in the whole.
    /// A page saved as HTML (whose markup spans lines) is joined and read whole.
    func laidOut(pieces: consuming [String], source: String, issueDate: CalendarDate?,
                 issueDateSource: IssueDateSource = .option) throws(IssueDateError) -> LaidOut {
        // `looksLikeHTML` reads the first `signatureWindow` scalars at most, of 4 bytes at most
        // each: only those bytes are copied (a piece is a megabyte), one scalar more so a
        // character cut at the end falls past the window.
        let headBytes = 4 * (SavedWebPageTables.signatureWindow + 1)
        var head = ""
        for i in pieces.indices {
            let missing = headBytes - head.utf8.count
            guard missing > 0 else { break }
            head += String(decoding: pieces[i].utf8.prefix(missing), as: UTF8.self)
        }
        if pieces.count < 2 || SavedWebPage.looksLikeHTML(head) {
            // The only reference to the text, so it is released as soon as it is split.
            let text = pieces.count == 1 ? pieces.removeLast() : pieces.joined()
            pieces = []
            return try laidOut(text: consume text, source: source, issueDate: issueDate, issueDateSource: issueDateSource)
        }
        for i in pieces.indices {
            pieces[i] = PinyinGloss.dropped(from: SavedWebPage.decodingEntities(pieces[i]))
        }
        return try laidOut(lines: PageLines(pieces: consume pieces), source: source, issueDate: issueDate,
                           issueDateSource: issueDateSource)
    }

    private func laidOut(lines: PageLines, source: String, issueDate: CalendarDate?,
                         issueDateSource: IssueDateSource) throws(IssueDateError) -> LaidOut {
        // Each line made once here, for its kind and what is read of it later (its traits).
        var kinds: [LineKind] = [], traits: [LineTraits] = []
        kinds.reserveCapacity(lines.count)
        traits.reserveCapacity(lines.count)
        for line in lines {
            kinds.append(classifier.classify(line))
            traits.append(classifier.traits(line))
        }
        // A page with no running text is told by its captioned lines (a photo report,
        // `…督导检查…工作。 林一凡 王二河 摄`): they are its text, not a photo's caption.
        if !kinds.contains(where: \.startsText) {
            for n in kinds.indices where kinds[n] == .caption { kinds[n] = .text }
        }
        let found: (date: CalendarDate, source: IssueDateSource)? = issueDate.map { ($0, issueDateSource) }
            ?? IssueDate.fromFileName(source, dates: dates).map { ($0, .fileName) }
            ?? IssueDate.fromKinds(kinds)
        guard let (issue, issueSource) = found else {
            throw IssueDateError(source: source)
        }
        let segments = PageSegmenter(classifier: classifier).segment(lines, kinds: kinds, traits: traits)
        return LaidOut(header: Page(source: source, issueDate: issue, issueDateSource: issueSource, articles: []),
                       segments: segments, lines: lines, traits: traits, dates: dates, trailingCredits: trailingCredits)
    }

    /// A credit line without its bullet or brackets (`■记者 X` → `记者 X`).
    fileprivate static func undecorated(_ text: String) -> String {
        let decorations = LayoutLexicon.bylineDecorations
        let padding = LayoutLexicon.padding
        var scalars = Substring(text).unicodeScalars
        while let s = scalars.first, decorations.contains(MatchFolding.fold(s)) || padding.contains(s) { scalars.removeFirst() }
        while let s = scalars.last, decorations.contains(MatchFolding.fold(s)) || padding.contains(s) { scalars.removeLast() }
        return String(scalars)
    }
}
