import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct ICalendarTests {
    typealias S = SampleEvents
    static let options = ExportOptions(calendarName: "汐河区大事记", sourceDateEpoch: 1_618_358_400)

    static func ics(_ events: [Event], calendar: CalendarOptions = .init(),
                    options: ExportOptions = options) throws -> [UInt8] {
        try render(Timeline(events: events, options: calendar), as: .ics, options: options)
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The logical lines (unfolded).
    static func lines(_ bytes: [UInt8]) -> [String] {
        ContentLines.unfold(bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func calendarHeaderFollowsTheContract() throws {
        let lines = Self.lines(try Self.ics(S.everyShape))
        #expect(Array(lines.prefix(7)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(ChronicleInfo.productID)",
                                           "CALSCALE:GREGORIAN", "NAME:汐河区大事记", "X-WR-CALNAME:汐河区大事记",
                                           "X-WR-TIMEZONE:Asia/Shanghai"])
        #expect(!lines.contains { $0.hasPrefix("METHOD") || $0.hasPrefix("ORGANIZER") || $0.hasPrefix("ATTENDEE") })
        #expect(lines.contains("TZID:Asia/Shanghai"))
        #expect(!lines.contains { $0.contains("freeassociation") })
        #expect(lines.last == "END:VCALENDAR")
    }

    @Test func eventsRoundTripThroughLibical() throws {
        let timeline = Timeline(events: S.everyShape)
        let bytes = try render(timeline, as: .ics, options: Self.options)
        let parsed = try ExternalICS.parseBack(bytes)
        let placed = timeline.entries.filter { $0.calendarSlot != .unplaced }
        #expect(parsed.events.count == placed.count)
        #expect(parsed.timeZoneIDs == ["Asia/Shanghai"])
        #expect(parsed.name == "汐河区大事记")
        for (entry, event) in zip(placed, parsed.events) {
            #expect(event.uid == entry.uid)
            #expect(event.categories == [entry.event.kind])
            #expect(event.location == entry.event.location)
            #expect(event.description?.contains(entry.event.sentence) == true)
            #expect(event.description?.contains(entry.event.headline) == true)
            #expect(event.description?.contains("2021-04-14") == true)
            switch entry.calendarSlot {
            case .allDay(let first, let last):
                #expect(event.startIsDate)
                #expect(event.start == "\(first)".replacingOccurrences(of: "-", with: ""))
                #expect(event.end == "\(last.adding(days: 1))".replacingOccurrences(of: "-", with: ""))
            case .timed:
                #expect(!event.startIsDate)
            case .unplaced:
                Issue.record("unplaced entries are not written")
            }
        }
        // 4月12日上午 → 09:00–12:00 in Shanghai → 01:00Z–04:00Z, the zone resolved from our VTIMEZONE.
        let morning = parsed.events.first { $0.summary == "苏婉清暗访督导背街小巷整治" }
        #expect(morning?.start == "20210412T010000Z" && morning?.end == "20210412T040000Z")
    }

    @Test func pastRefIsMarkedApproximateEverywhere() throws {
        let parsed = try ExternalICS.parseBack(try Self.ics(S.everyShape))
        let vague = try #require(parsed.events.first { $0.x["X-CHRONICLE-TIMEX"] == "PAST_REF" })
        #expect(vague.summary == "〔约〕领导小组召开全体会议")
        #expect(vague.description?.hasPrefix("日期不详（原文：近日），按报道日期 2021-04-14 标注") == true)
        #expect(vague.x["X-CHRONICLE-APPROXIMATE"] == "TRUE")
        #expect(vague.x["X-CHRONICLE-PRECISION"] == "vague")
        #expect(vague.start == "20210414" && vague.end == "20210415")
        let skipped = try ExternalICS.parseBack(try Self.ics(S.everyShape, calendar: CalendarOptions(vague: .skip)))
        #expect(!skipped.events.contains { $0.x["X-CHRONICLE-PRECISION"] == "vague" })
    }

    @Test func dtstampComesFromSourceDateEpochElseTheIssueDate() throws {
        let event = [S.event(.date(S.day(4, 12)))]
        #expect(Self.lines(try Self.ics(event)).contains("DTSTAMP:20210414T000000Z"))
        let noEpoch = try Self.ics(event, options: ExportOptions(calendarName: "x"))
        #expect(Self.lines(noEpoch).contains("DTSTAMP:20210414T000000Z"))
        let epoch = try Self.ics(event, options: ExportOptions(sourceDateEpoch: 1_700_000_000))
        #expect(Self.lines(epoch).contains("DTSTAMP:20231114T221320Z"))
    }

    /// An archive's revision data becomes SEQUENCE, CREATED and LAST-MODIFIED, so a
    /// subscribed calendar updates a changed event instead of keeping the old one.
    @Test func revisionsFromAnArchive() throws {
        var timeline = Timeline(events: [S.event(.date(S.day(4, 12)))])
        var lines = Self.lines(try render(timeline, as: .ics, options: .init()))
        #expect(!lines.contains { $0.hasPrefix("SEQUENCE") || $0.hasPrefix("LAST-MODIFIED") })
        timeline.entries[0].revision = Revision(sequence: 2, created: 1_618_358_400, lastModified: 1_618_444_800)
        let bytes = try render(timeline, as: .ics, options: .init())
        lines = Self.lines(bytes)
        #expect(lines.contains("SEQUENCE:2") && lines.contains("CREATED:20210414T000000Z")
                && lines.contains("LAST-MODIFIED:20210415T000000Z"))
        _ = try ExternalICS.parseBack(bytes)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let a = try Self.ics(S.everyShape + S.hostile)
        let b = try Self.ics((S.everyShape + S.hostile).reversed())
        #expect(a == b)
    }

    @Test func otherZonesComeFromTheSystemWithTheirPlainName() throws {
        let bytes = try Self.ics([S.event(.partOfDay(S.day(7, 12), .morning))], calendar: CalendarOptions(timeZone: "Europe/Berlin"))
        let parsed = try ExternalICS.parseBack(bytes)
        #expect(parsed.timeZoneIDs == ["Europe/Berlin"])
        #expect(parsed.events.first?.start == "20210712T070000Z")   // CEST, UTC+2
        #expect(throws: ExportError.unknownTimeZone("Mars/Olympus")) {
            try Self.ics([S.event(.date(S.day(4, 12)))], calendar: CalendarOptions(timeZone: "Mars/Olympus"))
        }
        #expect(throws: ExportError.unknownTimeZone("../../etc/passwd")) {
            try Self.ics([S.event(.date(S.day(4, 12)))], calendar: CalendarOptions(timeZone: "../../etc/passwd"))
        }
    }

    /// A writer keeps each zone's head after its first calendar: calendars of other zones,
    /// other first years (a system zone's history starts there) and none at all, written in
    /// turn by one writer, twice, are each what a writer of their own writes.
    @Test func oneWriterForManyCalendarsWritesWhatFreshWritersWrite() throws {
        let timelines = [
            Timeline(events: S.everyShape),
            Timeline(events: [S.event(.partOfDay(S.day(7, 12), .morning))], options: CalendarOptions(timeZone: "Europe/Berlin")),
            Timeline(events: [S.event(.partOfDay(S.day(3, 2, year: 1999), .evening))], options: CalendarOptions(timeZone: "Europe/Berlin")),
            Timeline(events: [S.event(.date(S.day(4, 12)))], options: CalendarOptions(timeZone: "Asia/Taipei")),
            Timeline(events: []),
            Timeline(events: S.hostile),
        ]
        let writer = TimelineWriter(format: .ics, options: Self.options)
        for timeline in timelines + timelines {
            #expect(try writer.render(timeline) == (try TimelineWriter(format: .ics, options: Self.options).render(timeline)))
        }
        // An unknown zone fails every time, and leaves the writer's other zones as they were.
        for _ in 0..<2 {
            #expect(throws: ExportError.unknownTimeZone("Mars/Olympus")) {
                try writer.render(Timeline(events: [S.event(.date(S.day(4, 12)))], options: CalendarOptions(timeZone: "Mars/Olympus")))
            }
        }
        #expect(try writer.render(timelines[0]) == (try Self.ics(S.everyShape)))
        // Another calendar name is another writer's head.
        let renamed = ExportOptions(calendarName: "青溪镇大事记", sourceDateEpoch: 1_618_358_400)
        #expect(Self.lines(try TimelineWriter(format: .ics, options: renamed).render(timelines[0])).contains("NAME:青溪镇大事记"))
    }

    @Test func anEmptyTimelineIsAValidCalendar() throws {
        let parsed = try ExternalICS.parseBack(try Self.ics([]))
        #expect(parsed.events.isEmpty && parsed.timeZoneIDs == ["Asia/Shanghai"])
    }

    @Test(.enabled(if: ExternalICS.python3 != nil, ExternalICS.skipReason))
    func checkICSAndKhalAcceptOurCalendars() throws {
        var revised = Timeline(events: S.everyShape)
        for i in revised.entries.indices {
            revised.entries[i].revision = Revision(sequence: i, created: 1_618_358_400, lastModified: 1_618_358_400 + Int64(i))
        }
        let files = try ExternalICS.write([
            ("revised.ics", try render(revised, as: .ics, options: Self.options)),
            ("every-shape.ics", try Self.ics(S.everyShape)),
            ("hostile.ics", try Self.ics(S.hostile)),
            ("berlin.ics", try Self.ics(S.everyShape, calendar: CalendarOptions(timeZone: "Europe/Berlin"))),
            ("empty.ics", try Self.ics([])),
        ])
        let golden = TestPaths.fixtures.appendingPathComponent("golden/sample.ics.ics")
        try ExternalICS.checkICS(files + [golden])
        // khal is slow to start: it imports the revised sample (every shape), the hostile
        // texts and another zone; the empty calendar has nothing for it to list.
        let listing = try ExternalICS.khalImport(files[0])
        #expect(listing.contains("2021-04-12 09:00 -> 2021-04-12 12:00 | 苏婉清暗访督导背街小巷整治"))
        for url in [files[2], files[3]] { _ = try ExternalICS.khalImport(url) }
    }
}
