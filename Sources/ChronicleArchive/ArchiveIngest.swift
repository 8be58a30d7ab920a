import ChronicleCore
import GRDB

extension Archive {
    /// Adds one page (a decoded file of an issue) and its events, in one transaction.
    ///
    /// - A page is keyed by its issue date and `path`, the file's full path (absolute,
    ///   links resolved), so pages of two papers that share a file name stay apart; without
    ///   a path, by its file name; a page read from standard input (`-`) by its content.
    ///   A page read from a new path is the page it was, and takes the new key (so its
    ///   later corrections replace it), when the archive holds it under its bare file name
    ///   (archives made before pages had paths), or holds the very same page (file name,
    ///   bytes and what was read from them) under a path that `isGone` says no longer
    ///   exists (its folder moved). Any other page under a new path is a page of its own:
    ///   a namesake or a copy never replaces a page. Pages that share a headline, or
    ///   have none, are different pages, and their articles are kept apart (articles are
    ///   keyed within their page).
    /// - Idempotent: the same page with the same events again writes nothing at all.
    /// - A corrected page (same issue and file name, new content) replaces its reports;
    ///   a report whose UID stays keeps its revision and, if its content changed, bumps
    ///   its SEQUENCE; a UID the page no longer has is listed in `IngestSummary.removed`.
    ///   Nothing on another page changes.
    /// - `now` (Unix seconds, passed in for reproducible runs) stamps what changed.
    @discardableResult
    public func ingest(page: Page, events: [Event], contentHash: String, path: String? = nil,
                       isGone: (String) -> Bool = { _ in false }, at now: Int64) throws(ArchiveError) -> IngestSummary {
        try guarded {
            try pool.write { db in
                var run = IngestRun(db: db, now: now)
                try run.ingest(page: page, events: events, contentHash: contentHash, path: path, isGone: isGone)
                return run.summary
            }
        }
    }
}

/// The state of one page's ingest inside its write transaction.
private struct IngestRun {
    let db: Database
    let now: Int64
    var summary = IngestSummary()
    /// What the page's reports said before a correction, to name the ones it drops.
    var oldSummaries: [String: String] = [:]

    init(db: Database, now: Int64) {
        self.db = db
        self.now = now
    }

