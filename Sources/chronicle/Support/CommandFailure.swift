import ArgumentParser

/// A failure the command explains in one line; `ChronicleCommand.main` prints it to
/// standard error and exits with its code (2: usage, or nothing could be done).
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let code: ExitCode

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, code: ExitStatus.usage) }

    var description: String { message }
}

/// The exit statuses every chronicle command uses.
enum ExitStatus {
    static let done = ExitCode(0)
    /// Some inputs failed; the others were still written, each failure was named.
    static let someFailed = ExitCode(1)
    /// Usage error, or nothing could be done.
    static let usage = ExitCode(2)
}
