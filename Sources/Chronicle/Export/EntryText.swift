/// The words and times every exporter writes for an entry, so all formats agree.
struct EntryText {
    let entry: TimelineEntry
    private var event: Event { entry.event }

    /// Summary with its marker: 〔约〕 approximate, 〔截止〕 deadline. Never empty.
    var summary: String { Self.summary(entry) }

    // The texts a calendar writes of every entry, also read from the entry where it stands
    // (`ICalendarWriter.spec`): a value of this type holds a copy of its entry, which retains
    // each of its strings and arrays, and releases them again, once per entry written.

    /// `summary` of `entry`.
    static func summary(_ entry: TimelineEntry) -> String {
        let text = plainSummary(entry.event)
        if entry.event.modifier == .onOrBefore { return ExportLexicon.deadlineMarker + text }
        return entry.approximate ? ExportLexicon.approximateMarker + text : text
    }

    /// The summary on one line without markers; the headline, else the kind, when it is empty.
    static func plainSummary(_ event: Event) -> String {
        var text = ICalText.line(event.summary)
        if text.isEmpty { text = ICalText.line(event.headline) }
        if text.isEmpty { text = ExportLexicon.label(forKind: event.kind) }
        return text
    }

    var dateTextOrNone: String { Self.dateTextOrNone(event) }

    static func dateTextOrNone(_ event: Event) -> String { event.dateText.map(ICalText.line) ?? ExportLexicon.noDateText }

    /// Why the date is not exact, when it is not.
    var note: String? { Self.note(entry) }

    /// `note` of `entry`.
    static func note(_ entry: TimelineEntry) -> String? {
        if entry.event.modifier == .onOrBefore {
            return ExportLexicon.format(ExportLexicon.deadlineNote, dateTextOrNone(entry.event))
        }
        guard entry.approximate else { return nil }
        if entry.precision == .vague {
            return ExportLexicon.format(ExportLexicon.approximateNoteVague, dateTextOrNone(entry.event),
                                        entry.event.issueDate.description)
        }
        return ExportLexicon.format(ExportLexicon.approximateNote, dateTextOrNone(entry.event))
    }

    var leaders: String { Self.listText(event.leaders) }

    var attendees: String { Self.listText(event.attendees) }

