import Testing
@testable import Chronicle

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

    @Test func uidsDoNotDependOnInputOrderOrOnTheDateRead() {
        let a = Timeline(events: S.everyShape)
        let b = Timeline(events: S.everyShape.shuffled())
        #expect(a.entries.map(\.uid) == b.entries.map(\.uid))
        // A better recognizer reads another date for the same event: same UID.
        var improved = S.everyShape[0]
        improved.timex = .partOfDay(S.day(4, 12), .afternoon)
        improved.summary = "区委常委会召开（扩大）会议"
        #expect(StableID.uid(for: improved) == StableID.uid(for: S.everyShape[0]))
        #expect(Set(a.entries.map(\.uid)).count == a.entries.count)
    }

    @Test func uidsAreStableAcrossReleases() {
        // Pinned: a change here duplicates every event in users' subscribed calendars.
        let uid = StableID.uid(for: S.event(.date(S.day(4, 12))))
        #expect(uid == "chronicle-2021-04-14-" + String(SHA256.hex("v1\u{1F}2021-04-14\u{1F}xihe-2021-04-14.txt\u{1F}区委常委会召开会议\u{1F}1".utf8).prefix(20)))
        #expect(uid.hasPrefix("chronicle-2021-04-14-") && uid.count == "chronicle-2021-04-14-".count + 20)
    }

    @Test func twoPagesNeverShareAUID() {
        let one = S.event(.date(S.day(4, 12)), source: "paper-a/2021-04-14.txt")
        let other = S.event(.date(S.day(4, 12)), source: "paper-b/2021-04-14-b.txt")
        #expect(StableID.uid(for: one) != StableID.uid(for: other))
        // Same page from another directory: same UIDs.
        #expect(StableID.uid(for: S.event(.date(S.day(4, 12)), source: "/tmp/x/xihe-2021-04-14.txt"))
                == StableID.uid(for: S.event(.date(S.day(4, 12)))))
        // Layout spaces in headlines do not matter.
        #expect(StableID.uid(for: S.event(.date(S.day(4, 12)), headline: "区委常委会 召开会议"))
                == StableID.uid(for: S.event(.date(S.day(4, 12)))))
    }

    @Test func sameHeadlineTwiceOnAPageGetsDistinctUIDs() {
        let events = [S.event(.date(S.day(4, 12)), leaders: ["甲"], article: 1),
                      S.event(.date(S.day(4, 13)), leaders: ["乙"], article: 2)]
        let uids = Timeline(events: events).entries.map(\.uid)
        #expect(uids.count == 2 && uids[0] != uids[1] && uids[1] == uids[0] + "-2")
    }

    @Test func duplicatesAcrossIssuesAreMerged() {
        let first = S.event(.partOfDay(S.day(4, 12), .morning), issueDate: S.day(4, 13), source: "a-2021-04-13.txt")
        let again = S.event(.partOfDay(S.day(4, 12), .morning), headline: "转载：区委常委会召开会议", source: "b-2021-04-14.txt")
        let other = S.event(.partOfDay(S.day(4, 12), .morning), leaders: ["区长苏婉清"], source: "b-2021-04-14.txt", article: 2)
        let timeline = Timeline(events: [again, other, first])
        #expect(timeline.entries.count == 2)
        let merged = timeline.entries.first { $0.event == first }
        #expect(merged?.otherReports == [again])
        #expect(merged?.uid == StableID.uid(for: first))
    }

    @Test func reportsOnOnePageNeverMerge() {
        let a = S.event(.date(S.day(4, 12)), summary: "召开常务会议", article: 1)
        let b = S.event(.date(S.day(4, 12)), summary: "召开专题会议", article: 2)
        #expect(Timeline(events: [a, b]).entries.count == 2)
    }

    @Test func vagueDatesNeverMerge() {
        let a = S.event(.vague(.past), source: "a.txt")
        let b = S.event(.vague(.past), source: "b.txt")
        #expect(Timeline(events: [a, b]).entries.count == 2)
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
    }
}
