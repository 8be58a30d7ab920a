import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Every page in `Samples/` converts to exactly the expected outputs kept beside it
/// (`NAME.ics`, `NAME.csv`, `NAME.jsonl`), as `chronicle convert Samples/NAME.txt -o NAME.ics`
/// writes them; every expected .ics is parsed back by libical.
/// Re-record after an intended change: `CHRONICLE_RECORD=1 swift test --filter SampleOutput`.
@Suite struct SampleOutputTests {
    static let samples = TestPaths.packageRoot.appendingPathComponent("Samples")
    static let formats: [OutputFormat] = [.ics, .csv, .jsonl]

    static var pages: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { samples.appendingPathComponent($0) }
    }

    @Test func thereIsASamplePage() {
        #expect(Self.pages.contains { $0.lastPathComponent == "guancheng-2021-04-14.txt" })
    }

    @Test(arguments: formats)
    func samplesConvertToTheirExpectedOutputs(_ format: OutputFormat) throws {
        for page in Self.pages {
            let bytes = Array(try Data(contentsOf: page))
            // Like the command: source = file name, issue date from it, defaults everywhere.
            let events = try Pipeline().events(bytes: bytes, source: page.lastPathComponent, issueDate: nil).events
            let output = try render(Timeline(events: events), as: format, options: ExportOptions())
            let expectedURL = page.deletingPathExtension().appendingPathExtension(format.fileExtension)
            if TestPaths.recording {
                try Data(output).write(to: expectedURL)
                continue
            }
            guard let expected = FileManager.default.contents(atPath: expectedURL.path) else {
                Issue.record("missing \(expectedURL.lastPathComponent): run CHRONICLE_RECORD=1 swift test --filter SampleOutput")
                continue
            }
            #expect(Array(expected) == output,
                    "\(expectedURL.lastPathComponent) differs from the output (CHRONICLE_RECORD=1 swift test --filter SampleOutput if intended)")
            if format == .ics {
                let parsed = try LibICalParser.parse(Array(expected))
                #expect(parsed.errorCount == 0)
                #expect(parsed.events.count == events.count)
            }
        }
    }
}
