/// `--format html`: one self-contained page (inline CSS, script and SVG; nothing loaded
/// from the network): a chart of events per month by kind, filters (a kind legend, a
/// leader menu, a search box), and a vertical timeline grouped by month.
enum HTMLTimeline {
    static func render(_ timeline: Timeline, options: ExportOptions) -> [UInt8] {
        var title = ICalText.line(options.calendarName)
        if title.isEmpty { title = ExportLexicon.defaultCalendarName }
        let entries = timeline.entries
        let kinds = kindsInOrder(entries)
        var h = "<!DOCTYPE html>\n<html lang=\"\(ExportLexicon.htmlLanguage)\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"generator\" content=\"\(HTMLText.escape(ChronicleInfo.productID))\">\n"
        h += "<title>\(HTMLText.escape(title))</title>\n<style>\n\(HTMLAssets.css)\n</style>\n</head>\n<body>\n<div class=\"page\">\n"
        h += "<header><h1>\(HTMLText.escape(title))</h1><p>"
            + HTMLText.escape(ExportLexicon.format(ExportLexicon.htmlEventCount, String(entries.count))) + "</p></header>\n"
        if entries.isEmpty {
            h += "<p class=\"empty\">\(HTMLText.escape(ExportLexicon.htmlEmpty))</p>\n"
        } else {
            h += "<section class=\"chart\"><h2>\(HTMLText.escape(ExportLexicon.htmlChartTitle))</h2>"
                + HTMLChart.svg(entries, kinds: kinds) + "</section>\n"
            h += legend(entries, kinds: kinds)
            h += finder(entries)
            h += "<main>\n"
            // Groups in the order they first appear, so a year's entries stay together.
            var order: [String] = []
            var groups: [String: [TimelineEntry]] = [:]
            for entry in entries {
                let title = groupTitle(entry)
                if groups[title] == nil { order.append(title) }
                groups[title, default: []].append(entry)
            }
            for title in order {
                h += "<section class=\"month\"><h2>\(HTMLText.escape(title))</h2><div class=\"events\">\n"
                for entry in groups[title] ?? [] { h += article(entry) }
                h += "</div></section>\n"
            }
            h += "</main>\n"
        }
        h += "</div>\n<script>\n\(HTMLAssets.script)\n</script>\n</body>\n</html>\n"
        return Array(h.utf8)
    }

    /// The month an entry is listed under (`2021年4月`); values wider than a month that
    /// have no place on calendars (一季度, 去年, 上世纪80年代) go under their years instead.
    static func groupTitle(_ entry: TimelineEntry) -> String {
        if let month = HTMLChart.month(of: entry) {
            return "\(month.year)\(ExportLexicon.yearSuffix)\(month.month)\(ExportLexicon.monthSuffix)"
        }
        guard let span = entry.event.timex.coveredDays else { return EntryText.yearMonth(entry.sortDay) }
        let first = "\(span.first.year)\(ExportLexicon.yearSuffix)"
        return span.first.year == span.last.year ? first
            : first + ExportLexicon.rangeSeparator + "\(span.last.year)\(ExportLexicon.yearSuffix)"
    }

    /// Short pieces (dates, file names) that must not break across lines.
    static func nowrap(_ text: String) -> String { "<span class=\"nw\">\(HTMLText.escape(text))</span>" }

    /// Known kinds in lexicon order, then user kinds alphabetically.
    static func kindsInOrder(_ entries: [TimelineEntry]) -> [String] {
        let present = Set(entries.map(\.event.kind))
        let known = ["meeting", "inspection", "study", "symposium", "ceremony", "reception", "training", "other"]
        return known.filter(present.contains) + present.subtracting(known).sorted()
    }

    static func legend(_ entries: [TimelineEntry], kinds: [String]) -> String {
        var s = "<nav class=\"legend\"><span class=\"label\">\(HTMLText.escape(ExportLexicon.htmlLegend))</span>"
        s += "<button type=\"button\" class=\"on\" aria-pressed=\"true\" data-kind=\"\">"
            + "\(HTMLText.escape(ExportLexicon.htmlAllKinds)) \(entries.count)</button>"
        for kind in kinds {
            let n = entries.filter { $0.event.kind == kind }.count
            s += "<button type=\"button\" aria-pressed=\"false\" data-kind=\"\(HTMLText.escape(kind))\">"
                + "<span class=\"swatch\" style=\"background:\(ExportLexicon.colour(forKind: kind))\"></span>"
                + "\(HTMLText.escape(ExportLexicon.label(forKind: kind))) \(n)</button>"
        }
        return s + "</nav>\n"
    }

