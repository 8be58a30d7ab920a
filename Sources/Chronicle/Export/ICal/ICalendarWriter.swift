import Foundation

/// Timeline → iCalendar (RFC 5545) through libical: VTIMEZONE under the plain IANA TZID,
/// all-day events as `VALUE=DATE` with an exclusive end, timed events in the zone, no METHOD.
///
/// A writer value: what does not depend on a timeline's events (the calendar's own lines and
/// its zone's VTIMEZONE) is made through libical on the first calendar of each zone (and, for a
/// zone from the system's zoneinfo, each first year written) and reused by every later calendar
/// the value writes, so pages written a calendar a page do not each parse and serialize it.
struct ICalendarWriter: Sendable {
    static let version = "2.0"
    static let calendarScale = "GREGORIAN"
    static let xProperty = (calendarName: "X-WR-CALNAME", timeZone: "X-WR-TIMEZONE",
                            approximate: "X-CHRONICLE-APPROXIMATE", precision: "X-CHRONICLE-PRECISION",
                            timex: "X-CHRONICLE-TIMEX", dateText: "X-CHRONICLE-DATE-TEXT")

    let options: ExportOptions
    private let heads: Heads
    /// The lines many of this writer's events share, serialized once (`SharedLines`).
    private let sharedLines = LibICalCalendar.SharedLines()

    init(options: ExportOptions) {
        self.options = options
        heads = Heads(options: options)
    }

    func render(_ timeline: Timeline) throws(ExportError) -> [UInt8] {
        // One buffer, every piece written in place into it (never a piece made and copied in).
        var bytes: [UInt8] = []
        do {
            try emit(timeline, into: &bytes, whole: true) { _ in }
        } catch let error as ExportError {
            throw error
        } catch {
            preconditionFailure("appending to an array does not fail")
        }
        return bytes
    }

