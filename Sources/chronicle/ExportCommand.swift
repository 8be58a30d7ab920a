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

    @Option(help: "Only events of this kind: a code or its label (inspection or 调研督导, meeting or 会议, …).")
    var kind: String?

    @Option(help: "Only events with a leader whose name or title contains this text (traditional or simplified).")
    var leader: String?

    @OptionGroup var rendering: RenderingOptions
    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let log = logging.makeLogger(label: "chronicle.export")
        let from = try Self.day(from, option: "--from"), to = try Self.day(to, option: "--to")
        let renderer = try TimelineRenderer(format: rendering.resolvedFormat(output: output),
                                            calendar: rendering.calendarOptions(), export: rendering.exportOptions())
        let path = try archive.databasePath()
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure.usage(ArchiveError(path: path, reason: .missing).description)
        }
        let (store, lock) = try archive.openLocked(quiet: logging.quiet)
        defer { withExtendedLifetime(lock) {} }
        let timeline: Timeline
        do {
            let kindCode = try kind.map { try KindName.code(for: $0, archived: try store.kinds()) }
            timeline = try store.timeline(ArchiveQuery(from: from, to: to, kind: kindCode, leader: leader),
                                          options: renderer.calendar)
        } catch let error as ArchiveError {
            throw CommandFailure.usage(error.description)
        }
        do {
            try renderer.write(timeline, to: output)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure.usage(ErrorLine.naming(output ?? "-", error))
        }
        log.info("\(output ?? "-"): \(timeline.entries.count) events from \(store.path)")
    }

    static func day(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard text.count == 10, let date = CalendarDate(iso: text) else {
            throw CommandFailure.usage("\(option) \(text): not a date; write it as YYYY-MM-DD, e.g. 2021-04-14")
        }
        return date
    }
}

/// `--kind`: a kind's code or the label people read (`调研督导`, any script), else a
/// usage error that lists the kinds.
enum KindName {
    static func code(for text: String, archived: [String]) throws -> String {
        let known = ExportLexicon.kindLabels.keys.sorted() + archived.filter { ExportLexicon.kindLabels[$0] == nil }
        let wanted = StableID.squeezed(text).lowercased()
        if let code = known.first(where: { $0.lowercased() == wanted }) { return code }
        if let code = known.first(where: { ExportLexicon.kindLabels[$0].map(StableID.squeezed) == wanted }) { return code }
        let list = known.map { code in ExportLexicon.kindLabels[code].map { "\(code) (\($0))" } ?? code }
        throw CommandFailure.usage("--kind \(text): no such kind; the kinds are \(list.joined(separator: ", "))")
    }
}
