import ArgumentParser
import Chronicle

@main
struct ChronicleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn Chinese local news pages into dated, typed events: iCalendar, CSV, JSON lines, HTML.",
        version: ChronicleInfo.version,
        // Each subcommand lives in its own file; add it here.
        subcommands: []
    )
}
