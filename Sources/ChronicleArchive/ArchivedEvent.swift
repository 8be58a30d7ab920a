import ChronicleCore

/// One event as the archive knows it: the report chosen to stand for it, every
/// other issue that reported it, and the revision data a subscribed calendar needs.
public struct ArchivedEvent: Hashable, Sendable {
    /// The event's stable UID: that of the report standing for it.
    public var uid: String
    /// The earliest report (by issue date, then identity): it stands for the event.
    public var event: Event
    /// The same happening as told by other issues, earliest first (what
    /// `TimelineEntry.otherReports` holds).
    public var alsoReportedIn: [Event]
    /// iCalendar SEQUENCE: 0 when first archived, +1 each time the event's content
    /// (or the set of its sources) changes.
    public var sequence: Int
    /// Unix seconds of the first archiving and of the last content change (LAST-MODIFIED).
    public var created: Int64
    public var lastModified: Int64

    public init(uid: String, event: Event, alsoReportedIn: [Event], sequence: Int, created: Int64, lastModified: Int64) {
        self.uid = uid
        self.event = event
        self.alsoReportedIn = alsoReportedIn
        self.sequence = sequence
        self.created = created
        self.lastModified = lastModified
    }
}

