import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct TimelineTests {
    typealias S = SampleEvents

    @Test func entriesAreSortedByDateThenTime() {
        let timeline = Timeline(events: S.everyShape.reversed())
        let days = timeline.entries.map(\.sortDay)
        #expect(days == days.sorted())
        // Same day: all-day before timed, timed by start.
        let april12 = timeline.entries.filter { $0.sortDay == S.day(4, 12) }
        #expect(Set(april12.map(\.event.timex.value).prefix(2)) == ["2021-W15", "2021-04-12"])
        #expect(april12.map(\.event.timex.value).dropFirst(2).first == "2021-04-12TMO")
    }

    @Test func uidsDoNotDependOnInputOrder() {
        let a = Timeline(events: S.everyShape)
        let events = S.everyShape
        // Reversed, rotated, interleaved: every order gives the same timeline.
        let orders = [events.reversed(), Array(events[7...] + events[..<7]),
                      events.enumerated().sorted { ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset) }.map(\.element)]
        for order in orders { #expect(Timeline(events: Array(order)) == a) }
        #expect(Set(a.entries.map(\.uid)).count == a.entries.count)
    }

    @Test func uidsAreStableAcrossReleases() {
        // Pinned: a change here duplicates every event in users' subscribed calendars.
        let uid = StableID.uids(for: [S.event(.date(S.day(4, 12)))])[0]
        let identity = "2021-04-14\u{1F}v2\u{1F}meeting\u{1F}2021-04-12\u{1F}\u{1F}召开\u{1F}韩立诚\u{1F}区委常委会召开会议"
        #expect(uid == "chronicle-2021-04-14-" + String(SHA256.hex(identity.utf8).prefix(20)))
        #expect(uid == "chronicle-2021-04-14-6155613c337efe8d6a05", "\(uid)")
    }

    @Test func duplicatesAcrossIssuesAreMerged() {
        let first = S.event(.partOfDay(S.day(4, 12), .morning), issueDate: S.day(4, 13), source: "a-2021-04-13.txt")
        let again = S.event(.partOfDay(S.day(4, 12), .morning), headline: "转载：区委常委会召开会议", source: "b-2021-04-14.txt")
        let other = S.event(.partOfDay(S.day(4, 12), .morning), leaders: ["区长苏婉清"], source: "b-2021-04-14.txt", article: 2)
        let timeline = Timeline(events: [again, other, first])
        #expect(timeline.entries.count == 2)
        let merged = timeline.entries.first { $0.event == first }
        #expect(merged?.otherReports == [again])
        #expect(merged?.uid == StableID.uids(for: [first])[0])
    }

    @Test func reportsOnOnePageNeverMerge() {
        let a = S.event(.date(S.day(4, 12)), summary: "召开常务会议", article: 1)
        let b = S.event(.date(S.day(4, 12)), summary: "召开专题会议", article: 2)
        #expect(Timeline(events: [a, b]).entries.count == 2)
    }

    @Test func vagueDatesMergeOnlyOnTheSameSummaryWithinAMonth() {
        let a = S.event(.vague(.past), summary: "区委理论学习中心组专题学习", source: "a-2021-04-14.txt")
        let b = S.event(.vague(.past), summary: "区委理论学习中心组专题学习", issueDate: S.day(4, 20), source: "b-2021-04-20.txt")
        let c = S.event(.vague(.past), summary: "区委理论学习中心组专题学习", issueDate: S.day(6, 20), source: "c-2021-06-20.txt")
        let d = S.event(.vague(.past), summary: "区委召开专题会议", issueDate: S.day(4, 15), source: "d-2021-04-15.txt")
        let timeline = Timeline(events: [c, b, a, d])
        #expect(timeline.entries.count == 3)
        #expect(timeline.entries.first { $0.event == a }?.otherReports == [b])
    }

    /// The grouping's indexes (by day, by summary) only speed it up: on reports that repeat
    /// summaries, days and names across pages and issues (a page reprinting one notice a
    /// hundred times among them), it groups as the rule read over every earlier group does.
    @Test(arguments: [1, 2, 3, 4, 5])
    func groupingAgreesWithTheRuleOverEveryGroup(_ seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func pick(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        let issues = [S.day(4, 13), S.day(4, 14), S.day(5, 20)]
        let timexes: [Timex] = [.date(S.day(4, 12)), .partOfDay(S.day(4, 12), .morning), .date(S.day(4, 13)),
                                .vague(.past), .month(year: 2021, month: 4)]
        let summaries = ["区委常委会召开会议", "镇长带队检查防汛工作", "召开专题学习会"]
        let leaders = [[], ["区长苏婉清"], ["区委书记韩立诚", "区长苏婉清"], ["副区长林一凡"]]
        let events = (0..<240).map { i in
            let issue = issues[pick(issues.count)]
            return S.event(timexes[pick(timexes.count)], kind: ["meeting", "inspection"][pick(2)],
                           summary: summaries[pick(summaries.count)], leaders: leaders[pick(leaders.count)],
                           location: [nil, "区行政中心"][pick(2)], issueDate: issue,
                           source: "p\(pick(4))-\(issue).txt", article: i / 3 + 1, ordinal: i % 3 + 1)
        }
        let reports = IdentifiedEvent.identifying(events)
        let rules = reports.map { report in
            let e = report.event
            return SameEventRule.Report(e, meaning: CalendarMeaning.meaning(of: e.timex, modifier: e.modifier, kind: e.kind,
                                                                            issueDate: e.issueDate, options: .init()))
        }
        // The rule itself: each report, in canonical order, joins the first earlier group
        // with its UID, else the first holding no report of its issue and one it is the same as.
        let rule = SameEventRule()
        var expected: [[Int]] = []
        for i in reports.indices.sorted(by: { EventGrouping.canonicalOrder(reports[$0].uid, reports[$0].event, reports[$1].uid, reports[$1].event) }) {
            let g = expected.firstIndex { $0.contains { reports[$0].uid == reports[i].uid } }
                ?? expected.firstIndex { group in
                    !group.contains { reports[$0].event.issueDate == reports[i].event.issueDate }
                        && group.contains { rule.same(rules[$0], rules[i]) }
                }
            if let g { expected[g].append(i) } else { expected.append([i]) }
        }
        #expect(EventGrouping.groups(reports.map { TimelineEntry(uid: $0.uid, event: $0.event, slot: .unplaced, precision: .day, approximate: false) },
                                     rules: rules).lists == expected)
    }

    /// Reports of one issue are one event only when their UIDs are (the rule never joins two
    /// reports of one issue): the one-issue grouping, runs of one UID, gives what the rule
    /// gives, on pages of one issue reprinting each other's reports.
    @Test(arguments: [1, 2, 3])
    func oneIssueGroupingAgreesWithTheRule(_ seed: UInt64) {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func pick(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % n
        }
        let issue = S.day(4, 13)
        let timexes: [Timex] = [.date(S.day(4, 12)), .partOfDay(S.day(4, 12), .morning), .vague(.past)]
        let summaries = ["镇党委召开季度工作推进会", "镇长带队检查防汛工作"]
        let leaders = [[], ["区长苏婉清"], ["副区长林一凡"]]
        let events = (0..<120).map { i in
            S.event(timexes[pick(timexes.count)], kind: ["meeting", "inspection"][pick(2)],
                    summary: summaries[pick(summaries.count)], leaders: leaders[pick(leaders.count)],
                    location: [nil, "区行政中心"][pick(2)], issueDate: issue,
                    source: "p\(pick(3))-\(issue).txt", article: i / 3 + 1, ordinal: i % 3 + 1)
        }
        let reports = IdentifiedEvent.identifying(events)
        let entries = reports.map { TimelineEntry(uid: $0.uid, event: $0.event, slot: .unplaced, precision: .day, approximate: false) }
        let rules = reports.map { report in
            let e = report.event
            return SameEventRule.Report(e, meaning: CalendarMeaning.meaning(of: e.timex, modifier: e.modifier, kind: e.kind,
                                                                            issueDate: e.issueDate, options: .init()))
        }
        let groups = EventGrouping.groups(ofOneIssue: entries)
        #expect(groups == EventGrouping.groups(entries, rules: rules))
        #expect(groups.indices.contains { groups[$0].count > 1 }, "pages reprint reports")
        #expect(groups.count < entries.count)
    }

    @Test func vagueSkipDropsVagueEntriesOnly() {
        let all = Timeline(events: S.everyShape)
        let skipped = Timeline(events: S.everyShape, options: CalendarOptions(vague: .skip))
        #expect(skipped.entries.allSatisfy { $0.precision != .vague })
        #expect(all.entries.count - skipped.entries.count == all.entries.filter { $0.precision == .vague }.count)
        #expect(skipped.entries.contains { $0.event.timex == .month(year: 2021, month: 3) })
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)) ==
                "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        // Lengths on each side of a block's end and of the padding's (55, 56, 64, 119 bytes).
        let vectors = [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
            (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        ]
        for (count, hex) in vectors {
            let bytes = Array(repeating: UInt8(ascii: "a"), count: count)
            #expect(SHA256.hex(bytes) == hex)
            // Fed in uneven pieces, a block split across them: the same digest.
            var state = SHA256()
            var start = 0, step = 1
            while start < count {
                let end = min(count, start + step)
                bytes[start..<end].withUnsafeBufferPointer { state.update($0) }
                start = end
                step = step * 2 + 1
            }
            #expect(SHA256.hex(words: state.digest(), digits: 64) == hex)
        }
    }

    @Test func sha256StateGoesOnAfterADigest() {
        // A UID's state is finished for the first occurrence, then fed the occurrence.
        var state = SHA256("会议".utf8)
        // The digest of the bytes alone, as any SHA-256 gives it (not this type's other path).
        #expect(SHA256.hex(words: state.digest(), digits: 64) == "63d30f1a037d0771a3b35e235e38489a1f3526c7634df6debababe0a389c36a3")
        state.update([0x1F] + Array("#2".utf8))
        #expect(SHA256.hex(words: state.digest(), digits: 64) == "76d42660f9876e37717080f0821defb8d28536938cd5ffabb4f535d613f301ad")
        #expect(StableID.uid(identity: Array("2021-04-14 会议".utf8), occurrence: 2)
                == "chronicle-2021-04-14-" + String(SHA256.hex(Array("2021-04-14 会议".utf8) + [0x1F] + Array("#2".utf8)).prefix(20)))
    }
}
