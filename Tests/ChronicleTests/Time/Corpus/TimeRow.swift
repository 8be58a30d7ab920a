import Testing
@testable import Chronicle

/// One invented example of a class of the time grammar: the text, the reference (issue)
/// date, and every mention the tagger must return, as `text = value [mod]`, in order.
/// A negative row (the nearest thing that is *not* a member) lists nothing, or only the
/// harmless reading.
struct TimeRow: CustomTestStringConvertible, Sendable {
    let item: String
    let ref: String
    let text: String
    let expected: [String]
    init(_ item: String, _ ref: String, _ text: String, _ expected: [String]) {
        self.item = item; self.ref = ref; self.text = text; self.expected = expected
    }
    var testDescription: String { item }
}

/// The per-dimension corpora (Duckling's way): one table of rows per class of the grammar.
@Suite struct TimeGrammarCorpusTests {
    static let tagger = TimeTagger()

    static func check(_ row: TimeRow) throws {
        let ref = try #require(LocalDateTime(iso: row.ref))
        let got = tagger.tag(row.text, reference: ref).map { m in
            "\(m.text) = \(m.timex.value)" + (m.modifier.map { " \($0.rawValue)" } ?? "")
        }
        #expect(got == row.expected, "\(row.item): \(row.text)")
    }

    @Test(arguments: NotTimeRows.rows) func notTime(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: NumeralRows.rows) func numerals(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: DamagedDateRows.rows) func damagedDates(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: DurationRows.rows) func durations(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: SpanRows.rows) func spans(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: PeriodRows.rows) func periods(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: OffsetRows.rows) func offsets(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: HolidayRows.rows) func holidays(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: PartRows.rows) func parts(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: AnchorRows.rows) func anchors(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: ClockRows.rows) func clocks(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: ApproximateRows.rows) func approximateCounts(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: RecurrenceRows.rows) func recurrences(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: FromOnRows.rows) func fromOn(_ row: TimeRow) throws { try Self.check(row) }
    @Test(arguments: PlanRows.rows) func plannedDeadlines(_ row: TimeRow) throws { try Self.check(row) }
}