    /// Names on one line: each cleaned (`ICalText.line`), joined by the list separator.
    static func listText(_ names: [String]) -> String {
        var bytes: [UInt8] = []
        appendList(names, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `listText(names)` written onto the end of `bytes`: the one form of a list of names.
    static func appendList(_ names: [String], to bytes: inout [UInt8]) {
        for (k, name) in names.enumerated() {
            if k > 0 { bytes.appendUTF8(of: ExportLexicon.listSeparator) }
            bytes.appendUTF8(of: ICalText.line(name))
        }
    }

    var location: String? { Self.location(event) }

    static func location(_ event: Event) -> String? { event.location.map(ICalText.line).flatMap { $0.isEmpty ? nil : $0 } }

    var byline: String? { Self.byline(event) }

    static func byline(_ event: Event) -> String? { event.byline.map(ICalText.line).flatMap { $0.isEmpty ? nil : $0 } }

    /// `guancheng-2021-04-14.txt 第3篇`.
    static func sourceText(_ event: Event) -> String {
        var bytes: [UInt8] = []
        appendSource(event, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `sourceText(event)` written onto the end of `bytes`: the one form of the source label.
    static func appendSource(_ event: Event, to bytes: inout [UInt8]) {
        bytes.appendUTF8(of: ICalText.line(event.source)); bytes.append(0x20)
        ExportLexicon.appendFormat(ExportLexicon.articleLabel, CollectionOfOne(String(event.article)), to: &bytes)
    }

    /// DESCRIPTION: note, source sentence, headline, byline, issue date, source, leaders,
    /// attendees, other reports, one line each, separated by LF (`descriptionUTF8` as a string).
    var descriptionText: String { String(decoding: descriptionUTF8, as: UTF8.self) }

    /// `descriptionText` as UTF-8, each line made by `ICalText.line` or a lexicon's words (so
    /// no control but the LF between lines): written into one buffer as it goes (appending to a string
    /// checks the normalization of what is appended, byte by byte), not a string made per
    /// line and joined; the calendar hands these bytes to libical without making a string.
    var descriptionUTF8: [UInt8] { Self.descriptionUTF8(entry) }

    /// `descriptionUTF8` of `entry`.
    static func descriptionUTF8(_ entry: TimelineEntry) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(2_048)
        appendDescription(entry, to: &text)
        return text
    }

    /// `descriptionUTF8(entry)` written onto the end of `text` (a buffer the calendar reuses
    /// from event to event, not one made and grown per event).
    static func appendDescription(_ entry: TimelineEntry, to text: inout [UInt8]) {
        var first = true
        func newLine() {
            if !first { text.append(0x0A) }
            first = false
        }
        func add(_ part: String) { text.appendUTF8(of: part) }
        if let note = note(entry) { newLine(); add(note) }
        if entry.event.planned { newLine(); add(ExportLexicon.plannedNote) }
        newLine(); add(ExportLexicon.sentenceLabel); add(ICalText.line(entry.event.sentence))
        newLine(); add(ExportLexicon.headlineLabel); add(ICalText.line(entry.event.headline))
        if let byline = byline(entry.event) { newLine(); add(ExportLexicon.bylineLabel); add(byline) }
        newLine(); add(ExportLexicon.issueDateLabel); add(entry.event.issueDate.description)
        newLine(); add(ExportLexicon.sourceLabel); appendSource(entry.event, to: &text)
        // `leaders` and `attendees` written name by name, not joined into a string first.
        if !entry.event.leaders.isEmpty { newLine(); add(ExportLexicon.leadersLabel); appendList(entry.event.leaders, to: &text) }
        if !entry.event.attendees.isEmpty { newLine(); add(ExportLexicon.attendeesLabel); appendList(entry.event.attendees, to: &text) }
        for other in entry.otherReports {
            newLine()
            add(ExportLexicon.otherReportsLabel); add(other.issueDate.description); add(" ")
            appendSource(other, to: &text); add(" "); add(ICalText.line(other.headline))
        }
    }

    /// A date as people read it: `2021年4月12日 上午`, `2021年4月7日至9日`, `约2021年4月`.
    var humanDate: String {
        let text: String
        switch entry.slot {
        case .unplaced:
            text = entry.precision == .vague ? ExportLexicon.htmlUndated : (event.dateText.map(ICalText.line) ?? event.timex.value)
        case .allDay(let first, let last):
            if entry.precision == .vague {
                text = ExportLexicon.htmlUndated + ExportLexicon.openParen + dateTextOrNone + ExportLexicon.closeParen
            } else if entry.precision == .month, first.day == 1, last == first.lastDayOfMonth {
                text = Self.yearMonth(first)
            } else {
                text = Self.dayRange(first, last)
            }
        case .timed(let start, let end):
            if case .partOfDay(_, let part) = event.timex {
                text = Self.fullDay(start.date) + " " + (ExportLexicon.partOfDayWords[part] ?? part.rawValue)
            } else if start.date == end.date || entry.precision == .exact && !isRange {
                text = Self.fullDay(start.date) + " " + Self.hhmm(start.time)
                    + (isRange ? "–" + Self.hhmm(end.time) : "")
            } else {
                text = Self.fullDay(start.date) + " " + Self.hhmm(start.time) + ExportLexicon.rangeSeparator
                    + Self.fullDay(end.date) + " " + Self.hhmm(end.time)
            }
        }
        if entry.approximate && entry.precision != .vague { return ExportLexicon.approximatePrefix + text }
        return text
    }

    private var isRange: Bool { if case .range = event.timex { return true } else { return false } }

    static func fullDay(_ d: CalendarDate) -> String {
        "\(d.year)\(ExportLexicon.yearSuffix)\(d.month)\(ExportLexicon.monthSuffix)\(d.day)\(ExportLexicon.daySuffix)"
    }

    static func yearMonth(_ d: CalendarDate) -> String {
        "\(d.year)\(ExportLexicon.yearSuffix)\(d.month)\(ExportLexicon.monthSuffix)"
    }

    static func dayRange(_ a: CalendarDate, _ b: CalendarDate) -> String {
        if a == b { return fullDay(a) }
        let tail: String
        if a.year != b.year { tail = fullDay(b) }
        else if a.month != b.month { tail = "\(b.month)\(ExportLexicon.monthSuffix)\(b.day)\(ExportLexicon.daySuffix)" }
        else { tail = "\(b.day)\(ExportLexicon.daySuffix)" }
        return fullDay(a) + ExportLexicon.rangeSeparator + tail
    }

    static func hhmm(_ t: ClockTime) -> String { "\(pad(t.hour, 2)):\(pad(t.minute, 2))" }
}

/// ISO start and end of entries with their UTC offset, as CSV and JSON lines write them:
/// `2021-04-12T09:00:00+08:00` for timed slots, first and last day (inclusive) for all-day
/// slots, empty for vague and unplaced ones.
struct SlotClock {
    private let zone: LibICalZone

    init(options: CalendarOptions, entries: [TimelineEntry]) throws(ExportError) {
        let years = entries.compactMap { $0.slot.firstDay?.year }
        zone = try LibICalZone(vtimezone: try ZoneDefinition.resolve(options.timeZone, fromYear: years.min() ?? 1970).vtimezone)
    }

    func bounds(_ entry: TimelineEntry) throws(ExportError) -> (start: String, end: String) {
        if entry.precision == .vague { return ("", "") }
        switch entry.slot {
        case .unplaced: return ("", "")
        case .allDay(let first, let last): return (first.description, last.description)
        case .timed(let start, let end): return (try stamp(start), try stamp(end))
        }
    }

    private func stamp(_ t: LocalDateTime) throws(ExportError) -> String {
        let offset = try zone.utcOffset(at: t)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return "\(t.date)T\(pad(t.time.hour, 2)):\(pad(t.time.minute, 2)):\(pad(t.time.second ?? 0, 2))"
            + "\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }
}
