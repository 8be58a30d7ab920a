import ChronicleCore
import GRDB

/// v1 → v2: pages keyed by file name (standard input by content), articles within
/// their page, reports carrying their stable UID, people by role, revisions by report.
/// The v1 tables are renamed aside, the data copied with each report's UID derived from
/// its stored words, and the v1 tables dropped; each report keeps its v1 event's
/// SEQUENCE, CREATED and LAST-MODIFIED.
enum ArchiveMigrationV2 {
    static let schema = """
        CREATE TABLE page (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            key TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            ingested_at INTEGER NOT NULL,
            UNIQUE (issue_id, key));
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            headline TEXT NOT NULL,
            byline TEXT,
            UNIQUE (page_id, ordinal));
        CREATE TABLE report (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            timex TEXT NOT NULL,
            timex_is_set INTEGER NOT NULL,
            modifier TEXT,
            date_text TEXT,
            planned INTEGER NOT NULL,
            summary TEXT NOT NULL,
            location TEXT,
            trigger TEXT NOT NULL,
            sentence TEXT NOT NULL,
            issue_date_source TEXT,
            content_hash TEXT NOT NULL,
            UNIQUE (article_id, ordinal));
        CREATE INDEX report_uid ON report(uid);
        CREATE TABLE report_person (
            report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            form TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (report_id, role, position));
        CREATE INDEX report_person_name ON report_person(name);
        CREATE TABLE revision (
            page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
            uid TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            last_modified INTEGER NOT NULL,
            present INTEGER NOT NULL,
            PRIMARY KEY (page_id, uid));
        """

    static func migrate(_ db: Database) throws {
        for table in ["report_leader", "report", "event", "article", "page"] {
            try db.execute(sql: "ALTER TABLE \(table) RENAME TO v1_\(table)")
        }
        for index in ["article_page", "event_day", "report_event", "report_kind_day", "report_kind_summary",
                      "report_leader_leader"] {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index)")
        }
        try db.execute(sql: schema)
        try db.execute(sql: """
            INSERT INTO page (id, issue_id, source, key, content_hash, ingested_at)
            SELECT id, issue_id, source, CASE source WHEN '-' THEN 'stdin:' || content_hash ELSE source END,
                   content_hash, ingested_at FROM v1_page;
            INSERT INTO article (id, page_id, ordinal, headline, byline)
            SELECT id, page_id, ordinal, headline, byline FROM v1_article;
            """)
        var leaders: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT report_id, leader FROM v1_report_leader ORDER BY report_id, position") {
            leaders[row["report_id"], default: []].append(row["leader"])
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.*, a.ordinal AS article, a.headline, a.byline, a.page_id, p.source, i.date AS issue,
                   e.sequence AS e_sequence, e.created_at AS e_created, e.last_modified AS e_modified
            FROM v1_report r JOIN v1_article a ON a.id = r.article_id JOIN v1_page p ON p.id = a.page_id
                 JOIN issue i ON i.id = p.issue_id JOIN v1_event e ON e.id = r.event_id
            ORDER BY a.page_id, a.ordinal, r.ordinal
            """)
        var index = 0
        while index < rows.count {
            let pageID: Int64 = rows[index]["page_id"]
            var end = index
            while end < rows.count, rows[end]["page_id"] as Int64 == pageID { end += 1 }
            let group = Array(rows[index..<end])
            let events = try group.map { try Archive.event(from: $0, leaders: leaders[$0["id"]] ?? [], path: "archive") }
            let uids = StableID.uids(for: events)
            var seen = Set<String>()
            for (row, (uid, event)) in zip(group, zip(uids, events)) {
                let report = StoredReport(event, uid: uid)
                try report.insert(articleID: row["article_id"], db: db)
                guard seen.insert(uid).inserted else { continue }
                try db.execute(sql: """
                    INSERT INTO revision (page_id, uid, content_hash, sequence, created_at, last_modified, present)
                    VALUES (?, ?, ?, ?, ?, ?, 1)
                    """, arguments: [pageID, uid, report.revisionHash, row["e_sequence"] as Int,
                                     row["e_created"] as Int64, row["e_modified"] as Int64])
            }
            index = end
        }
        for table in ["report_leader", "report", "event", "article", "page"] {
            try db.execute(sql: "DROP TABLE v1_\(table)")
        }
    }
}
