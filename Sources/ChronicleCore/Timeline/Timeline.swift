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

/// An event with its stable identifier (`StableID`), as a page or an archive hands it on.
public struct IdentifiedEvent: Hashable, Sendable {
    public var uid: String
    public var event: Event

    public init(uid: String, event: Event) {
        self.uid = uid
        self.event = event
    }

    /// The events with the UIDs `StableID` derives for them.
    public static func identifying(_ events: [Event]) -> [IdentifiedEvent] {
        zip(StableID.uids(for: events), events).map { IdentifiedEvent(uid: $0, event: $1) }
    }
}

/// Events sorted by date, with stable UIDs, the reports of one event merged by the
/// `SameEventRule`. A function of the set of reports: input order changes nothing;
/// a file's name changes no UID and no merge, only the `source` shown (and where its
/// events stand among other pages' on the same day and time).
public struct Timeline: Hashable, Sendable {
    public var options: CalendarOptions
    public var entries: [TimelineEntry]

    /// `events` is consumed: a caller that passes its last copy (`consume events`) has its
    /// array released once the reports are made.
    public init(events: consuming [Event], options: CalendarOptions = .init()) {
        let reports = IdentifiedEvent.identifying(events)
        _ = consume events
        self.init(reports: reports, options: options)
    }

    /// Reports already identified (the archive keeps each report's UID).
    public init(reports: [IdentifiedEvent], options: CalendarOptions = .init()) {
        self.options = options
        var meanings: [CalendarMeaning.Meaning] = []
        meanings.reserveCapacity(reports.count)
        // The reports themselves unless some are skipped: a merged output of many pages
        // holds one array of them, not a copy. The copy is begun at the first skipped one.
        var keptCopy: [IdentifiedEvent]?
        for (i, report) in reports.enumerated() {
            let e = report.event
            let meaning = CalendarMeaning.meaning(of: e.timex, modifier: e.modifier, kind: e.kind,
                                                  issueDate: e.issueDate, options: options)
            if options.vague == .skip && meaning.precision == .vague {
                if keptCopy == nil { keptCopy = Array(reports[..<i]) }
            } else {
                meanings.append(meaning)
                keptCopy?.append(report)
            }
        }
        let kept = keptCopy ?? reports
        // A single report is an event of its own: no rule is read (most pages have one or two).
        let groups = kept.count < 2 ? kept.indices.map { [$0] }
            : EventGrouping.groups(kept, rules: zip(kept, meanings).map { SameEventRule.Report($0.event, meaning: $1) })
        // The events in calendar order, as indices, each one's day worked out once; the
        // entries (large values) are then made once, in that order.
        let days = groups.map { TimelineEntry.listingDay(event: kept[$0[0]].event, slot: meanings[$0[0]].slot) }
        let order = groups.indices.sorted { g, h in
            Timeline.calendarOrder(kept[groups[g][0]], meanings[groups[g][0]].slot, days[g],
                                   kept[groups[h][0]], meanings[groups[h][0]].slot, days[h])
        }
        var entries: [TimelineEntry] = []
        entries.reserveCapacity(groups.count)
        for group in order.lazy.map({ groups[$0] }) {
            let primary = kept[group[0]]
            var others: [Event] = []
            if group.count > 1 {
                var seen: Set<Event> = [primary.event]
                for i in group.dropFirst() where seen.insert(kept[i].event).inserted {
                    others.append(kept[i].event)
                }
            }
            let meaning = meanings[group[0]]
            entries.append(TimelineEntry(uid: primary.uid, event: primary.event, slot: meaning.slot,
                                         calendarSlot: meaning.calendarSlot, precision: meaning.precision,
                                         approximate: meaning.approximate, otherReports: others))
        }
        self.entries = entries
    }

    /// By day (`da`, `db`: the entries' `sortDay`), all-day before timed, by time, then in
    /// the order the reports were published (issue, page, article, event), then by identity.
    private static func calendarOrder(_ a: IdentifiedEvent, _ sa: CalendarSlot, _ da: CalendarDate,
                                      _ b: IdentifiedEvent, _ sb: CalendarSlot, _ db: CalendarDate) -> Bool {
        if da != db { return da < db }
        if sa.startMinute != sb.startMinute { return sa.startMinute < sb.startMinute }
        let x = a.event, y = b.event
        if (x.issueDate, x.source, x.article, x.ordinal) != (y.issueDate, y.source, y.article, y.ordinal) {
            return (x.issueDate, x.source, x.article, x.ordinal) < (y.issueDate, y.source, y.article, y.ordinal)
        }
        return EventGrouping.canonicalOrder(a, b)
    }
}

extension TimelineEntry {
    /// The one day an entry is on: where the calendar shows it (its calendar slot's first
    /// day), else its slot's, else the first day its value covers, else the issue date.
    /// `export --from/--to`, `stats` and the same-event rule all use this day.
    public var calendarDay: CalendarDate { Self.calendarDay(event: event, slot: slot, calendarSlot: calendarSlot) }

    static func calendarDay(event: Event, slot: CalendarSlot, calendarSlot: CalendarSlot) -> CalendarDate {
        calendarSlot.firstDay ?? listingDay(event: event, slot: slot)
    }

    /// The day an entry is listed under: its slot, else the first day its value covers, else the issue date.
    package var sortDay: CalendarDate { Self.listingDay(event: event, slot: slot) }

    static func listingDay(event: Event, slot: CalendarSlot) -> CalendarDate {
        slot.firstDay ?? event.timex.coveredDays?.first ?? event.issueDate
    }
}
