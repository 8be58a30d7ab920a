import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// libical 3.0.16's known defects, each shown to exist in its raw output (where it still
/// does: a newer libical may have fixed it) and shown absent from ours.
@Suite struct LibICalDefectTests {
    typealias S = SampleEvents
    static let crcrlf: [UInt8] = [0x0D, 0x0D, 0x0A, 0x20, 0x0A]
    static let emptyFold: [UInt8] = [0x0D, 0x0A, 0x20, 0x0D, 0x0A]

    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<$0 + pattern.count]) == pattern }
    }

    /// Summaries whose folds land on the property's own line ending: one ASCII digit and
    /// CJK characters (no `; : space` to break at), and ones ending in a space-like break.
    static let foldProbes: [String] = (0..<40).map { n in "1" + String(repeating: "督", count: n) }
        + (0..<40).map { n in String(repeating: "查", count: n) + "；A:" }

    @Test func foldInsideTheLineEndingIsRepaired() throws {
        var rawDefects = 0
        for summary in Self.foldProbes {
            let raw = try LibICalProbe.rawCalendar(summary: summary, xValue: "x")
            if Self.contains(raw, Self.crcrlf) || Self.contains(raw, Self.emptyFold) { rawDefects += 1 }
            #expect(ContentLines.firstProblem(ContentLines.normalize(raw)) == nil, "\(summary)")
        }
        // Record what this libical does; the repair above must hold either way.
        if rawDefects == 0 { print("libical folds correctly here: the repair had nothing to do") }
        let events = Self.foldProbes.enumerated().map { i, s in S.event(.date(S.day(4, 12)), summary: s, article: i + 1) }
        let ours = try render(Timeline(events: events), as: .ics, options: .init())
        #expect(!Self.contains(ours, Self.crcrlf) && !Self.contains(ours, Self.emptyFold))
        #expect(ContentLines.firstProblem(ours) == nil)
        let parsed = try ExternalICS.parseBack(ours)
        #expect(Set(parsed.events.compactMap(\.summary)) == Set(Self.foldProbes))
    }

    @Test func theRepairTurnsBothDefectsIntoOneLineEnding() {
        let broken = Array("SUMMARY:abc".utf8) + Self.crcrlf + Array("UID:1\r\n".utf8)
            + Array("DESCRIPTION:x;".utf8) + Self.emptyFold + Array("END:VEVENT\r\n".utf8)
        let repaired = ContentLines.repairFolds(broken)
        #expect(String(decoding: repaired, as: UTF8.self) == "SUMMARY:abc\r\nUID:1\r\nDESCRIPTION:x;\r\nEND:VEVENT\r\n")
        #expect(ContentLines.firstProblem(broken) != nil)
        #expect(ContentLines.firstProblem(repaired) == nil)
    }

    @Test func checkerCatchesWhatCheckICSWouldReject() {
        let cases: [(String, String)] = [
            ("A:b\n", "no final CRLF"),
            ("A:b\nC:d\r\n", "bare LF"),
            ("A:b\r\n\r\n", "empty line"),
            ("A:" + String(repeating: "x", count: 80) + "\r\n", "longer than 75"),
            ("A:b\u{7}c\r\n", "control character"),
            ("A:\u{4E2D}\r\n \u{6587}\r\n", ""),   // a proper fold: fine
        ]
        for (text, problem) in cases {
            let found = ContentLines.firstProblem(Array(text.utf8))
            if problem.isEmpty { #expect(found == nil) } else { #expect(found?.contains(problem) == true, "\(text.debugDescription): \(found ?? "nil")") }
        }
        // Bytes that are not UTF-8 are the first problem even after a broken line, as the
        // checker reads both in one pass.
        #expect(ContentLines.firstProblem(Array("A:b\r\n\r\nC:".utf8) + [0xFF] + Array("\r\n".utf8)) == "not UTF-8")
        #expect(ContentLines.firstProblem(Array("A:b".utf8) + [0xE4, 0xB8]) == "not UTF-8")
        // A fold inside a UTF-8 character.
        let split = Array("A:".utf8) + [0xE4, 0xB8] + Array("\r\n ".utf8) + [0xAD] + Array("\r\n".utf8)
        #expect(ContentLines.firstProblem(split) != nil)
    }

    /// The checker passes over plain ASCII eight bytes at a time: a problem byte at any place
    /// in a run of ASCII, before or after Chinese, is still found and named the same way.
    @Test func problemsInsideASCIIRunsAreFoundAtEveryOffset() {
        let rows: [(bytes: [UInt8], problem: String?)] = [
            ([0x07], "control character in line 2"), ([0x7F], "control character in line 2"),
            ([0x1F], "control character in line 2"), ([0x0A], "bare LF in line 2"),
            ([0xFF], "not UTF-8"), ([0xC3, 0x28], "not UTF-8"), ([0x0D, 0x41], "bare CR in line 2"),
            ([0x09], nil), ([0x7E], nil), ([0x20], nil), ([0xC3, 0xA9], nil), (Array("议".utf8), nil),
        ]
        for (bad, problem) in rows {
            for k in 0..<20 {
                for lead in ["", "汐河区"] {
                    let line = Array("X-A:\(lead)".utf8) + Array(repeating: UInt8(ascii: "a"), count: k) + bad
                        + Array(repeating: UInt8(ascii: "b"), count: 40 - k)
                    let bytes = Array("BEGIN:VEVENT\r\n".utf8) + line + Array("\r\nEND:VEVENT\r\n".utf8)
                    #expect(ContentLines.firstProblem(bytes) == problem, "\(bad) after \(k)")
                }
            }
        }
        // A line longer than 75 octets of plain ASCII, whole words of it passed over.
        let long = Array("A:".utf8) + Array(repeating: UInt8(ascii: "z"), count: 74) + Array("\r\n".utf8)
        #expect(ContentLines.firstProblem(long) == "line 1 longer than 75 octets")
        #expect(ContentLines.firstProblem(Array(long.dropFirst())) == nil)
    }

    @Test func foldingNeverSplitsACharacterAndKeeps75Octets() {
        for n in 0..<120 {
            let value = String(repeating: "a", count: n % 5) + String(repeating: "😀汉", count: n)
            var out: [UInt8] = []
            ContentLines.fold(Array(("SUMMARY:" + value).utf8), into: &out)
            #expect(ContentLines.firstProblem(out) == nil, "\(n)")
            #expect(ContentLines.unfold(out).map { String(decoding: $0, as: UTF8.self) } == ["SUMMARY:" + value])
        }
    }

    /// libical 3.0.16 leaves `,` and `;` raw in X- values; we escape them after serializing.
    @Test func xValuesAreEscaped() throws {
        let value = "(2021-04-07,2021-04-09,P2D);a\\b"
        let raw = String(decoding: try LibICalProbe.rawCalendar(summary: "s", xValue: value), as: UTF8.self)
        let rawLine = raw.split(separator: "\r\n").first { $0.hasPrefix("X-PROBE:") }
        if rawLine == "X-PROBE:(2021-04-07,2021-04-09,P2D);a\\\\b" { print("libical 3.0.16 X- defect present") }
        let event = S.event(.range(.date(S.day(4, 7)), .date(S.day(4, 9))), dateText: "4月7日,8日;9日\\全天")
        let bytes = try render(Timeline(events: [event]), as: .ics, options: ExportOptions(calendarName: "区,县;市\\大事记"))
        let lines = ContentLines.unfold(bytes).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.contains("X-CHRONICLE-TIMEX:(2021-04-07\\,2021-04-09\\,P2D)"))
        #expect(lines.contains("X-CHRONICLE-DATE-TEXT:4月7日\\,8日\\;9日\\\\全天"))
        #expect(lines.contains("X-WR-CALNAME:区\\,县\\;市\\\\大事记"))
        #expect(lines.contains("NAME:区\\,县\\;市\\\\大事记"))
        let parsed = try ExternalICS.parseBack(bytes)
        #expect(parsed.events.first?.x["X-CHRONICLE-DATE-TEXT"] == "4月7日,8日;9日\\全天")
        #expect(parsed.x["X-WR-CALNAME"] == "区,县;市\\大事记")
    }

    /// Control characters other than tab never reach libical (it drops CR/BS/FF and
    /// writes the others raw); newlines arrive as LF and come out as `\n`.
    @Test func controlCharactersAreRemoved() throws {
        let dirty = "会议\u{7}强调\u{8}要\u{C}狠抓\u{1B}落实\r\n第二段\r第三段\u{85}\u{7F}"
        #expect(ICalText.clean(dirty) == "会议强调要狠抓落实\n第二段\n第三段")
        #expect(ICalText.line("  a\tb\nc  ") == "a b c")
        let event = S.event(.date(S.day(4, 12)), summary: " \u{7}区委\u{0}常委会 ", location: "\u{1F}三楼\u{7F}",
                            sentence: dirty, byline: "记者\u{1B}甲")
        let bytes = try render(Timeline(events: [event]), as: .ics, options: .init())
        #expect(!bytes.contains { ($0 < 0x20 && $0 != 0x0D && $0 != 0x0A) || $0 == 0x7F })
        let parsed = try ExternalICS.parseBack(bytes)
        #expect(parsed.events.first?.summary == "区委常委会")
        #expect(parsed.events.first?.location == "三楼")
        #expect(parsed.events.first?.description?.contains("原文：会议强调要狠抓落实 第二段 第三段") == true)
    }

    /// The `_r` string is ours and freed once; builder, zone and parser free their trees
    /// once. Many renders on many threads at once must neither crash nor differ.
    @Test func ownershipHoldsUnderRepeatedAndConcurrentUse() async throws {
        let timeline = Timeline(events: S.everyShape + S.hostile)
        let expected = try render(timeline, as: .ics, options: .init())
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<16 {
                group.addTask {
                    let format: OutputFormat = i % 2 == 0 ? .ics : .jsonl
                    let bytes = try render(timeline, as: format, options: .init())
                    return format == .ics ? bytes : expected
                }
            }
            for try await bytes in group { #expect(bytes == expected) }
        }
        for _ in 0..<50 { _ = try LibICalParser.parse(expected) }
    }
}

