@testable import Chronicle
import Foundation
import Testing

@Suite struct AtomicFileTests {
    static func folder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-atomic-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
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

    /// A write that cannot complete (here: the target is a folder, so the rename
    /// fails) leaves the previous content and no temporary behind.
    @Test func failedWriteLeavesPreviousContent() throws {
        let dir = Self.folder()
        let target = dir + "/taken"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try AtomicFile.write([1, 2, 3], to: target) }
        #expect(FileManager.default.fileExists(atPath: target + "/inside"))
        #expect(Self.leftovers(dir).isEmpty)
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
