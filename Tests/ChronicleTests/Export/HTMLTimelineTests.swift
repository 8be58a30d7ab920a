import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct HTMLTimelineTests {
    typealias S = SampleEvents
    static func page(_ events: [Event]) throws -> String {
        String(decoding: try render(Timeline(events: events), as: .html, options: ExportOptions(calendarName: "汐河区大事记")), as: UTF8.self)
    }

    @Test func selfContainedAndLoadsNothing() throws {
        let html = try Self.page(S.everyShape + S.hostile)
        for banned in ["<link", "src=", "@import", "url(", "https://", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(banned), "\(banned)")
        }
        // Without URLs in the news text, the only http: is the SVG namespace name, which loads nothing.
        let plain = try Self.page(S.everyShape)
        #expect(plain.components(separatedBy: "http://").count - 1 == 1 && plain.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">") && html.contains("<meta charset=\"utf-8\">"))
    }

    @Test func groupedByMonthWithLegendFilterAndChart() throws {
        let html = try Self.page(S.everyShape)
        #expect(html.contains("<h2>2021年3月</h2>") && html.contains("<h2>2021年4月</h2>"))
        #expect(html.range(of: "<h2>2021年3月</h2>")!.lowerBound < html.range(of: "<h2>2021年4月</h2>")!.lowerBound)
        #expect(html.contains("<nav class=\"legend\">") && html.contains("data-kind=\"\">全部 \(S.everyShape.count)</button>"))
        for kind in ["meeting", "inspection", "study", "symposium", "ceremony", "reception", "training", "other"] {
            #expect(html.contains("<button type=\"button\" aria-pressed=\"false\" data-kind=\"\(kind)\">"), "\(kind)")
            #expect(html.contains("<rect data-kind=\"\(kind)\""), "\(kind)")
        }
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<time datetime=\"2021-04-12TMO\">2021年4月12日 上午</time>"))
        #expect(html.contains("<b>领导</b>汐河区委书记韩立诚") && html.contains("<b>地点</b>区行政中心"))
        #expect(html.contains("<blockquote>4月12日，区委常委会召开会议，研究部署重点工作。</blockquote>"))
        #expect(html.contains("日期不详（近日）"))
    }

    @Test func valuesWiderThanAMonthAreListedUnderTheirYears() throws {
        let html = try Self.page(S.everyShape)
        #expect(html.contains("<h2>2021年</h2>") && html.contains("<h2>2020年</h2>"))
        #expect(html.contains("<h2>1980年至1989年</h2>") && html.contains("<h2>1900年至1999年</h2>"))
        #expect(!html.contains("<h2>1980年1月</h2>") && !html.contains("<h2>2021年1月</h2>"))
        #expect(html.components(separatedBy: "<h2>2021年</h2>").count == 2)   // one group a year
        // The chart counts only entries that fall in one month.
        #expect(!html.contains("<title>1980年1月") && !html.contains("<title>2021年1月"))
    }

    @Test func textIsEscaped() throws {
        let html = try Self.page(S.hostile)
        #expect(!html.contains("<script>alert(1)</script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>重要</b>") && html.contains("&lt;b&gt;重要&lt;/b&gt;"))
    }

    @Test func userKindsGetAColourAndTheirCode() throws {
        let html = try Self.page([S.event(.date(S.day(4, 12)), kind: "flood-drill")])
        #expect(html.contains("data-kind=\"flood-drill\"") && html.contains("flood-drill 1</button>"))
        #expect(ExportLexicon.colour(forKind: "flood-drill") == ExportLexicon.colour(forKind: "flood-drill"))
    }

    @Test func anEmptyTimelineSaysSo() throws {
        #expect(try Self.page([]).contains("没有事件。"))
    }

    /// An article without a headline shows no empty 《》; its source line still says where
    /// the event came from.
    @Test func noEmptyTitleMarks() throws {
        let html = try Self.page([S.event(.date(S.day(4, 12)), headline: ""), S.event(.date(S.day(4, 13)), headline: "区委常委会召开会议", article: 2)])
        #expect(!html.contains("《》"))
        #expect(html.contains("《区委常委会召开会议》"))
        #expect(html.contains("<p class=\"src\"><b>来源</b> <span class=\"nw\">记者 孟佳怡 通讯员 许朝阳</span> · "))
    }

    /// The month axis is spaced in time: months without events between two with events
    /// are empty slots; a long stretch is one break that says how long it is.
    static let axisRows: [(months: [(Int, Int)], expected: [String])] = [
        ([(2021, 3), (2021, 4)], ["2021-3", "2021-4"]),
        ([(2021, 1), (2021, 4)], ["2021-1", "2021-2", "2021-3", "2021-4"]),
        ([(2020, 11), (2021, 2)], ["2020-11", "2020-12", "2021-1", "2021-2"]),
        ([(2021, 1), (2021, 8)], ["2021-1", "2021-2", "2021-3", "2021-4", "2021-5", "2021-6", "2021-7", "2021-8"]),
        ([(2021, 1), (2021, 9)], ["2021-1", "gap 7", "2021-9"]),
        ([(1978, 12), (2021, 3), (2021, 4)], ["1978-12", "gap 506", "2021-3", "2021-4"]),
    ]

    @Test(arguments: axisRows.indices)
    func monthAxisIsSpacedInTime(_ i: Int) {
        let row = Self.axisRows[i]
        let slots = HTMLChart.axis(row.months.map { HTMLChart.Month(year: $0.0, month: $0.1) })
        #expect(slots.map { slot -> String in
            switch slot {
            case .month(let m): return "\(m.year)-\(m.month)"
            case .gap(let n): return "gap \(n)"
            }
        } == row.expected)
    }

    @Test func aLongBreakIsLabelledOnTheChart() throws {
        let html = try Self.page([S.event(.date(S.day(12, 18, year: 1978)), article: 1), S.event(.date(S.day(4, 12)), article: 2)])
        #expect(html.contains(">间隔约42年</text>"))
    }

    /// A search box and a leader menu (most frequent leader first, each with its count);
    /// each card carries its leaders for the menu, and its attendees are shown.
    @Test func searchBoxAndLeaderFilter() throws {
        var withAttendees = S.event(.date(S.day(4, 9)), leaders: ["区长苏婉清"], article: 3)
        withAttendees.attendees = ["组织部长杜春阳", "宣传部长林雅琴"]
        let html = try Self.page([
            S.event(.date(S.day(4, 12)), article: 1),
            S.event(.date(S.day(4, 13)), leaders: ["汐河区委书记韩立诚", "区长苏婉清"], article: 2),
            withAttendees,
        ])
        #expect(html.contains("<input type=\"search\" class=\"search\""))
        let menu = try #require(html.range(of: "<select class=\"leader\""))
        let rest = html[menu.upperBound...]
        let first = try #require(rest.range(of: "<option value=\"汐河区委书记韩立诚\">汐河区委书记韩立诚 2</option>"))
        let second = try #require(rest.range(of: "<option value=\"区长苏婉清\">区长苏婉清 2</option>"))
        #expect(first.lowerBound > rest.startIndex && second.lowerBound > rest.startIndex)
        #expect(html.contains("data-leaders=\"汐河区委书记韩立诚\u{1F}区长苏婉清\""))
        #expect(html.contains("<b>出席</b>组织部长杜春阳、宣传部长林雅琴"))
        #expect(html.contains("split('\\u001f')"))
    }
}
