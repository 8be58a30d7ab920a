/// Decides whether two reports from different issues tell of the same happening: the
/// one rule the timeline (`convert`) and the archive (`ingest` + `export`) merge by.
///
/// Conservative on purpose: a wrong merge hides an event, a missed merge only shows
/// it twice. Same kind always; then either the same specific day and a shared person
/// (compared by name, `PersonName`, so `区长苏婉清` and `区委副书记、区长苏婉清` are one),
/// or, with no leaders on both sides, the same place or summary; a report that is not
/// known to the day (近日, a week, a month) merges only on the very same summary within
/// a month, since a routine summary (中心组专题学习) recurs every few weeks. Two reports
/// of one issue are two events unless their identities are the same (`StableID`).
public struct SameEventRule: Sendable {
    /// How far apart (in days) a report not known to the day may be from the one it repeats.
    public static let vagueWindowDays = 31

    /// What the rule reads of a report.
    public struct Report: Hashable, Sendable {
        public var kind: String
        /// The day the calendar shows the event on (`TimelineEntry.calendarDay`).
        public var day: CalendarDate
        /// Known to the day or finer, and not approximate.
        public var specific: Bool
        /// Folded summary and place; folded names (`PersonName.key`).
        public var summary: String
        public var location: String?
        public var names: [String]

        public init(kind: String, day: CalendarDate, specific: Bool, summary: String, location: String?, names: [String]) {
            self.kind = kind
            self.day = day
            self.specific = specific
            self.summary = summary
            self.location = location
            self.names = names
        }

        public init(_ event: Event, meaning: CalendarMeaning.Meaning) {
            self.init(event, meaning: meaning, keys: StableID.Keys(event))
        }

        /// With the names and summary the event's identity was made of (`StableID.Keys`).
        init(_ event: Event, meaning: CalendarMeaning.Meaning, keys: StableID.Keys) {
            let specific = !meaning.approximate && [.exact, .partOfDay, .day].contains(meaning.precision)
            self.init(kind: event.kind, day: TimelineEntry.calendarDay(event: event, slot: meaning.slot,
                                                                  calendarSlot: meaning.calendarSlot),
                      specific: specific, summary: keys.summary,
                      location: event.location.map(StableID.squeezed),
                      names: keys.names)
        }
    }

    public init() {}

    public func same(_ a: Report, _ b: Report) -> Bool {
        guard a.kind == b.kind else { return false }
        guard a.specific && b.specific else {
            return a.summary == b.summary && abs(a.day.dayNumber - b.day.dayNumber) <= Self.vagueWindowDays
        }
        guard a.day == b.day else { return false }
        if !a.names.isEmpty && !b.names.isEmpty { return a.names.contains { b.names.contains($0) } }
        if a.names.isEmpty && b.names.isEmpty, let la = a.location, la == b.location { return true }
        return a.summary == b.summary
    }
}
