import ArgumentParser
import ChronicleArchive

/// `chronicle stats`: what the archive holds, by month, kind and leader.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the archive's events by month, kind and leader."
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Show at most this many leaders.")
    var leaders = 20

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
        try Terminal.writeOutput(Array(StatsReport.text(stats, leaders: leaders).utf8))
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

    /// Terminal columns: CJK characters are two wide.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}
