/// How values become calendar slots: zone, part-of-day windows, default lengths, vague policy.
public struct CalendarOptions: Hashable, Sendable {
    /// IANA name of the zone all wall times are in.
    public var timeZone: String
    /// Part-of-day windows (defaults: `TimelineTables.defaultWindows`).
    public var windows: [PartOfDay: MinuteWindow]
    /// Minutes an event dated by a clock time lasts, per kind.
    public var lengths: [String: Int]
    /// What to do with vague dates (近日, 日前 → `PAST_REF`).
    public var vague: VaguePolicy
    /// What to do with spans too long to draw (a month, a plan of years).
    public var longSpans: LongSpanPolicy

    public init(timeZone: String = "Asia/Shanghai",
                windows: [PartOfDay: MinuteWindow] = TimelineTables.defaultWindows,
                lengths: [String: Int] = TimelineTables.defaultLengths,
                vague: VaguePolicy = .include, longSpans: LongSpanPolicy = .firstDay) {
        self.timeZone = timeZone
        self.windows = windows
        self.lengths = lengths
        self.vague = vague
        self.longSpans = longSpans
    }

    /// Options with windows overridden by specs such as `上午=09:00-12:00` (as `--window` gives them).
    public init(timeZone: String = "Asia/Shanghai", windowSpecs: [String],
                vague: VaguePolicy = .include, longSpans: LongSpanPolicy = .firstDay) throws(CalendarOptionsError) {
        self.init(timeZone: timeZone, vague: vague, longSpans: longSpans)
        for spec in windowSpecs {
            let (part, window) = try Self.parseWindow(spec)
            windows[part] = window
        }
    }

    public func window(for part: PartOfDay) -> MinuteWindow {
        windows[part] ?? TimelineTables.defaultWindows[part] ?? MinuteWindow(start: 0, end: 24 * 60)
    }

    public func length(forKind kind: String) -> Int {
        lengths[kind] ?? TimelineTables.fallbackLength
    }

    /// Parses `NAME=HH:MM-HH:MM`; NAME is a part-of-day word (上午) or a TIMEX3 code (MO).
    public static func parseWindow(_ spec: String) throws(CalendarOptionsError) -> (PartOfDay, MinuteWindow) {
        let halves = spec.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2 else { throw .invalidWindow(spec) }
        let name = halves[0].trimmingSpaces
        guard let part = TimelineTables.partOfDayNames.first(where: { $0.name == name })?.part else {
            throw .invalidWindow(spec)
        }
        let bounds = halves[1].split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let start = minutes(bounds[0].trimmingSpaces),
              let end = minutes(bounds[1].trimmingSpaces), start < end else {
            throw .invalidWindow(spec)
        }
        return (part, MinuteWindow(start: start, end: end))
    }

    /// `HH:MM` → minutes after midnight; 24:00 is accepted as an end.
    private static func minutes(_ text: Substring) -> Int? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2, fields.allSatisfy({ (1...2).contains($0.count) }),
              let h = Int(fields[0]), let m = Int(fields[1]),
              let time = ClockTime(hour: h, minute: m) else { return nil }
        return time.minutesSinceMidnight
    }
}

/// `--long-spans first-day|skip`: a span longer than `TimelineTables.longestDrawnSpanDays`.
public enum LongSpanPolicy: String, Hashable, Sendable, CaseIterable {
    /// One approximate all-day entry on its first day.
    case firstDay = "first-day"
    /// Left off calendars (still in CSV, JSON lines, HTML).
    case skip
}

/// `--vague include|skip`.
public enum VaguePolicy: String, Hashable, Sendable, CaseIterable {
    /// On the issue date, marked approximate.
    case include
    /// Left out of every output.
    case skip
}

public enum CalendarOptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidWindow(String)

    public var description: String {
        switch self {
        case .invalidWindow(let spec):
            let names = PartOfDay.allCases.compactMap { TimelineTables.partOfDayLabel[$0] }
            return "invalid part-of-day window '\(spec)': write NAME=HH:MM-HH:MM with NAME one of "
                + names.joined(separator: ", ") + " (or MO, MI, AF, EV, NI), start before end"
        }
    }
}

