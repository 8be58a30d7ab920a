/// What each TIMEX3 value means on a calendar: the one table the code follows and the
/// README prints (`CalendarMeaning.markdown()` → README.md, kept equal by a test).
public enum CalendarMeaning {
    /// The shapes of value the time engine produces.
    public enum Shape: String, Hashable, Sendable, CaseIterable {
        case date, partOfDay, dateTime, week, weekend, month, quarter, half, season
        case year, decade, century, range, duration, set, pastRef, presentRef, futureRef
    }

    /// How a shape is placed.
    public enum Placement: Hashable, Sendable {
        /// An all-day event over every day the value covers.
        case coveredDays
        /// A timed event in the part-of-day window.
        case partOfDayWindow
        /// A timed event from the clock time, lasting the kind's default length.
        case clockTimeAndKindLength
        /// From the start of the first end to the finish of the second: timed when both
        /// ends are timed, else all-day over the days between.
        case rangeEnds
        /// An all-day event on the issue date.
        case issueDate
        /// Kept in CSV, JSON lines and HTML, left off calendars.
        case none
    }

    public struct Row: Hashable, Sendable {
        public let shape: Shape
        public let example: String
        public let precision: Precision
        public let placement: Placement
        /// Marked approximate (〔约〕 in SUMMARY, a line in DESCRIPTION, `X-CHRONICLE-APPROXIMATE`).
        public let approximate: Bool
    }

    /// The table. One row per shape.
    public static let table: [Row] = [
        Row(shape: .date, example: "2021-04-12", precision: .day, placement: .coveredDays, approximate: false),
        Row(shape: .partOfDay, example: "2021-04-12TMO", precision: .partOfDay, placement: .partOfDayWindow, approximate: false),
        Row(shape: .dateTime, example: "2021-04-12T15:00", precision: .exact, placement: .clockTimeAndKindLength, approximate: false),
        Row(shape: .range, example: "(2021-04-07,2021-04-09,P2D)", precision: .day, placement: .rangeEnds, approximate: false),
        Row(shape: .week, example: "2021-W15", precision: .week, placement: .coveredDays, approximate: true),
        Row(shape: .weekend, example: "2021-W15-WE", precision: .week, placement: .coveredDays, approximate: true),
        Row(shape: .month, example: "2021-04", precision: .month, placement: .coveredDays, approximate: true),
        Row(shape: .quarter, example: "2021-Q2", precision: .month, placement: .none, approximate: true),
        Row(shape: .half, example: "2021-H1", precision: .month, placement: .none, approximate: true),
        Row(shape: .season, example: "2021-SP", precision: .month, placement: .none, approximate: true),
        Row(shape: .year, example: "2021", precision: .year, placement: .none, approximate: true),
        Row(shape: .decade, example: "198", precision: .year, placement: .none, approximate: true),
        Row(shape: .century, example: "19", precision: .year, placement: .none, approximate: true),
        Row(shape: .pastRef, example: "PAST_REF", precision: .vague, placement: .issueDate, approximate: true),
        Row(shape: .presentRef, example: "PRESENT_REF", precision: .vague, placement: .issueDate, approximate: true),
        Row(shape: .futureRef, example: "FUTURE_REF", precision: .vague, placement: .none, approximate: true),
        Row(shape: .duration, example: "P3D", precision: .vague, placement: .none, approximate: true),
        Row(shape: .set, example: "XXXX-WXX-1", precision: .vague, placement: .none, approximate: true),
    ]

    public static func row(for shape: Shape) -> Row {
        // Every shape has a row (a test checks it); `.none` is the safe answer otherwise.
        table.first { $0.shape == shape }
            ?? Row(shape: shape, example: "", precision: .vague, placement: .none, approximate: true)
    }

    public static func shape(of timex: Timex) -> Shape {
        switch timex {
        case .date: return .date
        case .partOfDay: return .partOfDay
        case .dateTime: return .dateTime
        case .week: return .week
        case .weekend: return .weekend
        case .month: return .month
        case .quarter: return .quarter
        case .half: return .half
        case .season: return .season
        case .year: return .year
        case .decade: return .decade
        case .century: return .century
        case .range: return .range
        case .duration: return .duration
        case .set: return .set
        case .vague(.past): return .pastRef
        case .vague(.present): return .presentRef
        case .vague(.future): return .futureRef
        }
    }

