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

        if let outDir {
            let plan = OutputPlan(inputs: inputs, folder: outDir, format: renderer.format)
            failures += plan.clashes
            let results = await parallelMap(plan.jobs, width: width) { job -> String? in
                defer { progress.advance(job.input.path) }
                switch reader.read(job.input) {
                case .failure(let failure): return failure.message
                case .success(let page):
                    do {
                        try FileManager.default.createDirectory(atPath: (job.outputPath as NSString).deletingLastPathComponent,
                                                                withIntermediateDirectories: true)
                        try AtomicFile.write(try renderer.render(page.events), to: job.outputPath, checkpoint: CrashPoint.checkpoint())
                        return nil
                    } catch {
                        return ErrorLine.naming(job.outputPath, error)
                    }
                }
            }
            progress.finish()
            for (job, failure) in zip(plan.jobs, results) {
                if let failure { failures.append(failure) } else {
                    converted += 1
                    log.info("\(job.input.path) → \(job.outputPath)")
                }
            }
        } else {
            let results = await parallelMap(inputs, width: width) { file in
                defer { progress.advance(file.path) }
                return reader.read(file).map(\.events)
            }
            progress.finish()
            var events: [Event] = []
            for (file, result) in zip(inputs, results) {
                switch result {
                case .success(let found):
                    converted += 1
                    events += found
                    log.info("\(file.path): \(found.count) events")
                case .failure(let failure):
                    failures.append(failure.message)
                }
            }
            if converted > 0 {
                do {
                    try OutputTarget.write(try renderer.render(events), to: target)
                } catch let failure as CommandFailure {
                    throw failure
                } catch {
                    throw CommandFailure(message: ErrorLine.naming(target ?? "-", error), code: ExitStatus.usage)
                }
            }
        }
        for failure in failures { log.error("\(failure)") }
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
