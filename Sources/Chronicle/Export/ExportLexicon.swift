/// Every word and colour the exporters show a reader, in one place.
public enum ExportLexicon {
    public static let defaultCalendarName = "大事记"

    /// Kind → label shown to people; kinds from a user lexicon show their code.
    public static let kindLabels: [String: String] = [
        "meeting": "会议", "inspection": "调研督导", "study": "学习研讨", "symposium": "座谈",
        "ceremony": "仪式", "reception": "会见接待", "training": "培训", "other": "其他",
    ]

    /// Kind → colour (colour-blind-safe palette, Okabe–Ito).
    public static let kindColours: [String: String] = [
        "meeting": "#0072B2", "inspection": "#D55E00", "study": "#009E73", "symposium": "#CC79A7",
        "ceremony": "#E69F00", "reception": "#56B4E9", "training": "#8C6D31", "other": "#7F7F7F",
    ]
    /// Colours for kinds the table does not know, picked by a stable hash of the kind.
    static let spareColours = ["#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499"]

    static func label(forKind kind: String) -> String { kindLabels[kind] ?? kind }

    static func colour(forKind kind: String) -> String {
        if let c = kindColours[kind] { return c }
        let sum = kind.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) & 0xFFFF }
        return spareColours[sum % spareColours.count]
    }

    /// Precision → how the HTML page says it.
    static let precisionLabels: [Precision: String] = [
        .exact: "具体时间", .partOfDay: "时段", .day: "具体日期", .week: "周", .month: "月份", .year: "年份", .vague: "日期不详",
    ]

    /// Part of day → word, for dates shown to people.
    static let partOfDayWords: [PartOfDay: String] = [
        .morning: "上午", .midday: "中午", .afternoon: "下午", .evening: "晚上", .night: "夜间",
    ]

    // Calendar text.
    static let approximateMarker = "〔约〕"
    static let deadlineMarker = "〔截止〕"
    static let plannedMarker = "〔预告〕"
    static let approximateNoteVague = "日期不详（原文：%@），按报道日期 %@ 标注"
    static let approximateNote = "日期为约数（原文：%@）"
    static let deadlineNote = "截止日期（原文：%@）"
    static let plannedNote = "预告：报道时尚未举行"
    static let sentenceLabel = "原文："
    static let headlineLabel = "标题："
    static let bylineLabel = "作者："
    static let issueDateLabel = "报道日期："
    static let sourceLabel = "来源："
    static let articleLabel = "第%@篇"
    static let leadersLabel = "领导："
    static let attendeesLabel = "出席："
    static let otherReportsLabel = "另见："
    static let listSeparator = "、"
    static let noDateText = "无"
    static let openParen = "（", closeParen = "）"
    static let openTitle = "《", closeTitle = "》"
    static let wideSpace = "　"

    // Dates written for people (TimelineJS Display Date, HTML).
    static let yearSuffix = "年", monthSuffix = "月", daySuffix = "日"
    static let approximatePrefix = "约"
    static let rangeSeparator = "至"

    // The 大事记 report (`--layout report`, xlsx, text).
    static let reportColumns = ["日期", "时间", "类别", "事项", "领导", "出席", "地点", "原文", "来源", "报道日期"]
    static let reportDeadline = "截止"
    static let reportDeadlineAfter = "前"
    /// Month heading of the text report: `2021年4月`.
    static let reportMonthHeading = "%@年%@月"
    static let reportLineEnd = "。"
    /// Sentence-final marks after which the text report adds no 。.
    static let reportSentenceEnds: Set<Character> = ["。", "！", "？", "…"]

    // HTML page.
    static let htmlLanguage = "zh-CN"
    static let htmlAllKinds = "全部"
    static let htmlLegend = "类别"
    static let htmlChartTitle = "每月事件数（按类别）"
    static let htmlEventCount = "共 %@ 项活动"
    static let htmlLeaders = "领导"
    static let htmlAllLeaders = "全部领导"
    static let htmlAttendees = "出席"
    static let htmlSearch = "搜索事项、领导、地点、原文"
    /// A break in the chart's month axis: `间隔N个月`.
    static let htmlAxisGap = "间隔%@个月"
    static let htmlAxisGapYears = "间隔约%@年"
    static let htmlPlace = "地点"
    static let htmlSource = "来源"
    static let htmlSentence = "原文"
    static let htmlUndated = "日期不详"
    static let htmlEmpty = "没有事件。"

    /// Replaces each `%@` in `template` by the next argument.
    static func format(_ template: String, _ arguments: String...) -> String {
        var out: [UInt8] = []
        appendFormat(template, arguments, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `format`'s UTF-8, appended to `out`. `%@` is two ASCII bytes: the template's bytes
    /// are read where they stand and copied a run at a time between them, not through the
    /// string's index one byte at a time.
    /// Any collection of arguments: one argument goes as `CollectionOfOne`, no array made.
    static func appendFormat(_ template: String, _ arguments: some Collection<String>, to out: inout [UInt8]) {
        var template = template
        template.withUTF8 { t in
            var args = arguments.makeIterator()
            var run = 0, i = 0
            while i < t.count {
                if t[i] == UInt8(ascii: "%"), i + 1 < t.count, t[i + 1] == UInt8(ascii: "@") {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: t[run..<i]))
                    out.appendUTF8(of: args.next() ?? "")
                    i += 2
                    run = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[run...]))
        }
    }
}
