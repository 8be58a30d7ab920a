/// Counts for `chronicle stats`.
public struct ArchiveStats: Hashable, Sendable {
    public struct Count: Hashable, Sendable {
        public var key: String
        public var count: Int
    }

    public var issues = 0
    public var pages = 0
    public var articles = 0
    /// Distinct events (an event reported in two issues counts once)…
    public var events = 0
    /// …and the reports of them.
    public var reports = 0
    /// `YYYY-MM` of the event's calendar day, in order.
    public var byMonth: [Count] = []
    /// Most frequent first.
    public var byKind: [Count] = []
    /// Leaders as written, most frequent first.
    public var byLeader: [Count] = []
}

/// What one ingest did to the archive.
public struct IngestSummary: Hashable, Sendable {
    public var added = 0
    public var updated = 0
    public var removed = 0
    public var unchanged = 0
    /// The reports a corrected page no longer has, by UID: the events that go with them.
    public var removedReports: [Removed] = []

    public struct Removed: Hashable, Sendable {
        public var uid: String
        public var summary: String
    }

    public init(added: Int = 0, updated: Int = 0, removed: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.removed = removed
        self.unchanged = unchanged
    }

    public var changedAnything: Bool { added + updated + removed > 0 }

    public static func + (a: IngestSummary, b: IngestSummary) -> IngestSummary {
        var sum = IngestSummary(added: a.added + b.added, updated: a.updated + b.updated,
                                removed: a.removed + b.removed, unchanged: a.unchanged + b.unchanged)
        sum.removedReports = a.removedReports + b.removedReports
        return sum
    }
}
