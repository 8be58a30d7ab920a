/// The 大事记 report: one row per event in the columns an office files (日期, 时间, 类别,
/// 事项, 领导, 出席, 地点, 原文, 来源, 报道日期). `--layout report` writes it as CSV,
/// `--format xlsx` as a workbook, `--format text` as the prose list offices print.
///
/// Every row has a day that sorts: the first day its slot covers, else the first day its
/// value covers (a week, a month, a quarter), else — for vague dates, durations, years —
/// the issue date; a day that is not the event's own is marked 约.
struct ReportRow: Hashable, Sendable {
    /// The day the row is filed under.
    var day: CalendarDate
    /// The day is the issue date standing in for a vague or coarse date.
    var approximate: Bool
    /// 时间: part of day, clock time, the rest of a span (至4月9日), 截止, or 约（原文）.
    var time: String
    var kindLabel: String
    /// 事项: the summary without calendar markers.
    var summary: String
    var leaders: [String]
    var attendees: [String]
    var location: String
    var sentence: String
    /// 来源: file, article number and headline.
    var source: String
    var issueDate: CalendarDate
    /// The date as written for people in the text report: 4月12日上午, 4月7日至9日, 约4月14日（近日）.
    var spokenDate: String
}

enum ReportRows {
    static func rows(_ timeline: Timeline) -> [ReportRow] {
        timeline.entries.map(row).sorted { ($0.day, $0.approximate ? 1 : 0) < ($1.day, $1.approximate ? 1 : 0) }
    }

    static func row(_ entry: TimelineEntry) -> ReportRow {
        let event = entry.event
        let text = EntryText(entry: entry)
        // Years, decades and undated values are filed under the issue date, like 近日.
        let placedDay = entry.precision == .vague || entry.precision == .year
            ? nil : entry.slot.firstDay ?? event.timex.coveredDays?.first
        let day = placedDay ?? event.issueDate
        let approximate = placedDay == nil || entry.approximate
        let written = event.dateText.map(ICalText.line) ?? ""
        var time = ""
        var spoken = monthDay(day)
        switch entry.slot {
        case .timed(let start, let end):
            if case .partOfDay(_, let part) = event.timex {
                time = ExportLexicon.partOfDayWords[part] ?? part.rawValue
            } else {
                time = EntryText.hhmm(start.time)
                if case .range = event.timex { time += "–" + EntryText.hhmm(end.time) }
            }
            spoken += time
        case .allDay(let first, let last) where first != last && !approximate:
            time = ExportLexicon.rangeSeparator + (first.month == last.month && first.year == last.year
                ? "\(last.day)\(ExportLexicon.daySuffix)" : monthDay(last))
            spoken += time
        default:
            break
        }
        if event.modifier == .onOrBefore {
            time = ExportLexicon.reportDeadline + time
            spoken += ExportLexicon.reportDeadlineAfter
        }
        if approximate {
            let original = written.isEmpty ? "" : ExportLexicon.openParen + written + ExportLexicon.closeParen
            time = ExportLexicon.approximatePrefix + original
            // A week, month or deadline is said as written (3月份, 5月底前); an undated
            // event by the issue date it stands on (约4月14日（近日）).
            spoken = placedDay != nil && !written.isEmpty ? written : ExportLexicon.approximatePrefix + monthDay(day) + original
        }
        return ReportRow(
            day: day, approximate: approximate, time: time,
            kindLabel: ExportLexicon.label(forKind: event.kind), summary: EntryText.plainSummary(event),
            leaders: event.leaders.map(ICalText.line), attendees: event.attendees.map(ICalText.line),
            location: text.location ?? "", sentence: ICalText.line(event.sentence),
            source: EntryText.sourceText(event) + " " + ExportLexicon.openTitle + ICalText.line(event.headline) + ExportLexicon.closeTitle,
            issueDate: event.issueDate, spokenDate: spoken)
    }

    static func monthDay(_ d: CalendarDate) -> String {
        "\(d.month)\(ExportLexicon.monthSuffix)\(d.day)\(ExportLexicon.daySuffix)"
    }

    static let header = ExportLexicon.reportColumns

    /// The cells of a row as text, in `header` order (dates as ISO days).
    static func cells(_ row: ReportRow) -> [String] {
        [row.day.description, row.time, row.kindLabel, row.summary,
         row.leaders.joined(separator: ExportLexicon.listSeparator),
         row.attendees.joined(separator: ExportLexicon.listSeparator),
         row.location, row.sentence, row.source, row.issueDate.description]
    }

    /// `--layout report` as CSV.
    static func csv(_ timeline: Timeline, options: ExportOptions) -> [UInt8] {
        var table = CSVTable(header: header)
        table.rows = rows(timeline).map(cells)
        return table.render(bom: options.bom)
    }
}