    /// About the bytes of a VEVENT with its sentence and headline (about 700 on the corpus):
    /// a whole calendar's buffer is reserved for its head and this much an entry, so it seldom
    /// grows (each growth copies what was written).
    private static let typicalEventBytes = 1_024
    /// `render`, handing the calendar to `write` piece by piece (its own lines, then each
    /// event, then its end), each piece checked before it is handed on (an event vouched for
    /// as it was written, `LibICalCalendar.writeEvent`; any other piece read whole): a
    /// calendar of any size is never held whole. Each piece is written into one buffer,
    /// emptied once handed on. Throws `ExportError`, or what `write` throws.
    func write(_ timeline: Timeline, to write: ([UInt8]) throws -> Void) throws {
        var buffer: [UInt8] = []
        try emit(timeline, into: &buffer, whole: false) { buffer in
            try write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// The calendar written into `out` in place, piece by piece; after each piece,
    /// `flush(&out)` may hand on what `out` holds and empty it. `whole`: `out` is
    /// reserved for the whole calendar, else for a piece.
    private func emit(_ timeline: Timeline, into out: inout [UInt8], whole: Bool,
                      flush: (inout [UInt8]) throws -> Void) throws {
        // The placed entries are read where they stand: a copy of them would be a second
        // timeline as large as the first (the largest item of a large page's peak).
        var firstYear: Int?
        for i in timeline.entries.indices {
            if case .timed(let start, _) = timeline.entries[i].calendarSlot { firstYear = min(firstYear ?? .max, start.date.year) }
        }
        let head = try heads.head(ZoneDefinition.Key(timeline.options.timeZone, fromYear: firstYear ?? 1970))
        var checker = ContentLines.Checker()
        out.reserveCapacity(whole ? head.bytes.count + Self.calendarEnd.count + timeline.entries.count * Self.typicalEventBytes
                                  : 8_192)
        // The head was checked once, when the writer made it.
        checker.skip(lines: head.lineCount)
        out += head.bytes
        try flush(&out)
        var line: [UInt8] = []   // each property's unfolded line, reused from event to event
        line.reserveCapacity(1_024)
        var description: [UInt8] = []   // each event's DESCRIPTION, reused from event to event
        description.reserveCapacity(2_048)
        // By index: `for entry in` hands each entry over as a copy (retaining its strings).
        for i in timeline.entries.indices where timeline.entries[i].calendarSlot != .unplaced {
            // Written normalized and checked as it is written (`writeEvent`): its bytes are
            // read again only when that check failed somewhere, to name the problem.
            let start = out.count
            var spec = Self.spec(timeline.entries[i], tzid: head.tzid, options: options, reusing: consume description)
            let (lineCount, vouched) = try LibICalCalendar.writeEvent(spec, sharing: sharedLines, into: &out, line: &line)
            // The description's buffer taken back for the next event (the spec keeps an empty one).
            description = []
            swap(&description, &spec.description)
            assert(!vouched || ContentLines.firstProblem(Array(out[start...])) == nil, "an event vouched for passes the check")
            if vouched {
                checker.skip(lines: lineCount)
            } else if let problem = checker.firstProblem(Array(out[start...])) {
                throw ExportError.invalidCalendar(problem)
            }
            try flush(&out)
        }
        // The end is a constant, checked once (`calendarEndPasses`).
        if Self.calendarEndPasses {
            checker.skip(lines: 1)
        } else if let problem = checker.firstProblem(Self.calendarEnd) {
            throw ExportError.invalidCalendar(problem)
        }
        out += Self.calendarEnd
        try flush(&out)
    }

    /// A calendar's lines before its first event, normalized, and the TZID its times name.
    struct Head: Sendable {
        let bytes: [UInt8]
        let tzid: String
        /// The lines of `bytes` (each ends with CRLF), which passed `ContentLines.firstProblem`.
        let lineCount: Int

        init(zone: ZoneDefinition, options: ExportOptions) throws(ExportError) {
            var name = ICalText.line(options.calendarName)
            if name.isEmpty { name = ExportLexicon.defaultCalendarName }
            let calendar = try LibICalCalendar()
            try calendar.addHeader(version: ICalendarWriter.version, productID: ChronicleInfo.productID,
                                   calendarScale: ICalendarWriter.calendarScale, name: name)
            try calendar.addX(name: ICalendarWriter.xProperty.calendarName, value: name)
            try calendar.addX(name: ICalendarWriter.xProperty.timeZone, value: zone.tzid)
            // Always present: it declares the calendar's zone, and keeps an empty calendar
            // valid (RFC 5545 wants at least one component).
            try calendar.addTimeZone(zone.vtimezone)
            // The calendar's own lines; each event is made, written and freed on its own and
            // spliced in before END:VCALENDAR: the bytes of one tree, without every event held
            // in libical at once. `normalize` works line by line, so it may take them piece by piece.
            var bytes = ContentLines.normalize(try calendar.serialize())
            guard bytes.count >= ICalendarWriter.calendarEnd.count,
                  bytes.suffix(ICalendarWriter.calendarEnd.count).elementsEqual(ICalendarWriter.calendarEnd) else {
                throw ExportError.libical(operation: "serialize the calendar")
            }
            bytes.removeLast(ICalendarWriter.calendarEnd.count)
            // Checked here, once for every calendar that begins with it.
            if let problem = ContentLines.firstProblem(bytes) { throw ExportError.invalidCalendar(problem) }
            self.bytes = bytes
            lineCount = bytes.reduce(0) { $1 == ContentLines.cr ? $0 + 1 : $0 }   // checked: every CR ends a line
            self.tzid = zone.tzid
        }
    }

    /// The heads one writer value made, by zone: each made once, on its first calendar, and
    /// never changed after (a zone's head depends only on the zone and the writer's options,
    /// fixed here).
    private final class Heads: @unchecked Sendable {
        private let options: ExportOptions
        private let lock = NSLock()
        private var made: [ZoneDefinition.Key: Head] = [:]   // guarded by `lock`
        /// The head last asked for: a writer's calendars are nearly all of one zone and year,
        /// found by comparing the key, not hashing it (its zone's name), calendar after calendar.
        private var last: (key: ZoneDefinition.Key, head: Head)?   // guarded by `lock`

        init(options: ExportOptions) {
            self.options = options
        }

        func head(_ key: ZoneDefinition.Key) throws(ExportError) -> Head {
            lock.lock()
            defer { lock.unlock() }
            if let last, last.key == key { return last.head }
            if let head = made[key] {
                last = (key, head)
                return head
            }
            let head = try Head(zone: try ZoneDefinition.resolve(key), options: options)
            made[key] = head
            last = (key, head)
            return head
        }
    }

    private static let calendarEnd = Array("END:VCALENDAR\r\n".utf8)
    /// Whether `calendarEnd` (one line) passes the check: asked once, not per calendar.
    private static let calendarEndPasses = ContentLines.firstProblem(calendarEnd) == nil

    /// Read from the entry where it stands: neither it nor its event is copied (a copy
    /// retains each of their strings and arrays).
    /// `buffer`: an array whose storage the DESCRIPTION is written into (emptied first), so a
    /// writer's events share one buffer rather than each growing its own.
    static func spec(_ entry: TimelineEntry, tzid: String, options: ExportOptions, reusing buffer: consuming [UInt8] = []) -> ICalEventSpec {
        let start: ICalTime, end: ICalTime
        switch entry.calendarSlot {
        case .timed(let s, let e):
            start = .local(s, tzid: tzid)
            end = .local(e, tzid: tzid)
        case .allDay(let first, let last):
            start = .date(first)
            end = .date(last.adding(days: 1))
        case .unplaced:   // filtered out by the caller; an issue-date placeholder keeps this total
            start = .date(entry.event.issueDate)
            end = .date(entry.event.issueDate.adding(days: 1))
        }
        var x: [(name: String, value: String, shared: Bool)] = []
        x.reserveCapacity(4)   // at most the four below: one allocation, not one per growth
        if entry.approximate { x.append((xProperty.approximate, "TRUE", true)) }
        x.append((xProperty.precision, entry.precision.rawValue, true))
        x.append((xProperty.timex, entry.event.timex.value, false))
        if let dateText = entry.event.dateText.map(ICalText.line), !dateText.isEmpty { x.append((xProperty.dateText, dateText, false)) }
        let kind = ICalText.line(entry.event.kind)   // one array of categories made, not one and a filtered one
        var description = buffer
        description.removeAll(keepingCapacity: true)
        EntryText.appendDescription(entry, to: &description)
        description = ICalText.clean(lines: description)   // the same storage when nothing is trimmed
        return ICalEventSpec(
            uid: entry.uid,
            dtstampEpoch: options.sourceDateEpoch ?? entry.event.issueDate.dayNumber * 86_400,
            start: start, end: end,
            summary: EntryText.summary(entry),
            description: ICalEventSpec.cString(consume description),
            location: EntryText.location(entry.event),
            categories: kind.isEmpty ? [] : [kind],
            xProperties: x,
            revision: entry.revision.map { ($0.sequence, $0.created, $0.lastModified) })
    }
}
