#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a whole file so that readers see either the old file or the new one, never half.
///
/// The bytes go to a temporary file in the same folder (same file system, so the
/// rename is atomic), are flushed to disk, and the temporary file is renamed over
/// the target. If the process is killed before the rename, the old file is intact
/// and only a `.NAME.chronicle-…` temporary remains.
///
/// Only regular files are replaced: a symbolic link is followed and its target
/// replaced, and a device or pipe (`-o /dev/null`, a FIFO) is written in place —
/// renaming over those would destroy them.
public enum AtomicFile {
    /// The moments of a write that a crash test stops the process at (`write`'s `checkpoint`).
    public enum Stage: String, Sendable, CaseIterable {
        /// The temporary file exists and is empty.
        case created
        /// Part of the output is in the temporary file: the first half of the bytes, or the
        /// first piece of an output written as it is made.
        case halfWritten = "half-written"
        /// All bytes are flushed; the rename has not happened.
        case beforeRename = "before-rename"
    }

    /// `checkpoint` is called at each `Stage`: the command passes one that kills the process
    /// there when a test asks it to, so crash tests stop a run at a chosen moment instead
    /// of racing a timer.
    public static func write(_ bytes: [UInt8], to requested: String,
                             checkpoint: (Stage) -> Void = { _ in }) throws(OutputError) {
        do {
            try write(to: requested, checkpoint: checkpoint) { put in
                let half = bytes.count / 2
                try put(bytes[..<half])
                try put(bytes[half...])
            }
        } catch let error as OutputError {
            throw error
        } catch {
            preconditionFailure("writing an array throws only OutputError")
        }
    }

    /// `write`, the bytes made while they are written: `produce` hands them to `put` piece
    /// by piece (a calendar event by event), so an output of any size is never held whole.
    /// If `produce` throws, the temporary file is removed and the target left as it was.
    /// `halfWritten` is the moment after the first piece.
    public static func write(to requested: String, checkpoint: (Stage) -> Void = { _ in },
                             producing produce: (_ put: (ArraySlice<UInt8>) throws -> Void) throws -> Void) throws {
        let path = resolvingLinks(requested)
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw OutputError(path: requested, reason: .isFolder) }
            if type != S_IFREG { return try writeInPlace(to: path, shown: requested, producing: produce) }
        }
        let (folder, name) = split(path)
        let (fd, tempPath) = try createTemporary(folder: folder, name: name, target: path)
        do {
            // A replaced file keeps its permissions; a new one gets 0666 less the umask, like `>`.
            if let mode = existingMode(path) { _ = fchmod(fd, mode) }
            checkpoint(.created)
            var pieces = 0
            // Swift refuses a non-escaping parameter captured by a closure handed to another
            // non-escaping parameter; neither closure outlives this call.
            try withoutActuallyEscaping(checkpoint) { checkpoint in
                try produce { piece in
                    try writeAll(piece, to: fd, path: path)
                    pieces += 1
                    if pieces == 1 { checkpoint(.halfWritten) }
                }
            }
            guard fsync(fd) == 0 else { throw OutputError(path: path, reason: .cannotWrite(lastError())) }
            guard close(fd) == 0 else { throw OutputError(path: path, reason: .cannotWrite(lastError())) }
        } catch {
            close(fd)
            unlink(tempPath)
            throw error
        }
        checkpoint(.beforeRename)
        guard rename(tempPath, path) == 0 else {
            let why = lastError()
            unlink(tempPath)
            throw OutputError(path: path, reason: .cannotRename(why))
        }
        // Make the rename itself durable.
        let dirFD = open(folder, O_RDONLY | O_DIRECTORY)
        if dirFD >= 0 { _ = fsync(dirFD); close(dirFD) }
    }

    /// Devices and pipes: opened for writing, never truncated or replaced.
    private static func writeInPlace(to path: String, shown: String,
                                     producing produce: ((ArraySlice<UInt8>) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: shown, reason: .cannotWrite(lastError())) }
        defer { close(fd) }
        try produce { try writeAll($0, to: fd, path: shown) }
    }

    /// The final target of a chain of symbolic links (the path itself if it is none,
    /// or if the link dangles: then the link is replaced like a file).
    private static func resolvingLinks(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func writeAll(_ bytes: ArraySlice<UInt8>, to fd: Int32, path: String) throws(OutputError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, reason: .cannotWrite(lastError()))
            }
            offset += n
        }
    }

    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    private static func existingMode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// A new, exclusive temporary beside the target; the kernel applies the umask.
    private static func createTemporary(folder: String, name: String, target: String) throws(OutputError) -> (Int32, String) {
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let tempPath = "\(folder)/.\(name).chronicle-\(suffix)"
            let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, tempPath) }
            if errno != EEXIST { break }
        }
        throw OutputError(path: target, reason: .cannotCreate(lastError()))
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// A failure to write an output file, in one line naming it.
public struct OutputError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case cannotCreate(String), cannotWrite(String), cannotRename(String), isFolder
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .cannotCreate(let why):
            return "\(path): cannot create a file in its folder (\(why)); check the folder exists and is writable"
        case .cannotWrite(let why):
            return "\(path): cannot write (\(why)); check free space, the previous file is left as it was"
        case .isFolder:
            return "\(path): is a folder; name an output file, or use --out-dir for one file per input"
        case .cannotRename(let why):
            return "\(path): cannot replace the file (\(why)); check permissions, the previous file is left as it was"
        }
    }
}
