import Chronicle
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input page: a file, or standard input.
struct InputFile: Sendable, Hashable {
    /// The path to read, or `-` for standard input.
    let path: String
    /// Where its own output goes under `--out-dir`: the file's path below the folder
    /// given on the command line (`sub/2021-04-14`), or its bare name, without extension.
    let outputStem: String

    var isStandardInput: Bool { path == "-" }

    /// The file name alone: what the recognizer reads an issue date from
    /// (`2021-04-14.txt`) and what outputs name as the source.
    var fileName: String { isStandardInput ? "-" : (path as NSString).lastPathComponent }

    /// The archive's key for the page: its full path, absolute with links resolved, so the
    /// same file named from another folder or through a link is one page, and two papers'
    /// `2021-04-14.txt` are two. None for standard input (keyed by its content).
    var fullPath: String? {
        if isStandardInput { return nil }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }

    func read() throws(InputError) -> [UInt8] {
        if isStandardInput { return Terminal.readStandardInput() }
        guard let data = FileManager.default.contents(atPath: path) else { try unreadable() }
        return [UInt8](data)
    }

    /// The input's text decoded as it is read, a megabyte at a time (`PieceDecoder`): a
    /// large page is never held as bytes beside its text.
    func decoded(source: String) throws -> [String] {
        var decoder = PieceDecoder(source: source)
        if isStandardInput {
            Terminal.readStandardInput().withUnsafeBytes { decoder.append($0) }
            return try decoder.finish()
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { try unreadable() }
        defer { close(fd) }
        // A buffer the size of the file (a megabyte at most), not zeroed: a folder of
        // small pages would otherwise map, fault in and clear a megabyte per file, which
        // cost more system time than reading and converting the pages did.
        var status = stat()
        let size = fstat(fd, &status) == 0 && status.st_size > 0 ? Int(status.st_size) : 0
        let capacity = min(size + 1, InputFile.chunkBytes)
        var chunk = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                try unreadable()
            }
            chunk.withUnsafeBytes { decoder.append(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return try decoder.finish()
    }

    /// Bytes read a step by `decoded(source:)`.
    static let chunkBytes = 1 << 20

    /// The error `read()` and `decoded(source:)` give for a path they cannot read (a folder
    /// reads as an error here).
    private func unreadable() throws(InputError) -> Never {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            throw InputError(path: path, reason: isFolder.boolValue ? .notAFile : .unreadable)
        }
        throw InputError(path: path, reason: .missing)
    }
}

/// An input that could not be used, in one line naming it and what to do.
struct InputError: Error, CustomStringConvertible, Sendable {
    enum Reason: Sendable { case missing, unreadable, notAFile, emptyFolder(globs: [String]) }
    let path: String
    let reason: Reason

    var description: String {
        switch reason {
        case .missing: return "\(path): no such file or folder; check the path"
        case .unreadable: return "\(path): cannot read the file; check its permissions"
        case .notAFile: return "\(path): not a regular file; pass a page file or a folder of them"
        case .emptyFolder(let globs):
            return "\(path): no files matching \(globs.joined(separator: " ")) in this folder; pass --glob PATTERN"
        }
    }
}

/// Expands the command line's PATH... into input pages.
enum InputFiles {
    /// Files as given, folders searched recursively for names matching one of `globs`
    /// (hidden files and folders skipped), `-` as standard input. Order is the
    /// command line's, and sorted by path inside a folder, so runs are reproducible.
    static func collect(_ arguments: [String], globs: [String]) -> (inputs: [InputFile], failures: [InputError]) {
        var inputs: [InputFile] = []
        var failures: [InputError] = []
        for argument in arguments {
            if argument == "-" { inputs.append(InputFile(path: "-", outputStem: "stdin")); continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                failures.append(InputError(path: argument, reason: .missing))
                continue
            }
            guard isFolder.boolValue else {
                inputs.append(InputFile(path: argument, outputStem: stem((argument as NSString).lastPathComponent)))
                continue
            }
            let found = filesBelow(argument, globs: globs)
            if found.isEmpty { failures.append(InputError(path: argument, reason: .emptyFolder(globs: globs))) }
            let base = prefix(argument)   // once per folder, not per file found
            inputs += found.map { InputFile(path: base + $0, outputStem: stem($0)) }
        }
        return (inputs, failures)
    }

    /// Relative paths of the regular files below `folder` whose names match one of `globs`.
    static func filesBelow(_ folder: String, globs: [String]) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        let base = prefix(folder)
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            // The type from lstat alone: the enumerator's attributes also name each file's
            // owner and group, reading the user and group databases once per file.
            var status = stat()
            guard lstat(base + relative, &status) == 0 else { continue }
            let type = status.st_mode & S_IFMT
            if name.hasPrefix(".") {
                if type == S_IFDIR { walker.skipDescendants() }
                continue
            }
            if type == S_IFREG || type == S_IFLNK, globs.contains(where: { matches(name, glob: $0) }) {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    /// A folder's path ready for a relative path below it.
    private static func prefix(_ folder: String) -> String { folder.hasSuffix("/") ? folder : folder + "/" }

    /// Shell-style pattern on a file name (`*.txt`, `2021-04-??.txt`, `[0-9]*`), in any
    /// case: pages saved on Windows are often `.HTM` or `.TXT`.
    static func matches(_ name: String, glob: String) -> Bool {
        fnmatch(glob, name, caseFold) == 0
    }

    /// FNM_CASEFOLD (the same bit in glibc and the BSDs), which Swift does not import.
    private static let caseFold: Int32 = 1 << 4

    private static func stem(_ path: String) -> String {
        (path as NSString).deletingPathExtension
    }
}

/// The C library's `read(2)` (`InputFile.read()` hides the name inside the type).
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
