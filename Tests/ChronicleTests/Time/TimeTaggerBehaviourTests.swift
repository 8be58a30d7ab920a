import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// What callers rely on beyond single values: offsets, tense, reentrancy, robustness, speed.
@Suite struct TimeTaggerBehaviourTests {
    static let tagger = TimeTagger()
    static let ref = LocalDateTime(date: CalendarDate(year: 2021, month: 4, day: 14)!)

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "👍🏽é\u{301}会议于4月12日上午召开"
        let m = Self.tagger.tag(text, reference: Self.ref)
        #expect(m.count == 1)
        let scalars = Array(text.unicodeScalars)
        if let first = m.first {
            #expect(first.start == 7 && first.end == 14)
            #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == first.text)
        }
    }

    @Test func tenseCuesAndDeadlinesMarkTheFuture() {
        let m = Self.tagger.tag("4月8日召开筹备会，文化节将于4月20日开幕，5月10日前完成。", reference: Self.ref)
        #expect(m.map(\.isFuture) == [false, true, true])
        #expect(m.last?.modifier == .onOrBefore)
    }

    /// A meeting's directives point ahead: the coming festival, a deadline shared by a list.
    @Test func directivesPointAheadAndADeadlineCoversItsList() {
        let december = LocalDateTime(date: CalendarDate(year: 2021, month: 12, day: 2)!)
        let m = Self.tagger.tag("会议要求，各镇街要在元旦、春节前开展一次安全生产大检查。", reference: december)
        #expect(m.map(\.timex.value) == ["2022-01-01", "2022-02-01"])
        #expect(m.map(\.modifier) == [.onOrBefore, .onOrBefore])
        // Without a cue a festival is the issue year's.
        #expect(Self.tagger.tag("元旦期间，区长走访慰问。", reference: december).map(\.timex.value) == ["2021-01-01"])
        #expect(Self.tagger.tag("10月27日、28日召开。", reference: december).map(\.modifier) == [nil, nil])
    }

    @Test func datelineResetsTheReferenceForWhatFollows() {
        let text = "本报澜州4月13日讯 今天上午召开。次日继续。"
        #expect(Self.tagger.tag(text, reference: Self.ref).map(\.timex.value) == ["2021-04-13", "2021-04-13TMO", "2021-04-14"])
    }

    @Test func sameResultsFromManyTasksAtOnce() async {
        let text = "本报讯 4月12日上午，上周五，下周二下午3时，近日，6月底前，每周一，为期3天，中秋节"
        let expected = Self.tagger.tag(text, reference: Self.ref)
        let results = await withTaskGroup(of: [TimeMention].self) { group in
            for _ in 0..<16 { group.addTask { Self.tagger.tag(text, reference: Self.ref) } }
            var all: [[TimeMention]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    /// Random text from time-ish characters: never a crash, spans always valid and in order.
    @Test func randomTextGivesWellFormedSpans() {
        let pool = Array("0123456789０１２〇一二两三四五六七八九十廿卅年月日号时点分秒半刻上下午晚早夜今昨明前后当次周星期礼拜至到—-~、:/.，。第季度旬初底末每个天小钟春节中秋农历正腊近来世纪代《》(（）) 讯电将于拟前万亿%")
        var rng = SplitMix64(seed: 20210414)
        for _ in 0..<400 {
            let length = Int(rng.next() % 60)
            let text = String((0..<length).map { _ in pool[Int(rng.next() % UInt64(pool.count))] })
            let scalars = Array(text.unicodeScalars)
            var last = 0
            // References at the calendar's edges too: offsets must not leave years 1–9999 unchecked.
            let edge = [Self.ref, LocalDateTime(iso: "9999-12-31")!, LocalDateTime(iso: "0001-01-01")!][Int(rng.next() % 3)]
            for m in Self.tagger.tag(text, reference: edge) {
                #expect(m.start >= last && m.start < m.end && m.end <= scalars.count, "\(text)")
                if m.start >= last && m.start < m.end && m.end <= scalars.count {
                    #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
                }
                last = m.end
            }
        }
    }

    /// Absurd amounts are refused, never an arithmetic overflow.
    @Test func hugeAmountsNeverOverflow() {
        let text = "999999999999999999亿小时后，9,999,999,999,999,999,999天，3000000年后，99999999999999999年，一千万亿年前"
        let values = Self.tagger.tag(text, reference: Self.ref).map(\.timex.value)
        #expect(!values.contains { $0.hasPrefix("PT9999") })
        #expect(Self.tagger.tag("99999天后", reference: Self.ref).map(\.timex.value) == ["2295-01-27"])
    }

    /// Long runs that invite backtracking (digits, 年年年, 、 lists) stay linear.
    @Test func timeGrowsLinearlyWithInput() {
        let unit = "1年、2月、3日、一二三四五六七八九十、至至至，4月7日至9日、10日"
        ThreadCPUTime.expectLinear(factor: 4) { scale in
            _ = Self.tagger.tag(String(repeating: unit, count: 500 * scale), reference: Self.ref)
        }
        let digits = String(repeating: "7", count: 50_000)
        #expect(Self.tagger.tag(digits, reference: Self.ref).isEmpty)
    }
}

/// A tiny deterministic generator, so a failing random case can be replayed.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