    /// The calendar meaning of one event's date.
    public struct Meaning: Hashable, Sendable {
        /// The days or times the value covers: what CSV, JSON lines, HTML and reports give.
        public var slot: CalendarSlot
        /// Where iCalendar puts it: `slot` within what a calendar shows sensibly
        /// (`limitToCalendars`).
        public var calendarSlot: CalendarSlot
        public var precision: Precision
        public var approximate: Bool
    }

    public static func meaning(of timex: Timex, modifier: TimexModifier? = nil, kind: String,
                               issueDate: CalendarDate, options: CalendarOptions) -> Meaning {
        let row = row(for: shape(of: timex))
        var precision = row.precision
        let slot: CalendarSlot
        switch row.placement {
        case .coveredDays:
            slot = timex.coveredDays.map { CalendarSlot.allDay(first: $0.first, last: $0.last) } ?? .unplaced
        case .partOfDayWindow, .clockTimeAndKindLength:
            slot = timed(timex, kind: kind, options: options).map { .timed(start: $0.start, end: $0.end) } ?? .unplaced
        case .rangeEnds:
            guard case .range(let a, let b) = timex else { slot = .unplaced; break }
            precision = finest(meaning(of: a, kind: kind, issueDate: issueDate, options: options).precision,
                               meaning(of: b, kind: kind, issueDate: issueDate, options: options).precision)
            slot = rangeSlot(a, b, kind: kind, options: options)
            // An all-day range is known to the day at best.
            if case .allDay = slot, precision == .exact || precision == .partOfDay { precision = .day }
        case .issueDate:
            slot = .allDay(first: issueDate, last: issueDate)
        case .none:
            slot = .unplaced
        }
        var approximate = row.approximate || modifier != nil
        var calendarSlot = slot
        limitToCalendars(&calendarSlot, approximate: &approximate, issueDate: issueDate, options: options)
        return Meaning(slot: slot, calendarSlot: calendarSlot, precision: precision, approximate: approximate)
    }

    /// What a calendar can show sensibly: a span longer than
    /// `TimelineTables.longestDrawnSpanDays` becomes one approximate entry on its first
    /// day (or none, `--long-spans skip`); an event wholly more than
    /// `TimelineTables.calendarReachDays` from the issue date is left off.
    static func limitToCalendars(_ slot: inout CalendarSlot, approximate: inout Bool,
                                 issueDate: CalendarDate, options: CalendarOptions) {
        let days: (first: CalendarDate, last: CalendarDate)
        switch slot {
        case .allDay(let first, let last): days = (first, last)
        case .timed(let start, let end): days = (start.date, end.date)
        case .unplaced: return
        }
        let reach = TimelineTables.calendarReachDays
        if days.last.dayNumber < issueDate.dayNumber - reach || days.first.dayNumber > issueDate.dayNumber + reach {
            slot = .unplaced
            return
        }
        if case .allDay(let first, let last) = slot, last.dayNumber - first.dayNumber + 1 > TimelineTables.longestDrawnSpanDays {
            approximate = true
            slot = options.longSpans == .skip ? .unplaced : .allDay(first: first, last: first)
        }
    }

    private static func finest(_ a: Precision, _ b: Precision) -> Precision {
        let order = Precision.allCases
        return (order.firstIndex(of: a) ?? 0) <= (order.firstIndex(of: b) ?? 0) ? a : b
    }

    /// Start and end of a timed value: a part-of-day window, or a clock time plus the kind's length.
    static func timed(_ timex: Timex, kind: String, options: CalendarOptions) -> (start: LocalDateTime, end: LocalDateTime)? {
        switch timex {
        case .partOfDay(let d, let part):
            let w = options.window(for: part)
            return (LocalDateTime(date: d, minutes: w.start), LocalDateTime(date: d, minutes: w.end))
        case .dateTime(let d, let t):
            let start = LocalDateTime(date: d, minutes: t.minutesSinceMidnight)
            return (start, LocalDateTime(date: d, minutes: t.minutesSinceMidnight + max(1, options.length(forKind: kind))))
        default:
            return nil
        }
    }

