#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file beside the database, so two runs never interleave.
///
/// The kernel drops the lock when the process dies, so a killed cron run never
/// leaves a stale lock behind. The holder writes its process id into the file, so a
/// run that has to wait can say whom it waits for. The lock is held until deinit.
public final class ArchiveLock: Sendable {
    /// What to do when another run holds the lock.
    public enum Waiting: Sendable, Equatable {
        /// Fail at once with `.locked`.
        case no
        /// Wait until the other run ends.
        case forever
        /// Wait at most this many seconds, then fail with `.lockTimedOut`.
        case upTo(seconds: Double)
    }

    public let lockPath: String
    private let fd: Int32

    /// Takes the lock for the database at `databasePath`. When another run holds it,
    /// `waiting` says whether to wait and how long; `onWait` is called once, with the
    /// holder's process id when known, before waiting starts (the command says so on
    /// standard error).
    public init(databasePath: String, waiting: Waiting,
                onWait: (_ holder: Int32?) -> Void = { _ in }) throws(ArchiveError) {
        let lockPath = ArchiveLocation.lockPath(forDatabase: databasePath)
        self.lockPath = lockPath
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ArchiveError(path: databasePath, reason: .cannotOpen("lock file \(lockPath): \(String(cString: strerror(errno)))"))
        }
        do throws(ArchiveError) {
            if try !Self.tryLock(fd, databasePath: databasePath, lockPath: lockPath) {
                let holder = Self.holder(fd)
                switch waiting {
                case .no:
                    throw ArchiveError(path: databasePath, reason: .locked(lockPath: lockPath, holder: holder))
                case .forever:
                    onWait(holder)
                    try Self.lockBlocking(fd, databasePath: databasePath, lockPath: lockPath)
                case .upTo(let seconds):
                    onWait(holder)
                    let deadline = Self.monotonicSeconds() + max(0, seconds)
                    while try !Self.tryLock(fd, databasePath: databasePath, lockPath: lockPath) {
                        guard Self.monotonicSeconds() < deadline else {
                            throw ArchiveError(path: databasePath,
                                               reason: .lockTimedOut(lockPath: lockPath, seconds: seconds, holder: Self.holder(fd) ?? holder))
                        }
                        var pause = timespec(tv_sec: 0, tv_nsec: 50_000_000)
                        nanosleep(&pause, nil)
                    }
                }
            }
        } catch {
            close(fd)
            throw error
        }
        self.fd = fd
        Self.recordHolder(fd)
    }

    /// The older form: wait for ever, or not at all.
    public convenience init(databasePath: String, wait: Bool) throws(ArchiveError) {
        try self.init(databasePath: databasePath, waiting: wait ? .forever : .no)
    }

    deinit { close(fd) }

    /// True when taken, false when another process holds it.
    private static func tryLock(_ fd: Int32, databasePath: String, lockPath: String) throws(ArchiveError) -> Bool {
        var result: Int32
        repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        if result == 0 { return true }
        let code = errno
        if code == EWOULDBLOCK { return false }
        throw ArchiveError(path: databasePath, reason: .cannotOpen("lock \(lockPath): \(String(cString: strerror(code)))"))
    }

    private static func lockBlocking(_ fd: Int32, databasePath: String, lockPath: String) throws(ArchiveError) {
        var result: Int32
        repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
        guard result == 0 else {
            throw ArchiveError(path: databasePath, reason: .cannotOpen("lock \(lockPath): \(String(cString: strerror(errno)))"))
        }
    }

    /// Replaces the file's content with this process's id (best effort: the lock itself
    /// is the flock, the id only names the holder in messages).
    private static func recordHolder(_ fd: Int32) {
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(fd, 0) == 0 else { return }
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// The process id the holder wrote, if the file holds one.
    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let digits = buffer[..<n].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty, let pid = Int32(String(decoding: digits, as: UTF8.self)), pid > 0 else { return nil }
        return pid
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
