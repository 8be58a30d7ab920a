/// Every word the Layout stage recognizes, in one place.
///
/// Entries are written in simplified Chinese with ASCII punctuation: lines are folded
/// (`MatchFolding`) before they are compared, so `本報訊`, `（记者` and `发布时间：`
/// match too. The engine (`LineClassifier`, `PageSegmenter`) has no
/// Chinese literals of its own; dates and numerals are the time engine's (`TimeLexicon`).
enum LayoutLexicon {
    // MARK: Leads and datelines

    /// A news lead ends its source phrase with one of these (`本报讯`, `央视网消息`).
    static let newsMarks: [String] = ["讯", "消息"]
    /// A wire lead ends with `电` and needs a date or an agency (`新华社北京4月13日电`).
    static let wireMarks: [String] = ["电"]
    /// Source phrases that make `…讯` a lead: `本报讯`, `晨报讯`, `X报讯`, `X网讯`, `又讯`, `本台讯`.
    static let leadSourceSuffixes: [String] = [
        "报", "网", "又", "台", "社", "站", "刊", "端", "频道", "新闻", "融媒", "时刻", "晚报", "日报", "之声",
        "头条", "中心",
    ]
    /// Openers that make `…讯` or `…电` a lead even without a date (`本报郑州讯`, `新华社北京电`).
    static let leadSourcePrefixes: [String] = [
        "本报", "本刊", "本台", "本网", "新华社", "中新社", "中新网", "人民网", "新华网", "央视网",
        "央广网", "光明网", "中国新闻网", "澎湃新闻", "红网", "鲁网", "大河网", "荆楚网", "东方网",
        "记者站",
    ]
    /// A `讯` followed by one of these is a word, not a lead (`通讯员`, `通讯录`).
    static let leadFalseFollowers: [String] = ["员", "录", "社", "息", "号"]
    /// Closing brackets that may follow the mark: `【本报讯】`.
    static let leadMarkClosers: ScalarSet = ["]", "】", ")", " ", ":"]
    /// `据…报道,` leads a rewritten report: opener, closer.
    static let reportLeads: [(open: String, close: String)] = [("据", "报道"), ("据", "消息"), ("据", "电")]
    /// How far into a line the lead's source phrase may reach.
    static let maxLeadPrefix = 32

    // MARK: Bylines

    /// Credit roles, the one list of them: `记者 柴琳琳 通讯员 姜璞 文/图`, `本报评论员`,
    /// `■记者 X`. `inText`: the role also marks a journalist inside running text
    /// (`记者王明从区住建局获悉`), so Events never takes that name for a leader; a
    /// one-character role such as 文 or 图 is a word there, and a longer role that ends in
    /// one of these (本报记者) is found through it.
    static let creditRoles: [(role: String, inText: Bool)] = [
        ("记者", true), ("通讯员", true), ("评论员", true), ("摄影", true), ("编辑", true), ("摄", true),
        ("文/图", true), ("文图", true),
        ("本报记者", false), ("首席记者", false), ("特约记者", false), ("见习记者", false), ("实习记者", false),
        ("分站记者", false), ("驻站记者", false), ("融媒体记者", false), ("全媒体记者", false), ("摄影记者", false),
        ("本报通讯员", false), ("特约通讯员", false), ("实习生", false), ("本报评论员", false),
        ("特约评论员", false), ("本报特约评论员", false), ("摄像", false), ("撰稿", false), ("作者", false),
        ("撰文", false), ("文", false), ("图", false), ("图/文", false), ("图文", false), ("报道", false),
        ("整理", false), ("文字", false), ("图片", false), ("供图", false), ("视频", false),
    ]
    static let bylineRoles: [String] = creditRoles.map(\.role)
    /// The roles that mark a journalist's name in running text.
    static let creditRolesInText: [String] = creditRoles.filter(\.inText).map(\.role)
    /// Roles that can stand alone as a whole byline (a commentary's `本报评论员`).
    static let standaloneRoles: [String] = ["本报评论员", "评论员", "特约评论员", "本报特约评论员"]
    /// Bullets and brackets allowed around a byline (`■`, `(记者 X)`).
    static let bylineDecorations: ScalarSet = [
        "■", "□", "●", "○", "◆", "◇", "◎", "▲", "★", "☆", "(", ")", "[", "]", "【", "】", "〔", "〕", "|", "丨",
    ]
    /// Bullets that open the items of a digest (`简讯`, `一周动态`): a text line that opens
    /// with one and then a date (`■ 6月5日，…`) is a report of its own.
    static let itemBullets: ScalarSet = ["■", "□", "●", "○", "◆", "◇", "◎", "★", "☆", "•", "▪", "◼"]
    /// Separators between byline items.
    static let bylineSeparators: ScalarSet = [" ", "\t", "、", ":", ",", ";", "|", "丨", "/"]
    /// Name characters that join parts of a transliterated name (`阿依古丽·买买提`).
    static let nameJoiners: ScalarSet = ["·", "•", "・"]
    /// Lengths of a person's name in a byline, in characters.
    static let nameLengths = 2...4
    /// Lengths of a transliterated name joined with `·`.
    static let joinedNameLengths = 3...15
    static let maxBylineLength = 60
    /// Credits may close the last paragraph in parentheses (folded forms).
    static let creditsOpen: Unicode.Scalar = "("
    static let creditsClose: Unicode.Scalar = ")"

