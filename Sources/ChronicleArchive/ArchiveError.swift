/// A failure of the archive, described in one line that names the file and what to do.
public struct ArchiveError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The database could not be opened or created.
        case cannotOpen(String)
        /// Reading an archive that was never created.
        case missing
        /// Another run holds the lock and `--no-wait` was given.
        case locked(lockPath: String, holder: Int32?)
        /// Another run still held the lock when `--wait-timeout` ran out.
        case lockTimedOut(lockPath: String, seconds: Double, holder: Int32?)
        /// A read or write failed inside the database.
        case database(String)
        /// A stored value could not be read back (the file was edited by hand or is damaged).
        case corrupt(String)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .cannotOpen(let why):
            return "\(path): cannot open the archive (\(why)); check the folder exists and is writable, or pass --db PATH"
        case .missing:
            return "\(path): no archive here yet; run `chronicle ingest PAGE --db \(path)` first, or pass --db PATH"
        case .locked(let lockPath, let holder):
            return "\(path): another chronicle run\(Self.pid(holder)) holds the lock \(lockPath); wait for it to finish, or run without --no-wait"
        case .lockTimedOut(let lockPath, let seconds, let holder):
            return "\(path): another chronicle run\(Self.pid(holder)) still held the lock \(lockPath) after \(Self.seconds(seconds)); try again later, or give a longer --wait-timeout"
        case .database(let why):
            return "\(path): archive error (\(why)); run `chronicle stats --db \(path)` to check the archive"
        case .corrupt(let what):
            return "\(path): damaged archive value (\(what)); re-create the archive by ingesting the pages again"
        }
    }

    private static func pid(_ holder: Int32?) -> String { holder.map { " (pid \($0))" } ?? "" }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
