/// `--format timelinejs`: the spreadsheet columns of Knight Lab's TimelineJS, ready for
/// File → Import into a copy of its template sheet. Group is the kind's label; the date as
/// people read it (approximate ones with 约 or 日期不详) goes in Display Date.
enum TimelineJSCSV {
    static let header = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
                         "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
                         "Media Thumbnail", "Type", "Group", "Background"]

    static func render(_ timeline: Timeline, options: ExportOptions) throws(ExportError) -> [UInt8] {
        var table = CSVTable(header: header)
        let title = ICalText.line(options.calendarName)
        table.rows.append(["", "", "", "", "", "", "", "", "", HTMLText.escape(title.isEmpty ? ExportLexicon.defaultCalendarName : title),
                           HTMLText.escape(ExportLexicon.format(ExportLexicon.htmlEventCount, String(timeline.entries.count))),
                           "", "", "", "", "title", "", ""])
        for entry in timeline.entries { table.rows.append(row(entry)) }
        return table.render(bom: options.bom)
    }

    static func row(_ entry: TimelineEntry) -> [String] {
        let text = EntryText(entry: entry)
        let event = entry.event
        var start = ["", "", "", ""], end = ["", "", "", ""]
        switch entry.slot {
        case .allDay(let first, let last):
            start = date(first, precision: entry.precision) + [""]
            if last != first && entry.precision != .month { end = date(last, precision: .day) + [""] }
        case .timed(let s, let e):
            start = date(s.date, precision: .day) + [EntryText.hhmm(s.time)]
            end = date(e.date, precision: .day) + [EntryText.hhmm(e.time)]
        case .unplaced:
            if let span = event.timex.coveredDays {
                start = date(span.first, precision: entry.precision) + [""]
                if entry.precision == .month { end = date(span.last, precision: .month) + [""] }
            } else {
                start = date(event.issueDate, precision: .day) + [""]
            }
        }
        var body: [String] = []
        let who = [text.leaders, text.location ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        if !who.isEmpty { body.append(HTMLText.escape(who)) }
        body.append(HTMLText.escape(ICalText.line(event.sentence)))
        body.append("<i>" + HTMLText.escape(ICalText.line(event.headline)) + "</i> " + HTMLText.escape(EntryText.sourceText(event)))
        return start + end + [text.humanDate, HTMLText.escape(text.summary), body.joined(separator: "<br>"),
                              "", "", "", "", "", ExportLexicon.label(forKind: event.kind),
                              ExportLexicon.colour(forKind: event.kind)]
    }

    /// Year, Month, Day down to the precision known.
    private static func date(_ d: CalendarDate, precision: Precision) -> [String] {
        switch precision {
        case .year: return [String(d.year), "", ""]
        case .month: return [String(d.year), String(d.month), ""]
        default: return [String(d.year), String(d.month), String(d.day)]
        }
    }
}
