import ArgumentParser
import Chronicle
import Foundation
import Logging

/// `chronicle convert`: pages in, one merged output or one output per page.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert news pages into a calendar (ics), CSV, JSON lines, TimelineJS or HTML.",
        discussion: """
            Inputs are files, folders (searched recursively for --glob) and - for standard \
            input. Outputs are written to a temporary file and renamed into place.

            Exit status: 0 all converted; 1 some inputs failed (the rest written, each \
            failure named on standard error); 2 usage error or nothing could be converted.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: [.customShort("o"), .customLong("output")],
            help: "Write all events into this one file (- for standard output, the default).")
    var output: String?

    @Option(help: "Write one output per input into this folder, named after the input.")
    var outDir: String?

    @OptionGroup var rendering: RenderingOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if output != nil && outDir != nil { throw ValidationError("pass either -o FILE or --out-dir DIR, not both") }
    }

    func run() async throws {
        let log = logging.makeLogger(label: "chronicle.convert")
        let reader = try input.reader()
        let target = outDir == nil ? output : nil
        let renderer = try TimelineRenderer(format: rendering.resolvedFormat(output: target),
                                            calendar: rendering.calendarOptions(), export: rendering.exportOptions())
        let (inputs, missing) = input.collect()
        var failures = missing.map(\.description)
        let progress = ProgressLine(total: inputs.count, enabled: !logging.quiet)
        let width = input.width
        var converted = 0
        var eventCount = 0
        for line in reader.unmatchedManifestLines(inputs) { log.warning("\(line)") }

        if let outDir {
            let plan = OutputPlan(inputs: inputs, folder: outDir, format: renderer.format)
            failures += plan.clashes
            let results = await Batches.map(plan.jobs, width: width) { job -> Result<(Int, String?), PageFailure> in
                defer { progress.advance(job.input.path) }
                switch reader.events(job.input) {
                case .failure(let failure): return .failure(failure)
                case .success(let page):
                    let count = page.events.count, warning = page.warning(job.input)
                    do {
                        try FileManager.default.createDirectory(atPath: (job.outputPath as NSString).deletingLastPathComponent,
                                                                withIntermediateDirectories: true)
                        try renderer.write(Timeline(events: page.takingEvents(), options: renderer.calendar), to: job.outputPath)
                        return .success((count, warning))
                    } catch {
                        return .failure(PageFailure(input: job.input, message: ErrorLine.naming(job.outputPath, error)))
                    }
                }
            }
            progress.finish()
            for (job, result) in zip(plan.jobs, results) {
                switch result {
                case .failure(let failure): failures.append(failure.message)
                case .success(let (count, warning)):
                    converted += 1
                    eventCount += count
                    if let warning { log.warning("\(warning)") }
                    log.info("\(job.input.path) → \(job.outputPath)")
                }
            }
        } else {
            // Each batch's events join the merged list as the next batch is read: only the
            // events of the pages are held, never the pages.
            var events: [Event] = []
            await Batches.pipelined(inputs, size: InputOptions.batchSize, width: width, { file in
                defer { progress.advance(file.path) }
                return reader.events(file).map { ($0.events, $0.warning(file)) }
            }) { file, result in
                switch result {
                case .success(let (found, warning)):
                    converted += 1
                    // The first page's list is taken as it is: a large page's events are
                    // megabytes, copied for nothing into an empty list.
                    if events.isEmpty { events = found } else { events += found }
                    if let warning { log.warning("\(warning)") }
                    log.info("\(file.path): \(found.count) events")
                case .failure(let failure):
                    failures.append(failure.message)
                }
            }
            progress.finish()
            eventCount = events.count
            if converted > 0 {
                do {
                    try renderer.write(Timeline(events: consume events, options: renderer.calendar), to: target)
                } catch let failure as CommandFailure {
                    throw failure
                } catch {
                    throw CommandFailure(message: ErrorLine.naming(target ?? "-", error), code: ExitStatus.usage)
                }
            }
        }
        for failure in failures { log.error("\(failure)") }
        if !logging.quiet && converted > 0 {
            Terminal.writeError(BatchSummary(converted: converted, failed: failures.count, events: eventCount).line + "\n")
        }
        if converted == 0 {
            // Each failure is already on standard error; an empty run still says why.
            if failures.isEmpty { throw CommandFailure.usage("chronicle convert: no input pages; pass files, folders or -") }
            throw ExitStatus.usage
        }
        if !failures.isEmpty { throw ExitStatus.someFailed }
    }
}

/// Where each input's own output goes under `--out-dir`, refusing two inputs that
/// would overwrite each other's output.
struct OutputPlan {
    struct Job: Sendable {
        let input: InputFile
        let outputPath: String
    }

    var jobs: [Job] = []
    var clashes: [String] = []

    init(inputs: [InputFile], folder: String, format: OutputFormat) {
        var taken: [String: String] = [:]
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for input in inputs {
            let path = base + input.outputStem + "." + format.fileExtension
            if let first = taken[path] {
                clashes.append("\(input.path): its output \(path) would overwrite that of \(first); convert it separately")
                continue
            }
            taken[path] = input.path
            jobs.append(Job(input: input, outputPath: path))
        }
    }
}

/// The line a batch ends with (not under `--quiet`): what it did, in one place.
struct BatchSummary {
    let converted: Int
    let failed: Int
    let events: Int

    var line: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var parts = [count(converted, "page converted", "pages converted")]
        if failed > 0 { parts.append("\(failed) failed") }
        parts.append(count(events, "event", "events"))
        return "chronicle convert: " + parts.joined(separator: ", ")
    }
}
