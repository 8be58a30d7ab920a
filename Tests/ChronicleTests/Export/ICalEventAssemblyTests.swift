import Testing
@testable import Chronicle
@testable import ChronicleCore

/// An event written a property at a time inside libical's frame (`serializedEvent`, with the
/// lines events share kept by the writer) is the event libical writes when it serializes the
/// whole tree: the calendar read back by libical and written again gives the same bytes.
@Suite struct ICalEventAssemblyTests {
    // Cleaned text as events carry it: no white space at either end (libical's parser drops it).
    static let longText = Array(repeating: "汐河区召开“专题”会议，研究部署工作；a,b;c\\d", count: 6).joined(separator: " ")

    static func specs() -> [ICalEventSpec] {
        let start = LocalDateTime(date: SampleEvents.day(4, 12), time: SampleEvents.time(9, 30))
        let end = LocalDateTime(date: SampleEvents.day(4, 12), time: SampleEvents.time(11))
        return [
            ICalEventSpec(uid: "a@chronicle", dtstampEpoch: 1_618_000_000,
                          start: .local(start, tzid: "Asia/Shanghai"), end: .local(end, tzid: "Asia/Shanghai"),
                          summary: longText, description: ICalEventSpec.cString(longText + "\n第二行"), location: "区行政服务中心三楼会议室",
                          categories: ["meeting"],
                          xProperties: [("X-CHRONICLE-APPROXIMATE", "TRUE", true), ("X-CHRONICLE-PRECISION", "minute", true),
                                        ("X-CHRONICLE-TIMEX", "2021-04-12T09:30", false),
                                        ("X-CHRONICLE-DATE-TEXT", "4月12日上午9时30分", false)],
                          revision: (sequence: 2, created: 1_618_000_000, lastModified: 1_618_100_000)),
            ICalEventSpec(uid: "b@chronicle", dtstampEpoch: 1_618_000_000,
                          start: .date(SampleEvents.day(4, 7)), end: .date(SampleEvents.day(4, 10)),
                          summary: "调研", description: ICalEventSpec.cString("来源：汐河报"), location: nil, categories: ["inspection"],
                          xProperties: [("X-CHRONICLE-PRECISION", "day", true)]),
        ]
    }

    @Test func eventsWrittenAPropertyAtATimeAreLibicalsOwn() throws {
        let shared = LibICalCalendar.SharedLines()
        for spec in Self.specs() + Self.specs() {   // the second time from the shared lines
            let calendar = try LibICalCalendar()
            let endLine = Array("END:VCALENDAR\r\n".utf8)
            let frame = try calendar.serialize()
            let written = Array(frame.dropLast(endLine.count)) + (try LibICalCalendar.serializedEvent(spec, sharing: shared)) + endLine
            let again = try LibICalCalendar.reserialized(written)
            #expect(ContentLines.normalize(written) == ContentLines.normalize(again),
                    "\(String(decoding: written, as: UTF8.self))\n----\n\(String(decoding: again, as: UTF8.self))")
            #expect(String(decoding: written, as: UTF8.self).contains("SEQUENCE") == (spec.revision != nil))
        }
    }

    /// A writer keeps the properties each event gives its own value (UID, SUMMARY, DESCRIPTION,
    /// LOCATION, TIMEX): an event it writes after others is the event a fresh writer writes,
    /// whatever came before (a value one event had, another lacks: the second spec has no
    /// location nor TIMEX), in either order.
    @Test func aWriterUsedBeforeWritesWhatAFreshOneWrites() throws {
        for specs in [Self.specs(), Self.specs().reversed()] {
            let shared = LibICalCalendar.SharedLines()
            for spec in specs + specs {
                let fresh = try LibICalCalendar.serializedEvent(spec, sharing: LibICalCalendar.SharedLines())
                #expect(try LibICalCalendar.serializedEvent(spec, sharing: shared) == fresh, "\(spec.uid)")
            }
        }
    }

    /// What the writing vouches for is what the check would say: every event vouched for
    /// passes `ContentLines.firstProblem` and has the lines counted; a value that reaches
    /// libical with a control in it (text not cleaned by `ICalText`) is not vouched for, so
    /// the calendar reads it whole and names the problem.
    @Test func writtenEventsAreVouchedForOnlyWhenTheCheckPasses() throws {
        let shared = LibICalCalendar.SharedLines()
        for spec in Self.specs() + Self.specs() {
            let event = try LibICalCalendar.writtenEvent(spec, sharing: shared)
            #expect(event.vouched)
            #expect(ContentLines.firstProblem(event.bytes) == nil)
            #expect(event.lineCount == event.bytes.filter { $0 == ContentLines.cr }.count)
        }
        // Controls libical writes raw in a value (invented texts, each uncleaned).
        for raw in ["会议\u{01}召开", "区长\u{1B}[0m调研", "tab\tkept\u{7F}", "\u{0B}开幕"] {
            var spec = Self.specs()[1]
            spec.summary = raw
            let event = try LibICalCalendar.writtenEvent(spec, sharing: shared)
            #expect(!event.vouched, "\(raw)")
            #expect(ContentLines.firstProblem(event.bytes) != nil, "\(raw)")
        }
        // A tab stays (the check allows it), so does text without controls of any script.
        for clean in ["议程\t一", "Plain ASCII, no control", "全角　空格"] {
            var spec = Self.specs()[1]
            spec.summary = clean
            #expect(try LibICalCalendar.writtenEvent(spec, sharing: shared).vouched, "\(clean)")
        }
    }

    /// The word-at-a-time control scan agrees with a byte-by-byte reading, a control at every
    /// offset of words of each kind of text.
    @Test func controlScanFindsEveryControlAtEveryOffset() {
        let texts = ["UID:chronicle-2021-04-12-0123456789abcdef", "汐河区召开专题会议研究部署工作", "a\tb\tc 议程\t第二项"]
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(!bytes.withUnsafeBufferPointer(ContentLines.hasControl), "\(text)")
            for k in 0...bytes.count {
                for control: UInt8 in [0x00, 0x01, 0x0A, 0x0D, 0x1F, 0x7F] {
                    var with = bytes
                    with.insert(control, at: k)
                    #expect(with.withUnsafeBufferPointer(ContentLines.hasControl), "\(text) \(control) at \(k)")
                }
            }
        }
        #expect(ContentLines.lineCount(Array("A:1\r\n B\r\nC:2\r\n".utf8)) == 3)
        #expect(ContentLines.lineCount([]) == 0)
    }
}
