import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The independent checks every .ics a test writes goes through: libical parses it back
/// with no errors, `Tests/Tools/check_ics.py` accepts it, and khal imports it.
enum ExternalICS {
    static let python3 = Run.which("python3")
    static let skipReason: Comment = "python3 is absent: Tests/Tools/check_ics.py and khal_import.sh cannot run"
    /// The tools create their private venv on first use: two tests doing that at once
    /// would race, so they run one at a time.
    private static let toolLock = NSLock()

    private static func runTool(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        toolLock.lock()
        defer { toolLock.unlock() }
        return try Run.program(program, arguments)
    }

    static func write(_ files: [(name: String, bytes: [UInt8])]) throws -> [URL] {
        let dir = try TestPaths.temporaryDirectory()
        return try files.map { file in
            let url = dir.appendingPathComponent(file.name)
            try Data(file.bytes).write(to: url)
            return url
        }
    }

    /// libical round trip: no X-LIC-ERROR anywhere.
    static func parseBack(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> ParsedCalendar {
        let parsed = try LibICalParser.parse(bytes)
        #expect(parsed.errorCount == 0, "libical reported parse errors", sourceLocation: sourceLocation)
        return parsed
    }

    /// One check_ics.py run over all files (it accepts several).
    static func checkICS(_ urls: [URL], sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let python3 else { return }
        let tool = TestPaths.tools.appendingPathComponent("check_ics.py").path
        let result = try runTool(python3, [tool] + urls.map(\.path))
        #expect(result.status == 0, "check_ics.py rejected the calendar:\n\(result.output)", sourceLocation: sourceLocation)
        #expect(result.output.contains("ok events="), "\(result.output)", sourceLocation: sourceLocation)
    }

    static func khalImport(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        guard let bash = Run.which("bash") else { return "" }
        let tool = TestPaths.tools.appendingPathComponent("khal_import.sh").path
        let result = try runTool(bash, [tool, url.path])
        #expect(result.status == 0, "khal_import.sh failed:\n\(result.output)", sourceLocation: sourceLocation)
        return result.output
    }

    /// What a spreadsheet user sees in an .xlsx, read by openpyxl (`Tests/Tools/xlsx_cells.py`):
    /// dates as `date:YYYY-MM-DD`, empty cells as "".
    struct Workbook {
        var sheet: String
        var freeze: String?
        var filter: String?
        var widths: [String: Double]
        var rows: [[String]]
    }

    static func xlsxCells(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> Workbook {
        let tool = TestPaths.tools.appendingPathComponent("xlsx_cells.py").path
        let result = try runTool(python3 ?? "python3", [tool, url.path])
        #expect(result.status == 0, "xlsx_cells.py could not read the workbook:\n\(result.output)", sourceLocation: sourceLocation)
        // The tool may say on stderr that it prepared its venv: the JSON is the last line.
        let line = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        let rows = (object["rows"] as? [[Any]] ?? []).map { $0.map { value -> String in
            if value is NSNull { return "" }
            return "\(value)"
        } }
        return Workbook(sheet: object["sheet"] as? String ?? "", freeze: object["freeze"] as? String,
                        filter: object["filter"] as? String, widths: object["widths"] as? [String: Double] ?? [:], rows: rows)
    }
}