    /// The search box and the leader menu (leaders as written, most frequent first).
    static func finder(_ entries: [TimelineEntry]) -> String {
        var counts: [String: Int] = [:]
        for entry in entries {
            for leader in Set(entry.event.leaders.map(ICalText.line)) where !leader.isEmpty { counts[leader, default: 0] += 1 }
        }
        var s = "<div class=\"finder\"><input type=\"search\" class=\"search\" placeholder=\"\(HTMLText.escape(ExportLexicon.htmlSearch))\" "
            + "aria-label=\"\(HTMLText.escape(ExportLexicon.htmlSearch))\">"
        if !counts.isEmpty {
            s += "<select class=\"leader\" aria-label=\"\(HTMLText.escape(ExportLexicon.htmlLeaders))\">"
                + "<option value=\"\">\(HTMLText.escape(ExportLexicon.htmlAllLeaders))</option>"
            for (leader, n) in counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                s += "<option value=\"\(HTMLText.escape(leader))\">\(HTMLText.escape(leader)) \(n)</option>"
            }
            s += "</select>"
        }
        s += "<span class=\"shown\" aria-live=\"polite\"></span></div>\n"
        return s
    }

    /// Separates the leaders of `data-leaders` (a character no name contains).
    static let leaderSeparator = "\u{1F}"

    static func article(_ entry: TimelineEntry) -> String {
        let text = EntryText(entry: entry)
        let event = entry.event
        let kind = HTMLText.escape(event.kind)
        let leaders = HTMLText.escape(event.leaders.map(ICalText.line).joined(separator: leaderSeparator))
        var s = "<article class=\"event\" data-kind=\"\(kind)\" data-leaders=\"\(leaders)\" "
            + "style=\"--c:\(ExportLexicon.colour(forKind: event.kind))\">"
        s += "<div class=\"when\"><time datetime=\"\(HTMLText.escape(event.timex.value))\">\(HTMLText.escape(text.humanDate))</time>"
        s += "<span class=\"tag kind\">\(HTMLText.escape(ExportLexicon.label(forKind: event.kind)))</span>"
        let precision = ExportLexicon.precisionLabels[entry.precision] ?? entry.precision.rawValue
        s += "<span class=\"tag\(entry.approximate ? " approx" : "")\">\(HTMLText.escape(precision))</span>"
        if event.planned { s += "<span class=\"tag\">\(HTMLText.escape(ExportLexicon.plannedMarker))</span>" }
        s += "</div>"
        s += "<h3>\(HTMLText.escape(text.summary))</h3>"
        var meta: [String] = []
        if !event.leaders.isEmpty { meta.append("<b>\(ExportLexicon.htmlLeaders)</b>\(HTMLText.escape(text.leaders))") }
        if !event.attendees.isEmpty {
            let attendees = event.attendees.map(ICalText.line).joined(separator: ExportLexicon.listSeparator)
            meta.append("<b>\(ExportLexicon.htmlAttendees)</b>\(HTMLText.escape(attendees))")
        }
        if let place = text.location { meta.append("<b>\(ExportLexicon.htmlPlace)</b>\(HTMLText.escape(place))") }
        if !meta.isEmpty { s += "<p class=\"meta\">" + meta.joined(separator: ExportLexicon.wideSpace) + "</p>" }
        if let note = text.note { s += "<p class=\"src\">\(HTMLText.escape(note))</p>" }
        s += "<blockquote>\(HTMLText.escape(ICalText.line(event.sentence)))</blockquote>"
        // No empty 《》 for an article without a headline.
        let headline = ICalText.line(event.headline)
        var parts: [String] = []
        if !headline.isEmpty { parts.append(HTMLText.escape(ExportLexicon.openTitle + headline + ExportLexicon.closeTitle)) }
        if let byline = text.byline { parts.append(nowrap(byline)) }
        var source = parts.joined(separator: " ")
        if !source.isEmpty { source += " · " }
        source += nowrap(ExportLexicon.issueDateLabel + event.issueDate.description) + " · " + nowrap(EntryText.sourceText(event))
        s += "<p class=\"src\"><b>\(ExportLexicon.htmlSource)</b> \(source)</p>"
        return s + "</article>\n"
    }
}
