/// The formats `render` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case ics, csv, xlsx, text, jsonl, timelinejs, html

    /// File extension of an output in this format.
    public var fileExtension: String {
        switch self {
        case .ics: return "ics"
        case .csv, .timelinejs: return "csv"
        case .xlsx: return "xlsx"
        case .text: return "txt"
        case .jsonl: return "jsonl"
        case .html: return "html"
        }
    }

    /// The format an output file's extension names (`.CSV` too); nil for an extension no
    /// format writes. TimelineJS shares `.csv` and is only chosen by name.
    public init?(fileExtension: String) {
        let ext = fileExtension.lowercased()
        guard let format = OutputFormat.allCases.first(where: { $0.fileExtension == ext && $0 != .timelinejs }) else { return nil }
        self = format
    }
}

/// The columns of `--format csv`: every field of an event for pipelines, or the 大事记
/// report a person files (the columns of `--format xlsx`).
public enum CSVLayout: String, CaseIterable, Sendable {
    case events, report
}

/// How outputs are written. The library reads no environment and no clock: the command
/// line passes `SOURCE_DATE_EPOCH` in.
public struct ExportOptions: Hashable, Sendable {
    /// NAME / X-WR-CALNAME of a calendar, title of the HTML page.
    public var calendarName: String
    /// CSV and TimelineJS start with a UTF-8 BOM (Excel and WPS on Chinese Windows need it).
    public var bom: Bool
    /// DTSTAMP of every event, seconds since 1970 (`SOURCE_DATE_EPOCH`); nil: the
    /// event's issue date at 00:00 UTC.
    public var sourceDateEpoch: Int?
    /// The columns of CSV output.
    public var csvLayout: CSVLayout

    public init(calendarName: String = ExportLexicon.defaultCalendarName, bom: Bool = true,
                sourceDateEpoch: Int? = nil, csvLayout: CSVLayout = .events) {
        self.calendarName = calendarName
        self.bom = bom
        self.sourceDateEpoch = sourceDateEpoch
        self.csvLayout = csvLayout
    }
}

/// Writes timelines in one format with one set of options: byte-identical for the same
/// timeline. Keep one for many timelines (a calendar a page): what does not depend on a
/// timeline (an iCalendar's own lines and its zone) is made on first use and reused.
public struct TimelineWriter: Sendable {
    public let format: OutputFormat
    public let options: ExportOptions
    private let calendar: ICalendarWriter

    public init(format: OutputFormat, options: ExportOptions = .init()) {
        self.format = format
        self.options = options
        calendar = ICalendarWriter(options: options)
    }

    public func render(_ timeline: Timeline) throws(ExportError) -> [UInt8] {
        switch format {
        case .ics: return try calendar.render(timeline)
        case .csv:
            switch options.csvLayout {
            case .events: return try EventsCSV.render(timeline, options: options)
            case .report: return ReportRows.csv(timeline, options: options)
            }
        case .xlsx: return try XLSXWorkbook.render(timeline, options: options)
        case .text: return ChronicleText.render(timeline)
        case .timelinejs: return try TimelineJSCSV.render(timeline, options: options)
        case .jsonl: return try JSONLinesWriter.render(timeline)
        case .html: return HTMLTimeline.render(timeline, options: options)
        }
    }

    /// `render`, handed to `write` piece by piece where the format is written so (iCalendar,
    /// event by event), so a large calendar is never held whole; other formats in one piece.
    /// Throws `ExportError`, or what `write` throws.
    public func write(_ timeline: Timeline, to write: ([UInt8]) throws -> Void) throws {
        switch format {
        case .ics: try calendar.write(timeline, to: write)
        default: try write(try render(timeline))
        }
    }
}

/// Writes a timeline in one format: byte-identical for the same timeline and options.
public func render(_ timeline: Timeline, as format: OutputFormat, options: ExportOptions = .init()) throws(ExportError) -> [UInt8] {
    try TimelineWriter(format: format, options: options).render(timeline)
}

/// `TimelineWriter.write` with a writer made for one timeline.
public func render(_ timeline: Timeline, as format: OutputFormat, options: ExportOptions = .init(),
                   to write: ([UInt8]) throws -> Void) throws {
    try TimelineWriter(format: format, options: options).write(timeline, to: write)
}
