import Testing
@testable import Chronicle

/// Who leads and who attends, decided by the clause structure (invented sentences; names
/// and places made up). One row per member of a class, with negative rows: people named
/// in the article who play no part in the event.
@Suite struct RoleTests {
    struct Row: Sendable {
        var rule: String
        var body: String
        var leaders: [String]
        var attendees: [String]
    }

    static let rows: [Row] = [
        // Hosts and chairs lead; those named after 出席/参加/列席/陪同 attend.
        Row(rule: "chair and attendees", body: "4月12日上午，区委书记林志远主持召开区委常委会会议，区领导孟雪、韩东出席。",
            leaders: ["区委书记林志远"], attendees: ["孟雪", "韩东"]),
        Row(rule: "出席并讲话 leads", body: "4月12日，全区安全生产工作会议召开。市委常委、区委书记赵明川出席会议并讲话，区长钱友谅主持。",
            leaders: ["区委书记赵明川", "区长钱友谅"], attendees: []),
        Row(rule: "陪同 after the tour", body: "4月12日，县长葛文华到青石镇调研乡村振兴工作，县领导许平、周安陪同。",
            leaders: ["县长葛文华"], attendees: ["许平", "周安"]),
        Row(rule: "在…的陪同下", body: "4月12日，在副县长罗敏的陪同下，市委书记秦天宇到白沙村督导防汛工作。",
            leaders: ["市委书记秦天宇"], attendees: ["副县长罗敏"]),
        Row(rule: "列席 and 出席 in one sentence", body: "4月12日，市政协主席韩立主持召开党组会议，秘书长邓欣出席；副主席苏扬、祁远列席。",
            leaders: ["市政协主席韩立"], attendees: ["秘书长邓欣", "副主席苏扬", "祁远"]),
        Row(rule: "a guest lecturer leads the course",
            body: "4月12日上午，全县基层干部轮训班在县委党校开班。市委组织部副部长林海、县委书记宋岩出席开班仪式。开班仪式后，林海给学员上第一堂课。",
            leaders: ["市委组织部副部长林海"], attendees: ["县委书记宋岩"]),
        Row(rule: "invited lecturers are the host's guests, not leaders",
            body: "4月12日，全区数字经济能力提升班开班，邀请澜江大学经济学院教授宋青、东湾产业研究院院长周岩，以及青石集团总经理蒋川进行授课。区委书记林平在开班仪式上致欢迎辞。",
            leaders: ["区委书记林平"], attendees: []),
        Row(rule: "the invited asked to attend never lead",
            body: "4月12日上午，青湖文化旅游节在青湖景区开幕。县委书记林平出席并宣布开幕，县长宋岩等县领导出席，此外还邀请市文旅局副局长周岩等市领导出席。",
            leaders: ["县委书记林平"], attendees: ["县长宋岩"]),
        Row(rule: "授课 leads",
            body: "4月12日，青年干部培训班在区委党校开班，区委党校副校长周岩为学员授课，副区长何川出席。",
            leaders: ["区委党校副校长周岩"], attendees: ["副区长何川"]),
        Row(rule: "those who speak at a ceremony (介绍, 表态发言) lead",
            body: "4月12日上午，东湾中学建设项目开工仪式举行。县教育局局长韩东作项目介绍，青石街道办主任蒋川作表态发言，县长宋岩出席。",
            leaders: ["县教育局局长韩东", "青石街道办主任蒋川"], attendees: ["县长宋岩"]),
        Row(rule: "a signing within a symposium leaves its people to the symposium",
            body: "4月12日上午，东湾区与青石县对口协作座谈会召开，双方签订合作框架协议。东湾区区长周岩、青石县县长宋青出席会议并讲话。",
            leaders: ["东湾区区长周岩", "青石县县长宋青"], attendees: []),
        Row(rule: "参加会见 attends", body: "4月12日下午，区委书记罗承志会见客商代表，副区长何川参加会见。",
            leaders: ["区委书记罗承志"], attendees: ["副区长何川"]),
        Row(rule: "出席签约仪式 attends", body: "4月12日，文旅项目签约仪式举行。副区长杜衡出席签约仪式，区长孔明主持。",
            leaders: ["区长孔明"], attendees: ["副区长杜衡"]),
        Row(rule: "就座 on the rostrum", body: "4月12日上午，区政协全体会议开幕。区委书记石磊讲话，区长田园主持，区政协主席何方、副主席金山在主席台就座。",
            leaders: ["区委书记石磊", "区长田园"], attendees: ["区政协主席何方", "副主席金山"]),
        // A title inside a noun (the rostrum, its seats, the presidium) names nobody, so
        // the list before it keeps its verb.
        Row(rule: "seated on the rostrum in the chairs' seats", body: "4月12日上午，县第九届人民代表大会第二次会议开幕。会议由大会主席团常务主席、执行主席孔文主持。大会主席团常务主席、执行主席罗青、邹平、苗雨在主席台执行主席席就座。",
            leaders: ["执行主席孔文"], attendees: ["执行主席罗青", "邹平", "苗雨"]),
        Row(rule: "the presidium is no person", body: "4月12日，区政协十届三次会议闭幕。区政协主席团主席、区政协主席魏岚主持。区领导鲁平、沈川在主席台就座。",
            leaders: ["区政协主席魏岚"], attendees: ["鲁平", "沈川"]),
        // The part said before the people (`出席…的…有：`), with a list introducer or a colon.
        Row(rule: "出席会议的区领导有：bare names", body: "4月12日上午，全区安全生产工作会议召开。区委书记韦东出席会议并讲话。出席会议的区领导有：葛平、戚远、邵宁。",
            leaders: ["区委书记韦东"], attendees: ["葛平", "戚远", "邵宁"]),
        Row(rule: "参加会议的还有 titled names", body: "4月12日，全县防汛工作会议召开，县长柏林主持。参加会议的还有副县长苗雨、县人大常委会副主任庞青。",
            leaders: ["县长柏林"], attendees: ["副县长苗雨", "县人大常委会副主任庞青"]),
        Row(rule: "a post held at the event, listed after 是：", body: "4月12日上午，区第九届人民代表大会第五次会议举行第二次全体会议。担任大会的执行主席是：邬青、范东、毕川。区委书记倪远讲话。",
            leaders: ["区委书记倪远"], attendees: ["邬青", "范东", "毕川"]),
        Row(rule: "陪同调研的有 accompanies", body: "4月12日，市委书记尹川到东湾镇调研乡村振兴工作。陪同调研的有区委书记祁平、区长邢远。",
            leaders: ["市委书记尹川"], attendees: ["区委书记祁平", "区长邢远"]),
        Row(rule: "主持会议的是 leads", body: "4月12日上午，全区生态环境保护大会召开。主持会议的是区长柯平。区领导卞东、伍青出席会议。",
            leaders: ["区长柯平"], attendees: ["卞东", "伍青"]),
        Row(rule: "a frame that names no post lists no officials", body: "4月12日上午，全区表彰大会召开，区委书记韦东出席并讲话。受表彰的有：东湾社区、青石村、林川、苗雨。",
            leaders: ["区委书记韦东"], attendees: []),
        // A frame lists officials only when it names their post or the event's part.
        Row(rule: "most of those present are no officials", body: "4月12日，东湾社区志愿服务活动举行，副区长苏禾参加活动。参加此次活动的大多是年轻人，也有不少退休老人。",
            leaders: [], attendees: ["副区长苏禾"]),
        Row(rule: "teachers and parents are no officials", body: "4月12日，青石中学开学典礼举行，副区长苏禾出席并讲话。参加活动的还有师生、家长等800余人。",
            leaders: ["副区长苏禾"], attendees: []),
        Row(rule: "villages are no officials", body: "4月12日，东湾区农民运动会开幕，副区长苏禾出席。参加活动的还有夏庄村、秋林村的村民代表。",
            leaders: [], attendees: ["副区长苏禾"]),
        Row(rule: "athletes are no officials", body: "4月12日，全区职工运动会开幕。区委书记韦东出席并讲话。参加比赛的运动员有：葛明、戚远、邵宁等200余人。",
            leaders: ["区委书记韦东"], attendees: []),
        Row(rule: "a company's chair named in passing", body: "4月12日，区长沈默到青石智能装备有限公司调研。该公司的董事长是李明辉，公司去年产值增长两成。",
            leaders: ["区长沈默"], attendees: []),
        Row(rule: "a village's former secretary named in passing", body: "4月12日，区长沈默到青石村调研乡村振兴。青石村上一届的党支部书记是周建华，他曾带领村民发展果园。",
            leaders: ["区长沈默"], attendees: []),
        Row(rule: "those honoured are no attendees", body: "4月12日，全区表彰大会召开，区委书记韦东出席并讲话。受到表彰的优秀村党支部书记有：葛明、戚远。",
            leaders: ["区委书记韦东"], attendees: []),
        Row(rule: "a clause with its own subject is no frame", body: "4月12日下午，区委书记韦东会见澜川市客商代表团。韦东首先介绍了全区招商引资的有关情况。",
            leaders: ["区委书记韦东"], attendees: []),
        Row(rule: "a guest after a relative clause without an introducer stays the object", body: "4月12日下午，区委书记韦东会见了来访的澜川市副市长乔远一行。",
            leaders: ["区委书记韦东"], attendees: ["澜川市副市长乔远"]),
        Row(rule: "the leading bodies receive a delegation", body: "4月12日，澜川市侨商代表团一行到我市考察访问，市四套班子领导韩立、周岩、宋青等亲切会见了代表团成员。",
            leaders: ["韩立", "周岩", "宋青"], attendees: []),
        // One predicate for a list of titled people across commas.
        Row(rule: "subjects of the tour, listed with commas", body: "4月12日，区委书记宁海，区长包容，区人大常委会主任顾北等到滨江新城调研。",
            leaders: ["区委书记宁海", "区长包容", "区人大常委会主任顾北"], attendees: []),
        Row(rule: "a list split by 区领导", body: "4月12日上午，区人代会开幕。区委书记陈远，区长白桦，区领导谷雨、夏至在主席台前排就座。",
            leaders: [], attendees: ["区委书记陈远", "区长白桦", "谷雨", "夏至"]),
        Row(rule: "subjects cut off by a comma", body: "4月12日，校地合作签约仪式举行。区委书记严格、澜江大学党委书记方正，分别在仪式上讲话。",
            leaders: ["区委书记严格", "澜江大学党委书记方正"], attendees: []),
        // A speaker leads; a guest does not become a leader by speaking.
        Row(rule: "an attendee who speaks leads", body: "4月12日，全民健身月启动仪式举行。副市长陶然、区长魏征等出席启动仪式。陶然表示，要办好群众身边的赛事。",
            leaders: ["副市长陶然"], attendees: ["区长魏征"]),
        Row(rule: "the visitors of a reception", body: "4月12日，区长沈默会见了由澜川市副市长乔远率领的考察团一行。乔远表示，希望深化合作。",
            leaders: ["区长沈默"], attendees: ["澜川市副市长乔远"]),
        Row(rule: "bare names before 等区领导", body: "4月12日，区长苏杭主持召开防汛工作会议，谷静、胡海川、李清远等区领导出席。",
            leaders: ["区长苏杭"], attendees: ["谷静", "胡海川", "李清远"]),
        Row(rule: "name before a deputy title", body: "4月12日上午，市长韩冬会见客商代表，程雪副市长陪同会见。",
            leaders: ["市长韩冬"], attendees: ["程雪副市长"]),
        Row(rule: "a reception's host accompanies the visitors", body: "4月12日，澜川市考察团来我区考察。考察团团长、澜川市副市长乔远带队，区长沈默陪同考察。",
            leaders: ["区长沈默"], attendees: ["澜川市副市长乔远"]),
        Row(rule: "accompanying when someone else received them", body: "4月12日，区委书记林平会见了澜川市副市长乔远一行。区长沈默陪同考察。",
            leaders: ["区委书记林平"], attendees: ["澜川市副市长乔远", "区长沈默"]),
        Row(rule: "the object of a greeting is no speaker", body: "4月12日，区委书记林平会见了澜川市副市长乔远一行。林平对乔远一行表示欢迎，并介绍了区情。",
            leaders: ["区委书记林平"], attendees: ["澜川市副市长乔远"]),
        Row(rule: "partners acting together", body: "4月12日，会见结束后，区委书记林平与澜川市副市长乔远共同出席项目签约仪式。",
            leaders: [], attendees: ["区委书记林平", "澜川市副市长乔远"]),
        Row(rule: "exchange speeches attend", body: "4月12日，区委理论学习中心组举行集体学习会。区委书记叶青主持。会上，区委常委、组织部长邵华作交流发言。",
            leaders: ["区委书记叶青"], attendees: ["组织部长邵华"]),
        Row(rule: "spectators attend", body: "4月12日，全区应急演练在实验小学举行，副区长马原现场观摩。",
            leaders: [], attendees: ["副区长马原"]),
        Row(rule: "a list broken by a title without its name", body: "4月12日，全县重点项目观摩活动举行。县人大常委会主任高山，县政协主席白云，县政府副县长、副主任林海参加活动。",
            leaders: [], attendees: ["县人大常委会主任高山", "县政协主席白云", "副主任林海"]),
        Row(rule: "a list goes on over unnamed people to its verb", body: "4月12日，政企座谈会在青湖基地举行。区委书记严格，区长白桦，区委办、区工商联等部门负责人，企业家代表共同参加了座谈会。",
            leaders: [], attendees: ["区委书记严格", "区长白桦"]),
        Row(rule: "members of a study group speak in exchange", body: "4月12日晚，区委理论学习中心组举行集体学习会。中心组成员叶舟、韩梅等作了交流发言。区委书记严正主持会议。",
            leaders: ["区委书记严正"], attendees: ["叶舟", "韩梅"]),
        Row(rule: "who holds the talk and hears the reports leads", body: "当天下午，区政协主席林川在东湾镇政府与镇村干部座谈交流，听取防汛工作情况汇报。",
            leaders: ["区政协主席林川"], attendees: []),
        Row(rule: "who attended the meeting before 会后 attends that meeting only", body: "4月12日上午，两地合作座谈会召开。区长沈默主持会议。区领导林海、韩梅参加会议。会后，沈默一行前往东湾产业园调研。",
            leaders: ["区长沈默"], attendees: ["林海", "韩梅"]),
        Row(rule: "a rank that contains an activity word", body: "4月12日上午，街道中心组举行集中学习会，街道党工委书记林川主持。街道调研员王朗、副调研员苏禾分别进行交流发言。",
            leaders: ["街道党工委书记林川"], attendees: ["街道调研员王朗", "副调研员苏禾"]),
        Row(rule: "presenting certificates is no lead", body: "4月12日上午，文明交通志愿服务启动仪式举行，副市长林川主持。最后，市文明办主任苏禾向志愿者代表颁发了聘书。",
            leaders: ["副市长林川"], attendees: []),
        // Neither: a superior whose speech is studied, the voice of a quotation.
        Row(rule: "studied speech", body: "4月12日，区委常委会举行会议，传达学习省委书记严正平在全省经济工作会议上的讲话精神。区委书记叶青主持会议。",
            leaders: ["区委书记叶青"], attendees: []),
        Row(rule: "quoted voice", body: "4月12日下午，区委书记林平主持召开企业家座谈会。“这个平台很实用。”园区企业总经理蒋川说。",
            leaders: ["区委书记林平"], attendees: []),
        // Signing: the first party signs for our side and leads; the one named after 与/同
        // signs for the other side and attends, whatever it says there.
        Row(rule: "the other party that signs attends", body: "4月12日，校地合作签约仪式在东湾区举行。区长周岩与澜江大学校长方正代表双方签约。",
            leaders: ["区长周岩"], attendees: ["澜江大学校长方正"]),
        Row(rule: "what the other party says makes it no leader",
            body: "4月12日，文旅项目签约仪式举行。副区长何川与青石集团董事长蒋川代表双方签署合作协议。蒋川表示，将加快项目建设。",
            leaders: ["副区长何川"], attendees: ["青石集团董事长蒋川"]),
        Row(rule: "同 names the other party", body: "4月12日，区长林平同澜川集团总经理宋岩代表双方签订投资合同。",
            leaders: ["区长林平"], attendees: ["澜川集团总经理宋岩"]),
        Row(rule: "签订 signs too", body: "4月12日下午，项目签约仪式在县行政中心举行。县长冉平与青石集团副总裁钱峰代表双方签订合作协议。",
            leaders: ["县长冉平"], attendees: ["青石集团副总裁钱峰"]),
        Row(rule: "two of our side sign together", body: "4月12日，项目签约仪式举行。区委书记林平、区长宋岩共同签字。",
            leaders: ["区委书记林平", "区长宋岩"], attendees: []),
        // Negative: our own officials acting together, no two sides named: all lead.
        Row(rule: "two of ours at a signing ceremony", body: "4月12日，区委书记林平与区长宋岩出席签约仪式并讲话。",
            leaders: ["区委书记林平", "区长宋岩"], attendees: []),
        Row(rule: "two of ours together at a signing ceremony", body: "4月12日，区委书记林平与区长宋岩共同出席签约仪式并致辞。",
            leaders: ["区委书记林平", "区长宋岩"], attendees: []),
        Row(rule: "two of ours witness a signing", body: "4月12日，区委书记林平与区长宋岩共同见证签约。",
            leaders: ["区委书记林平", "区长宋岩"], attendees: []),
        Row(rule: "the signing word as a noun", body: "4月12日，项目签约仪式举行。区委书记林平与区长宋岩为项目签约揭牌。",
            leaders: ["区委书记林平", "区长宋岩"], attendees: []),
        Row(rule: "two of ours sign together after 与", body: "4月12日，项目签约仪式举行。区长宋岩与副区长何川共同签字。",
            leaders: ["区长宋岩", "副区长何川"], attendees: []),
        Row(rule: "two of ours sign with 同 and 一同", body: "4月12日，县长冉平同副县长钟岚一同签署目标责任书。",
            leaders: ["县长冉平", "副县长钟岚"], attendees: []),
        Row(rule: "与 outside a signing joins two who act", body: "4月12日，东湾创新基地揭牌仪式举行。区委书记林平与区长宋岩共同为基地揭牌。",
            leaders: ["区委书记林平", "区长宋岩"], attendees: []),
        // A programme word with the occasion's own words between names the event held.
        Row(rule: "a series of volunteer activities attended", body: "4月12日，东湾区开展“学雷锋”系列志愿服务活动，区长宋岩参加。",
            leaders: [], attendees: ["区长宋岩"]),
        // Both scripts.
        Row(rule: "traditional script", body: "4月12日，區委書記黃德明主持召開工作會議，區領導陳曉、吳越出席。",
            leaders: ["區委書記黃德明"], attendees: ["陳曉", "吳越"]),
    ]

