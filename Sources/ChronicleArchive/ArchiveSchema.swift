import GRDB

/// The SQLite schema of the archive, as GRDB migrations (append new ones; never edit old ones).
///
/// An *issue* is a publication date; a *page* is one ingested file of an issue; an
/// *article* is keyed by its issue and headline, so a corrected page replaces it; a
/// *report* is one event as one article tells it; an *event* groups the reports of the
/// same happening across issues and carries the calendar's SEQUENCE / LAST-MODIFIED.
public enum ArchiveSchema {
    public static let version = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE issue (
                    id INTEGER PRIMARY KEY,
                    date TEXT NOT NULL UNIQUE);
                CREATE TABLE page (
                    id INTEGER PRIMARY KEY,
                    issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    source TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    ingested_at INTEGER NOT NULL,
                    UNIQUE (issue_id, source));
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    headline TEXT NOT NULL,
                    occurrence INTEGER NOT NULL,
                    byline TEXT,
                    content_hash TEXT NOT NULL,
                    UNIQUE (issue_id, headline, occurrence));
                CREATE INDEX article_page ON article(page_id);
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    day TEXT NOT NULL,
                    primary_report_id INTEGER,
                    content_hash TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    last_modified INTEGER NOT NULL);
                CREATE INDEX event_day ON event(day);
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    event_id INTEGER NOT NULL REFERENCES event(id),
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
                    day TEXT NOT NULL,
                    specific INTEGER NOT NULL,
                    content_hash TEXT NOT NULL,
                    UNIQUE (article_id, ordinal));
                CREATE INDEX report_event ON report(event_id);
                CREATE INDEX report_kind_day ON report(kind, day);
                CREATE INDEX report_kind_summary ON report(kind, summary);
                CREATE TABLE report_leader (
                    report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    leader TEXT NOT NULL,
                    PRIMARY KEY (report_id, position));
                CREATE INDEX report_leader_leader ON report_leader(leader);
                """)
        }
        return migrator
    }
}
