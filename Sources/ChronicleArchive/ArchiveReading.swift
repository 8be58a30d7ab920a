import Chronicle
import GRDB

extension Archive {
    /// The archived events in `query`, in calendar order, each once with all its sources.
    public func events(_ query: ArchiveQuery = ArchiveQuery()) throws(ArchiveError) -> [ArchivedEvent] {
        let (filter, arguments) = Archive.eventFilter(query)
        let path = self.path
        return try guarded {
            try pool.read { db in
                var leaders: [Int64: [String]] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT l.report_id, l.leader FROM report_leader l JOIN report r ON r.id = l.report_id
                    WHERE r.event_id IN (SELECT e.id FROM event e \(filter))
                    ORDER BY l.report_id, l.position
                    """, arguments: arguments) {
                    leaders[row["report_id"], default: []].append(row["leader"])
                }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT e.id AS event_id, e.sequence, e.created_at, e.last_modified, e.day AS event_day,
                           e.primary_report_id, r.*, a.ordinal AS article, a.headline, a.byline, p.source,
                           i.date AS issue
                    FROM event e JOIN report r ON r.event_id = e.id JOIN article a ON a.id = r.article_id
                         JOIN page p ON p.id = a.page_id JOIN issue i ON i.id = a.issue_id
                    WHERE e.id IN (SELECT e.id FROM event e \(filter))
                    ORDER BY e.day, e.id, i.date, p.source, a.ordinal, r.ordinal
                    """, arguments: arguments)
                var result: [ArchivedEvent] = []
                var index = 0
                while index < rows.count {
                    let eventID: Int64 = rows[index]["event_id"]
                    var end = index
                    while end < rows.count, rows[end]["event_id"] as Int64 == eventID { end += 1 }
                    let group = rows[index..<end]
                    let primaryID: Int64? = group.first?["primary_report_id"]
                    let primaryRow = group.first { $0["id"] as Int64 == primaryID } ?? group[index]
                    let event = try Archive.event(from: primaryRow, leaders: leaders[primaryRow["id"]] ?? [], path: path)
                    let others = try group.filter { $0["id"] as Int64 != primaryRow["id"] as Int64 }.map { row in
                        try Archive.event(from: row, leaders: leaders[row["id"]] ?? [], path: path)
                    }
                    result.append(ArchivedEvent(event: event, alsoReportedIn: others, sequence: primaryRow["sequence"],
                                                created: primaryRow["created_at"], lastModified: primaryRow["last_modified"]))
                    index = end
                }
                return result
            }
        }
    }

    /// Counts by month, kind and leader, plus totals.
    public func stats() throws(ArchiveError) -> ArchiveStats {
        try guarded {
            try pool.read { db in
                var stats = ArchiveStats()
                func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
                func counts(_ sql: String) throws -> [ArchiveStats.Count] {
                    try Row.fetchAll(db, sql: sql).map { ArchiveStats.Count(key: $0[0], count: $0[1]) }
                }
                stats.issues = try count("issue")
                stats.pages = try count("page")
                stats.articles = try count("article")
                stats.events = try count("event")
                stats.reports = try count("report")
                stats.byMonth = try counts("SELECT substr(day, 1, 7) AS m, COUNT(*) FROM event GROUP BY m ORDER BY m")
                stats.byKind = try counts("SELECT kind, COUNT(*) AS n FROM event GROUP BY kind ORDER BY n DESC, kind")
                stats.byLeader = try counts("""
                    SELECT l.leader, COUNT(*) AS n FROM event e JOIN report_leader l ON l.report_id = e.primary_report_id
                    GROUP BY l.leader ORDER BY n DESC, l.leader
                    """)
                return stats
            }
        }
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
                let empty = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.event_id = e.id)
                    """) ?? 0
                if empty > 0 { found.append("\(empty) events have no report") }
                let strayPrimary = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM event e WHERE NOT EXISTS
                        (SELECT 1 FROM report r WHERE r.id = e.primary_report_id AND r.event_id = e.id)
                    """) ?? 0
                if strayPrimary > 0 { found.append("\(strayPrimary) events point at a primary report not theirs") }
                let doubled = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM (SELECT r.event_id, a.issue_id FROM report r JOIN article a ON a.id = r.article_id
                                          GROUP BY r.event_id, a.issue_id HAVING COUNT(*) > 1)
                    """) ?? 0
                if doubled > 0 { found.append("\(doubled) events hold two reports from one issue") }
                return found
            }
        }
    }

    /// SQL `WHERE` clause over `event e` for a query, with its arguments.
    static func eventFilter(_ query: ArchiveQuery) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments = StatementArguments()
        if let from = query.from { clauses.append("e.day >= ?"); arguments += [from.description] }
        if let to = query.to { clauses.append("e.day <= ?"); arguments += [to.description] }
        if let kind = query.kind { clauses.append("e.kind = ?"); arguments += [kind] }
        if let leader = query.leader {
            clauses.append("""
                EXISTS (SELECT 1 FROM report r JOIN report_leader l ON l.report_id = r.id
                        WHERE r.event_id = e.id AND instr(l.leader, ?) > 0)
                """)
            arguments += [leader]
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
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
