import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard streams, and a progress line drawn only when a person is watching.
enum Terminal {
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func writeOutput(_ bytes: [UInt8]) throws {
        try FileHandle.standardOutput.write(contentsOf: Data(bytes))
    }

    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
}

/// `[3/40] name` redrawn in place on a TTY; silent under cron or with --quiet.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && Terminal.standardErrorIsTTY && total > 1
    }

    func advance(_ name: String) {
        guard enabled else { return }
        lock.lock()
        done += 1
        let line = "[\(done)/\(total)] \(name)"
        lock.unlock()
        Terminal.writeError("\r\u{1B}[K" + line)
    }

    func finish() {
        guard enabled else { return }
        Terminal.writeError("\r\u{1B}[K")
    }
}
