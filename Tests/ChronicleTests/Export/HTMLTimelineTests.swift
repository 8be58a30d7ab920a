import Testing
@testable import Chronicle

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
}
