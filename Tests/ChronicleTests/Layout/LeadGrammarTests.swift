import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The one lead detector (Layout classifies lines with it, Time takes its dateline, Events
/// starts sentences after it): opening → what it finds, as text.
@Suite struct LeadGrammarTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        /// nil: no lead.
        let lead: (dateline: String?, credits: String?, rest: String)?
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "本报讯(记者 王小明)近日，区委召开会议", lead: (nil, "记者 王小明", "近日，区委召开会议")),
        Row(text: "本报澜州4月13日讯（记者 王小明 通讯员 李青）今天上午", lead: ("4月13日", "记者 王小明 通讯员 李青", "今天上午")),
        Row(text: "本報澜州4月13日訊 今天上午", lead: ("4月13日", nil, "今天上午")),
        Row(text: "新华社澜州4月13日电 会议召开", lead: ("4月13日", nil, "会议召开")),
        Row(text: "【本报讯】区政府召开常务会议", lead: (nil, nil, "区政府召开常务会议")),
        Row(text: "  新华社北京电 会议召开", lead: (nil, nil, "会议召开")),
        // Negatives: a date before 电 or 讯 that follows no source opens an ordinary sentence.
        Row(text: "3月5日电视电话会议后，今天上午召开部署会", lead: nil),
        Row(text: "4月12日电网公司检修线路", lead: nil),
        Row(text: "通讯员从区住建局获悉，今天开工", lead: nil),
        Row(text: "会议指出，4月2日电商节后开展检查", lead: nil),
    ]

    @Test(arguments: rows) func reads(_ row: Row) {
        let folded = MatchFolding.fold(row.text)
        let scalars = Array(row.text.unicodeScalars)
        func text(_ r: Range<Int>?) -> String? { r.map { String(String.UnicodeScalarView(scalars[$0])) } }
        let found = LeadGrammar().opening(of: folded, dates: TimeTagger())
        guard let expected = row.lead else {
            #expect(found == nil || found?.weak == true)
            return
        }
        guard let found else { Issue.record("no lead in \(row.text)"); return }
        #expect(text(found.dateline) == expected.dateline)
        #expect(text(found.credits) == expected.credits)
        #expect(text(found.end..<scalars.count) == expected.rest)
    }

    /// `mayOpen` is the cheap test `findDatelines` asks of every line first: it must never
    /// turn away a line that opens a lead, weak ones included (any line of a page, lines
    /// after the first too).
    @Test(arguments: rows.map(\.text) + [
        "据区融媒体中心报道，近日召开会议", "    本报讯 区政府召开会议", "区委召开全会\n本报讯 今天上午",
        "今天上午召开会议，本报讯员参加", "", "\n\n", "会议指出：要抓好落实",
    ]) func mayOpenKeepsEveryLead(_ text: String) {
        let grammar = LeadGrammar(), dates = TimeTagger()
        let folded = MatchFolding.fold(text).map(\.value)
        folded.withUnsafeBufferPointer { t in
            var lineStart = 0
            while lineStart <= t.count {
                let line = t[lineStart...].lazy.map { Unicode.Scalar($0) ?? " " }
                if grammar.opening(of: line, dates: dates) != nil {
                    #expect(grammar.mayOpen(t, at: lineStart), "line at \(lineStart) of \(text)")
                }
                guard let newline = t[lineStart...].firstIndex(of: 0x0A) else { break }
                lineStart = newline + 1
            }
        }
    }

    /// And it does turn lines away: a line with no mark in the lead's reach is refused.
    @Test func mayOpenRefusesLinesWithoutAMark() {
        let grammar = LeadGrammar()
        for text in ["区委召开全会，研究部署工作", "4月12日上午，区长到镇街调研", "  会议要求各单位抓好落实"] {
            let folded = MatchFolding.fold(text).map(\.value)
            #expect(!folded.withUnsafeBufferPointer { grammar.mayOpen($0, at: 0) }, "\(text)")
        }
    }
}
