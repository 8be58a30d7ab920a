import Chronicle
import ChronicleArchive
import Foundation

/// Runs the recognizer on one input: read, decode, segment, tag, find events.
struct PageReader: Sendable {
    let pipeline: Pipeline
    let issueDate: CalendarDate?
    /// `--issue-dates FILE`, read once.
    let manifest: IssueDateManifest?
    let manifestFile: String?

    /// `--lexicon FILE` merged into the built-in lexicon, `--issue-date`, `--issue-dates FILE`;
    /// a usage error for any of them that cannot be read.
    init(lexiconFile: String?, issueDateText: String?, manifestFile: String? = nil) throws {
        var lexicon = EventLexicon.builtin
        if let lexiconFile {
            do {
                lexicon = try lexicon.merging(userFile: lexiconFile)
            } catch {
                throw CommandFailure.usage(ErrorLine.naming(lexiconFile, error))
            }
        }
        pipeline = Pipeline(lexicon: lexicon)
        if let issueDateText {
            guard issueDateText.count == 10, let date = CalendarDate(iso: issueDateText) else {
                throw CommandFailure.usage("--issue-date \(issueDateText): not a date; write it as YYYY-MM-DD, e.g. 2021-04-14")
            }
            issueDate = date
        } else {
            issueDate = nil
        }
        self.manifestFile = manifestFile
        if let manifestFile {
            guard let data = FileManager.default.contents(atPath: manifestFile) else {
                throw CommandFailure.usage("\(manifestFile): cannot read the --issue-dates file; check the path")
            }
            do {
                manifest = try IssueDateManifest(text: String(decoding: data, as: UTF8.self), name: manifestFile)
            } catch {
                throw CommandFailure.usage(error.description)
            }
        } else {
            manifest = nil
        }
    }

    /// The date the user gave for this input, and how.
    func given(_ input: InputFile) -> (CalendarDate, IssueDateSource)? {
        if let issueDate { return (issueDate, .option) }
        return manifest?.entry(forPath: input.path).map { ($0.date, .manifest) }
    }

    /// Manifest lines that name none of `inputs`: likely a typo, said on standard error.
    func unmatchedManifestLines(_ inputs: [InputFile]) -> [String] {
        guard let manifest, let manifestFile else { return [] }
        let used = Set(inputs.compactMap { manifest.entry(forPath: $0.path)?.line })
        return manifest.entries.filter { !used.contains($0.line) }.map {
            "\(manifestFile):\($0.line): \($0.key) names none of the inputs; check the name"
        }
    }

    /// The page and its events; the source recorded in them is the file name, so
    /// outputs do not depend on the folder a run starts in.
    struct Read: Sendable {
        /// The hash of the input's bytes, made by `read` (the archive keeps it), not by
        /// `events`; made in the worker, so a batch keeps no page's bytes.
        let contentHash: String?
        /// The page; without its articles when read by `events`.
        let page: Page
        let events: [Event]
    }

    /// The page with its articles, the hash of its bytes and its events (`ingest`, `events`).
    func read(_ input: InputFile) -> Result<Read, PageFailure> {
        reading(input) { bytes, given in
            let (page, events) = try pipeline.events(bytes: copy bytes, source: input.fileName, issueDate: given?.0,
                                                     issueDateSource: given?.1 ?? .option)
            return Read(contentHash: ContentHash.hex(bytes), page: page, events: events)
        }
    }

    /// The events alone (`convert`): the page is read article by article and released.
    /// The file is decoded as it is read, so its bytes are never held beside its text.
    func events(_ input: InputFile) -> Result<Read, PageFailure> {
        failing(input) {
            let given = given(input)
            let (page, events) = try pipeline.streamedEvents(pieces: try input.decoded(source: input.fileName),
                                                             source: input.fileName,
                                                             issueDate: given?.0, issueDateSource: given?.1 ?? .option)
            return Read(contentHash: nil, page: page, events: events)
        }
    }

    private func reading(_ input: InputFile, _ recognize: (consuming [UInt8], (CalendarDate, IssueDateSource)?) throws -> Read)
        -> Result<Read, PageFailure> {
        failing(input) { try recognize(try input.read(), given(input)) }
    }

    private func failing(_ input: InputFile, _ body: () throws -> Read) -> Result<Read, PageFailure> {
        do {
            return .success(try body())
        } catch {
            return .failure(PageFailure(input: input, message: ErrorLine.naming(input.path, error, shortName: input.fileName)))
        }
    }
}

extension PageReader.Read {
    /// The events, handed over with the page: a timeline made of them moves each out of the
    /// list instead of copying a list still held here.
    consuming func takingEvents() -> [Event] { events }

    /// What the user should look at in a page that converted: an issue date guessed from
    /// a bare date line (it may be a site banner's), said on standard error.
    func warning(_ input: InputFile) -> String? {
        guard page.issueDateSource == .guessed else { return nil }
        return "\(input.path): issue date \(page.issueDate) guessed from a date line at the top of the page "
            + "(no dateline, header or date in the file name); pass --issue-date or --issue-dates if it is wrong"
    }
}

/// An input that failed, with the one line that says why.
struct PageFailure: Error, Sendable {
    let input: InputFile
    let message: String
}
