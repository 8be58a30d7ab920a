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
    /// array released once each event is an entry. The entries are the one copy of the
    /// events made: grouped, ordered and merged where they stand (a large page's events
    /// are megabytes; a second array of reports beside the entries doubled them).
    public init(events: consuming [Event], options: CalendarOptions = .init()) {
        // The entries first, each event moved into its own, so the events' array is gone
        // before anything else is made of them; their UIDs are read from the entries (the
        // vague ones counted too, whether shown or not: a UID does not depend on options).
        var entries = Timeline.unidentified(consume events, options: options)
        // The names and summary read for an event's identity are read again by the
        // same-event rule: made once per event.
        // By index: `map` would hand each entry over as a copy (retaining its strings).
        var keys: [StableID.Keys] = []
        keys.reserveCapacity(entries.count)
        for i in entries.indices { keys.append(StableID.Keys(entries[i].event)) }
        let uids = StableID.uids(for: entries, keys: keys)
        for i in entries.indices { entries[i].uid = uids[i] }
        _ = consume uids
        Timeline.dropSkipped(&entries, keys: &keys, options: options)
        self.init(entries: consume entries, keys: consume keys, options: options)
    }

    /// Reports already identified (the archive keeps each report's UID).
    public init(reports: [IdentifiedEvent], options: CalendarOptions = .init()) {
        var entries = Timeline.unidentified(reports.map(\.event), options: options)
        for i in entries.indices { entries[i].uid = reports[i].uid }
        var keys: [StableID.Keys] = []
        Timeline.dropSkipped(&entries, keys: &keys, options: options)
        self.init(entries: consume entries, keys: nil, options: options)
    }

    /// One entry per event, in the events' order, its date's meaning worked out and its UID
    /// left empty. Each event is moved out of the array into its entry, not copied.
    private static func unidentified(_ events: consuming [Event], options: CalendarOptions) -> [TimelineEntry] {
        let count = events.count
        // Taken from the end (a move), each entry made in its own place, from the last back:
        // no reversing after (a swap of two entries copies one, retaining its strings).
        return [TimelineEntry](unsafeUninitializedCapacity: count) { slots, made in
            var k = count
            while let e = events.popLast() {
                k -= 1
                let meaning = CalendarMeaning.meaning(of: e.timex, modifier: e.modifier, kind: e.kind,
                                                      issueDate: e.issueDate, options: options)
                (slots.baseAddress! + k).initialize(to: TimelineEntry(
                    uid: "", event: e, slot: meaning.slot, calendarSlot: meaning.calendarSlot,
                    precision: meaning.precision, approximate: meaning.approximate))
            }
            made = count
        }
    }

    /// Leaves out the vague entries when the options skip them, and their `keys` with them
    /// (when given: one per entry); the others keep their order.
    private static func dropSkipped(_ entries: inout [TimelineEntry], keys: inout [StableID.Keys], options: CalendarOptions) {
        guard options.vague == .skip else { return }
        var kept = 0
        for i in entries.indices where entries[i].precision != .vague {
            if kept != i {
                entries.swapAt(kept, i)
                if !keys.isEmpty { keys.swapAt(kept, i) }
            }
            kept += 1
        }
        entries.removeLast(entries.count - kept)
        if !keys.isEmpty { keys.removeLast(keys.count - kept) }
    }

    /// The reports, one entry each, grouped into events (each group's standing report
    /// keeps the others), in calendar order. `keys`: each entry's, when already made.
    private init(entries: consuming [TimelineEntry], keys: consuming [StableID.Keys]?, options: CalendarOptions) {
        self.options = options
        // A single report is an event of its own: no rule is read (most pages have one or two).
        let groups: EventGrouping.Groups
        if entries.count < 2 {
            groups = .singles(entries.count)
        } else if Timeline.oneIssue(entries) {
            // One issue (a page: `convert` writes a calendar a page): its reports group by
            // UID alone, so no rule is read.
            _ = consume keys
            groups = EventGrouping.groups(ofOneIssue: entries)
        } else {
            // Read where the entries stand (a copy of an entry retains each of its strings).
            var rules = entries.indices.map { i in
                SameEventRule.Report(entries[i].event,
                                     meaning: .init(slot: entries[i].slot, calendarSlot: entries[i].calendarSlot,
                                                    precision: entries[i].precision, approximate: entries[i].approximate),
                                     keys: keys?[i] ?? StableID.Keys(entries[i].event))
            }
            // The reports share the keys' names and summaries: the keys' own array goes
            // before the grouping's tables are made, the reports' once it is done.
            _ = consume keys
            groups = EventGrouping.groups(entries, rules: rules)
            rules = []
        }
        for g in groups.indices where groups[g].count > 1 {
            let group = groups[g]
            var seen: Set<Event> = [entries[group.first!].event]
            var others: [Event] = []
            for i in group.dropFirst() where seen.insert(entries[i].event).inserted {
                others.append(entries[i].event)
            }
            entries[group.first!].otherReports = others
        }
        // The events in calendar order (each group's standing report, found once), each
        // one's day worked out once; the entries compared where they stand in their storage
        // (read through the array, each entry compared was a copy).
        let standing = groups.indices.map { groups.members[groups.starts[$0]] }
        let days = standing.map { entries[$0].sortDay }
        let order = entries.withUnsafeBufferPointer { e in
            groups.indices.sorted { g, h in
                Timeline.calendarOrder(e[standing[g]], days[g], e[standing[h]], days[h])
            }
        }
        // Where each entry goes: the standing reports in calendar order, then the merged
        // ones, dropped. Moved along the permutation's cycles, in place, by swaps (an entry
        // is never copied: a copy retains each of its strings and arrays).
        var source = order.map { standing[$0] }
        for g in groups.indices { source += groups[g].dropFirst() }
        let groupCount = groups.count
        _ = consume groups
        var placed = [Bool](repeating: false, count: source.count)
        for start in source.indices where !placed[start] {
            // entries[k] takes what stood at source[k]: what stood at `start` travels along
            // the cycle until the slot that wants it.
            var k = start
            placed[k] = true
            while source[k] != start {
                let from = source[k]
                entries.swapAt(k, from)
                placed[from] = true
                k = from
            }
        }
        entries.removeLast(entries.count - groupCount)
        self.entries = entries
    }

    /// Whether every entry comes from the issue of the first (read where they stand).
    private static func oneIssue(_ entries: borrowing [TimelineEntry]) -> Bool {
        guard !entries.isEmpty else { return true }
        let issue = entries[0].event.issueDate
        for i in entries.indices where entries[i].event.issueDate != issue { return false }
        return true
    }

    /// By day (`da`, `db`: the entries' `sortDay`), all-day before timed, by time, then in
    /// the order the reports were published (issue, page, article, event), then by identity.
    private static func calendarOrder(_ a: TimelineEntry, _ da: CalendarDate, _ b: TimelineEntry, _ db: CalendarDate) -> Bool {
        if da != db { return da < db }
        if a.slot.startMinute != b.slot.startMinute { return a.slot.startMinute < b.slot.startMinute }
        // Read in place (`let x = a.event` copied each event, retaining its strings).
        if (a.event.issueDate, a.event.source, a.event.article, a.event.ordinal)
            != (b.event.issueDate, b.event.source, b.event.article, b.event.ordinal) {
            return (a.event.issueDate, a.event.source, a.event.article, a.event.ordinal)
                < (b.event.issueDate, b.event.source, b.event.article, b.event.ordinal)
        }
        return EventGrouping.canonicalOrder(a.uid, a.event, b.uid, b.event)
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
