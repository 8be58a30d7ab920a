import Chronicle

/// The columns of one `report` row, derived from an `Event`.
struct StoredReport {
    let event: Event
    let timex: String
    let timexIsSet: Bool
    /// The calendar day (`YYYY-MM-DD`): the value's first day, else the issue date.
    let day: String
    let specific: Bool
    /// `day` as a day number, for date windows.
    let dayNumber: Int
    let contentHash: String

    init(_ event: Event) {
        self.event = event
        (timex, timexIsSet) = TimexStorage.encode(event.timex)
        let first = StoredReport.firstDay(of: event.timex)
        day = (first ?? event.issueDate).description
        dayNumber = (first ?? event.issueDate).dayNumber
        specific = first != nil
        contentHash = ContentHash.of(fields: [
            event.kind, timex, timexIsSet ? "set" : nil, event.modifier?.rawValue, event.dateText,
            event.planned ? "planned" : nil, event.summary, event.leaders.joined(separator: "\u{1F}"),
            event.location, event.trigger, event.sentence, event.byline,
        ])
    }

    var rule: SameEventRule.Report {
        SameEventRule.Report(kind: event.kind, day: day, specific: specific, summary: event.summary,
                             location: event.location, leaders: event.leaders)
    }

    /// Only values that name a day or days place an event on a day of its own.
    static func firstDay(of timex: Timex) -> CalendarDate? {
        switch timex {
        case .date, .partOfDay, .dateTime, .range: return timex.firstDay
        default: return nil
        }
    }
}
