import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary folders for tests, all inside one folder per test process that is removed when the
/// process exits: a test run leaves nothing behind in the system's temporary directory, and no
/// test has to remember to clean up (a failing expectation would skip its cleanup anyway).
public enum ScratchFolder {
    /// The process's folder; created on first use, removed at exit.
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("chronicle-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    /// A fresh, empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
