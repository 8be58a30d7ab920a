import ArgumentParser
import Chronicle
import Foundation

@main
struct ChronicleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn Chinese local news pages into dated, typed events: iCalendar, CSV, JSON lines, HTML.",
        version: ChronicleInfo.version,
        // Each subcommand lives in its own file; add it here.
        subcommands: [ConvertCommand.self, TagCommand.self, EventsCommand.self, IngestCommand.self,
                      ExportCommand.self, StatsCommand.self],
        defaultSubcommand: ConvertCommand.self
    )

    /// Like ArgumentParser's own `main`, but with chronicle's exit statuses: usage
    /// errors exit 2 (not EX_USAGE 64), and a `CommandFailure` is printed as its one line.
    static func main() async {
        MemoryPolicy.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data((failure.message + "\n").utf8))
            Foundation.exit(failure.code.rawValue)
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
