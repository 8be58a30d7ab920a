import ArgumentParser
import Chronicle
import Foundation

/// `chronicle events FILE`: the events of one page as a readable table.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Show the events recognized in one page: date, kind, leaders, summary.",
        discussion: "The issue date comes from --issue-date, else the file name (2021-04-14, 20210414), else a 发布时间 header or a masthead in the text. `convert --format jsonl` is the machine form of the same events."
    )

    @Argument(help: ArgumentHelp("The page: a text file (UTF-8, GB18030, Big5 or UTF-16), or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The issue date, YYYY-MM-DD.", valueName: "date"))
    var issueDate: String?

    @Option(name: .long, help: ArgumentHelp("A JSON lexicon adding kinds, triggers and titles (see Samples/lexicon.example.json).", valueName: "file"))
    var lexicon: String?

    func run() async throws {
        let reader = try PageReader(lexiconFile: lexicon, issueDateText: issueDate)
        switch reader.read(InputFile(path: file, outputStem: "events")) {
        case .success(let result):
            try Terminal.writeOutput(Array(EventsTable.text(result.page, result.events).utf8))
        case .failure(let failure):
            throw CommandFailure.usage(failure.message)
        }
    }
}

/// The plain-text layout of `chronicle events`: one row per event, columns aligned for
/// a terminal where CJK characters are two columns wide.
enum EventsTable {
    static let header = ["#", "date", "kind", "leaders", "summary"]

    static func text(_ page: Page, _ events: [Event]) -> String {
        var lines = ["\(page.source)  issue \(page.issueDate)  \(page.articles.count) articles  \(events.count) events"]
        guard !events.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        let rows = [header] + events.map { e in
            ["\(e.article).\(e.ordinal)", date(e), e.kind, e.leaders.joined(separator: "、"), e.summary]
        }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], StatsReport.columns(cell)) } }
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - StatsReport.columns(cell) + 2) }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The TIMEX3 value, the phrase that gave it, and the planned mark.
    private static func date(_ e: Event) -> String {
        var s = e.timex.value
        if let text = e.dateText, text != s { s += " \(text)" }
        if e.dateText == nil { s += " (inherited)" }
        if e.planned { s += " planned" }
        return s
    }
}
