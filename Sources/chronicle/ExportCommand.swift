import ArgumentParser
import Chronicle
import ChronicleArchive
import Foundation

/// `chronicle export`: the archive, or a slice of it, in one output file.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the archive's events (or a slice: --from, --to, --kind, --leader) to one file.",
        discussion: "UIDs are stable across runs, so a subscribed calendar updates instead of duplicating."
    )

    @Option(name: [.customShort("o"), .customLong("output")], help: "The output file (- for standard output, the default).")
    var output: String?

    @Option(help: "Only events on or after this day, YYYY-MM-DD.")
    var from: String?

    @Option(help: "Only events on or before this day, YYYY-MM-DD.")
    var to: String?

    @Option(help: "Only events of this kind (meeting, inspection, study, …).")
    var kind: String?

    @Option(help: "Only events with a leader whose name or title contains this text.")
    var leader: String?

    @OptionGroup var rendering: RenderingOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let log = logging.makeLogger(label: "chronicle.export")
        let query = ArchiveQuery(from: try Self.day(from, option: "--from"), to: try Self.day(to, option: "--to"),
                                 kind: kind, leader: leader)
        let renderer = try TimelineRenderer(format: rendering.resolvedFormat(output: output),
                                            calendar: rendering.calendarOptions(), export: rendering.exportOptions())
        let path = try archive.databasePath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.usage(ArchiveError(path: path, reason: .missing).description)
        }
        let (store, lock) = try archive.openLocked(quiet: logging.quiet)
        defer { withExtendedLifetime(lock) {} }
        let archived: [ArchivedEvent]
        do {
            archived = try store.events(query)
        } catch {
            throw CommandFailure.usage(error.description)
        }
        var annotations: [Event: TimelineRenderer.Annotation] = [:]
        for item in archived {
            annotations[item.event] = TimelineRenderer.Annotation(
                otherReports: item.alsoReportedIn,
                revision: Revision(sequence: item.sequence, created: item.created, lastModified: item.lastModified))
        }
        do {
            try OutputTarget.write(try renderer.render(archived.map(\.event), annotations: annotations), to: output)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.usage(ErrorLine.naming(output ?? "-", error))
        }
        log.info("\(output ?? "-"): \(archived.count) events from \(store.path)")
    }

    static func day(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard text.count == 10, let date = CalendarDate(iso: text) else {
            throw CommandFailure.usage("\(option) \(text): not a date; write it as YYYY-MM-DD, e.g. 2021-04-14")
        }
        return date
    }
}
