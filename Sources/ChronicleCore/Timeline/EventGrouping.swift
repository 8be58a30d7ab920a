/// Groups reports into events with the `SameEventRule`, as a function of the set of
/// reports alone: whatever order pages arrive in, the same groups and the same report
/// standing for each.
///
/// Reports are taken in canonical order (issue date, UID, then their text); each joins
/// the first earlier group holding a report it is the same event as and none from its
/// own issue, else starts a group. Reports with one UID (the same words in two pages of
/// one issue) are one event. The first report of a group stands for it and gives it
/// its UID: the earliest report.
enum EventGrouping {
    /// Indices into `reports`, one array per event, the standing report first, then the
    /// others in canonical order; events in the order of their standing reports.
    static func groups(_ reports: [IdentifiedEvent], rules: [SameEventRule.Report]) -> [[Int]] {
        let rule = SameEventRule()
        let order = reports.indices.sorted { canonicalOrder(reports[$0], reports[$1]) }
        var groups: [[Int]] = []
        var issues: [Set<CalendarDate>] = []
        var groupOfUID: [String: Int] = [:]
        // Lookups only (never iterated), so hashing order cannot reach the result.
        var byDay: [DayKey: [Int]] = [:]
        var bySummary: [SummaryKey: [Int]] = [:]
        for i in order {
            let r = rules[i]
            let uid = reports[i].uid
            var chosen = groupOfUID[uid]
            if chosen == nil {
                var candidates = Set<Int>()
                if r.specific { candidates.formUnion(byDay[DayKey(kind: r.kind, day: r.day)] ?? []) }
                candidates.formUnion(bySummary[SummaryKey(kind: r.kind, summary: r.summary)] ?? [])
                chosen = candidates.sorted().first { g in
                    !issues[g].contains(reports[i].event.issueDate) && groups[g].contains { rule.same(rules[$0], r) }
                }
            }
            let g: Int
            if let chosen {
                g = chosen
                groups[g].append(i)
                issues[g].insert(reports[i].event.issueDate)
            } else {
                g = groups.count
                groups.append([i])
                issues.append([reports[i].event.issueDate])
            }
            if groupOfUID[uid] == nil { groupOfUID[uid] = g }
            if r.specific { append(g, to: &byDay[DayKey(kind: r.kind, day: r.day), default: []]) }
            append(g, to: &bySummary[SummaryKey(kind: r.kind, summary: r.summary), default: []])
        }
        return groups
    }

    private static func append(_ g: Int, to list: inout [Int]) {
        if list.last != g && !list.contains(g) { list.append(g) }
    }

    private struct DayKey: Hashable {
        let kind: String
        let day: CalendarDate
    }

    private struct SummaryKey: Hashable {
        let kind: String
        let summary: String
    }

    /// Issue date, UID, then the report's text, then where it was read: the order a
    /// set of reports is taken in, the same whatever order they came in.
    static func canonicalOrder(_ a: IdentifiedEvent, _ b: IdentifiedEvent) -> Bool {
        let x = a.event, y = b.event
        if x.issueDate != y.issueDate { return x.issueDate < y.issueDate }
        if a.uid != b.uid { return a.uid < b.uid }
        let tx = [x.sentence, x.headline, x.byline ?? "", x.location ?? "", x.dateText ?? "", x.summary,
                  x.leaders.joined(separator: "、"), x.source]
        let ty = [y.sentence, y.headline, y.byline ?? "", y.location ?? "", y.dateText ?? "", y.summary,
                  y.leaders.joined(separator: "、"), y.source]
        for (p, q) in zip(tx, ty) where p != q { return p < q }
        return (x.article, x.ordinal) < (y.article, y.ordinal)
    }
}
