/// `--format text`: the 大事记 as offices write it — a heading per month, then one line per
/// event: its date as people say it, a wide space, the leader with title, what was done.
///
///     2021年4月
///     4月12日上午　管城回族区委书记虎强暗访督导国家卫生城市复审工作。
enum ChronicleText {
    static func render(_ timeline: Timeline) -> [UInt8] {
        var out = ""
        var month: (Int, Int)?
        for row in ReportRows.rows(timeline) {
            if month.map({ $0 != (row.day.year, row.day.month) }) ?? true {
                if month != nil { out += "\n" }
                month = (row.day.year, row.day.month)
                out += ExportLexicon.format(ExportLexicon.reportMonthHeading, String(row.day.year), String(row.day.month)) + "\n"
            }
            var line = row.spokenDate + ExportLexicon.wideSpace + withLeaderTitle(row.summary, leaders: row.leaders)
            if let last = line.last, !ExportLexicon.reportSentenceEnds.contains(last) { line += ExportLexicon.reportLineEnd }
            out += line + "\n"
        }
        return Array(out.utf8)
    }

    /// A summary that opens with a leader's bare name (虎强暗访…) opens with the leader as
    /// written instead (区委书记虎强暗访…): the longest tail of a leader, of two characters
    /// or more, that begins the summary is replaced by the whole leader.
    static func withLeaderTitle(_ summary: String, leaders: [String]) -> String {
        let text = Array(summary)
        var best: (length: Int, leader: String)?
        for leader in leaders {
            let chars = Array(leader)
            var n = min(chars.count - 1, text.count)
            while n >= 2 {
                if Array(chars.suffix(n)) == Array(text.prefix(n)) {
                    if n > (best?.length ?? 0) { best = (n, leader) }
                    break
                }
                n -= 1
            }
        }
        guard let best else { return summary }
        return best.leader + String(text.dropFirst(best.length))
    }
}