    /// A range: timed from the first end's start to the second end's finish when both ends
    /// are timed (a clock time as second end is the finish itself), else all-day.
    private static func rangeSlot(_ a: Timex, _ b: Timex, kind: String, options: CalendarOptions) -> CalendarSlot {
        if let first = timed(a, kind: kind, options: options), let second = timed(b, kind: kind, options: options) {
            var end = second.end
            if case .dateTime(let d, let t) = b { end = LocalDateTime(date: d, minutes: t.minutesSinceMidnight) }
            if end <= first.start { end = first.end }
            return .timed(start: first.start, end: end)
        }
        if let days = Timex.range(a, b).coveredDays { return .allDay(first: days.first, last: days.last) }
        return .unplaced
    }

    /// The table as Markdown, with the windows and lengths of `options`.
    public static func markdown(options: CalendarOptions = .init()) -> String {
        var lines = [
            "# What each value means on a calendar",
            "",
            "Generated from `Sources/ChronicleCore/Timeline/CalendarMeaning.swift` (a test keeps them equal).",
            "Times are wall times in \(options.timeZone). CSV and JSON lines give all-day events",
            "as first and last day (inclusive); iCalendar writes `DTSTART;VALUE=DATE` and an",
            "exclusive `DTEND` (the day after the last).",
            "",
            "| value | example | precision | on a calendar | approximate |",
            "|---|---|---|---|---|",
        ]
        for row in table {
            lines.append("| \(row.shape.rawValue) | `\(row.example)` | \(row.precision.rawValue) | "
                         + "\(describe(row.placement)) | \(row.approximate ? "yes" : "no") |")
        }
        lines += ["", "Part-of-day windows (override with `--window 上午=09:00-12:00`):", "",
                  "| part of day | TIMEX3 | window |", "|---|---|---|"]
        for part in PartOfDay.allCases {
            let w = options.window(for: part)
            lines.append("| \(TimelineTables.partOfDayLabel[part] ?? part.rawValue) | \(part.rawValue) | "
                         + "\(hhmm(w.start))–\(hhmm(w.end)) |")
        }
        lines += ["", "Length of an event dated by a clock time, per kind:", "",
                  "| kind | minutes |", "|---|---|"]
        for (kind, minutes) in options.lengths.sorted(by: { $0.key < $1.key }) {
            lines.append("| \(kind) | \(minutes) |")
        }
        lines += ["", "Approximate events carry 〔约〕 in SUMMARY, a line in DESCRIPTION and",
                  "`X-CHRONICLE-APPROXIMATE:TRUE`; `--vague skip` leaves out every `vague` row.",
                  "A deadline (`mod` ON_OR_BEFORE, 5月底前) is placed on its last day and marked approximate.",
                  "A span longer than \(TimelineTables.longestDrawnSpanDays) days (a month, 2021年至2025年) is one approximate",
                  "all-day entry on its first day (`--long-spans skip` leaves it off); an event wholly more than",
                  "\(TimelineTables.calendarReachDays) days from the issue date (history, distant plans) is left off calendars.",
                  "Both stay in CSV, JSON lines and HTML.", ""]
        return lines.joined(separator: "\n")
    }

    private static func describe(_ p: Placement) -> String {
        switch p {
        case .coveredDays: return "all-day event over the days it covers"
        case .partOfDayWindow: return "timed event in the part-of-day window"
        case .clockTimeAndKindLength: return "timed event from that time, default length per kind"
        case .rangeEnds: return "from its start to its end: timed if both ends are times, else multi-day all-day"
        case .issueDate: return "all-day event on the issue date (skipped with `--vague skip`)"
        case .none: return "not on calendars (kept in CSV, JSON lines, HTML)"
        }
    }

    static func hhmm(_ minutes: Int) -> String { "\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))" }
}
