import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Inputs the fuzzer (`make fuzz`, `Fuzz/`) found, reduced by hand, each with what went
/// wrong. Every one goes through the time engine and the whole pipeline and must keep
/// the fuzz target's invariants: valid TIMEX3 values, ranges that do not end before
/// they start, spans in order.
@Suite struct FuzzRegressionTests {
    static let found: [(text: String, what: String)] = [
        ("请各单位于四月十-二〇二一年前报送", "a day to a year before it: (2021-04-10,2021,P-99D)"),
    ]

    @Test(arguments: found.indices) func keepsTheInvariants(_ k: Int) throws {
        let text = Self.found[k].text
        let issue = CalendarDate(year: 2021, month: 4, day: 14)!
        var last = 0
        for m in TimeTagger().tag(text, reference: LocalDateTime(date: issue)) {
            #expect(m.start >= last && m.start < m.end, "\(Self.found[k].what)")
            last = m.end
            #expect(TimexSyntax.isValid(m.timex.value), "\(m.text) → \(m.timex.value)")
            if case .range(let a, let b) = m.timex, let s = a.firstDay, let e = b.firstDay {
                #expect(s <= e, "\(m.text) → \(m.timex.value)")
            }
        }
        let result = try Pipeline().events(bytes: Array(("标题\n\n" + text).utf8), source: "fuzz.txt", issueDate: issue)
        for e in result.events { #expect(TimexSyntax.isValid(e.timex.value), "\(e.timex.value)") }
    }
}
