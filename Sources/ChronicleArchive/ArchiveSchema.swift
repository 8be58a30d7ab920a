import GRDB

/// The SQLite schema of the archive, as GRDB migrations (append new ones; never edit old ones).
///
/// Since v2: an *issue* is a publication date; a *page* is one ingested file of an issue,
/// keyed by issue and the file's full path (v2 archives written before paths: its file
/// name; a page from standard input by its content); an *article*
/// is keyed within its page; a *report* is one event as one article tells it, with its
/// stable UID (`StableID`); *report_person* holds the people of a report by role
/// (`leader`, `attendee`); a *revision* keeps each report's SEQUENCE, CREATED and
/// LAST-MODIFIED by page and UID, and outlives the report so a report that comes back
/// continues its count. Events (the reports of one happening) are not stored: they are
/// grouped from the reports by the library's `SameEventRule` when read, exactly as
/// `convert` groups them, so the order pages were ingested in cannot change them.
public enum ArchiveSchema {
    public static let version = 2

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
        migrator.registerMigration("v2 reports by identity", migrate: ArchiveMigrationV2.migrate)
        return migrator
    }
}
