import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Random pages built from the lexicon's own pieces, punctuation and noise, with random
/// (also nonsensical) mentions: the recognizer never traps and keeps its invariants.
@Suite struct EventFuzzTests {
    /// SplitMix64: a fixed seed keeps failures reproducible.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
        }
    }

    static let pieces: [String] = {
        let l = EventLexicon.builtin
        return l.triggers.map(\.phrase) + l.titles + l.inheritanceCues + l.clauseConnectors + l.placeCues
            + l.collectiveLeaderMarkers + l.reporterMarkers + LayoutLexicon.newsMarks + LayoutLexicon.wireMarks
            + ["本报讯", "(记者 王明)", "张", "李强", "欧阳", "、", "，", "。", "\n", " ", "４月１２日", "(", ")",
               "“", "”", "9:00", "\u{0}", "\u{FFFD}", "𠀀", "会", "后", "讯", "电"]
    }()

    @Test func randomPagesNeverTrap() {
        var g = Generator(state: 20210414)
        let recognizer = EventRecognizer()
        let day = CalendarDate(iso: "2021-04-14")!
        for round in 0..<300 {
            var body = ""
            for _ in 0..<g.next(80) { body += Self.pieces[g.next(Self.pieces.count)] }
            let n = body.unicodeScalars.count
            var mentions: [TimeMention] = []
            for _ in 0..<g.next(6) {
                let a = g.next(n + 4) - 2, b = a + g.next(8) - 2
                let timex: Timex = [.date(day), .vague(.past), .partOfDay(day, .evening), .year(2021),
                                    .range(.date(day), .date(day.adding(days: 2)))][g.next(5)]
                mentions.append(TimeMention(start: a, end: b, text: "x", type: .date, timex: timex,
                                            modifier: g.next(4) == 0 ? .onOrBefore : nil, isFuture: g.next(2) == 0))
            }
            let article = Article(ordinal: 1, headline: Self.pieces[g.next(Self.pieces.count)], byline: nil,
                                  body: body, referenceDate: day)
            let events = recognizer.events(in: article, mentions: mentions, issueDate: day, source: "fuzz")
            #expect(events.map(\.ordinal) == Array(1..<(events.count + 1)), "round \(round)")
            for e in events {
                #expect(EventLexicon.builtin.kinds.contains(e.kind))
                #expect(!e.trigger.isEmpty)
                #expect(e.leaders.allSatisfy { !$0.isEmpty })
            }
        }
    }
}
