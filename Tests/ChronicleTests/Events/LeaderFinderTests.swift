import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Leader rules of the corpus README, one invented sentence per rule: the people the
/// finder names, each once as first written (`RoleTests` decides who leads and who attends).
@Suite struct LeaderFinderTests {
    static let cases: [(rule: String, body: String, leaders: [String])] = [
        ("place prefix kept", "江北区委书记林志远主持会议。", ["江北区委书记林志远"]),
        ("chain keeps the last title", "区委副书记、区长苏明清出席会议并讲话。", ["区长苏明清"]),
        ("chain with a body", "副区长、区级河长常立然出席会议。", ["区级河长常立然"]),
        ("two-character name", "副区长谭菲主持会议。", ["副区长谭菲"]),
        ("compound surname", "区委副书记欧阳澜宣布活动启动。", ["区委副书记欧阳澜"]),
        ("surnames common today", "副区长肖敏、区长助理付雷、区委常委丛林、县委办主任隋雨出席。",
         ["副区长肖敏", "区长助理付雷", "区委常委丛林", "县委办主任隋雨"]),
        ("name recurs alone", "区长王刚在会上讲话。王刚强调，要抓落实。", ["区长王刚"]),
        ("several titled leaders", "区委书记曹景明、区长顾长河出席签约仪式。", ["区委书记曹景明", "区长顾长河"]),
        ("names only after 区领导", "区领导詹国良、谢婧、欧阳澜、郁文轩等参加植树。", ["詹国良", "谢婧", "欧阳澜", "郁文轩"]),
        ("guest with an organisation", "区委书记罗承志会见了澜海集团副总裁甘文斌一行。", ["区委书记罗承志", "澜海集团副总裁甘文斌"]),
        ("name followed by a title", "会上，邓晓东区长作了讲话。", ["邓晓东区长"]),
        ("name before a deputy title", "会上，苗青副县长作了讲话。", ["苗青副县长"]),
        ("name before an acting title", "会上，霍然代区长作了讲话。", ["霍然代区长"]),
        ("names before 等区领导", "谷静、胡海川、李清远等区领导出席。", ["谷静", "胡海川", "李清远"]),
        ("one name before 等县领导", "高远等县领导参加。", ["高远"]),
        ("names after the leading bodies", "市四套班子领导韩立、周岩、宋青等会见了客商。", ["韩立", "周岩", "宋青"]),
        ("names after 党政领导", "县党政领导林平、宋岩出席。", ["林平", "宋岩"]),
        ("names after a party committee's leaders", "市委领导乔远、邵青参加讨论。", ["乔远", "邵青"]),
        ("no list after a title", "区长王刚、李明等区领导出席。", ["区长王刚", "李明"]),
        ("a title followed by a verb is no name", "监事会主任座谈交流，区委书记强调要落实。", []),
        ("a follower after a recurring name", "会见了市长乔远一行。林平对乔远一行表示欢迎。", ["市长乔远"]),
        ("a company too long for a title's body", "澜江青石智能装备制造有限公司总经理林森介绍了情况。", ["澜江青石智能装备制造有限公司总经理林森"]),
        ("a company cut by the length limit", "澜江市青石新区先进智能装备制造有限公司总经理林森介绍了情况。", ["总经理林森"]),
        ("a verb before the title", "会议要求贯彻落实区委书记韩冬讲话要求。", ["区委书记韩冬"]),
        ("受 before the title", "受县长葛文华委托，副县长程雪作报告。", ["县长葛文华", "副县长程雪"]),
        ("a name before 进行", "4月12日，青石集团总经理蒋川进行授课。", ["青石集团总经理蒋川"]),
        ("first mention wins", "县长葛文华主持会议。葛文华强调，要抓落实。", ["县长葛文华"]),
        // A surname that is also a word after names (于, 向) starts a name on the article's
        // evidence only: the reading recurs.
        ("于 as a surname, the name recurring", "县委副书记于海涛带队赴青石镇调研。于海涛要求，要抓好落实。", ["县委副书记于海涛"]),
        ("向 as a surname, the name recurring", "副区长向晓明出席会议。向晓明强调，要抓落实。", ["副区长向晓明"]),
        ("于 as a surname in a list", "副县长于岚、向东出席。于岚、向东分别讲话。", ["副县长于岚", "向东"]),
        ("向 as a surname before a verb, recurring", "区委常委、常务副区长向东参加学习。向东表示，要学以致用。", ["常务副区长向东"]),
        ("于 as a surname before 带领, recurring", "县政协主席于红梅带领机关干部来到县特殊教育学校。于红梅要求，要关心特殊儿童。",
         ["县政协主席于红梅"]),
        ("于 as a surname recurring with its verb", "副区长于洋到青石镇调研。于洋要求抓好防汛。", ["副区长于洋"]),
        // Negative: a setting, a time or an object after 于/向 reads like a given name before a
        // verb; with no recurrence it is none.
        ("于 before a setting before the act", "区委书记于会前听取了防汛工作汇报。", []),
        ("于 before a setting after the meeting", "区长于会后深入东湾村检查防汛工作。", []),
        ("向 before the people addressed", "县长向参会代表介绍了投资环境。", []),
        ("于 before a festival time", "县委书记于节前走访慰问了困难群众。", []),
        ("向 before those told", "副区长向全体干部通报了整改情况。", []),
        ("于 before a busy schedule", "区长于百忙中出席座谈会。", []),
        ("于 after a title is a preposition when nothing recurs", "区委书记于会上强调，要抓落实。", []),
        ("于 before a setting", "县长于会中指出，要抓落实。", []),
        ("于 before a vague date", "县长于近日到青石镇督导。", []),
        ("a follower longer than the surname is never a name", "区委书记高度评价了这项工作。", []),
        ("regional surnames", "区人大常委会主任庹海燕、副县长蹇明出席。", ["区人大常委会主任庹海燕", "副县长蹇明"]),
    ]

