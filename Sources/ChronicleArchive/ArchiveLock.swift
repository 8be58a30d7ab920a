#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file beside the database, so two runs never interleave.
///
/// The kernel drops the lock when the process dies, so a killed cron run never
/// leaves a stale lock behind. The lock is held until `release()` or deinit.
public final class ArchiveLock: Sendable {
    public let lockPath: String
    private let fd: Int32

    /// Takes the lock for the database at `databasePath`, waiting for another run to
    /// finish unless `wait` is false, in which case a held lock throws `.locked`.
    public init(databasePath: String, wait: Bool) throws(ArchiveError) {
        let lockPath = ArchiveLocation.lockPath(forDatabase: databasePath)
        self.lockPath = lockPath
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ArchiveError(path: databasePath, reason: .cannotOpen("lock file \(lockPath): \(String(cString: strerror(errno)))"))
        }
        var result: Int32
        repeat {
            result = flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB))
        } while result != 0 && errno == EINTR
        guard result == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK {
                throw ArchiveError(path: databasePath, reason: .locked(lockPath: lockPath))
            }
            throw ArchiveError(path: databasePath, reason: .cannotOpen("lock \(lockPath): \(String(cString: strerror(code)))"))
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