/// libical's raw serializer output for a one-event calendar: shows whether 3.0.16's
/// defects are present, so the tests can show that `ContentLines` undoes them.
enum LibICalProbe {
    static func rawCalendar(summary: String, xValue: String) throws(ExportError) -> [UInt8] {
        let calendar = try LibICalCalendar()
        try calendar.addX(name: "X-PROBE", value: xValue)
        let event = try LibICalCalendar.serializedEvent(ICalEventSpec(
            uid: "probe", dtstampEpoch: 0, start: .date(SampleEvents.day(4, 12)), end: .date(SampleEvents.day(4, 13)),
            summary: summary, description: ICalEventSpec.cString("probe"), location: nil, categories: [], xProperties: []))
        // The event spliced in before END:VCALENDAR, as `ICalendarWriter` writes a calendar.
        let end = Array("END:VCALENDAR\r\n".utf8)
        let frame = try calendar.serialize()
        #expect(frame.suffix(end.count).elementsEqual(end))
        // The event's lines are written folded by us (`serializedEvent`): the calendar is read
        // and written again whole by libical, so its own folds and escapes show.
        return try LibICalCalendar.reserialized(frame.dropLast(end.count) + event + end)
    }
}

/// `ICalText`'s fast path (text with nothing to clean is kept as it is) gives what the
/// scalar-by-scalar cleaning gives, for text mixing every kind of character it treats.
@Suite struct ICalTextFastPathTests {
    static let pieces: [String] = ["会议", "召开", " ", "\u{3000}", "\t", "\n", "\r\n", "\r", "\u{7}", "\u{7F}", "\u{85}",
                                   "\u{9F}", "\u{A0}", "é", "\u{2028}", "\u{2029}", "\u{2027}", "a", "，", "😀", "\u{C2}", "“", "…"]

