import ArgumentParser
import Foundation

/// The pages a command reads and how it recognizes them, shared by convert and ingest.
struct InputOptions: ParsableArguments {
    @Argument(help: "Page files, folders (searched recursively for --glob), or - for standard input.")
    var paths: [String]

    @Option(help: "The issue date, YYYY-MM-DD (default: from each file's name or its header).")
    var issueDate: String?

    @Option(help: "File names to take from folders.")
    var glob = "*.txt"

    @Option(help: "A JSON lexicon file adding event kinds and triggers.")
    var lexicon: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Pages recognized at once (default: the number of cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    var width: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func reader() throws -> PageReader { try PageReader(lexiconFile: lexicon, issueDateText: issueDate) }

    func collect() -> (inputs: [InputFile], failures: [InputError]) { InputFiles.collect(paths, glob: glob) }
}
