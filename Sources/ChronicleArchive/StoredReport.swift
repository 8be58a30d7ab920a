import ChronicleCore
import GRDB

/// The columns of one `report` row (and its people), derived from an `Event`.
struct StoredReport {
    let event: Event
    let uid: String
    let timex: String
    let timexIsSet: Bool
    /// Everything the report row stores.
    let contentHash: String
    /// Everything an export shows of the report: its content and where it stands.
    let revisionHash: String

    init(_ event: Event, uid: String) {
        self.event = event
        self.uid = uid
        (timex, timexIsSet) = TimexStorage.encode(event.timex)
        contentHash = ContentHash.of(fields: [
            event.kind, timex, timexIsSet ? "set" : nil, event.modifier?.rawValue, event.dateText,
            event.planned ? "planned" : nil, event.summary, event.leaders.joined(separator: "\u{1F}"),
            event.location, event.trigger, event.sentence, event.byline,
            event.attendees.joined(separator: "\u{1F}"), event.issueDateSource?.rawValue,
        ])
        revisionHash = ContentHash.of(fields: [contentHash, event.headline, event.source, String(event.article),
                                               String(event.ordinal)])
    }

    /// People by role: who leads, hosts, chairs or speaks (`leader`); the other officials
    /// named as present (`attendee`).
    var people: [(role: String, forms: [String])] {
        [(ArchiveRole.leader, event.leaders), (ArchiveRole.attendee, event.attendees)]
    }

    func insert(articleID: Int64, db: Database) throws {
        let e = event
        try db.cachedStatement(sql: """
            INSERT INTO report (article_id, uid, ordinal, kind, timex, timex_is_set, modifier, date_text, planned,
                                summary, location, trigger, sentence, issue_date_source, content_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [articleID, uid, e.ordinal, e.kind, timex, timexIsSet, e.modifier?.rawValue,
                                     e.dateText, e.planned, e.summary, e.location, e.trigger, e.sentence,
                                     e.issueDateSource?.rawValue, contentHash])
        let reportID = db.lastInsertedRowID
        for (role, forms) in people {
            for (position, form) in forms.enumerated() {
                try db.cachedStatement(sql: """
                    INSERT INTO report_person (report_id, role, position, form, name) VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [reportID, role, position, form, PersonName.key(of: form)])
            }
        }
    }
}

/// The roles a person has in a report, as stored in `report_person.role`.
enum ArchiveRole {
    static let leader = "leader"
    static let attendee = "attendee"
}
