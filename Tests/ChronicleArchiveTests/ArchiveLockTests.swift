import Testing
@testable import ChronicleArchive

@Suite struct ArchiveLockTests {
    @Test func secondRunWithoutWaitingIsRefused() throws {
        let db = ArchiveFixtures.temporaryFolder().appendingPathComponent("a.sqlite").path
        let first = try ArchiveLock(databasePath: db, wait: false)
        #expect(throws: ArchiveError(path: db, reason: .locked(lockPath: db + ".lock"))) {
            _ = try ArchiveLock(databasePath: db, wait: false)
        }
        _ = first
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
