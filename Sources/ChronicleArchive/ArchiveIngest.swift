import Chronicle
import GRDB

extension Archive {
    /// Adds one page (a decoded file of an issue) and its events, in one transaction.
    ///
    /// - Idempotent: the same page again writes nothing at all.
    /// - An article is identified by issue date and headline, so a corrected page
    ///   replaces that article's events; articles a corrected file no longer has go.
    /// - A report that matches an event already archived from another issue joins it.
    /// - `now` (Unix seconds, passed in for reproducible runs) stamps what changed.
    @discardableResult
    public func ingest(page: Page, events: [Event], contentHash: String, at now: Int64) throws(ArchiveError) -> IngestSummary {
        try guarded {
            try pool.write { db in
                var run = IngestRun(db: db, rule: rule, now: now)
                try run.ingest(page: page, events: events, contentHash: contentHash)
                return run.summary
            }
        }
    }
}

/// The state of one page's ingest inside its write transaction.
private struct IngestRun {
    let db: Database
    let rule: SameEventRule
    let now: Int64
    var summary = IngestSummary()
    /// Events whose reports changed: their primary and revision are settled at the end.
    var touched = Set<Int64>()
    /// Events created in this run: they start at their initial sequence, no bump.
    var created = Set<Int64>()

    init(db: Database, rule: SameEventRule, now: Int64) {
        self.db = db
        self.rule = rule
        self.now = now
    }

    mutating func ingest(page: Page, events: [Event], contentHash: String) throws {
        let issueID = try issue(page.issueDate)
        let pageID = try pageRow(issueID: issueID, source: page.source, hash: contentHash)
        let byArticle = Dictionary(grouping: events, by: \.article)
        var kept = Set<Int64>()
        var occurrences: [String: Int] = [:]
        for article in page.articles {
            let occurrence = occurrences[article.headline, default: 0]
            occurrences[article.headline] = occurrence + 1
            let articleID = try articleRow(article, occurrence: occurrence, issueID: issueID, pageID: pageID)
            kept.insert(articleID)
            try syncReports(articleID: articleID, issueID: issueID, events: byArticle[article.ordinal] ?? [])
        }
        // Articles this file had before but its corrected version no longer has. Standard
        // input (`-`) names no file, so two pages read from it never replace each other.
        guard page.source != "-" else { return try settle() }
        for stale in try db.fetchAll(Int64.self, "SELECT id FROM article WHERE page_id = ?", arguments: [pageID])
        where !kept.contains(stale) {
            let reports = try db.fetchAll(Row.self, "SELECT event_id FROM report WHERE article_id = ?", arguments: [stale])
            for row in reports { touched.insert(row["event_id"]) }
            summary.removed += reports.count
            try db.run("DELETE FROM article WHERE id = ?", arguments: [stale])
        }
        try settle()
    }

    private func issue(_ date: CalendarDate) throws -> Int64 {
        if let id = try db.fetchOne(Int64.self, "SELECT id FROM issue WHERE date = ?", arguments: [date.description]) {
            return id
        }
        try db.run("INSERT INTO issue (date) VALUES (?)", arguments: [date.description])
        return db.lastInsertedRowID
    }

    private func pageRow(issueID: Int64, source: String, hash: String) throws -> Int64 {
        if let row = try db.fetchOne(Row.self, "SELECT id, content_hash FROM page WHERE issue_id = ? AND source = ?",
                                      arguments: [issueID, source]) {
            let id: Int64 = row["id"]
            if row["content_hash"] as String != hash {
                try db.run("UPDATE page SET content_hash = ?, ingested_at = ? WHERE id = ?", arguments: [hash, now, id])
            }
            return id
        }
        try db.run("INSERT INTO page (issue_id, source, content_hash, ingested_at) VALUES (?, ?, ?, ?)",
                       arguments: [issueID, source, hash, now])
        return db.lastInsertedRowID
    }

