@testable import Chronicle
@testable import ChronicleCore

/// Hand-built articles and mentions, so recognizer tests do not depend on the time engine.
enum EventFixture {
    static let issue = CalendarDate(year: 2021, month: 4, day: 14)!

    static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// A mention of the first occurrence of `phrase` (after `after`, if given) in `body`.
    static func mention(_ phrase: String, in body: String, _ timex: Timex, after: String? = nil,
                        type: MentionType = .date, future: Bool = false,
                        modifier: TimexModifier? = nil) -> TimeMention {
        let scalars = Array(body.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        var from = 0
        if let after { from = find(Array(after.unicodeScalars), in: scalars, from: 0).map { $0 + after.unicodeScalars.count } ?? 0 }
        let start = find(needle, in: scalars, from: from) ?? 0
        return TimeMention(start: start, end: start + needle.count, text: phrase, type: type,
                           timex: timex, modifier: modifier, isFuture: future)
    }

    private static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    static func article(_ body: String, headline: String = "标题", byline: String? = nil,
                        reference: CalendarDate = issue, ordinal: Int = 1) -> Article {
        Article(ordinal: ordinal, headline: headline, byline: byline, body: body, referenceDate: reference)
    }

    static func events(_ body: String, _ mentions: [TimeMention], reference: CalendarDate = issue,
                       byline: String? = nil, lexicon: EventLexicon = .builtin) -> [Event] {
        EventRecognizer(lexicon: lexicon).events(in: article(body, byline: byline, reference: reference),
                                                 mentions: mentions, issueDate: issue, source: "test.txt")
    }
}
