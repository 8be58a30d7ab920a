import ArgumentParser
import Chronicle
import ChronicleArchive
import Foundation
import Logging

/// `chronicle ingest`: add pages to the archive (idempotent; corrections replace).
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add news pages to the archive.",
        discussion: """
            Ingesting the same page again changes nothing; a corrected page (same issue, same \
            file name) replaces its own events, keeping the UID of each it still has; an event \
            goes only when its page no longer has it (--verbose names it); an event reported \
            in two issues is kept once with both sources.

            Runs on one archive take turns (a lock beside the database); a run that waits \
            says for whom, and --wait-timeout bounds the wait. Exit status as for convert.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let log = logging.makeLogger(label: "chronicle.ingest")
        let reader = try input.reader()
        let now = try SourceDateEpoch.now()
        let (inputs, missing) = input.collect()
        var failures = missing.map(\.description)
        if inputs.isEmpty {
            for failure in failures { log.error("\(failure)") }
            if failures.isEmpty { throw CommandFailure.usage("chronicle ingest: no input pages; pass files, folders or -") }
            throw ExitStatus.usage
        }
        let (store, lock) = try archive.openLocked(quiet: logging.quiet)
        defer { withExtendedLifetime(lock) {} }
        let progress = ProgressLine(total: inputs.count, enabled: !logging.quiet)
        for line in reader.unmatchedManifestLines(inputs) { log.warning("\(line)") }
        var ingested = 0
        var total = IngestSummary()
        // The next batch is recognized while this one is written.
        try await Batches.pipelined(inputs, size: InputOptions.batchSize, width: input.width, { reader.read($0) }) { file, result in
            progress.advance(file.path)
            switch result {
            case .failure(let failure):
                failures.append(failure.message)
            case .success(let read):
                guard let contentHash = read.contentHash else {
                    preconditionFailure("ingest reads pages with PageReader.read, which hashes them")
                }
                if let warning = read.warning(file) { log.warning("\(warning)") }
                do {
                    let summary = try store.ingest(page: read.page, events: read.events,
                                                   contentHash: contentHash, path: file.fullPath,
                                                   isGone: { !FileManager.default.fileExists(atPath: $0) }, at: now)
                    total = total + summary
                    ingested += 1
                    log.info("\(file.path): \(summary.added) added, \(summary.updated) updated, \(summary.removed) removed, \(summary.unchanged) unchanged")
                    for gone in summary.removedReports {
                        log.info("\(file.path): removed \(gone.uid) \(gone.summary) (no longer on the page)")
                    }
                } catch {
                    // The archive itself failed: later pages would fail the same way.
                    progress.finish()
                    for failure in failures { log.error("\(failure)") }
                    throw CommandFailure.usage(String(describing: error))
                }
            }
        }
        progress.finish()
        for failure in failures { log.error("\(failure)") }
        log.info("\(store.path): \(ingested) pages; \(total.added) events added, \(total.updated) updated, \(total.removed) removed")
        if ingested == 0 { throw ExitStatus.usage }
        if !failures.isEmpty { throw ExitStatus.someFailed }
    }
}
