import Chronicle
import Foundation

/// Runs the recognizer on one input: read, decode, segment, tag, find events.
struct PageReader: Sendable {
    let pipeline: Pipeline
    let issueDate: CalendarDate?

    /// `--lexicon FILE` merged into the built-in lexicon, or usage error.
    init(lexiconFile: String?, issueDateText: String?) throws {
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
    }

    /// The page and its events; the source recorded in them is the file name, so
    /// outputs do not depend on the folder a run starts in.
    struct Read: Sendable {
        let bytes: [UInt8]
        let page: Page
        let events: [Event]
    }

    func read(_ input: InputFile) -> Result<Read, PageFailure> {
        do {
            let bytes = try input.read()
            let (page, events) = try pipeline.events(bytes: bytes, source: input.fileName, issueDate: issueDate)
            return .success(Read(bytes: bytes, page: page, events: events))
        } catch {
            return .failure(PageFailure(input: input, message: ErrorLine.naming(input.path, error, shortName: input.fileName)))
        }
    }
}

/// An input that failed, with the one line that says why.
struct PageFailure: Error, Sendable {
    let input: InputFile
    let message: String
}
