import ArgumentParser
import ChronicleArchive
import Foundation

/// `chronicle stats`: what the archive holds, by month, kind and leader.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the archive's events by month, kind and leader.",
        discussion: "Months are those of the day the calendar shows each event on; a person is counted by name, whatever the title written before it."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Show at most this many people.")
    var leaders = 20

    @Option(help: "text (a table) or json (one object, for scripts).")
    var format: Format = .text

    @Flag(help: "Also check the archive's consistency (SQLite integrity, keys, event groups); exit 1 if it fails.")
    var check = false

    func run() async throws {
        let path = try archive.databasePath()
        let stats: ArchiveStats
        let problems: [String]
        do {
            let store = try Archive(path: path, create: false)
            stats = try store.stats()
            problems = check ? try store.problems() : []
        } catch {
            throw CommandFailure.usage(error.description)
        }
        switch format {
        case .text: try Terminal.writeOutput(Array(StatsReport.text(stats, leaders: leaders).utf8))
        case .json: try Terminal.writeOutput(StatsReport.json(stats, leaders: leaders, problems: check ? problems : nil))
        }
        guard problems.isEmpty else {
            for problem in problems { Terminal.writeError("\(path): \(problem)\n") }
            throw ExitStatus.someFailed
        }
    }
}

/// The plain-text layout of `chronicle stats`.
enum StatsReport {
    static func text(_ stats: ArchiveStats, leaders: Int) -> String {
        var lines = [
            "issues \(stats.issues)  pages \(stats.pages)  articles \(stats.articles)  "
                + "events \(stats.events)  reports \(stats.reports)",
        ]
        func section(_ title: String, _ counts: [ArchiveStats.Count]) {
            lines.append("")
            lines.append(title)
            let width = counts.map { columns($0.key) }.max() ?? 0
            for count in counts {
                lines.append("  " + count.key + String(repeating: " ", count: width - columns(count.key) + 2) + String(count.count))
            }
        }
        section("by month", stats.byMonth)
        section("by kind", stats.byKind)
        section("by leader", Array(stats.byLeader.prefix(max(0, leaders))))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object, keys sorted: totals, then `by_month`, `by_kind`, `by_leader` as
    /// arrays of `{"key", "count"}` in the table's order; `problems` with `--check`.
    static func json(_ stats: ArchiveStats, leaders: Int, problems: [String]?) -> [UInt8] {
        func counts(_ list: [ArchiveStats.Count]) -> [[String: Any]] { list.map { ["key": $0.key, "count": $0.count] } }
        var object: [String: Any] = [
            "issues": stats.issues, "pages": stats.pages, "articles": stats.articles, "events": stats.events,
            "reports": stats.reports, "by_month": counts(stats.byMonth), "by_kind": counts(stats.byKind),
            "by_leader": counts(Array(stats.byLeader.prefix(max(0, leaders)))),
        ]
        if let problems { object["problems"] = problems }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// Terminal columns: CJK characters are two wide.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
