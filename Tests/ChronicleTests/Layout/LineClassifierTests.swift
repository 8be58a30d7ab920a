import Testing
@testable import Chronicle
@testable import ChronicleCore

/// One table per kind of line: the table documents what Layout recognizes.
@Suite struct LineClassifierTests {
    let classifier = LineClassifier(dates: FurnitureDates(reader: TimeTagger()))

    func kind(_ text: String) -> LineKind {
        let lines = PageLine.split(text)
        return lines.isEmpty ? .blank : classifier.classify(lines[0])
    }

    /// Leads: the line, its credits, its dateline as written (year, month, day).
    static let leads: [(String, String?, WrittenDate?)] = [
        ("本报讯 近日,汐河区召开全体会议。", nil, nil),
        ("本报讯(记者 贺一鸣)8月23日早,县委书记暗访。", "记者 贺一鸣", nil),
        ("本报讯（记者　张三　实习生　李四）12日，区长走访慰问。", "记者　张三　实习生　李四", nil),
        ("本报讯 记者 张三 通讯员 李四 报道：近日，区里召开会议。", "记者 张三 通讯员 李四 报道", nil),
        ("本报澜州4月13日讯(记者 闫书杰 通讯员 丁若水)今天上午,现场会召开。", "记者 闫书杰 通讯员 丁若水",
         .init(year: nil, month: 4, day: 13)),
        ("新华社澜州4月13日电(记者 卜文涛)澜江省森林防灭火工作部署会13日召开。", "记者 卜文涛",
         .init(year: nil, month: 4, day: 13)),
        ("新华社北京13日电 国务院召开常务会议。", nil, .init(year: nil, month: nil, day: 13)),
        ("红网时刻桐溪站9月6日讯(分站记者 彭雨桐 通讯员 邓凯)9月5日上午,培训班开班。", "分站记者 彭雨桐 通讯员 邓凯",
         .init(year: nil, month: 9, day: 6)),
        ("鲁网9月1日讯 近日,某县召开会议。", nil, .init(year: nil, month: 9, day: 1)),
        ("又讯 当天下午,青槐区召开推进会。", nil, nil),
        ("晨报讯 12日,区长走访慰问困难群众。", nil, nil),
        ("澜州晚报讯 日前,区里召开会议。", nil, nil),
        ("大河网讯 日前,某县召开防汛工作会议。", nil, nil),
        ("央视网消息:近日,某地召开会议。", nil, nil),
        ("澜州之声讯 近日,某地召开会议。", nil, nil),
        ("【本报讯】近日,区里召开会议。", nil, nil),
        ("本报北京电 （记者 王五）会议召开。", "记者 王五", nil),
        ("本報訊（記者 張三）近日，區裡召開會議。", "記者 張三", nil),
        ("据澜州日报报道,4月10日,滨河路改造工程开工。", nil, nil),
        ("据新华社电 国务院召开常务会议。", nil, nil),
        ("央广网北京4月13日消息 国务院召开常务会议。", nil, .init(year: nil, month: 4, day: 13)),
        ("中国青年报客户端北京4月13日电（记者 王五）会议召开。", "记者 王五", .init(year: nil, month: 4, day: 13)),
    ]

    @Test(arguments: leads.indices) func recognizesLead(_ k: Int) {
        let (line, byline, dateline) = Self.leads[k]
        guard case .lead(let lead) = kind(line) else {
            Issue.record("not a lead: \(line)")
            return
        }
        #expect(lead.byline == byline, "\(line)")
        #expect(lead.dateline == dateline, "\(line)")
    }

    /// Lines that look a little like leads and are not.
    static let notLeads: [String] = [
        "4月12日电网公司组织检修,保障居民用电。",
        "区委书记在电视电话会议上讲话。",
        "记者从区住建局获悉,老旧小区改造全面启动。",
        "据了解,工程为期一年。",
        "据电力部门统计,用电量增长。",
        "通讯员队伍建设持续加强,全年发稿百余篇。",
        "这是一条喜讯:项目顺利签约。",
    ]

    @Test(arguments: notLeads) func rejectsLookalikeLead(_ line: String) {
        if case .lead = kind(line) { Issue.record("taken for a lead: \(line)") }
    }

    /// Credit lines.
    static let bylines: [String] = [
        "记者 孟佳怡 通讯员 许朝阳",
        "记者 柴琳琳 通讯员 姜璞 文/图",
        "本报评论员",
        "通讯员 祁航",
        "■本报记者 闫书杰",
        "文/图 本报记者 王五",
        "文/本报记者 张三 图/本报记者 李四",
        "记者 柴琳琳 摄",
        "本报记者 张三 报道",
        "（记者 张三）",
        "記者 孟佳怡 通訊員 許朝陽",
        "记者 阿依古丽·买买提",
        "◎澜州日报记者 张三",
        "文丨张三",
        "编辑 | 苏小禾",
    ]

    @Test(arguments: bylines) func recognizesByline(_ line: String) {
        #expect(kind(line) == .byline, "\(line)")
    }

    static let notBylines: [String] = [
        "记者从区住建局获悉,改造全面启动。",
        "记者节 致敬新闻人",
        "区委书记虎强",
        "记者",
        "通讯员队伍建设持续加强",
    ]

    @Test(arguments: notBylines) func rejectsLookalikeByline(_ line: String) {
        #expect(kind(line) != .byline, "\(line)")
    }

