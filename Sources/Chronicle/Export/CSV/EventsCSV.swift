/// `--format csv`: one event per row, the columns DESIGN.md lists.
enum EventsCSV {
    static let header = ["uid", "kind", "kind_label", "timex", "mod", "date_text", "start", "end", "all_day",
                         "precision", "approximate", "planned", "summary", "leaders", "attendees", "location", "headline",
                         "sentence", "byline", "issue_date", "source", "article"]

    static func render(_ timeline: Timeline, options: ExportOptions) throws(ExportError) -> [UInt8] {
        let clock = try SlotClock(options: timeline.options, entries: timeline.entries)
        var table = CSVTable(header: header)
        for entry in timeline.entries {
            let text = EntryText(entry: entry)
            let event = entry.event
            let bounds = try clock.bounds(entry)
            table.rows.append([
                entry.uid, event.kind, ExportLexicon.label(forKind: event.kind), event.timex.value,
                event.modifier?.rawValue ?? "", event.dateText.map(ICalText.line) ?? "",
                bounds.start, bounds.end, allDay(entry) ? "true" : "false",
                entry.precision.rawValue, entry.approximate ? "true" : "false", event.planned ? "true" : "false",
                text.summary, text.leaders, text.attendees, text.location ?? "", ICalText.line(event.headline),
                ICalText.line(event.sentence), text.byline ?? "", event.issueDate.description,
                event.source, String(event.article),
            ])
        }
        return table.render(bom: options.bom)
    }

    static func allDay(_ entry: TimelineEntry) -> Bool {
        if case .allDay = entry.slot { return true } else { return false }
    }
}
