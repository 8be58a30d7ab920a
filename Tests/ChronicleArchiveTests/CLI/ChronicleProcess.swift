import ChronicleTestSupport
import Foundation

/// Runs the built `chronicle` binary, as cron would.
struct ChronicleProcess {
    struct Outcome {
        var status: Int32
        var killed: Bool
        var stdout: Data
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sample = packageRoot.appendingPathComponent("Samples/guancheng-2021-04-14.txt")

    /// The binary beside the test bundle (same build folder), else the default debug build.
    static var binary: URL? {
        var candidates = [packageRoot.appendingPathComponent(".build/debug/chronicle")]
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            candidates.insert(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("chronicle"), at: 0)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A fixed environment: no TZ or LANG surprises, a private HOME, reproducible stamps.
    static func environment(_ extra: [String: String] = [:], home: URL) -> [String: String] {
        var env = ["PATH": "/usr/bin:/bin", "HOME": home.path, "SOURCE_DATE_EPOCH": "1618358400"]
        env.merge(extra) { $1 }
        return env
    }

    static func start(_ arguments: [String], in folder: URL, env: [String: String] = [:],
                      stdin: URL? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment(env, home: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    static func run(_ arguments: [String], in folder: URL, env: [String: String] = [:], stdin: URL? = nil) throws -> Outcome {
        let (process, out, err) = try start(arguments, in: folder, env: env, stdin: stdin)
        return finish(process, out, err)
    }

    static func finish(_ process: Process, _ out: Pipe, _ err: Pipe) -> Outcome {
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
                       stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() -> URL {
        ScratchFolder.make("cli")
    }

    /// A folder of copies of the sample page, one per issue date (the date is in each name).
    static func pages(in folder: URL, dates: [String]) throws -> URL {
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for date in dates {
            try FileManager.default.copyItem(at: sample, to: pages.appendingPathComponent("\(date).txt"))
        }
        return pages
    }
}
