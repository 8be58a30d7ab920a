import ArgumentParser
import Foundation

/// The pages a command reads and how it recognizes them, shared by convert and ingest.
struct InputOptions: ParsableArguments {
    @Argument(help: "Page files, folders (searched recursively for --glob), or - for standard input.")
    var paths: [String]

    // An array only so that a second --issue-date is refused instead of silently winning.
    @Option(help: ArgumentHelp("The issue date of every input, YYYY-MM-DD (default: from each file's name or its header).",
                               valueName: "date"))
    var issueDate: [String] = []

    @Option(help: ArgumentHelp(
        "A CSV or TSV file giving each page its issue date: path or file name, then YYYY-MM-DD, one page a line.",
        discussion: "Pages it does not name take their date from their file name or header as usual.",
        valueName: "file"))
    var issueDates: String?

    @Option(help: ArgumentHelp(
        "File names to take from folders, any case (repeatable; default: the pages chronicle reads, \(InputOptions.pageGlobs.joined(separator: " "))).",
        valueName: "pattern"))
    var glob: [String] = []

    /// What a folder of pages holds: text, and web pages as saved (`.shtml` is common on
    /// government sites).
    static let pageGlobs = ["*.txt", "*.htm", "*.html", "*.shtml"]

    @Option(help: "A JSON lexicon file adding event kinds and triggers.")
    var lexicon: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Pages recognized at once (default: the number of cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if issueDate.count > 1 {
            throw ValidationError("--issue-date was given \(issueDate.count) times; it applies to every input, so pass it once, or give each page its date with --issue-dates FILE")
        }
        if !issueDate.isEmpty && issueDates != nil {
            throw ValidationError("--issue-date and --issue-dates exclude each other")
        }
    }

    var width: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// Pages recognized in parallel, then consumed in order (written to the archive, or
    /// their events kept), this many at a time: memory stays flat however large the folder.
    static let batchSize = 256

    func reader() throws -> PageReader {
        try PageReader(lexiconFile: lexicon, issueDateText: issueDate.first, manifestFile: issueDates)
    }

    func collect() -> (inputs: [InputFile], failures: [InputError]) {
        InputFiles.collect(paths, globs: glob.isEmpty ? InputOptions.pageGlobs : glob)
    }
}
