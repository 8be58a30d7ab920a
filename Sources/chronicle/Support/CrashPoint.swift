import Chronicle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `CHRONICLE_TEST_KILL_AT=created|half-written|before-rename`: the process kills itself
/// with SIGKILL at that moment of its first output write. Crash tests use it to stop a
/// run at a chosen point deterministically; unset, it does nothing.
enum CrashPoint {
    static func checkpoint(environment: [String: String] = ProcessInfo.processInfo.environment) -> (AtomicFile.Stage) -> Void {
        guard let name = environment["CHRONICLE_TEST_KILL_AT"], let stop = AtomicFile.Stage(rawValue: name) else {
            return { _ in }
        }
        return { stage in if stage == stop { kill(getpid(), SIGKILL) } }
    }
}
