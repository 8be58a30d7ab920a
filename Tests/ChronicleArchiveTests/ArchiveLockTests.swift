#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import ChronicleArchive

@Suite struct ArchiveLockTests {
    @Test func secondRunWithoutWaitingIsRefused() throws {
        let db = ArchiveFixtures.temporaryFolder().appendingPathComponent("a.sqlite").path
        let first = try ArchiveLock(databasePath: db, wait: false)
        #expect(throws: ArchiveError(path: db, reason: .locked(lockPath: db + ".lock", holder: getpid()))) {
            _ = try ArchiveLock(databasePath: db, wait: false)
        }
        _ = first
    }

    /// A bounded wait gives up with the holder's pid in the error; the waiter is told once
    /// whom it waits for before waiting.
    @Test func boundedWaitGivesUpNamingTheHolder() throws {
        let db = ArchiveFixtures.temporaryFolder().appendingPathComponent("a.sqlite").path
        let first = try ArchiveLock(databasePath: db, wait: false)
        var told: [Int32?] = []
        #expect(throws: ArchiveError(path: db, reason: .lockTimedOut(lockPath: db + ".lock", seconds: 0, holder: getpid()))) {
            _ = try ArchiveLock(databasePath: db, waiting: .upTo(seconds: 0)) { told.append($0) }
        }
        #expect(told == [getpid()])
        let message = ArchiveError(path: db, reason: .lockTimedOut(lockPath: db + ".lock", seconds: 5, holder: 42)).description
        #expect(message.contains("(pid 42)") && message.contains("after 5 s") && message.contains("--wait-timeout"))
        _ = first
    }

    /// A free lock is taken at once, whatever the waiting policy, and nobody is told to wait.
    @Test func freeLockIsTakenWithoutWaiting() throws {
        for waiting in [ArchiveLock.Waiting.no, .forever, .upTo(seconds: 0)] {
            let db = ArchiveFixtures.temporaryFolder().appendingPathComponent("a.sqlite").path
            var told = 0
            _ = try ArchiveLock(databasePath: db, waiting: waiting) { _ in told += 1 }
            #expect(told == 0)
        }
    }

    @Test func lockIsFreeAgainAfterRelease() throws {
        let db = ArchiveFixtures.temporaryFolder().appendingPathComponent("a.sqlite").path
        do { _ = try ArchiveLock(databasePath: db, wait: false) }
        _ = try ArchiveLock(databasePath: db, wait: false)
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(ArchiveLocation.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"])
                == "/x/data/chronicle/archive.sqlite")
        #expect(ArchiveLocation.defaultPath(environment: ["HOME": "/home/u"])
                == "/home/u/.local/share/chronicle/archive.sqlite")
        // A relative XDG_DATA_HOME is invalid per the spec and is ignored.
        #expect(ArchiveLocation.defaultPath(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"])
                == "/home/u/.local/share/chronicle/archive.sqlite")
        #expect(ArchiveLocation.defaultPath(environment: [:]) == nil)
    }
}
