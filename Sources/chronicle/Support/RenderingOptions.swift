import ArgumentParser
import Chronicle

extension OutputFormat: ExpressibleByArgument {}
extension VaguePolicy: ExpressibleByArgument {}
extension CSVLayout: ExpressibleByArgument {}
extension LongSpanPolicy: ExpressibleByArgument {}

/// How a timeline is written: format and calendar options, shared by convert and export.
struct RenderingOptions: ParsableArguments {
    @Option(help: "ics, csv, xlsx, text, jsonl, timelinejs or html (default: from the output's extension, else ics).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp(
        "CSV columns: events (every field, for pipelines) or report (the 大事记 columns of --format xlsx).",
        valueName: "events|report"))
    var layout: CSVLayout = .events

    @Option(help: "The calendar's name (NAME, X-WR-CALNAME; the HTML title).")
    var calendarName: String?

    @Option(name: .customLong("tz"), help: "IANA time zone of the times in the pages.")
    var timeZone = "Asia/Shanghai"

    @Option(name: .customLong("window"), help: ArgumentHelp(
        "A part-of-day window, e.g. 上午=09:00-12:00 (repeatable).", valueName: "name=HH:MM-HH:MM"))
    var windows: [String] = []

    @Option(help: "Events dated only vaguely (近日): include (on the issue date, marked approximate) or skip.")
    var vague: VaguePolicy = .include

    @Option(help: ArgumentHelp(
        "Spans too long to draw (a month, a plan of years): one approximate entry on the first day, or skip them on calendars.",
        valueName: "first-day|skip"))
    var longSpans: LongSpanPolicy = .firstDay

    @Flag(help: "No UTF-8 byte order mark at the start of CSV output (for pipelines).")
    var noBom = false

    /// `--format`, else the output file's extension, else iCalendar. An extension no format
    /// writes is refused rather than guessed (`-o x.xlsx` must never hold iCalendar).
    func resolvedFormat(output: String?) throws -> OutputFormat {
        if let format { return format }
        guard let output, output != "-" else { return .ics }
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .ics }
        let ext = String(name[name.index(after: dot)...])
        guard let format = OutputFormat(fileExtension: ext) else {
            let known = OutputFormat.allCases.filter { $0 != .timelinejs }.map { ".\($0.fileExtension)" }
            throw CommandFailure.usage("\(output): unknown output extension .\(ext); use one of \(known.joined(separator: ", ")), or name the format with --format "
                + OutputFormat.allCases.map(\.rawValue).joined(separator: "|"))
        }
        return format
    }

    func calendarOptions() throws -> CalendarOptions {
        do {
            return try CalendarOptions(timeZone: timeZone, windowSpecs: windows, vague: vague, longSpans: longSpans)
        } catch {
            throw CommandFailure.usage("--window: \(error.description)")
        }
    }

    func exportOptions() throws -> ExportOptions {
        if layout == .report && format != nil && format != .csv {
            throw CommandFailure.usage("--layout report goes with CSV output; --format xlsx and text are reports already")
        }
        var options = ExportOptions(bom: !noBom, sourceDateEpoch: try SourceDateEpoch.read(), csvLayout: layout)
        if let calendarName { options.calendarName = calendarName }
        return options
    }
}

/// Renders a timeline in one format to a file or standard output.
struct TimelineRenderer: Sendable {
    let calendar: CalendarOptions
    /// One writer for every output, so a calendar a page makes its zone once.
    private let writer: TimelineWriter

    var format: OutputFormat { writer.format }

    init(format: OutputFormat, calendar: CalendarOptions, export: ExportOptions) {
        self.calendar = calendar
        writer = TimelineWriter(format: format, options: export)
    }

    /// Renders a timeline to `path` (standard output for `-` or nil). A file is written as
    /// the output is made, a calendar event by event, so it is never held whole.
    func write(_ timeline: Timeline, to path: String?) throws {
        try OutputTarget.write(to: path) { put in
            try writer.write(timeline) { try put($0[...]) }
        }
    }
}

/// Where rendered output goes: standard output (`-` or no path) or a file replaced atomically.
enum OutputTarget {
    /// `produce` hands the output to `put` piece by piece. A file takes each piece as it is
    /// made; standard output takes the whole once it is made, so a render that fails
    /// half-way prints nothing rather than half a calendar.
    static func write(to path: String?,
                      producing produce: (_ put: (ArraySlice<UInt8>) throws -> Void) throws -> Void) throws {
        guard let path, path != "-" else {
            var bytes: [UInt8] = []
            try produce { bytes += $0 }
            do { try Terminal.writeOutput(bytes) } catch {
                throw CommandFailure(message: "-: cannot write to standard output (\(error))", code: ExitStatus.usage)
            }
            return
        }
        try AtomicFile.write(to: path, checkpoint: CrashPoint.checkpoint(), producing: produce)
    }
}
