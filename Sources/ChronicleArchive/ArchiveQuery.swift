import Chronicle

/// A slice of the archive for `chronicle export`. Every field left nil selects everything.
public struct ArchiveQuery: Hashable, Sendable {
    /// Events whose calendar day is on or after / on or before these dates. The day of
    /// a vaguely dated event (近日) is its issue date, as on the calendar.
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var kind: String?
    /// Matches any part of a leader as written: `虎强`, `区委书记`.
    public var leader: String?

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, kind: String? = nil, leader: String? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.leader = leader
    }
}
