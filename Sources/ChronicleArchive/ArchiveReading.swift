import ChronicleCore
import GRDB

extension Archive {
    /// The archive as a timeline: every report, grouped into events by the library's
    /// `SameEventRule` exactly as `convert` groups the same pages, each event with its
    /// revision (the highest SEQUENCE of its reports, the first CREATED, the last
    /// LAST-MODIFIED); then sliced by `query`. Grouping always sees every report, so a
    /// slice holds the same events, with the same UIDs, as the whole.
    public func timeline(_ query: ArchiveQuery = ArchiveQuery(), options: CalendarOptions = .init()) throws(ArchiveError) -> Timeline {
        let (reports, revisions) = try loadReports()
        var timeline = Timeline(reports: reports, options: options)
        timeline.entries.removeAll { !query.matches($0) }
        for i in timeline.entries.indices {
            let entry = timeline.entries[i]
            let found = ([entry.event] + entry.otherReports).compactMap { revisions[$0] }
            guard let first = found.first else { continue }
            timeline.entries[i].revision = found.dropFirst().reduce(first) { a, b in
                Revision(sequence: max(a.sequence, b.sequence), created: min(a.created, b.created),
                         lastModified: max(a.lastModified, b.lastModified))
            }
        }
        return timeline
    }

    /// The archived events in `query`, in calendar order, each once with all its sources.
    public func events(_ query: ArchiveQuery = ArchiveQuery()) throws(ArchiveError) -> [ArchivedEvent] {
        try timeline(query).entries.map { entry in
            let revision = entry.revision ?? Revision(sequence: 0, created: 0, lastModified: 0)
            return ArchivedEvent(uid: entry.uid, event: entry.event, alsoReportedIn: entry.otherReports,
                                 sequence: revision.sequence, created: revision.created,
                                 lastModified: revision.lastModified)
        }
    }

    /// Every report with its UID, and the revision of each.
    private func loadReports() throws(ArchiveError) -> ([IdentifiedEvent], [Event: Revision]) {
        let path = self.path
        return try guarded {
            try pool.read { db in
                var people: [String: [Int64: [String]]] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT report_id, role, form FROM report_person ORDER BY report_id, role, position
                    """) {
                    people[row["role"], default: [:]][row["report_id"], default: []].append(row["form"])
                }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT r.*, a.ordinal AS article, a.headline, a.byline, p.source, i.date AS issue,
                           v.sequence, v.created_at, v.last_modified
                    FROM report r JOIN article a ON a.id = r.article_id JOIN page p ON p.id = a.page_id
                         JOIN issue i ON i.id = p.issue_id
                         LEFT JOIN revision v ON v.page_id = p.id AND v.uid = r.uid
                    ORDER BY r.id
                    """)
                var reports: [IdentifiedEvent] = []
                var revisions: [Event: Revision] = [:]
                reports.reserveCapacity(rows.count)
                for row in rows {
                    let id: Int64 = row["id"]
                    var event = try Archive.event(from: row, leaders: people[ArchiveRole.leader]?[id] ?? [], path: path)
                    event.attendees = people[ArchiveRole.attendee]?[id] ?? []
                    let dateSource: String? = row["issue_date_source"]
                    event.issueDateSource = dateSource.flatMap(IssueDateSource.init(rawValue:))
                    reports.append(IdentifiedEvent(uid: row["uid"], event: event))
                    if let sequence = row["sequence"] as Int? {
                        let revision = Revision(sequence: sequence, created: row["created_at"],
                                                lastModified: row["last_modified"])
                        // Identical reports (two pages read from standard input): the later revision.
                        if let other = revisions[event], other.lastModified > revision.lastModified { continue }
                        revisions[event] = revision
                    }
                }
                return (reports, revisions)
            }
        }
    }

    /// Counts by month, kind and person, plus totals; the month is the calendar's day.
    public func stats() throws(ArchiveError) -> ArchiveStats {
        var stats = try guarded {
            try pool.read { db in
                var stats = ArchiveStats()
                func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
                stats.issues = try count("issue")
                stats.pages = try count("page")
                stats.articles = try count("article")
                stats.reports = try count("report")
                return stats
            }
        }
        let entries = try timeline().entries
        stats.events = entries.count
        var months: [String: Int] = [:], kinds: [String: Int] = [:], people: [String: Int] = [:]
        for entry in entries {
            months[String(entry.calendarDay.description.prefix(7)), default: 0] += 1
            kinds[entry.event.kind, default: 0] += 1
            for name in Set(entry.event.leaders.map(PersonName.key(of:))) { people[name, default: 0] += 1 }
        }
        func ranked(_ counts: [String: Int]) -> [ArchiveStats.Count] {
            counts.map { ArchiveStats.Count(key: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.key) < ($0.count, $1.key) }
        }
        stats.byMonth = months.map { ArchiveStats.Count(key: $0.key, count: $0.value) }.sorted { $0.key < $1.key }
        stats.byKind = ranked(kinds)
        stats.byLeader = ranked(people)
        return stats
    }

    /// Problems with the archive's consistency; empty when it is sound.
    public func problems() throws(ArchiveError) -> [String] {
        try guarded {
            try pool.read { db in
                var found: [String] = []
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if integrity != ["ok"] { found += integrity }
                let badKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                if !badKeys.isEmpty { found.append("\(badKeys.count) rows break a foreign key") }
                let unrevised = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM report r JOIN article a ON a.id = r.article_id WHERE NOT EXISTS
                        (SELECT 1 FROM revision v WHERE v.page_id = a.page_id AND v.uid = r.uid AND v.present = 1)
                    """) ?? 0
                if unrevised > 0 { found.append("\(unrevised) reports have no revision") }
                let orphaned = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM revision v WHERE v.present = 1 AND NOT EXISTS
                        (SELECT 1 FROM report r JOIN article a ON a.id = r.article_id
                         WHERE a.page_id = v.page_id AND r.uid = v.uid)
                    """) ?? 0
                if orphaned > 0 { found.append("\(orphaned) revisions name a report the archive does not hold") }
                let doubled = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM (SELECT a.page_id, r.uid FROM report r JOIN article a ON a.id = r.article_id
                                          GROUP BY a.page_id, r.uid HAVING COUNT(*) > 1)
                    """) ?? 0
                if doubled > 0 { found.append("\(doubled) UIDs stand for two reports of one page") }
                return found
            }
        }
    }

    static func date(_ text: String, path: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { throw ArchiveError(path: path, reason: .corrupt("date \(text)")) }
        return date
    }

    static func event(from row: Row, leaders: [String], path: String) throws -> Event {
        let timexText: String = row["timex"]
        guard let timex = TimexStorage.decode(value: timexText, isSet: row["timex_is_set"]) else {
            throw ArchiveError(path: path, reason: .corrupt("TIMEX3 value \(timexText)"))
        }
        let modifier: String? = row["modifier"]
        return Event(kind: row["kind"], timex: timex, modifier: modifier.flatMap(TimexModifier.init(rawValue:)),
                     dateText: row["date_text"], planned: row["planned"], summary: row["summary"], leaders: leaders,
                     location: row["location"], trigger: row["trigger"], sentence: row["sentence"],
                     headline: row["headline"], byline: row["byline"], issueDate: try date(row["issue"], path: path),
                     source: row["source"], article: row["article"], ordinal: row["ordinal"])
    }
}

extension Archive {
    /// The kinds of the archived reports (built-in ones and any a user lexicon added), sorted.
    public func kinds() throws(ArchiveError) -> [String] {
        try guarded { try pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM report ORDER BY kind") } }
    }
}
