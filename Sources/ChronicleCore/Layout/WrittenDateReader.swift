/// A calendar date as written, the year or the month possibly left out (`4月13日`, `13日`).
struct WrittenDate: Equatable, Sendable {
    var year: Int?
    var month: Int?
    var day: Int
}

/// What the layout asks of the grammar of dates and numerals.
///
/// The layout reads issue dates, datelines and numbered lines, but dates and numerals are
/// defined once, in the time engine's tables. The time engine answers (`TimeTagger`
/// conforms) and `Pipeline` wires it in, so Layout, the earlier stage, never names Time.
protocol WrittenDateReader: Sendable {
    /// The dates written with a day number in `text` (`2021年4月14日`, `2021-04-14`,
    /// `20210414`, `二〇二一年四月十四日`, `4月13日`, `13日`), with their scalar offsets in
    /// `text`. Relative, vague and lunar expressions are not written dates.
    func writtenDates(in text: ArraySlice<Unicode.Scalar>) -> [(date: WrittenDate, start: Int, end: Int)]

    /// The text opens with a time expression and a clause break (`11月26日至27日，`,
    /// `近日，`, `昨天上午，`): how a report without a lead begins.
    func opensWithTime(_ text: ArraySlice<Unicode.Scalar>) -> Bool

    /// A written date completed against the issue date by the news policy (`4月13日` in the
    /// issue's year unless that is far after it); an impossible date (`2月30日`) gives nil.
    func complete(_ written: WrittenDate, against issue: CalendarDate) -> CalendarDate?

    /// A digit of any script (folded or not), or 十: what numbers a line (`一、`, `(十二)`, `3.`).
    func isDigitOrTen(_ scalar: Unicode.Scalar) -> Bool
}
