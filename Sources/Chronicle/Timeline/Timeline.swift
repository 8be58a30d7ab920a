/// One event placed on the calendar.
public struct TimelineEntry: Hashable, Sendable {
    /// Stable identifier (see `StableID`): the iCalendar UID and the key of every output row.
    public var uid: String
    public var event: Event
    /// The days or times its date covers (CSV, JSON lines, HTML, reports).
    public var slot: CalendarSlot
    /// Where a calendar shows it: a long span as one entry, a distant date not at all.
    public var calendarSlot: CalendarSlot
    public var precision: Precision
    /// The date is not known to the day or the time (〔约〕 on calendars).
    public var approximate: Bool
    /// Reports of the same event in other issues or pages, merged into this entry.
    public var otherReports: [Event]
    /// Revision data an archive keeps (iCalendar SEQUENCE, CREATED, LAST-MODIFIED); nil
    /// for a one-off conversion.
    public var revision: Revision?

    public init(uid: String, event: Event, slot: CalendarSlot, calendarSlot: CalendarSlot? = nil, precision: Precision,
                approximate: Bool, otherReports: [Event] = [], revision: Revision? = nil) {
        self.uid = uid
        self.event = event
        self.slot = slot
        self.calendarSlot = calendarSlot ?? slot
        self.precision = precision
        self.approximate = approximate
        self.otherReports = otherReports
        self.revision = revision
    }
}

/// How often, and when, an archived event changed: lets a subscribed calendar update it.
public struct Revision: Hashable, Sendable {
    /// 0 when first archived, +1 at each change of content.
    public var sequence: Int
    /// Unix seconds of the first archiving.
    public var created: Int64
    /// Unix seconds of the last change.
    public var lastModified: Int64

    public init(sequence: Int, created: Int64, lastModified: Int64) {
        self.sequence = sequence
        self.created = created
        self.lastModified = lastModified
    }
}

/// Events sorted by date, with stable UIDs, duplicates across issues merged.
public struct Timeline: Hashable, Sendable {
    public var options: CalendarOptions
    public var entries: [TimelineEntry]

    public init(events: [Event], options: CalendarOptions = .init()) {
        self.options = options
        var entries: [TimelineEntry] = []
        var byMergeKey: [MergeKey: Int] = [:]
        // Earliest report first, so the entry that survives a merge does not depend on input order.
        for event in events.sorted(by: Timeline.reportOrder) {
            let meaning = CalendarMeaning.meaning(of: event.timex, modifier: event.modifier, kind: event.kind,
                                                  issueDate: event.issueDate, options: options)
            if options.vague == .skip && meaning.precision == .vague { continue }
            // Reports on one page are distinct events; only other pages or issues repeat one.
            if let key = MergeKey(event, meaning), let index = byMergeKey[key],
               entries[index].event.source != event.source || entries[index].event.issueDate != event.issueDate {
                if entries[index].event != event, !entries[index].otherReports.contains(event) {
                    entries[index].otherReports.append(event)
                }
                continue
            }
            if let key = MergeKey(event, meaning) { byMergeKey[key] = entries.count }
            entries.append(TimelineEntry(uid: StableID.uid(for: event), event: event, slot: meaning.slot, calendarSlot: meaning.calendarSlot,
                                         precision: meaning.precision, approximate: meaning.approximate))
        }
        entries.sort(by: Timeline.calendarOrder)
        StableID.disambiguate(&entries)
        self.entries = entries
    }

    /// Issue, source, article, event: the order reports were published in.
    static func reportOrder(_ a: Event, _ b: Event) -> Bool {
        (a.issueDate, a.source, a.article, a.ordinal) < (b.issueDate, b.source, b.article, b.ordinal)
    }

    /// By day, all-day before timed, by time, then in report order.
    static func calendarOrder(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        let da = a.sortDay, db = b.sortDay
        if da != db { return da < db }
        if a.slot.startMinute != b.slot.startMinute { return a.slot.startMinute < b.slot.startMinute }
        return reportOrder(a.event, b.event)
    }
}

extension TimelineEntry {
    /// The day an entry is listed under: its slot, else the first day its value covers, else the issue date.
    var sortDay: CalendarDate { slot.firstDay ?? CalendarMeaning.coveredDays(event.timex)?.first ?? event.issueDate }
}

/// Two reports are one event when kind and exact date agree and they name the same
/// leaders or carry the same summary; vague and coarse dates never merge.
private struct MergeKey: Hashable {
    let kind: String
    let timex: String
    let who: [String]

    init?(_ event: Event, _ meaning: CalendarMeaning.Meaning) {
        guard meaning.precision == .day || meaning.precision == .partOfDay || meaning.precision == .exact
        else { return nil }
        kind = event.kind
        timex = event.timex.value
        who = event.leaders.isEmpty ? [event.summary] : event.leaders.sorted()
    }
}
