import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Every format's output for the sample events, compared byte for byte with
/// `Fixtures/golden/`. Re-record: `CHRONICLE_RECORD=1 swift test --filter Golden`.
@Suite struct GoldenTests {
    static let options = ExportOptions(calendarName: "汐河区大事记", sourceDateEpoch: 1_618_358_400)
    static let timeline = Timeline(events: SampleEvents.everyShape + SampleEvents.hostile)

    @Test(arguments: OutputFormat.allCases)
    func sample(_ format: OutputFormat) throws {
        let bytes = try render(Self.timeline, as: format, options: Self.options)
        try Golden.check(bytes, "sample.\(format.rawValue).\(format.fileExtension)")
        // Determinism: a second run, from events in another order, gives the same bytes.
        let again = try render(Timeline(events: (SampleEvents.everyShape + SampleEvents.hostile).reversed()),
                               as: format, options: Self.options)
        #expect(again == bytes)
    }
}
