import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The astronomical lunar calendar against published tables (the data of the `lunardate`
/// Python package, checked for every festival of 1901–2099 when this was written: all
/// agree but three days of 1916 and 1978), sampled across two centuries.
@Suite struct LunarCalendarTests {
    /// (Gregorian year, lunar month, lunar day, Gregorian date).
    static let published: [(Int, Int, Int, String)] = [
        (1903, 8, 15, "1903-10-05"), (1949, 1, 1, "1949-01-29"), (1985, 5, 5, "1985-06-22"),
        (2010, 1, 1, "2010-02-14"), (2017, 1, 1, "2017-01-28"), (2020, 1, 1, "2020-01-25"),
        (2020, 8, 15, "2020-10-01"), (2021, 1, 1, "2021-02-12"), (2021, 5, 5, "2021-06-14"),
        (2021, 8, 15, "2021-09-21"), (2023, 1, 1, "2023-01-22"), (2033, 8, 15, "2033-09-08"),
        (2057, 1, 1, "2057-02-04"), (2099, 1, 1, "2099-01-21"),
        // The 12th month of a lunar year falls in January of the next Gregorian year.
        (2021, 12, 23, "2022-01-25"),
    ]

    @Test func matchesPublishedDates() {
        for (year, month, day, expected) in Self.published {
            #expect(LunarCalendar.date(year: year, month: month, day: day)?.description == expected,
                    "lunar \(year) \(month)/\(day)")
        }
    }

    @Test func leapMonthsAreSkippedForFestivals() {
        // 2020 has a leap 4th month, 2023 a leap 2nd month: 端午 and 中秋 fall after them.
        #expect(Festival.lunar(5, 5).date(in: 2020)?.description == "2020-06-25")
        #expect(Festival.lunar(8, 15).date(in: 2023)?.description == "2023-09-29")
    }

    @Test func eveAndSolarTermsAndWeekdayRules() {
        #expect(Festival.lunarNewYearEve.date(in: 2021)?.description == "2021-02-11")
        #expect(Festival.solarTerm(15).date(in: 2021)?.description == "2021-04-04")      // 清明
        #expect(Festival.solarTerm(270).date(in: 2021)?.description == "2021-12-21")     // 冬至
        #expect(Festival.nthWeekday(month: 11, n: 4, weekday: 4).date(in: 2017)?.description == "2017-11-23")
    }

    @Test func everyYearHasTwelveOrThirteenMonthsFrom1901To2099() {
        for year in stride(from: 1901, through: 2099, by: 7) {
            let months = LunarCalendar.months(ofYearEnding: year)
            #expect(months.count == 12 || months.count == 13, "year \(year)")
            #expect(months.filter(\.leap).count == (months.count == 13 ? 1 : 0), "year \(year)")
        }
    }

    @Test func impossibleDaysAreRefused() {
        #expect(LunarCalendar.date(year: 2021, month: 13, day: 1) == nil)
        #expect(LunarCalendar.date(year: 2021, month: 1, day: 31) == nil)
    }
}
