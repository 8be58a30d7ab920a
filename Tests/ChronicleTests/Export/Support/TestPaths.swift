import ChronicleTestSupport
import Foundation
import Testing

/// Where the tests find files, all inside the repository (a plain clone is complete): the
/// package from `#filePath`, the invented development corpus under `Tests/Corpus`, the
/// independent iCalendar checks under `Tests/Tools`, golden files under
/// `Tests/ChronicleTests/Fixtures`.
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("Tests/Corpus")
    static let tools = packageRoot.appendingPathComponent("Tests/Tools")
    static let fixtures = packageRoot.appendingPathComponent("Tests/ChronicleTests/Fixtures")

    /// `CHRONICLE_RECORD=1` rewrites golden files from the current output. Under CI (`CI`
    /// set) it is refused: the run records an issue and compares as usual, so a recording
    /// switch left on can never make CI pass.
    static var recording: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard environment["CHRONICLE_RECORD"] == "1" else { return false }
        if let ci = environment["CI"], !ci.isEmpty, ci != "0", ci != "false" {
            Issue.record("CHRONICLE_RECORD=1 is refused under CI: golden files are compared, never rewritten")
            return false
        }
        return true
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        ScratchFolder.make("export")
    }
}

/// Runs a program; returns its exit status and its standard output and error, merged.
enum Run {
    static func program(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `/usr/bin/env NAME`'s full path, or nil.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