    @Test(arguments: cases.indices)
    func leaderRule(_ index: Int) throws {
        let c = Self.cases[index]
        #expect(try Self.people("本报讯 4月12日，全县召开推进会。" + c.body) == c.leaders, "\(c.rule)")
    }

    /// The people the finder names in `body`, each once as first written.
    static func people(_ body: String, dates: [Range<Int>] = []) throws -> [String] {
        let lexicon = try CompiledLexicon(.builtin)
        var seen = Set<[UInt32]>()
        let text = ArticleText(body, leads: LeadGrammar(), dates: TimeTagger())
        return LeaderFinder(lexicon: lexicon).mentions(in: text, byline: nil, dates: dates)
            .filter { seen.insert(text.scalars[$0.nameRange].map(\.value)).inserted }.map { text.text($0.range) }
    }

    @Test func reportersAreNotLeaders() {
        let body = "本报讯(记者 王小明 通讯员 李强)4月12日，区长张伟主持召开推进会。记者王小明在现场看到，会议气氛热烈。"
        let events = EventFixture.events(body, [EventFixture.mention("4月12日", in: body, .date(EventFixture.day("2021-04-12")))],
                                         byline: "记者 王小明 通讯员 李强")
        #expect(events.first?.leaders == ["区长张伟"])
    }

    @Test func titlePrefixStopsAtADate() {
        // Damaged text without a comma after the date: the date is no part of the title.
        let body = "本报讯 4月12日上午区委书记张强主持召开区委常委会会议。"
        let m = EventFixture.mention("4月12日上午", in: body, .partOfDay(EventFixture.day("2021-04-12"), .morning))
        #expect(EventFixture.events(body, [m]).first?.leaders == ["区委书记张强"])
    }

    /// A name ends where a time expression begins, after a title and in a list of names.
    static let namesBeforeDates: [(rule: String, body: String, leaders: [String])] = [
        ("a titled name before 昨天", "区长沈默昨天到东湾镇调研。", ["区长沈默"]),
        ("a list of names before 昨天", "副区长林海、周岩、宋青昨天出席。", ["副区长林海", "周岩", "宋青"]),
        ("names after 区领导 before 上午", "区领导林海、宋青上午参加植树。", ["林海", "宋青"]),
        ("a name before a month-day", "副县长程雪4月11日到青石镇督导。", ["副县长程雪"]),
        ("no date: the long name stays", "副县长程雪松到青石镇督导。", ["副县长程雪松"]),
    ]

    @Test(arguments: namesBeforeDates.indices)
    func nameBeforeADate(_ index: Int) throws {
        let c = Self.namesBeforeDates[index]
        let body = "本报讯 " + c.body
        let dates = TimeTagger().tag(body, reference: LocalDateTime(date: EventFixture.issue))
            .map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        #expect(try Self.people(body, dates: dates) == c.leaders, "\(c.rule)")
    }
}
