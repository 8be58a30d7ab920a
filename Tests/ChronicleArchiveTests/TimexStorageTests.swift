import Chronicle
import Testing
@testable import ChronicleArchive

@Suite struct TimexStorageTests {
    static let d = CalendarDate(year: 2021, month: 4, day: 12)!

    /// Every kind of value the time engine produces comes back as it went in.
    @Test(arguments: [
        Timex.date(d), .partOfDay(d, .morning), .dateTime(d, ClockTime(hour: 9, minute: 30)!),
        .dateTime(d, ClockTime(hour: 9, minute: 30, second: 5)!), .month(year: 2021, month: 7), .year(1921),
        .decade(198), .century(19), .week(year: 2021, week: 15), .weekend(year: 2021, week: 15),
        .quarter(year: 2021, quarter: 1), .half(year: 2021, half: 2), .season(year: 2021, season: .spring),
        .range(.date(d), .date(d.adding(days: 2))), .range(.month(year: 2021, month: 4), .month(year: 2021, month: 6)),
        .duration("P3D"), .duration("P1W"), .set("P1W"), .set("XXXX-WXX-1"), .vague(.past), .vague(.future),
    ])
    func roundTrip(_ timex: Timex) {
        let (value, isSet) = TimexStorage.encode(timex)
        #expect(TimexStorage.decode(value: value, isSet: isSet) == timex)
    }

    @Test(arguments: ["", "2021-13-01", "2021-04-31", "(2021-04-07)", "abc", "2021-04-12TXX", "12345"])
    func rejectsDamagedValues(_ value: String) {
        #expect(TimexStorage.decode(value: value, isSet: false) == nil)
    }
}
