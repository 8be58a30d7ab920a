import Chronicle

/// Decides whether two reports from different issues tell of the same happening.
///
/// Conservative on purpose: a wrong merge hides an event, a missed merge only shows
/// it twice. Same kind always; then either the same specific day and a shared
/// leader (or, with no leaders, the same place or summary), or — when a report is
/// only vaguely dated (近日) — the very same summary line within a month, since a
/// routine summary (中心组专题学习) recurs every few weeks.
struct SameEventRule: Sendable {
    /// Names are compared by their common tail, because the title written before a
    /// name changes between reports (区长苏婉清 / 区委副书记、区长苏婉清); two scalars
    /// is the shortest Chinese personal name.
    var minimumNameTail = 2
    /// How far apart (in days) a vague report may be from the report it repeats.
    static let vagueWindowDays = 31

    struct Report: Sendable {
        var kind: String
        /// The calendar day, `YYYY-MM-DD`.
        var day: String
        /// False for vague values (近日) and values with no day of their own.
        var specific: Bool
        var summary: String
        var location: String?
        var leaders: [String]
    }

    func same(_ a: Report, _ b: Report) -> Bool {
        guard a.kind == b.kind else { return false }
        guard a.specific && b.specific else {
            guard let da = CalendarDate(iso: a.day), let db = CalendarDate(iso: b.day) else { return false }
            return a.summary == b.summary && abs(da.dayNumber - db.dayNumber) <= SameEventRule.vagueWindowDays
        }
        guard a.day == b.day else { return false }
        if !a.leaders.isEmpty && !b.leaders.isEmpty {
            return a.leaders.contains { x in b.leaders.contains { y in sharesName(x, y) } }
        }
        if a.leaders.isEmpty && b.leaders.isEmpty, let la = a.location, la == b.location { return true }
        return a.summary == b.summary
    }

    func sharesName(_ x: String, _ y: String) -> Bool {
        let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
        var n = 0
        while n < xs.count, n < ys.count, xs[xs.count - 1 - n] == ys[ys.count - 1 - n] { n += 1 }
        return n >= minimumNameTail
    }
}
