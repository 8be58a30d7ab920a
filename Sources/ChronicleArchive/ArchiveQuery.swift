import ChronicleCore

/// A slice of the archive for `chronicle export`. Every field left nil selects everything.
public struct ArchiveQuery: Hashable, Sendable {
    /// Events whose calendar day (`TimelineEntry.calendarDay`, the day the calendar
    /// shows them on; a vaguely dated event's is its issue date) is on or after / on or
    /// before these dates.
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// A kind code (`inspection`); the command resolves labels (调研督导) to codes.
    public var kind: String?
    /// Any part of a leader as written, or a name, traditional or simplified: `虎强`,
    /// `區委書記`. Matched on the folded text (`MatchFolding`).
    public var leader: String?

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, kind: String? = nil, leader: String? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.leader = leader
    }

    func matches(_ entry: TimelineEntry) -> Bool {
        let day = entry.calendarDay
        if let from, day < from { return false }
        if let to, day > to { return false }
        if let kind, entry.event.kind != kind { return false }
        if let leader {
            let wanted = StableID.squeezed(leader)
            guard !wanted.isEmpty else { return true }
            // A title and a name (`副区长苏婉清`) also finds the person under other titles.
            let name = PersonName.key(of: leader)
            let byName = name != wanted
            let forms = ([entry.event] + entry.otherReports).flatMap(\.leaders)
            return forms.contains { StableID.squeezed($0).contains(wanted) || (byName && PersonName.key(of: $0) == name) }
        }
        return true
    }
}
