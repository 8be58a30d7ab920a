import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct CalendarDateTests {
    @Test func rejectsImpossibleDates() {
        #expect(CalendarDate(year: 2021, month: 2, day: 30) == nil)
        #expect(CalendarDate(year: 2021, month: 13, day: 5) == nil)
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func dayNumberRoundTrips() {
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    @Test func weekdaysStartOnMonday() {
        let d = CalendarDate(iso: "2021-04-14")!   // a Wednesday
        #expect(d.weekday == 3)
        #expect(d.startOfWeek.description == "2021-04-12")
        #expect(CalendarDate(iso: "2021-04-18")!.weekday == 7)
        #expect(d.isoWeek == (2021, 15))
        #expect(CalendarDate(iso: "2021-01-03")!.isoWeek == (2020, 53))
    }

    @Test func derivedValuesDoNotTrapOutsideTheYearRange() {
        let late = CalendarDate(year: 9999, month: 12, day: 31)!.adding(days: 10)
        #expect(late.year == 10000)
        #expect(late.isoWeek.year == 10000)
        #expect(late.lastDayOfMonth.day == 31)
        let early = CalendarDate(year: 1, month: 1, day: 1)!.adding(days: -400)
        #expect(early.isoWeek.week >= 1)
    }

    /// Dates and times are stored compactly (every event, slot and line kind holds them):
    /// what goes in comes out, a stated second apart from none, and arithmetic far past
    /// any real year still gives a date instead of trapping.
    @Test func compactStorageKeepsEveryField() {
        for (h, m, s) in [(0, 0, nil), (23, 59, 59), (24, 0, nil), (9, 5, 0), (12, 30, nil)] as [(Int, Int, Int?)] {
            let t = ClockTime(hour: h, minute: m, second: s)!
            #expect(t.hour == h && t.minute == m && t.second == s)
        }
        #expect(ClockTime(hour: 9, second: 0) != ClockTime(hour: 9))
        #expect(ClockTime(hour: 9, second: 0)!.description == "09:00:00" && ClockTime(hour: 9)!.description == "09:00")
        for (y, m, d) in [(1, 1, 1), (2021, 4, 14), (9999, 12, 31), (2024, 2, 29)] {
            let date = CalendarDate(year: y, month: m, day: d)!
            #expect(date.year == y && date.month == m && date.day == d)
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        }
        let far = CalendarDate(year: 2021, month: 4, day: 14)!.adding(days: 300_000_000)
        #expect(far.year > 800_000 && (1...12).contains(far.month) && (1...31).contains(far.day))
        #expect(MemoryLayout<CalendarDate>.size <= 8 && MemoryLayout<ClockTime>.size <= 4)
    }

    @Test func timexValues() {
        let d = CalendarDate(iso: "2021-04-07")!
        let e = CalendarDate(iso: "2021-04-09")!
        #expect(Timex.range(.date(d), .date(e)).value == "(2021-04-07,2021-04-09,P2D)")
        #expect(Timex.partOfDay(d, .morning).value == "2021-04-07TMO")
        #expect(Timex.dateTime(d, ClockTime(hour: 9, minute: 30)!).value == "2021-04-07T09:30")
        #expect(Timex.decade(198).value == "198")
        #expect(Timex.range(.dateTime(d, ClockTime(hour: 9)!), .dateTime(d, ClockTime(hour: 11)!)).value
                == "(2021-04-07T09:00,2021-04-07T11:00,PT2H)")
    }

    @Test func localDateTimeParsesRef() {
        #expect(LocalDateTime(iso: "2016-11-07T00:00:00")?.description == "2016-11-07T00:00:00")
        #expect(LocalDateTime(iso: "2016-11-07")?.date.description == "2016-11-07")
        #expect(LocalDateTime(iso: "2016-13-07") == nil)
        #expect(LocalDateTime(iso: "garbage") == nil)
    }
}