    private func articleRow(_ article: Article, occurrence: Int, issueID: Int64, pageID: Int64) throws -> Int64 {
        let hash = ContentHash.of(fields: [article.headline, article.byline, article.body])
        if let row = try db.fetchOne(Row.self, """
            SELECT id, page_id, ordinal, content_hash FROM article WHERE issue_id = ? AND headline = ? AND occurrence = ?
            """, arguments: [issueID, article.headline, occurrence]) {
            let id: Int64 = row["id"]
            if row["page_id"] as Int64 != pageID || row["ordinal"] as Int != article.ordinal
                || row["content_hash"] as String != hash {
                try db.run("UPDATE article SET page_id = ?, ordinal = ?, byline = ?, content_hash = ? WHERE id = ?",
                               arguments: [pageID, article.ordinal, article.byline, hash, id])
            }
            return id
        }
        try db.run("""
            INSERT INTO article (issue_id, page_id, ordinal, headline, occurrence, byline, content_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [issueID, pageID, article.ordinal, article.headline, occurrence, article.byline, hash])
        return db.lastInsertedRowID
    }

    private mutating func syncReports(articleID: Int64, issueID: Int64, events: [Event]) throws {
        var old: [Int: (id: Int64, eventID: Int64, hash: String)] = [:]
        for row in try db.fetchAll(Row.self, "SELECT id, ordinal, event_id, content_hash FROM report WHERE article_id = ?",
                                    arguments: [articleID]) {
            old[row["ordinal"]] = (row["id"], row["event_id"], row["content_hash"])
        }
        var seen = Set<Int>()
        for event in events where seen.insert(event.ordinal).inserted {
            let report = StoredReport(event)
            guard let previous = old[event.ordinal] else {
                let eventID = try eventFor(report, issueID: issueID, startingAt: 0)
                try insertReport(report, articleID: articleID, eventID: eventID)
                summary.added += 1
                continue
            }
            if previous.hash == report.contentHash { summary.unchanged += 1; continue }
            touched.insert(previous.eventID)
            var eventID = previous.eventID
            if try !stillBelongs(report, reportID: previous.id, to: previous.eventID) {
                let sequence = try db.fetchOne(Int.self, "SELECT sequence FROM event WHERE id = ?", arguments: [previous.eventID]) ?? 0
                eventID = try eventFor(report, issueID: issueID, startingAt: sequence + 1)
            }
            try db.run("DELETE FROM report WHERE id = ?", arguments: [previous.id])
            try insertReport(report, articleID: articleID, eventID: eventID)
            summary.updated += 1
        }
        for (ordinal, previous) in old where !seen.contains(ordinal) {
            touched.insert(previous.eventID)
            try db.run("DELETE FROM report WHERE id = ?", arguments: [previous.id])
            summary.removed += 1
        }
    }

    /// A changed report stays with its event while it still matches the other reports of it.
    private func stillBelongs(_ report: StoredReport, reportID: Int64, to eventID: Int64) throws -> Bool {
        let others = try reportsForRule(sql: "WHERE r.event_id = ? AND r.id <> ?", arguments: [eventID, reportID])
        return others.isEmpty || others.contains { rule.same($0.report, report.rule) }
    }

    /// The archived event this report tells of, or a new one.
    private mutating func eventFor(_ report: StoredReport, issueID: Int64, startingAt sequence: Int) throws -> Int64 {
        // Same day, or a vague report of the same summary within the window.
        let from = CalendarDate(dayNumber: report.dayNumber - SameEventRule.vagueWindowDays).description
        let to = CalendarDate(dayNumber: report.dayNumber + SameEventRule.vagueWindowDays).description
        let candidates = report.specific
            ? try reportsForRule(
                sql: "WHERE r.kind = ? AND (r.day = ? OR (r.summary = ? AND r.specific = 0 AND r.day BETWEEN ? AND ?))",
                arguments: [report.event.kind, report.day, report.event.summary, from, to])
            : try reportsForRule(sql: "WHERE r.kind = ? AND r.summary = ? AND r.day BETWEEN ? AND ?",
                                 arguments: [report.event.kind, report.event.summary, from, to])
        let matching = Set(candidates.filter { rule.same($0.report, report.rule) }.map(\.eventID))
        for eventID in matching.sorted() {
            // Two reports in one issue are two events (two meetings the same day).
            let sameIssue = try db.fetchOne(Bool.self, """
                SELECT EXISTS (SELECT 1 FROM report r JOIN article a ON a.id = r.article_id
                               WHERE r.event_id = ? AND a.issue_id = ?)
                """, arguments: [eventID, issueID]) ?? false
            if !sameIssue {
                touched.insert(eventID)
                return eventID
            }
        }
        try db.run("""
            INSERT INTO event (kind, day, content_hash, sequence, created_at, last_modified) VALUES (?, ?, '', ?, ?, ?)
            """, arguments: [report.event.kind, report.day, sequence, now, now])
        let id = db.lastInsertedRowID
        created.insert(id)
        touched.insert(id)
        return id
    }

    private func reportsForRule(sql filter: String, arguments: StatementArguments) throws -> [(eventID: Int64, report: SameEventRule.Report)] {
        let rows = try db.fetchAll(Row.self, """
            SELECT r.id, r.event_id, r.kind, r.day, r.specific, r.summary, r.location,
                   (SELECT group_concat(leader, char(31)) FROM
                       (SELECT leader FROM report_leader l WHERE l.report_id = r.id ORDER BY position)) AS leaders
            FROM report r \(filter)
            """, arguments: arguments)
        return rows.map { row in
            let leaders: String? = row["leaders"]
            return (row["event_id"], SameEventRule.Report(
                kind: row["kind"], day: row["day"], specific: row["specific"], summary: row["summary"],
                location: row["location"],
                leaders: leaders.map { $0.split(separator: "\u{1F}").map(String.init) } ?? []))
        }
    }

    private func insertReport(_ report: StoredReport, articleID: Int64, eventID: Int64) throws {
        let e = report.event
        try db.run("""
            INSERT INTO report (article_id, event_id, ordinal, kind, timex, timex_is_set, modifier, date_text, planned,
                                summary, location, trigger, sentence, day, specific, content_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [articleID, eventID, e.ordinal, e.kind, report.timex, report.timexIsSet, e.modifier?.rawValue,
                             e.dateText, e.planned, e.summary, e.location, e.trigger, e.sentence, report.day,
                             report.specific, report.contentHash])
        let reportID = db.lastInsertedRowID
        for (position, leader) in e.leaders.enumerated() {
            try db.run("INSERT INTO report_leader (report_id, position, leader) VALUES (?, ?, ?)",
                           arguments: [reportID, position, leader])
        }
    }

    /// Re-derives each touched event's primary report and revision; drops emptied events.
    private func settle() throws {
        for eventID in touched.sorted() {
            let rows = try db.fetchAll(Row.self, """
                SELECT r.id, r.kind, r.day, r.ordinal, r.content_hash, a.ordinal AS article, a.headline, p.source,
                       i.date AS issue
                FROM report r JOIN article a ON a.id = r.article_id JOIN page p ON p.id = a.page_id
                     JOIN issue i ON i.id = a.issue_id
                WHERE r.event_id = ?
                ORDER BY i.date, p.source, a.ordinal, r.ordinal, r.id
                """, arguments: [eventID])
            guard let primary = rows.first else {
                try db.run("DELETE FROM event WHERE id = ?", arguments: [eventID])
                continue
            }
            var fields: [String?] = [primary["content_hash"]]
            for row in rows {
                fields += [row["issue"], row["source"], row["headline"], String(row["article"] as Int),
                           String(row["ordinal"] as Int)]
            }
            let hash = ContentHash.of(fields: fields)
            let stored = try db.fetchOne(Row.self, "SELECT content_hash, primary_report_id FROM event WHERE id = ?",
                                          arguments: [eventID])
            let primaryID: Int64 = primary["id"]
            if stored?["content_hash"] as String? == hash && stored?["primary_report_id"] as Int64? == primaryID { continue }
            let bump = created.contains(eventID) ? "" : ", sequence = sequence + 1, last_modified = :now"
            try db.run("""
                UPDATE event SET kind = :kind, day = :day, primary_report_id = :primary, content_hash = :hash\(bump)
                WHERE id = :id
                """, arguments: ["kind": primary["kind"] as String, "day": primary["day"] as String,
                                 "primary": primaryID, "hash": hash, "now": now, "id": eventID])
        }
    }
}

/// Cached prepared statements: an ingest runs the same few statements thousands of times.
private extension Database {
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func fetchAll(_ type: Row.Type, _ sql: String, arguments: StatementArguments) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchAll<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ sql: String,
                                                                           arguments: StatementArguments) throws -> [T] {
        try T.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchOne(_ type: Row.Type, _ sql: String, arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchOne<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ sql: String,
                                                                           arguments: StatementArguments) throws -> T? {
        try T.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }
}