    @Test func fastPathAgreesWithTheFullCleaning() {
        var rng = SplitMix64(seed: 0x1ca1)
        for _ in 0..<3_000 {
            let count = Int(rng.next() % 8)
            let text = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(ICalText.clean(text) == ICalText.cleanScalarByScalar(text), "\(Array(text.unicodeScalars))")
            #expect(ICalText.line(text) == ICalText.lineScalarByScalar(text), "\(Array(text.unicodeScalars))")
            // Lines made by `line`, joined by LF (a DESCRIPTION): only their ends are cleaned.
            let lines = [text, String(String.UnicodeScalarView(text.unicodeScalars.reversed()))].map(ICalText.line)
                .joined(separator: "\n")
            #expect(ICalText.clean(lines: Array(lines.utf8)) == Array(ICalText.cleanScalarByScalar(lines).utf8),
                    "\(Array(lines.unicodeScalars))")
        }
    }

    /// The scan reads eight bytes a step: a control is found wherever it stands in a text
    /// longer than a word, among the bytes that only start one (`“`, `…`, `·`), and the kept
    /// ones (tab, LF) are kept where asked.
    @Test func controlsAreFoundAtEveryOffset() {
        let plain = "汐河区召开“专题”会议…a·b 2021"
        #expect(!ICalText.hasControls(plain, keepingTab: false))
        for control in ["\u{7}", "\u{0}", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{2029}", "\t", "\n"] {
            for k in 0...plain.unicodeScalars.count {
                var scalars = Array(plain.unicodeScalars)
                scalars.insert(contentsOf: control.unicodeScalars, at: k)
                let text = String(String.UnicodeScalarView(scalars))
                #expect(ICalText.hasControls(text, keepingTab: false), "\(control.debugDescription) at \(k)")
                #expect(ICalText.hasControls(text, keepingTab: true, keepingLF: true) == !(control == "\t" || control == "\n"),
                        "\(control.debugDescription) at \(k)")
            }
        }
    }
}
