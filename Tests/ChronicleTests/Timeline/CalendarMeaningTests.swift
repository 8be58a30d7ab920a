import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct CalendarMeaningTests {
    typealias S = SampleEvents
    static let options = CalendarOptions()

    struct Case: CustomTestStringConvertible, Sendable {
        let timex: Timex
        let kind: String
        let slot: CalendarSlot
        let precision: Precision
        let approximate: Bool
        var testDescription: String { timex.value }
    }

    static func at(_ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> LocalDateTime {
        LocalDateTime(date: S.day(m, d), time: S.time(h, min))
    }

    /// The table, as cases: value → calendar slot, precision, approximate.
    static let cases: [Case] = [
        Case(timex: .date(S.day(4, 12)), kind: "meeting", slot: .allDay(first: S.day(4, 12), last: S.day(4, 12)), precision: .day, approximate: false),
        Case(timex: .partOfDay(S.day(4, 12), .morning), kind: "meeting", slot: .timed(start: at(4, 12, 9), end: at(4, 12, 12)), precision: .partOfDay, approximate: false),
        Case(timex: .partOfDay(S.day(4, 12), .afternoon), kind: "meeting", slot: .timed(start: at(4, 12, 14, 30), end: at(4, 12, 17, 30)), precision: .partOfDay, approximate: false),
        Case(timex: .partOfDay(S.day(4, 12), .evening), kind: "meeting", slot: .timed(start: at(4, 12, 19), end: at(4, 12, 21)), precision: .partOfDay, approximate: false),
        Case(timex: .dateTime(S.day(4, 12), S.time(15)), kind: "meeting", slot: .timed(start: at(4, 12, 15), end: at(4, 12, 17)), precision: .exact, approximate: false),
        Case(timex: .dateTime(S.day(4, 12), S.time(15)), kind: "ceremony", slot: .timed(start: at(4, 12, 15), end: at(4, 12, 16)), precision: .exact, approximate: false),
        Case(timex: .dateTime(S.day(4, 12), S.time(23, 30)), kind: "meeting", slot: .timed(start: at(4, 12, 23, 30), end: at(4, 13, 1, 30)), precision: .exact, approximate: false),
        Case(timex: .dateTime(S.day(4, 12), S.time(15)), kind: "user-kind", slot: .timed(start: at(4, 12, 15), end: at(4, 12, 16)), precision: .exact, approximate: false),
        Case(timex: .range(.date(S.day(4, 7)), .date(S.day(4, 9))), kind: "training", slot: .allDay(first: S.day(4, 7), last: S.day(4, 9)), precision: .day, approximate: false),
        Case(timex: .range(.dateTime(S.day(4, 10), S.time(9)), .dateTime(S.day(4, 10), S.time(11, 30))), kind: "meeting", slot: .timed(start: at(4, 10, 9), end: at(4, 10, 11, 30)), precision: .exact, approximate: false),
        Case(timex: .range(.partOfDay(S.day(4, 10), .morning), .partOfDay(S.day(4, 10), .afternoon)), kind: "meeting", slot: .timed(start: at(4, 10, 9), end: at(4, 10, 17, 30)), precision: .partOfDay, approximate: false),
        Case(timex: .range(.date(S.day(4, 10)), .partOfDay(S.day(4, 11), .morning)), kind: "meeting", slot: .allDay(first: S.day(4, 10), last: S.day(4, 11)), precision: .day, approximate: false),
        // Spans too long to draw are one approximate entry on their first day.
        Case(timex: .range(.month(year: 2021, month: 3), .month(year: 2021, month: 4)), kind: "meeting", slot: .allDay(first: S.day(3, 1), last: S.day(3, 1)), precision: .month, approximate: true),
        Case(timex: .range(.month(year: 2021, month: 1), .month(year: 2025, month: 12)), kind: "other", slot: .allDay(first: S.day(1, 1), last: S.day(1, 1)), precision: .month, approximate: true),
        Case(timex: .range(.date(S.day(4, 1)), .date(S.day(4, 15))), kind: "training", slot: .allDay(first: S.day(4, 1), last: S.day(4, 15)), precision: .day, approximate: false),
        Case(timex: .range(.date(S.day(4, 1)), .date(S.day(4, 16))), kind: "training", slot: .allDay(first: S.day(4, 1), last: S.day(4, 1)), precision: .day, approximate: true),
        // Wholly more than a year from the issue date: history and distant plans stay off calendars.
        Case(timex: .date(S.day(12, 18, year: 1978)), kind: "meeting", slot: .unplaced, precision: .day, approximate: false),
        Case(timex: .partOfDay(S.day(6, 1, year: 2022), .morning), kind: "meeting", slot: .unplaced, precision: .partOfDay, approximate: false),
        Case(timex: .date(S.day(4, 14, year: 2020)), kind: "meeting", slot: .allDay(first: S.day(4, 14, year: 2020), last: S.day(4, 14, year: 2020)), precision: .day, approximate: false),
        Case(timex: .range(.date(S.day(3, 1, year: 2020)), .date(S.day(4, 20))), kind: "other", slot: .allDay(first: S.day(3, 1, year: 2020), last: S.day(3, 1, year: 2020)), precision: .day, approximate: true),
        Case(timex: .week(year: 2021, week: 15), kind: "meeting", slot: .allDay(first: S.day(4, 12), last: S.day(4, 18)), precision: .week, approximate: true),
        Case(timex: .week(year: 2020, week: 53), kind: "meeting", slot: .allDay(first: S.day(12, 28, year: 2020), last: S.day(1, 3)), precision: .week, approximate: true),
        Case(timex: .week(year: 2021, week: 53), kind: "meeting", slot: .unplaced, precision: .week, approximate: true),
        Case(timex: .weekend(year: 2021, week: 15), kind: "meeting", slot: .allDay(first: S.day(4, 17), last: S.day(4, 18)), precision: .week, approximate: true),
        Case(timex: .month(year: 2021, month: 2), kind: "meeting", slot: .allDay(first: S.day(2, 1), last: S.day(2, 1)), precision: .month, approximate: true),
        Case(timex: .month(year: 2020, month: 2), kind: "meeting", slot: .unplaced, precision: .month, approximate: true),
        Case(timex: .quarter(year: 2021, quarter: 2), kind: "meeting", slot: .unplaced, precision: .month, approximate: true),
        Case(timex: .half(year: 2021, half: 1), kind: "meeting", slot: .unplaced, precision: .month, approximate: true),
        Case(timex: .season(year: 2021, season: .spring), kind: "meeting", slot: .unplaced, precision: .month, approximate: true),
        Case(timex: .year(2021), kind: "meeting", slot: .unplaced, precision: .year, approximate: true),
        Case(timex: .decade(198), kind: "meeting", slot: .unplaced, precision: .year, approximate: true),
        Case(timex: .century(19), kind: "meeting", slot: .unplaced, precision: .year, approximate: true),
        Case(timex: .vague(.past), kind: "meeting", slot: .allDay(first: S.issue, last: S.issue), precision: .vague, approximate: true),
        Case(timex: .vague(.present), kind: "meeting", slot: .allDay(first: S.issue, last: S.issue), precision: .vague, approximate: true),
        Case(timex: .vague(.future), kind: "meeting", slot: .unplaced, precision: .vague, approximate: true),
        Case(timex: .duration("P3D"), kind: "meeting", slot: .unplaced, precision: .vague, approximate: true),
        Case(timex: .set("P1W"), kind: "meeting", slot: .unplaced, precision: .vague, approximate: true),
    ]

    @Test(arguments: cases) func meaning(_ c: Case) {
        let m = CalendarMeaning.meaning(of: c.timex, kind: c.kind, issueDate: S.issue, options: Self.options)
        #expect(m.calendarSlot == c.slot)
        #expect(m.precision == c.precision)
        #expect(m.approximate == c.approximate)
    }

    /// `--long-spans skip` leaves long spans off calendars; short ones are drawn as before.
    @Test func longSpansCanBeLeftOff() {
        let skip = CalendarOptions(longSpans: .skip)
        let long = CalendarMeaning.meaning(of: .month(year: 2021, month: 3), kind: "meeting", issueDate: S.issue, options: skip)
        #expect(long.calendarSlot == .unplaced && long.approximate)
        // CSV, JSON lines and reports still have the whole month.
        #expect(long.slot == .allDay(first: S.day(3, 1), last: S.day(3, 31)))
        let short = CalendarMeaning.meaning(of: .range(.date(S.day(4, 7)), .date(S.day(4, 9))), kind: "training",
                                            issueDate: S.issue, options: skip)
        #expect(short.calendarSlot == .allDay(first: S.day(4, 7), last: S.day(4, 9)) && !short.approximate)
    }

    /// Coarse values are off calendars but still have a span, for ordering and TimelineJS.
    @Test func coarseValuesCoverTheirMonths() {
        let spans: [(Timex, String, String)] = [
            (.quarter(year: 2021, quarter: 1), "2021-01-01", "2021-03-31"),
            (.quarter(year: 2021, quarter: 4), "2021-10-01", "2021-12-31"),
            (.half(year: 2021, half: 2), "2021-07-01", "2021-12-31"),
            (.season(year: 2021, season: .winter), "2021-12-01", "2022-02-28"),
            (.year(2020), "2020-01-01", "2020-12-31"),
            (.decade(198), "1980-01-01", "1989-12-31"),
            (.century(19), "1900-01-01", "1999-12-31"),
        ]
        for (timex, first, last) in spans {
            let span = timex.coveredDays
            #expect(span?.first.description == first && span?.last.description == last, "\(timex.value)")
        }
        #expect(Timex.quarter(year: 2021, quarter: 5).coveredDays == nil)
        #expect(Timex.duration("P3D").coveredDays == nil)
    }

    @Test func everyShapeHasExactlyOneRow() {
        for shape in CalendarMeaning.Shape.allCases {
            #expect(CalendarMeaning.table.filter { $0.shape == shape }.count == 1, "\(shape)")
        }
    }

    @Test func deadlinesAreApproximate() {
        let m = CalendarMeaning.meaning(of: .date(S.day(5, 31)), modifier: .onOrBefore, kind: "meeting",
                                        issueDate: S.issue, options: Self.options)
        #expect(m.approximate && m.slot == .allDay(first: S.day(5, 31), last: S.day(5, 31)))
    }

    @Test func windowsCanBeOverridden() throws {
        let options = try CalendarOptions(windowSpecs: ["上午=08:30-11:30", "AF = 15:00-18:00", "夜间=21:00-24:00"])
        let morning = CalendarMeaning.meaning(of: .partOfDay(S.day(4, 12), .morning), kind: "meeting", issueDate: S.issue, options: options)
        #expect(morning.slot == .timed(start: Self.at(4, 12, 8, 30), end: Self.at(4, 12, 11, 30)))
        let afternoon = CalendarMeaning.meaning(of: .partOfDay(S.day(4, 12), .afternoon), kind: "meeting", issueDate: S.issue, options: options)
        #expect(afternoon.slot == .timed(start: Self.at(4, 12, 15), end: Self.at(4, 12, 18)))
        let night = CalendarMeaning.meaning(of: .partOfDay(S.day(4, 12), .night), kind: "meeting", issueDate: S.issue, options: options)
        #expect(night.slot == .timed(start: Self.at(4, 12, 21), end: Self.at(4, 13, 0)))
    }

    @Test(arguments: ["上午", "上午=9:00", "黄昏=18:00-19:00", "上午=12:00-09:00", "上午=09:60-10:00", "上午=a-b", "=09:00-10:00"])
    func invalidWindowsAreUsageErrors(_ spec: String) {
        #expect(throws: CalendarOptionsError.invalidWindow(spec)) { try CalendarOptions(windowSpecs: [spec]) }
        let message = CalendarOptionsError.invalidWindow(spec).description
        #expect(message.contains("NAME=HH:MM-HH:MM") && !message.contains("\n"))
    }

    /// The README's "What each value means on a calendar" section is the table's Markdown
    /// form (between its two markers); re-record with CHRONICLE_RECORD=1.
    @Test func readmeMatchesTheTable() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("README.md")
        let (begin, end) = ("<!-- calendar-meaning:begin -->\n", "<!-- calendar-meaning:end -->")
        // The table's own title is the README's section heading.
        let table = CalendarMeaning.markdown().split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
            .dropFirst(2).joined(separator: "\n")
        var readme = try String(contentsOf: url, encoding: .utf8)
        guard let start = readme.range(of: begin), let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no calendar-meaning markers")
            return
        }
        if TestPaths.recording {
            readme.replaceSubrange(start.upperBound..<stop.lowerBound, with: table)
            try readme.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[start.upperBound..<stop.lowerBound]) == table,
                "README.md's calendar table is stale: run CHRONICLE_RECORD=1 swift test --filter CalendarMeaning")
    }
}
