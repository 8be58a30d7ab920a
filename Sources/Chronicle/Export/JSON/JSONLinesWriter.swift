/// `--format jsonl`: one object per event in timeline order, keys in the order DESIGN.md
/// shows (`mod` follows `timex` only for deadlines). Values are the event's own, as
/// written; only the JSON escaping changes them.
enum JSONLinesWriter {
    static func render(_ timeline: Timeline) throws(ExportError) -> [UInt8] {
        let clock = try SlotClock(options: timeline.options, entries: timeline.entries)
        var out: [UInt8] = []
        for entry in timeline.entries {
            let event = entry.event
            let bounds = try clock.bounds(entry)
            var object = JSONObject()
            object.add("uid", .string(entry.uid))
            object.add("kind", .string(event.kind))
            object.add("timex", .string(event.timex.value))
            if let mod = event.modifier { object.add("mod", .string(mod.rawValue)) }
            object.add("date_text", event.dateText.map(JSONValue.string) ?? .null)
            object.add("start", .string(bounds.start))
            object.add("end", .string(bounds.end))
            object.add("all_day", .bool(EventsCSV.allDay(entry)))
            object.add("precision", .string(entry.precision.rawValue))
            object.add("planned", .bool(event.planned))
            object.add("summary", .string(event.summary))
            object.add("leaders", .array(event.leaders.map(JSONValue.string)))
            object.add("attendees", .array(event.attendees.map(JSONValue.string)))
            object.add("location", event.location.map(JSONValue.string) ?? .null)
            object.add("headline", .string(event.headline))
            object.add("sentence", .string(event.sentence))
            object.add("byline", event.byline.map(JSONValue.string) ?? .null)
            object.add("issue_date", .string(event.issueDate.description))
            if let source = event.issueDateSource { object.add("issue_date_source", .string(source.rawValue)) }
            object.add("source", .string(event.source))
            object.add("article", .int(event.article))
            object.write(into: &out)
            out.append(0x0A)
        }
        return out
    }
}