    mutating func ingest(page: Page, events: [Event], contentHash: String, path: String?,
                         isGone: (String) -> Bool) throws {
        let uids = StableID.uids(for: events)
        let reports = zip(events, uids).map { StoredReport($0, uid: $1) }
        // The page's fingerprint covers its bytes and what was read from them, so a
        // recognizer that reads the same bytes better still updates the page.
        let pageHash = ContentHash.of(fields: [contentHash] + page.articles.flatMap { [$0.headline, $0.byline] }
                                      + reports.map(\.revisionHash))
        let key = page.source == "-" ? "stdin:" + contentHash : path ?? page.source
        let issueID = try issue(page.issueDate)
        let existing = try existingPage(issueID: issueID, key: key, source: page.source, pageHash: pageHash,
                                        isGone: isGone)
        let pageID: Int64
        if let existing {
            pageID = existing["id"]
            if existing["key"] as String != key {
                try db.run("UPDATE page SET key = ? WHERE id = ?", arguments: [key, pageID])
            }
            if existing["content_hash"] as String == pageHash {
                summary.unchanged = Set(uids).count
                return
            }
            try db.run("UPDATE page SET source = ?, content_hash = ?, ingested_at = ? WHERE id = ?",
                       arguments: [page.source, pageHash, now, pageID])
            for row in try db.fetchAll(Row.self, """
                SELECT r.uid, r.summary FROM report r JOIN article a ON a.id = r.article_id WHERE a.page_id = ?
                """, arguments: [pageID]) {
                oldSummaries[row["uid"]] = row["summary"]
            }
            try db.run("DELETE FROM article WHERE page_id = ?", arguments: [pageID])
        } else {
            try db.run("INSERT INTO page (issue_id, source, key, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [issueID, page.source, key, pageHash, now])
            pageID = db.lastInsertedRowID
        }
        var articleIDs: [Int: Int64] = [:]
        for article in page.articles where articleIDs[article.ordinal] == nil {
            try db.run("INSERT INTO article (page_id, ordinal, headline, byline) VALUES (?, ?, ?, ?)",
                       arguments: [pageID, article.ordinal, article.headline, article.byline])
            articleIDs[article.ordinal] = db.lastInsertedRowID
        }
        var seenOrdinals = Set<[Int]>()
        for report in reports where seenOrdinals.insert([report.event.article, report.event.ordinal]).inserted {
            let articleID: Int64
            if let id = articleIDs[report.event.article] {
                articleID = id
            } else {
                // An event of an article the page did not list: keep it under its own headline.
                try db.run("INSERT INTO article (page_id, ordinal, headline, byline) VALUES (?, ?, ?, ?)",
                           arguments: [pageID, report.event.article, report.event.headline, report.event.byline])
                articleID = db.lastInsertedRowID
                articleIDs[report.event.article] = articleID
            }
            try report.insert(articleID: articleID, db: db)
        }
        try revise(pageID: pageID, reports: reports)
    }

    /// The page `key` names in its issue: the one with that key; else, for a path, the one
    /// keyed by its bare file name, or the same page (file name and fingerprint) under a
    /// path that is gone.
    private func existingPage(issueID: Int64, key: String, source: String, pageHash: String,
                              isGone: (String) -> Bool) throws -> Row? {
        let columns = "SELECT id, key, content_hash FROM page WHERE issue_id = ?"
        if let page = try db.fetchOne(Row.self, columns + " AND key = ?", arguments: [issueID, key]) { return page }
        guard source != "-", key != source else { return nil }
        if let legacy = try db.fetchOne(Row.self, columns + " AND key = ?", arguments: [issueID, source]) { return legacy }
        let same = try db.fetchAll(Row.self, columns + " AND source = ? AND content_hash = ? ORDER BY id",
                                   arguments: [issueID, source, pageHash])
        return same.first { ($0["key"] as String).hasPrefix("/") && isGone($0["key"]) }
    }

    /// Each report's revision by UID: new, changed (SEQUENCE + 1), back again (+ 1), or gone.
    private mutating func revise(pageID: Int64, reports: [StoredReport]) throws {
        var old: [String: (hash: String, present: Bool)] = [:]
        for row in try db.fetchAll(Row.self, "SELECT uid, content_hash, present FROM revision WHERE page_id = ?",
                                   arguments: [pageID]) {
            old[row["uid"]] = (row["content_hash"], row["present"])
        }
        var current = Set<String>()
        for report in reports where current.insert(report.uid).inserted {
            guard let previous = old[report.uid] else {
                try db.run("""
                    INSERT INTO revision (page_id, uid, content_hash, sequence, created_at, last_modified, present)
                    VALUES (?, ?, ?, 0, ?, ?, 1)
                    """, arguments: [pageID, report.uid, report.revisionHash, now, now])
                summary.added += 1
                continue
            }
            if previous.present && previous.hash == report.revisionHash { summary.unchanged += 1; continue }
            try db.run("""
                UPDATE revision SET content_hash = ?, sequence = sequence + 1, last_modified = ?, present = 1
                WHERE page_id = ? AND uid = ?
                """, arguments: [report.revisionHash, now, pageID, report.uid])
            if previous.present { summary.updated += 1 } else { summary.added += 1 }
        }
        // Sorted, so the list `ingest -v` prints is the same on every run.
        for uid in old.keys.sorted() where old[uid]!.present && !current.contains(uid) {
            try db.run("UPDATE revision SET present = 0, last_modified = ? WHERE page_id = ? AND uid = ?",
                       arguments: [now, pageID, uid])
            summary.removed += 1
            summary.removedReports.append(IngestSummary.Removed(uid: uid, summary: oldSummaries[uid] ?? ""))
        }
    }

    private func issue(_ date: CalendarDate) throws -> Int64 {
        if let id = try db.fetchOne(Int64.self, "SELECT id FROM issue WHERE date = ?", arguments: [date.description]) {
            return id
        }
        try db.run("INSERT INTO issue (date) VALUES (?)", arguments: [date.description])
        return db.lastInsertedRowID
    }
}

/// Cached prepared statements: an ingest runs the same few statements thousands of times.
extension Database {
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func fetchAll(_ type: Row.Type, _ sql: String, arguments: StatementArguments) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchOne(_ type: Row.Type, _ sql: String, arguments: StatementArguments) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    func fetchOne<T: DatabaseValueConvertible & StatementColumnConvertible>(_ type: T.Type, _ sql: String,
                                                                           arguments: StatementArguments) throws -> T? {
        try T.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }
}
