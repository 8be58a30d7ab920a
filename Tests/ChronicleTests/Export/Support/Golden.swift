import Foundation
import Testing

/// Golden files under `Tests/ChronicleTests/Fixtures/golden/`; `CHRONICLE_RECORD=1 swift test
/// --filter Golden` rewrites them from the current output.
enum Golden {
    static func check(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = TestPaths.fixtures.appendingPathComponent("golden").appendingPathComponent(name)
        if TestPaths.recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name): run CHRONICLE_RECORD=1 swift test --filter Golden", sourceLocation: sourceLocation)
            return
        }
        if Array(expected) != bytes {
            let got = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
            Issue.record("""
                \(name) differs from its golden file at line \(line + 1) \
                (re-record with CHRONICLE_RECORD=1 swift test --filter Golden if the change is intended)
                got:  \(line < got.count ? String(got[line]) : "<end>")
                want: \(line < want.count ? String(want[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
