import ArgumentParser
import Logging

/// `--quiet` / `--verbose`, shared by every command that logs.
struct LoggingOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors (and no progress).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print what each input produced.")
    var verbose = false

    /// Errors always; warnings by default; info and debug with --verbose. Under cron
    /// a successful run therefore prints nothing.
    func makeLogger(label: String) -> Logger {
        let level: Logger.Level = quiet ? .error : verbose ? .debug : .warning
        return Logger(label: label, factory: { _ in StderrLogHandler(level: level) })
    }
}