    // MARK: Headlines

    /// Longest line that can be a headline, in characters.
    static let maxHeadlineLength = 80
    /// A headline never contains these.
    static let headlineForbidden: ScalarSet = ["。"]
    /// A headline never ends with these (a salutation `各街道办事处:` or a clause `…,`).
    static let headlineForbiddenEnds: ScalarSet = [":", ",", ";", "、", "。"]
    /// A subtitle line (副题) starts with a dash; the headline is the line above it.
    static let subtitleOpeners: [String] = ["——", "—", "--", "──", "-"]

    /// A summary set between a headline and its lead opens with one of these.
    static let standfirstOpeners: [String] = ["编者按", "编者的话", "核心提示", "内容提要", "提要", "摘要", "导语", "引言"]

    // MARK: Page chrome

    /// Lines starting with these are page furniture, not text.
    static let chromePrefixes: [String] = [
        "当前位置", "您的位置", "您现在的位置", "你现在的位置", "你的位置", "所在位置", "位置:", "首页>", "首页 >",
        "来源:", "来源 :", "稿源:", "发布时间", "发布日期", "发稿时间", "发表时间", "更新时间",
        "责任编辑", "编辑:", "编辑 :", "责编:", "校对:", "审核:", "审校:", "终审:", "初审:", "值班编辑",
        "本版编辑", "本版责编", "美编:", "版式:", "组版:", "制图:", "监制:", "出品:",
        "版面", "本期共", "上一篇", "下一篇", "上一条", "下一条", "返回顶部", "返回首页", "返回列表", "【返回",
        "打印本页", "关闭窗口", "【打印", "【关闭", "[打印", "[关闭",
        "【字体", "字体:", "字号:", "【字号", "[字体", "分享到", "分享:", "扫一扫", "手机扫", "浏览次数", "点击数",
        "阅读数", "访问量", "(完)", "【完】", "(责任编辑", "【责任编辑", "[责任编辑", "图片来源", "视频来源",
        "网站地图", "联系我们", "版权所有", "Copyright", "copyright", "ICP",
        "原标题", "本文来源", "信息来源",
    ]
    /// Lines containing these are page furniture (checked only on short lines).
    static let chromeContains: [String] = [
        "发布时间:", "发布时间 :", "来源:", "浏览次数", "点击数:", "打印本页", "关闭窗口", "【字体", "字号:大",
        "分享到:", "责任编辑:", "版权所有", "备案号", "当前位置:", " > ", ">>", "»",
    ]
    /// Furniture that heads a website item (`来源:`, `发布时间`, `浏览次数`): below an open
    /// item, with a headline waiting above it, it means the next item has begun.
    static let itemHeaderMarkers: [String] = [
        "来源:", "来源 :", "发布时间", "发布日期", "作者:", "浏览次数", "点击数", "阅读数", "【字体", "字体:", "字号:",
    ]
    /// A row of furniture fields (`时间:2020-07-28`, `2025-07-24 阅读:56 次`,
    /// `东岚区融媒体中心 编辑:林一凡`): pieces split by these, each a time stamp, a
    /// `label:value` field, a site name or a single character (`次`).
    static let fieldSeparators: ScalarSet = [" ", "\t", "|", "丨", "/", ","]
    /// Between a field's label and its value (folded: `：` is `:`).
    static let fieldColon: Unicode.Scalar = ":"
    /// Units of a count about the page itself: `全文1200字`, `阅读约3分钟`, `阅读56次`.
    static let fieldCountUnits: [String] = ["字", "分钟", "秒", "次"]
    /// Labels of furniture fields; a label with a numeric value (`阅读:56`) is one too.
    static let fieldLabels: [String] = [
        "时间", "日期", "来源", "稿源", "作者", "编辑", "责编", "审核", "校对", "供稿", "撰稿", "撰文", "摄影", "文",
        "图", "阅读", "浏览", "点击", "访问", "字号", "字体", "发布", "发布者", "发布单位", "信息来源", "文章来源",
    ]
    static let maxFieldLabelLength = 4
    /// Bars that follow a label the way a colon does (folded: `｜` is `|`).
    static let fieldBars: ScalarSet = ["|", "丨", "│"]
    /// Marks of the date part of a time stamp, and of its clock part.
    static let dateMarks: ScalarSet = ["年", "月", "日", "号", "-", ".", "/"]
    static let clockMarks: ScalarSet = ["时", "分", "秒", ":"]
    /// Scalars of a time stamp besides digits: `2012年01月05日14:47`, `2021-04-14 10:23`.
    static let timeStampMarks = ScalarSet(Array(dateMarks) + Array(clockMarks))
    /// Controls of the page (font size, reading mode), never text.
    static let pageControls: [String] = ["大字号", "中字号", "小字号", "默认字号", "大字体", "小字体", "字号大", "字号小"]
    /// Headers of navigation lists: the short lines after them are other pages' headlines.
    static let navigationHeaders: [String] = [
        "相关新闻", "相关阅读", "相关链接", "相关稿件", "延伸阅读", "推荐阅读", "热点推荐", "热门文章",
        "热点新闻", "最新新闻", "最新动态", "新闻排行", "点击排行", "猜你喜欢", "往期回顾", "更多新闻",
        "本版导读", "今日导读", "导读", "要闻速览", "其他新闻", "往期推荐", "往期精彩", "精彩推荐", "往期阅读",
    ]
    /// A site or paper name standing alone above a website item (`东岚区人民政府门户网站`).
    static let siteNameSuffixes: [String] = [
        "门户网站", "人民政府", "政府网", "政府网站", "官方网站", "官网", "新闻网", "融媒体中心", "政务网",
    ]
    static let maxSiteNameLength = 24
    /// Photo captions begin with these.
    static let captionOpeners: [String] = [
        "图为", "图:", "图片:", "上图", "下图", "左图", "右图", "▲", "△", "↑", "(图", "【图", "图片由", "(图片由",
        "(摄影", "视频:",
    ]
    /// A photo credit ends a caption: `… 记者 柴琳琳 摄`.
    static let photoCreditEnd = "摄"
    /// Page numbers: `第2版`, `02-05版`, `A3版`.
    static let pageNumberMarks: (open: String, close: String) = ("第", "版")
    static let maxChromeLength = 120

