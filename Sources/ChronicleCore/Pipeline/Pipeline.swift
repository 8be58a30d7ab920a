/// The whole recognition path for one input: bytes → text → page of articles → events.
///
/// What `convert`, `ingest` and `events` call. A `Sendable` value: build one per run (the
/// lexicon is compiled once) and call it from any number of tasks.
public struct Pipeline: Sendable {
    public let recognizer: EventRecognizer
    let layout: PageLayout

    public init(lexicon: EventLexicon = .builtin) {
        let tagger = TimeTagger()
        recognizer = EventRecognizer(lexicon: lexicon, tagger: tagger)
        layout = PageLayout(tagger: tagger)
    }

    /// Decodes, lays out and recognizes one page. Throws `DecodeError` (bytes that are no
    /// text, naming the byte offset) or `IssueDateError` (no issue date given or found),
    /// each with a one-line description that names the source.
    /// `issueDateSource` says how a given `issueDate` was given (`--issue-date`, a manifest).
    public func events(bytes: [UInt8], source: String, issueDate: CalendarDate?,
                       issueDateSource: IssueDateSource = .option) throws -> (page: Page, events: [Event]) {
        let text = try TextDecoder.decode(bytes, source: source)
        let page = try layout.page(text: text, source: source, issueDate: issueDate, issueDateSource: issueDateSource)
        return (page, stamped(recognizer.events(in: page), page))
    }

    /// `events`, for a caller that wants the events alone (`convert`): the bytes are
    /// released once decoded, the text once split into lines, each article is assembled,
    /// read and released in turn, and the lines behind the articles read are released as
    /// the reading goes on, so a large page costs the lines still to read and one
    /// article's text, not every copy of the page at once. The page returned holds no
    /// articles (its source and issue date only).
    public func streamedEvents(bytes: consuming [UInt8], source: String, issueDate: CalendarDate?,
                               issueDateSource: IssueDateSource = .option) throws -> (page: Page, events: [Event]) {
        let text = try TextDecoder.decode(bytes, source: source)
        _ = consume bytes
        return try streamed(layout.laidOut(text: consume text, source: source, issueDate: issueDate,
                                           issueDateSource: issueDateSource))
    }

    /// `streamedEvents(bytes:…)` for a text decoded as it was read (`PieceDecoder`), so a
    /// large file is held neither as bytes beside its text nor as text beside its lines.
    public func streamedEvents(pieces: consuming [String], source: String, issueDate: CalendarDate?,
                               issueDateSource: IssueDateSource = .option) throws -> (page: Page, events: [Event]) {
        try streamed(layout.laidOut(pieces: consume pieces, source: source, issueDate: issueDate,
                                    issueDateSource: issueDateSource))
    }

    private func streamed(_ laidOut: consuming PageLayout.LaidOut) -> (page: Page, events: [Event]) {
        let page = laidOut.header
        var events: [Event] = []
        for index in laidOut.segments.indices {
            laidOut.releaseText(before: index)
            events += recognizer.events(in: laidOut.article(index), issueDate: page.issueDate, source: page.source)
        }
        _ = consume laidOut
        return (page, stamped(consume events, page))
    }

    /// Each event says where its page's issue date came from. The list is consumed, so it
    /// is stamped in place rather than copied (a large page's list is megabytes).
    private func stamped(_ events: consuming [Event], _ page: Page) -> [Event] {
        for i in events.indices { events[i].issueDateSource = page.issueDateSource }
        return events
    }
}