    @Test(arguments: rows.indices)
    func role(_ index: Int) {
        let row = Self.rows[index]
        let events = RoleTests.events("本报讯 " + row.body)
        #expect(!events.isEmpty, "\(row.rule)")
        let first = events.first
        if events.count > 1 { #expect(events.dropFirst().allSatisfy { $0.attendees.isEmpty }, "\(row.rule)") }
        #expect(first?.leaders == row.leaders, "\(row.rule)")
        #expect(first?.attendees == row.attendees, "\(row.rule)")
    }

    /// Names whose spans overlap or run past their clause (a title written after the name
    /// at a clause end, one person twice in a row) still give every group a region.
    @Test func overlappingNamesKeepRegionsInOrder() {
        for body in ["4月12日，苗青副县长，区长苗青副县长主持会议。",
                     "4月12日，区长苗青苗青副县长，出席会议，",
                     "4月12日，县长葛文华、葛文华县长、县长葛文华陪同，主持。"] {
            let events = RoleTests.events("本报讯 " + body)
            #expect(events.allSatisfy { Set($0.leaders).isDisjoint(with: $0.attendees) }, "\(body)")
        }
    }

    static func events(_ body: String) -> [Event] {
        let reference = EventFixture.issue
        let mentions = TimeTagger().tag(body, reference: LocalDateTime(date: reference))
        return EventRecognizer().events(in: EventFixture.article(body, reference: reference),
                                        mentions: mentions, issueDate: reference, source: "test.txt")
    }
}
