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
    /// Reports grouped into events: each group's reports, group after group, the standing
    /// report first, then the others in canonical order; groups in the order of their
    /// standing reports. Flat, not an array per group (a large page has one group for
    /// nearly every report).
    struct Groups: Equatable {
        /// Indices into the reports grouped.
        var members: [Int] = []
        /// Where each group's reports start in `members`, and `members.count` last.
        var starts: [Int] = [0]

        var count: Int { starts.count - 1 }
        var indices: Range<Int> { 0..<count }

        /// Group `g`'s reports, its standing report first.
        subscript(g: Int) -> ArraySlice<Int> { members[starts[g]..<starts[g + 1]] }

        /// One group per report, in the reports' order.
        static func singles(_ count: Int) -> Groups {
            Groups(members: Array(0..<count), starts: Array(0...count))
        }

        /// The groups as one array each (tests).
        var lists: [[Int]] { indices.map { Array(self[$0]) } }
    }

    /// `groups(reports, rules:)` for reports of one issue (a page, or pages of one day's
    /// paper): no two of them are the same event unless their UIDs are the same, and reports
    /// of one issue with one UID stand next to each other in canonical order. So the groups
    /// are the runs of one UID in that order, and no rule is read, no table made.
    static func groups(ofOneIssue reports: [TimelineEntry]) -> Groups {
        let order = reports.indices.sorted { canonicalOrder(reports[$0].uid, reports[$0].event, reports[$1].uid, reports[$1].event) }
        var groups = Groups()
        groups.members = order
        groups.starts.reserveCapacity(order.count + 1)
        for k in order.indices.dropFirst() where reports[order[k]].uid != reports[order[k - 1]].uid {
            groups.starts.append(k)
        }
        if !order.isEmpty { groups.starts.append(order.count) }
        return groups
    }

    /// Indices into `reports` (one unmerged entry each), grouped into events (`Groups`).
    static func groups(_ reports: [TimelineEntry], rules: [SameEventRule.Report]) -> Groups {
        let rule = SameEventRule()
        let order = reports.indices.sorted { canonicalOrder(reports[$0].uid, reports[$0].event, reports[$1].uid, reports[$1].event) }
        // Each group is a chain of its reports (`chains[g].first`, then `next`) and a chain of
        // the issues they come from (`chains[g].issues`, then `issues[k].next`): a report or
        // two per group, read through, not an array or a hash set made per group.
        var chains: [Chain] = []
        var next = [Int](repeating: -1, count: reports.count)
        var issues: [IssueLink] = []
        var groupOfUID: [String: Int] = [:]
        // Lookups only (never iterated), so hashing order cannot reach the result.
        var byDay: [DayKey: [Int]] = [:]
        var bySummary: [SummaryKey: [Int]] = [:]
        // One UID per report, nearly all distinct: sized once, no table grown (each key
        // hashed again) as they come. Days and summaries repeat: their tables grow with
        // what they hold, not with the reports.
        groupOfUID.reserveCapacity(reports.count)
        chains.reserveCapacity(reports.count)
        issues.reserveCapacity(reports.count)
        for i in order {
            let r = rules[i]
            let uid = reports[i].uid
            let issue = reports[i].event.issueDate
            let summaryKey = SummaryKey(kind: r.kind, summary: r.summary)
            var chosen = groupOfUID[uid]
            if chosen == nil {
                // The lowest group of the two candidate lists (each ascending) that takes it:
                // a walk of both, no set built and sorted per report (a page repeating one
                // summary a hundred times would make that quadratic in sorting).
                chosen = firstInUnion(r.specific ? byDay[DayKey(kind: r.kind, day: r.day)] ?? [] : [],
                                      bySummary[summaryKey] ?? []) { g in
                    guard !holds(issue, from: chains[g].issues, issues) else { return false }
                    var k = chains[g].first
                    while k >= 0 {
                        if rule.same(rules[k], r) { return true }
                        k = next[k]
                    }
                    return false
                }
            }
            let g: Int
            if let chosen {
                g = chosen
                next[chains[g].last] = i
                chains[g].last = i
            } else {
                g = chains.count
                chains.append(Chain(first: i, last: i, issues: -1))
            }
            if !holds(issue, from: chains[g].issues, issues) {
                issues.append(IssueLink(date: issue, next: chains[g].issues))
                chains[g].issues = issues.count - 1
            }
            if groupOfUID[uid] == nil { groupOfUID[uid] = g }
            if r.specific { append(g, to: &byDay[DayKey(kind: r.kind, day: r.day), default: []]) }
            append(g, to: &bySummary[summaryKey, default: []])
        }
        var groups = Groups()
        groups.members.reserveCapacity(reports.count)
        groups.starts.reserveCapacity(chains.count + 1)
        for chain in chains {
            var k = chain.first
            while k >= 0 {
                groups.members.append(k)
                k = next[k]
            }
            groups.starts.append(groups.members.count)
        }
        return groups
    }

    /// A group's first and last report and the latest of its issues (`IssueLink`), -1 for none.
    private struct Chain {
        var first: Int
        var last: Int
        var issues: Int
    }

    private struct IssueLink {
        let date: CalendarDate
        /// The group's issue before this one, -1 for none.
        let next: Int
    }

    /// Whether the chain of issues from `k` holds `date`.
    private static func holds(_ date: CalendarDate, from k: Int, _ issues: [IssueLink]) -> Bool {
        var k = k
        while k >= 0 {
            if issues[k].date == date { return true }
            k = issues[k].next
        }
        return false
    }

    /// Adds `g` to an ascending list of groups, once.
    private static func append(_ g: Int, to list: inout [Int]) {
        let k = list.partitioningIndex { $0 >= g }
        if k == list.count || list[k] != g { list.insert(g, at: k) }
    }

    /// The smallest member of the union of two ascending lists that passes `accept`.
    private static func firstInUnion(_ a: [Int], _ b: [Int], where accept: (Int) -> Bool) -> Int? {
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let g: Int
            if j == b.count || i < a.count && a[i] <= b[j] {
                g = a[i]
                if j < b.count && b[j] == g { j += 1 }
                i += 1
            } else {
                g = b[j]
                j += 1
            }
            if accept(g) { return g }
        }
        return nil
    }

    private struct DayKey: Hashable {
        let kind: String
        let day: CalendarDate
    }

    /// A summary is hashed once per report, here: a String of Han characters is normalized
    /// each time it is hashed, and the key is looked up and then added to.
    private struct SummaryKey: Hashable {
        let kind: String
        let summary: String
        /// `summary.hashValue`: equal (canonically equivalent) summaries hash alike.
        let summaryHash: Int

        init(kind: String, summary: String) {
            self.kind = kind
            self.summary = summary
            summaryHash = summary.hashValue
        }

        static func == (a: SummaryKey, b: SummaryKey) -> Bool {
            a.summaryHash == b.summaryHash && a.kind == b.kind && a.summary == b.summary
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            hasher.combine(summaryHash)
        }
    }

    /// Issue date, UID, then the report's text, then where it was read: the order a
    /// set of reports is taken in, the same whatever order they came in.
    static func canonicalOrder(_ ua: String, _ x: Event, _ ub: String, _ y: Event) -> Bool {
        if x.issueDate != y.issueDate { return x.issueDate < y.issueDate }
        if ua != ub { return ua < ub }
        // Field by field, the first that differs deciding; no array built per comparison.
        if x.sentence != y.sentence { return x.sentence < y.sentence }
        if x.headline != y.headline { return x.headline < y.headline }
        if x.byline ?? "" != y.byline ?? "" { return x.byline ?? "" < y.byline ?? "" }
        if x.location ?? "" != y.location ?? "" { return x.location ?? "" < y.location ?? "" }
        if x.dateText ?? "" != y.dateText ?? "" { return x.dateText ?? "" < y.dateText ?? "" }
        if x.summary != y.summary { return x.summary < y.summary }
        if x.leaders != y.leaders {
            let lx = x.leaders.joined(separator: "、"), ly = y.leaders.joined(separator: "、")
            if lx != ly { return lx < ly }
        }
        if x.source != y.source { return x.source < y.source }
        return (x.article, x.ordinal) < (y.article, y.ordinal)
    }
}