    /// Page furniture.
    static let chrome: [String] = [
        "当前位置：首页 > 政务公开 > 政务要闻",
        "首页 > 新闻中心",
        "【字体：大 中 小】",
        "打印本页　关闭窗口",
        "来源：区政府办公室",
        "责任编辑：王五",
        "本期共4版",
        "02-05版",
        "第A3版：要闻",
        "版面导航",
        "东岚区人民政府门户网站",
        "南渚县人民政府",
        "上一篇：区政府召开常务会议",
        "分享到：",
        "（完）",
        "图片来源：网络",
        "本版编辑：王五 美编：赵六",
        "————————————",
        "- 2 -",
        "***",
    ]

    @Test(arguments: chrome) func recognizesChrome(_ line: String) {
        #expect([.chrome, .itemHeader(nil)].contains(kind(line)), "\(line)")
    }

    /// Rows of furniture fields above an item: never its headline.
    static let fieldRows: [String] = [
        "时间:2023-05-17",
        "2019年03月08日09:12",
        "2023年5月17日 16:40",
        "2023-05-17 阅读:128 次",
        "东岚区融媒体中心 编辑:林一凡",
        "作者:苏婉清 | 来源:澜江日报",
        "小字号",
        "浏览:3021",
        "全文约1800字，阅读约4分钟",
        "本文2300字,读完约5分钟",
        "登载日期:2023-03-01 浏览量: 作者:editor 听新闻:",
        "来源｜青禾县融媒体中心",
        "审核丨林一凡",
    ]

    @Test(arguments: fieldRows) func fieldRowIsFurniture(_ line: String) {
        switch kind(line) {
        case .chrome, .dateHeader, .itemHeader, .bareDate: break
        default: Issue.record("not furniture: \(line) → \(kind(line))")
        }
    }

    /// Headlines with a colon, a number or one word stay headlines.
    static let notFieldRows: [String] = [
        "韩立诚：抓好防汛工作",
        "2023年全县防汛工作会议召开",
        "通知",
        "东岚区：3个项目集中开工",
        "全县观众达3万人次",
        "青石镇10个村实现通车,群众出行更方便",
        "时间银行 | 让志愿服务可储存",
        "晚上8:30 相约文化广场",
    ]

    @Test(arguments: notFieldRows) func headlineIsNoFieldRow(_ line: String) {
        #expect(kind(line) == .title, "\(line)")
    }

    static let captions: [String] = [
        "图为活动现场。",
        "▲4月12日，虎强在东南小学暗访。",
        "4月13日，与会人员实地观摩。 记者 闫书杰 摄",
        "（图片由区委宣传部提供）",
    ]

    @Test(arguments: captions) func recognizesCaption(_ line: String) {
        #expect(kind(line) == .caption, "\(line)")
    }

    /// Issue date carriers: line, date.
    static let dated: [(String, String)] = [
        ("发布时间:2021-04-15 10:23 来源:区政府办公室", "2021-04-15"),
        ("发布时间：2021-04-13 09:15　来源：区委办公室", "2021-04-13"),
        ("发布日期：2021年4月15日", "2021-04-15"),
        ("来源：区政府办　2021-04-15 10:23", "2021-04-15"),
        ("南渚周报　2022年1月3日　星期一　第2版　综合新闻", "2022-01-03"),
        ("2021年4月14日 星期三", "2021-04-14"),
        ("二〇二一年四月十四日　星期三　农历三月初三", "2021-04-14"),
        ("澜州日报 2021-04-14 第1234期", "2021-04-14"),
        ("第02版：要闻 2021-04-14", "2021-04-14"),
        ("2021年4月14日", "2021-04-14"),
        ("二〇二一年四月十四日", "2021-04-14"),
        ("原创 青禾县融媒体中心 青禾发布 2024-03-22 18:30 发表于澜江", "2024-03-22"),
        ("澜州发布 2023年11月2日 07:45", "2023-11-02"),
        ("东岚融媒 2022.06.18 20:05 广东", "2022-06-18"),
    ]

    @Test(arguments: dated.indices) func readsIssueDateCarrier(_ k: Int) {
        let (line, iso) = Self.dated[k]
        switch kind(line) {
        case .dateHeader(let d?), .itemHeader(let d?), .masthead(let d), .bareDate(let d):
            #expect(d == CalendarDate(iso: iso), "\(line)")
        default: Issue.record("no issue date in: \(line)")
        }
    }

    /// Dates in sentences are not mastheads.
    static let notMastheads: [String] = [
        "2021年4月14日，区长张艳敏主持召开常务会议，听取汇报。",
        "区委常委会听取汇报 2021-04-10",
        "2021年4月14日18:30，区长主持召开防汛调度会。",
    ]

    @Test(arguments: notMastheads) func rejectsDateInText(_ line: String) {
        if case .masthead = kind(line) { Issue.record("taken for a masthead: \(line)") }
        if case .dateHeader = kind(line) { Issue.record("taken for a header: \(line)") }
    }

    static let titles: [String] = [
        "背街小巷“微整治” 提升群众幸福感",
        "金星啤酒厂 片区改造项目推进会召开",
        "区長張三調研老舊小區改造工作",
    ]

    @Test(arguments: titles) func recognizesHeadline(_ line: String) {
        #expect(kind(line) == .title, "\(line)")
    }
}
