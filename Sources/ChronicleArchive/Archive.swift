import ChronicleCore
import Foundation
import GRDB

/// The SQLite archive of issues, articles and events, through GRDB.
///
/// Every ingest is one transaction, so a killed run leaves the archive as it was
/// before that page. The database runs in WAL mode so exports can read while an
/// ingest writes; runs that write take the `ArchiveLock` beside the file first.
public struct Archive: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens the archive at `path`, creating it (and its folder) if needed; with
    /// `create: false` a missing archive is an error (for export and stats).
    public init(path: String, create: Bool = true) throws(ArchiveError) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw ArchiveError(path: path, reason: .missing)
        }
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            var config = Configuration()
            config.busyMode = .timeout(120)
            config.prepareDatabase { db in
                // WAL commits survive a killed process; NORMAL skips the fsync per
                // transaction that would make a 10,000-page ingest crawl.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Reads go through a memory map and a 32 MiB page cache, not a pread per page.
                try db.execute(sql: "PRAGMA mmap_size = 268435456")
                try db.execute(sql: "PRAGMA cache_size = -32768")
            }
            pool = try DatabasePool(path: path, configuration: config)
            try ArchiveSchema.migrator.migrate(pool)
        } catch {
            throw ArchiveError(path: path, reason: .cannotOpen(Archive.oneLine(error)))
        }
    }

    /// Runs a database block, turning GRDB's errors into one-line `ArchiveError`s.
    func guarded<T>(_ body: () throws -> T) throws(ArchiveError) -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError(path: path, reason: .database(Archive.oneLine(error)))
        }
    }

    static func oneLine(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? "SQLite code \(db.resultCode.rawValue)" }
        if let cocoa = error as? CocoaError, let underlying = cocoa.underlying as NSError? {
            return underlying.localizedDescription
        }
        return String(describing: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "unknown error"
    }
}