    // MARK: Issue date

    /// A line holding the publication time of a website item.
    static let issueDateHeaders: [String] = ["发布时间", "发布日期", "发稿时间", "发表时间", "更新时间", "发文日期"]
    /// Masthead cues next to a full date: the weekday, the lunar date.
    static let mastheadCues: [String] = ["星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "礼拜", "农历"]
    /// A masthead field naming the paper: `南渚周报`, `澜州日报`.
    static let mastheadFieldSuffixes: [String] = [
        "日报", "晚报", "晨报", "早报", "周报", "商报", "时报", "导报", "都市报", "青年报", "法治报", "报社", "杂志", "周刊",
    ]
    /// An issue number in a masthead: `第1234期`.
    static let issueNumberClose = "期"
    static let maxMastheadFieldLength = 10
    /// A masthead is a row of fields, never a sentence.
    static let mastheadForbidden: ScalarSet = [",", "。", ";"]
    static let maxMastheadLength = 80
    /// A date line (`2021年4月14日`, `二〇二一年四月十二日`) has at most this many characters.
    static let maxBareDateLength = 12

    // MARK: Dates (read by the time engine; these are the layout's own limits)

    /// Separators of file-name dates the time engine does not take in text (`page_2021_04_14`).
    static let fileNameDateSeparators: ScalarSet = ["_"]
    /// Characters between the year, month and day fields of a file-name date
    /// (`2020-08-21-02993-doc.txt`, `scan_2021_4_9.txt`, `2021.04.14_p3.html`).
    static let fileNameFieldSeparators: ScalarSet = ["-", "_", ".", " "]
    /// Digit runs read as `YYYYMMDDhhmm[ss]` time stamps in file names.
    static let compactStampLengths: Set<Int> = [12, 14]
    /// Years accepted as issue dates.
    static let plausibleYears = 1900...2100

    // MARK: Paragraphs

    /// A paragraph that ends with one of these is complete; one that does not, was cut
    /// by the page layout and continues on the next line.
    static let sentenceEnds: ScalarSet = ["。", "!", "?", ";", "…", ":", "\u{2014}"]
    /// Closing quotes and brackets looked through when checking the end of a paragraph.
    static let closers: ScalarSet = ["”", "’", "」", "』", ")", "】", "》", "\"", "'", "〕", "]"]
    /// A line starting with an enumerator begins a paragraph of its own (`一、`, `(一)`,
    /// `1.`, `第二,`, `一是`): optional opener, Chinese or Arabic digits, closer.
    static let enumeratorOpeners: ScalarSet = ["(", "第"]
    static let enumeratorClosers: ScalarSet = ["、", ")", ".", ",", "是"]
    /// Indentation and padding removed from both ends of every line.
    static let padding: ScalarSet = [
        " ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{000B}",
        "\u{000C}", "\u{001A}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}",
        "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}",
    ]
}
