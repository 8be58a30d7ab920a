@testable import Chronicle
@testable import ChronicleCore
import ChronicleTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct AtomicFileTests {
    static func folder() -> String {
        ScratchFolder.make("atomic").path
    }

    static func leftovers(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".chronicle-") }
    }

    @Test func writesAndReplacesWithoutLeavingTemporaries() throws {
        let dir = Self.folder()
        let path = dir + "/out.ics"
        try AtomicFile.write(Array("first".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("first".utf8))
        try AtomicFile.write(Array("第二版".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("第二版".utf8))
        #expect(Self.leftovers(dir).isEmpty)
    }

    @Test func replacedFileKeepsItsPermissions() throws {
        let path = Self.folder() + "/out.csv"
        try AtomicFile.write([1], to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write([2], to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    /// An output path that is a folder is refused in one line; the folder is untouched
    /// and no temporary is left behind.
    @Test func folderIsNeverReplaced() throws {
        let dir = Self.folder()
        let target = dir + "/taken"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        #expect(throws: OutputError(path: target, reason: .isFolder)) { try AtomicFile.write([1, 2, 3], to: target) }
        #expect(FileManager.default.fileExists(atPath: target + "/inside"))
        #expect(Self.leftovers(dir).isEmpty)
    }

    /// `-o link.ics` replaces the link's target and keeps the link.
    @Test func symbolicLinkIsFollowed() throws {
        let dir = Self.folder()
        try AtomicFile.write(Array("old".utf8), to: dir + "/real.ics")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.ics", withDestinationPath: "real.ics")
        try AtomicFile.write(Array("new".utf8), to: dir + "/link.ics")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.ics") == "real.ics")
        #expect(FileManager.default.contents(atPath: dir + "/real.ics") == Data("new".utf8))
    }

    /// A pipe (like `/dev/null` or `/dev/stdout`) is written into, never renamed over.
    @Test func pipeIsWrittenInPlace() async throws {
        let fifo = Self.folder() + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Task.detached { FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
        try AtomicFile.write(Array("through the pipe".utf8), to: fifo)
        #expect(await reader.value == Data("through the pipe".utf8))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func missingFolderIsOneClearLine() {
        #expect {
            try AtomicFile.write([1], to: "/nonexistent-chronicle/out.ics")
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("/nonexistent-chronicle/out.ics: cannot create") && !text.contains("\n")
        }
    }

    @Test func relativePathsWriteIntoTheCurrentFolder() {
        #expect(AtomicFile.split("out.ics") == (".", "out.ics"))
        #expect(AtomicFile.split("/out.ics") == ("/", "out.ics"))
        #expect(AtomicFile.split("a/b/out.ics") == ("a/b", "out.ics"))
    }
}

/// Outputs written as they are made (`write(producing:)`).
@Suite struct StreamedAtomicFileTests {
    struct Refused: Error {}

    @Test func piecesAreWrittenInOrderAndRenamedIntoPlace() throws {
        let dir = AtomicFileTests.folder()
        let path = dir + "/out.ics"
        var stages: [AtomicFile.Stage] = []
        try AtomicFile.write(to: path, checkpoint: { stages.append($0) }) { put in
            for piece in ["BEGIN", "·中间·", "END"] { try put(Array(piece.utf8)[...]) }
        }
        #expect(FileManager.default.contents(atPath: path) == Data("BEGIN·中间·END".utf8))
        #expect(stages == [.created, .halfWritten, .beforeRename])
        #expect(AtomicFileTests.leftovers(dir).isEmpty)
    }

    /// A producer that fails halfway (an invalid calendar) leaves the earlier file as it
    /// was and no temporary behind.
    @Test func failedProducerLeavesTheEarlierFile() throws {
        let dir = AtomicFileTests.folder()
        let path = dir + "/out.ics"
        try AtomicFile.write(Array("earlier".utf8), to: path)
        #expect(throws: Refused.self) {
            try AtomicFile.write(to: path) { put in
                try put(Array("half of a new file".utf8)[...])
                throw Refused()
            }
        }
        #expect(FileManager.default.contents(atPath: path) == Data("earlier".utf8))
        #expect(AtomicFileTests.leftovers(dir).isEmpty)
    }
}
