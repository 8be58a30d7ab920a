import ArgumentParser
import ChronicleArchive
import Foundation

/// `--db PATH`, `--no-wait` and `--wait-timeout`, shared by ingest, export and stats.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The archive database.",
        discussion: "Default: $XDG_DATA_HOME/chronicle/archive.sqlite, else ~/.local/share/chronicle/archive.sqlite.",
        valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "If another run holds the archive's lock, exit with status 2 instead of waiting.")
    var noWait = false

    @Option(name: .long, help: ArgumentHelp(
        "Wait at most this long for another run's lock, then exit with status 2.",
        discussion: "Default: wait until the other run ends.",
        valueName: "seconds"))
    var waitTimeout: Double?

    func validate() throws {
        if let waitTimeout, !(waitTimeout >= 0 && waitTimeout.isFinite) {
            throw ValidationError("--wait-timeout takes a number of seconds, 0 or more")
        }
        if noWait && waitTimeout != nil {
            throw ValidationError("--no-wait and --wait-timeout exclude each other")
        }
    }

    var waiting: ArchiveLock.Waiting {
        if noWait { return .no }
        if let waitTimeout { return .upTo(seconds: waitTimeout) }
        return .forever
    }

    func databasePath() throws -> String {
        if let db { return db }
        guard let path = ArchiveLocation.defaultPath(environment: ProcessInfo.processInfo.environment) else {
            throw CommandFailure.usage("chronicle: no archive location: set HOME or XDG_DATA_HOME, or pass --db PATH")
        }
        return path
    }

    /// Takes the lock beside the database, then opens it. A run that has to wait says so
    /// on standard error (unless `quiet`), naming the holder.
    func openLocked(quiet: Bool) throws -> (Archive, ArchiveLock) {
        let path = try databasePath()
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw CommandFailure.usage(ArchiveError(path: path, reason: .cannotOpen("cannot create its folder")).description)
        }
        do {
            let lock = try ArchiveLock(databasePath: path, waiting: waiting) { holder in
                guard !quiet else { return }
                let who = holder.map { "held by pid \($0)" } ?? "held by another chronicle run"
                let limit = waitTimeout.map { " (at most \($0 == $0.rounded() ? String(Int($0)) : String($0)) s)" } ?? " (--wait-timeout SECONDS to limit)"
                Terminal.writeError("chronicle: waiting for \(ArchiveLocation.lockPath(forDatabase: path)), \(who)\(limit)\n")
            }
            return (try Archive(path: path), lock)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): read here, in the command, and
/// passed to the library, which never reads the environment or the clock.
enum SourceDateEpoch {
    static func read() throws -> Int? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        guard let seconds = Int(text), seconds >= 0 else {
            throw CommandFailure.usage("SOURCE_DATE_EPOCH=\(text): not a count of seconds; unset it or set it to e.g. 1618358400")
        }
        return seconds
    }

    /// The epoch if set, else the clock: the archive's LAST-MODIFIED stamps.
    static func now() throws -> Int64 {
        if let fixed = try read() { return Int64(fixed) }
        return Int64(Date().timeIntervalSince1970)
    }
}
