/// The formats `render` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case ics, csv, jsonl, timelinejs, html

    /// File extension of an output in this format.
    public var fileExtension: String {
        switch self {
        case .ics: return "ics"
        case .csv, .timelinejs: return "csv"
        case .jsonl: return "jsonl"
        case .html: return "html"
        }
    }
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

    public init(calendarName: String = ExportLexicon.defaultCalendarName, bom: Bool = true,
                sourceDateEpoch: Int? = nil) {
        self.calendarName = calendarName
        self.bom = bom
        self.sourceDateEpoch = sourceDateEpoch
    }
}

/// Writes a timeline in one format: byte-identical for the same timeline and options.
public func render(_ timeline: Timeline, as format: OutputFormat, options: ExportOptions = .init()) throws(ExportError) -> [UInt8] {
    switch format {
    case .ics: return try ICalendarWriter.render(timeline, options: options)
    case .csv: return try EventsCSV.render(timeline, options: options)
    case .timelinejs: return try TimelineJSCSV.render(timeline, options: options)
    case .jsonl: return try JSONLinesWriter.render(timeline)
    case .html: return HTMLTimeline.render(timeline, options: options)
    }
}
