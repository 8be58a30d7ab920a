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
        var events = recognizer.events(in: page)
        for i in events.indices { events[i].issueDateSource = page.issueDateSource }
        return (page, events)
    }
}
