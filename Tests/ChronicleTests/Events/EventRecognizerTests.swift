import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The recognizer on hand-built articles: one concept per test, invented sentences.
@Suite struct EventRecognizerTests {
    typealias F = EventFixture

    @Test func inspectionDatedByItsLead() {
        let body = "本报讯 4月12日上午，江北区委书记林志远对辖区背街小巷整治工作进行暗访督导。林志远一行先后来到东关菜市场、纺织路等地，实地察看整治情况。"
        let events = F.events(body, [F.mention("4月12日上午", in: body, .partOfDay(F.day("2021-04-12"), .morning))])
        #expect(events.count == 1)
        let e = events[0]
        #expect(e.kind == "inspection")
        #expect(e.timex.value == "2021-04-12TMO")
        #expect(e.dateText == "4月12日上午")
        #expect(e.leaders == ["江北区委书记林志远"])
        #expect(e.summary == "林志远暗访督导背街小巷整治工作")
        #expect(e.location == "东关菜市场")
        #expect(!e.planned)
        #expect(e.ordinal == 1 && e.article == 1 && e.source == "test.txt")
    }

    /// Pinyin glosses (区(qū), 周(zhōu)) are dropped by the text layer: they split no
    /// title or name, and mentions given on the body as written still date the event.
    @Test func glossesSplitNoNames() {
        let body = "本报讯 4月12日上午，青禾区(qū)委书记周(zhōu)明远到城东街道调研，时(shí)值春耕。"
        let events = F.events(body, [F.mention("4月12日上午", in: body, .partOfDay(F.day("2021-04-12"), .morning))])
        #expect(events.count == 1)
        #expect(events.first?.leaders == ["青禾区委书记周明远"])
        #expect(events.first?.timex.value == "2021-04-12TMO")
        #expect(events.first?.sentence == "4月12日上午，青禾区委书记周明远到城东街道调研，时值春耕")
    }

    @Test func visitThenSymposiumSameSentence() {
        // A second activity joined by 并到 is its own event, dated like the first.
        let body = "本报讯 近日，江北区政协主席、区纪委书记王海峰到城东街道督导创卫工作，并到城东社区与居民代表座谈交流。王海峰要求，要建立问题台账。"
        let events = F.events(body, [F.mention("近日", in: body, .vague(.past), type: .vague)])
        #expect(events.map(\.kind) == ["inspection", "symposium"])
        #expect(events.map(\.timex.value) == ["PAST_REF", "PAST_REF"])
        #expect(events.map(\.dateText) == ["近日", nil])
        #expect(events[0].leaders == ["区纪委书记王海峰"])
        #expect(events[1].leaders == ["区纪委书记王海峰"])
        #expect(events[0].location == "城东街道")
        #expect(events[1].summary.hasPrefix("王海峰到城东社区"))
    }

    /// `前三季度` before a noun names the meeting's subject; the day dates the meeting.
    @Test func periodNamingTheSubjectDoesNotDateTheEvent() {
        let body = "12月5日，全区前三季度经济运行分析会召开。"
        let events = F.events(body, [F.mention("12月5日", in: body, .date(F.day("2021-12-05"))),
                                     F.mention("前三季度", in: body, .range(.month(year: 2021, month: 1), .month(year: 2021, month: 9)),
                                               type: .daterange)])
        #expect(events.map(\.timex.value) == ["2021-12-05"])
        #expect(events.first?.summary == "全区前三季度经济运行分析会召开")
    }

    @Test func namesEndBeforeTheVerbThatFollowsThem() {
        let body = "12月3日，区人大常委会召开主任会议。区人大常委会副主任、区总工会主席钱八列席会议。"
        let events = F.events(body, [F.mention("12月3日", in: body, .date(F.day("2021-12-03")))])
        #expect(events.first?.attendees == ["区总工会主席钱八"])
    }

    @Test func secondActivityOfASentenceKeepsItsPeople() {
        let body = "12月3日，区委书记周强到区融媒体中心调研，并与新闻工作者座谈。"
        let events = F.events(body, [F.mention("12月3日", in: body, .date(F.day("2021-12-03")))])
        #expect(events.map(\.kind) == ["inspection", "symposium"])
        #expect(events.map(\.leaders) == [["区委书记周强"], ["区委书记周强"]])
        #expect(events.last?.summary == "周强与新闻工作者座谈")
    }

    @Test func sameKindElaborationDoesNotSplit() {
        // 并实地察看 continues the same inspection; 会见…进行了座谈交流 stays one reception.
        let a = "本报讯 4月15日，副县长陈晓东到石桥镇督导森林防火工作，并实地察看了林区检查站。"
        #expect(F.events(a, [F.mention("4月15日", in: a, .date(F.day("2021-04-15")))]).count == 1)
        let b = "4月8日下午，县长周明在县行政中心会见了某市商会会长吴刚一行，双方就产业合作进行了座谈交流。"
        let r = F.events(b, [F.mention("4月8日下午", in: b, .partOfDay(F.day("2021-04-08"), .afternoon))])
        #expect(r.map(\.kind) == ["reception"])
        #expect(r[0].leaders == ["县长周明"])
        #expect(r[0].attendees == ["某市商会会长吴刚"])
        #expect(r[0].location == "县行政中心")
    }

    @Test func summaryLeavesNoPrepositionOrJoinerOfADateBehind() {
        let body = "据悉，区人大常委会将于12月下旬召开第四十次会议。"
        let events = F.events(body, [F.mention("12月下旬", in: body, .range(.date(F.day("2021-12-21")), .date(F.day("2021-12-31"))),
                                               type: .daterange, future: true)])
        #expect(events.map(\.summary) == ["区人大常委会将召开第四十次会议"])
        let list = "12月1日、2日，区委在区委党校举行专题培训班。"
        let dated = F.events(list, [F.mention("12月1日", in: list, .date(F.day("2021-12-01"))),
                                    F.mention("2日", in: list, .date(F.day("2021-12-02")))])
        #expect(dated.first?.summary == "区委在区委党校举行专题培训班")
    }

    @Test func summaryKeepsAYearThatNamesTheEvent() {
        let body = "12月1日至3日，我市2021年度安全生产培训班在市委党校举办。"
        let events = F.events(body, [F.mention("12月1日至3日", in: body, .range(.date(F.day("2021-12-01")), .date(F.day("2021-12-03"))),
                                               type: .daterange),
                                     F.mention("2021年度", in: body, .year(2021), type: .daterange)])
        #expect(events.map(\.summary) == ["我市2021年度安全生产培训班在市委党校举办"])
    }

    /// Places: the object of 对…进行 when it opens with a place name; a clause that sets the
    /// scene; never a scope (全区), an origin (来自) or an action (深入开展).
    @Test func placesFromObjectsAndScenesNotFromActions() {
        let a = "4月12日晚，副区长马骁对北塘街道背街小巷整治工作进行暗访。"
        #expect(F.events(a, [F.mention("4月12日晚", in: a, .partOfDay(F.day("2021-04-12"), .evening))]).first?.location == "北塘街道")
        let b = "4月12日，区长张伟对全区安全生产工作进行检查，深入开展隐患排查整治。"
        #expect(F.events(b, [F.mention("4月12日", in: b, .date(F.day("2021-04-12")))]).first?.location == nil)
        let c = "4月上旬，凤栖县举办乡村振兴专干培训班，来自全县14个乡镇的86名专干参加培训。"
        #expect(F.events(c, [F.mention("4月上旬", in: c, .range(.date(F.day("2021-04-01")), .date(F.day("2021-04-10"))),
                                       type: .daterange)]).first?.location == nil)
        let d = "12月31日下午，县长葛文华带队走访慰问困难群众。在芦花镇东湾村，葛文华来到困难党员家中。"
        #expect(F.events(d, [F.mention("12月31日下午", in: d, .partOfDay(F.day("2020-12-31"), .afternoon))]).first?.location
                == "芦花镇东湾村")
        let e = "4月12日上午，区委书记虎强对国家卫生城市复审工作进行暗访督导。在东南小学周边“六小”门店，虎强详细了解证照办理情况。"
        #expect(F.events(e, [F.mention("4月12日上午", in: e, .partOfDay(F.day("2021-04-12"), .morning))]).first?.location
                == "东南小学")
    }

    /// A sentence that opens with another day reports something else: its people stay out
    /// of the event before it, even when it names no activity the lexicon knows.
    @Test func aSentenceDatedOtherwiseClosesTheEvent() {
        let body = "12月6日下午，区委书记周强参加所在党支部主题党日活动。12月2日，区长陈思远与企业家代表面对面交流。"
        let events = F.events(body, [F.mention("12月6日下午", in: body, .partOfDay(F.day("2021-12-06"), .afternoon)),
                                     F.mention("12月2日", in: body, .date(F.day("2021-12-02")))])
        #expect(events.first?.attendees == ["区委书记周强"])
        #expect(events.first?.leaders == [])
    }

    @Test func meetingThenDeploymentAfterwards() {
        let body = "本报讯 4月7日，江北区召开老城改造推进会，常务副区长赵立新主持。\n会后，指挥部随即召开专题部署会，明确分工。"
        let events = F.events(body, [F.mention("4月7日", in: body, .date(F.day("2021-04-07")))])
        #expect(events.map(\.kind) == ["meeting", "meeting"])
        #expect(events[1].timex.value == "2021-04-07")
        #expect(events[1].dateText == nil)
        #expect(events[1].trigger.hasSuffix("部署会"))
        #expect(events[0].leaders == ["常务副区长赵立新"])
        #expect(events[0].summary == "江北区召开老城改造推进会")
    }

    @Test func cueWordIsNotItsOwnTrigger() {
        // 会见后 opens the signing; 演练结束后 with no new activity adds nothing.
        let a = "４月１２日上午，区委书记孙立会见了某集团副总裁钱伟一行。\n会见后，孙立、钱伟共同出席了项目签约仪式。"
        let ea = F.events(a, [F.mention("４月１２日上午", in: a, .partOfDay(F.day("2021-04-12"), .morning))])
        #expect(ea.map(\.kind) == ["reception", "ceremony"])
        #expect(ea[1].timex.value == "2021-04-12TMO")
        let b = "本报讯 4月22日，区防震应急疏散演练在实验小学举行。\n演练结束后，消防员还为师生讲解了逃生知识。"
        #expect(F.events(b, [F.mention("4月22日", in: b, .date(F.day("2021-04-22")))]).count == 1)
    }

    @Test func announcedMeetingIsPlanned() {
        let body = "本报讯 本周一，县政府召开第十二次常务会议，县长周明主持会议。\n会议决定，下周二召开全县人居环境整治动员大会。"
        let ms = [F.mention("本周一", in: body, .date(F.day("2021-04-12"))),
                  F.mention("下周二", in: body, .date(F.day("2021-04-20")))]
        let events = F.events(body, ms, reference: F.day("2021-04-16"))
        #expect(events.map(\.kind) == ["meeting", "meeting"])
        #expect(events.map(\.planned) == [false, true])
        #expect(events[1].timex.value == "2021-04-20")
    }

    @Test func spanEndsAndDeadlinesDoNotDateEvents() {
        let body = "9月5日上午，全县村干部培训班在县委党校开班。本次培训为期3天，培训将持续至9月7日。各单位要于9月10日前报送总结。"
        let ms = [F.mention("9月5日上午", in: body, .partOfDay(F.day("2021-09-05"), .morning)),
                  F.mention("9月7日", in: body, .date(F.day("2021-09-07")), future: true),
                  F.mention("9月10日前", in: body, .date(F.day("2021-09-10")), modifier: .onOrBefore)]
        let events = F.events(body, ms, reference: F.day("2021-09-06"))
        #expect(events.map(\.kind) == ["training"])
        #expect(events[0].timex.value == "2021-09-05TMO")
        #expect(events[0].location == "县委党校")
    }

    @Test func datelineIsNotTheEventDate() {
        let body = "新华社南州4月13日电(记者 李明)全省防汛工作部署会13日在南州召开。副省长郑强出席会议并讲话。"
        let ms = [F.mention("4月13日", in: body, .date(F.day("2021-04-13"))),
                  F.mention("13日", in: body, .date(F.day("2021-04-13")), after: "电")]
        let events = F.events(body, ms)
        #expect(events.count == 1)
        #expect(events[0].dateText == "13日")
        #expect(events[0].location == "南州")
        #expect(events[0].leaders == ["副省长郑强"])
        #expect(events[0].summary == "全省防汛工作部署会在南州召开")
    }

    @Test func noEventsWithoutActivity() {
        let body = "城市是人民的城市。一些地方检查前突击，检查一过问题反弹。下一步，要把功夫下在平时。"
        #expect(F.events(body, []).isEmpty)
        #expect(F.events("", []).isEmpty)
    }

    @Test func undatedLeadIsVaguePast() {
        let body = "本报讯 江北区召开安全生产工作会议，区长周明出席会议并讲话。"
        let events = F.events(body, [])
        #expect(events.map(\.timex.value) == ["PAST_REF"])
        #expect(events[0].dateText == nil)
    }

    @Test func impossibleDatesNeverReachAnEvent() {
        // The time engine yields no mention for 2月30日; the event stays vague, never invented.
        let body = "本报讯 2月30日，江北区召开安全生产工作会议。"
        #expect(CalendarDate(year: 2021, month: 2, day: 30) == nil)
        let events = F.events(body, [])
        #expect(events.allSatisfy { $0.timex.firstDay == nil })
    }

    @Test func traditionalScriptMatchesAndIsKeptAsWritten() {
        let body = "本報訊 4月12日上午，江北區委書記林志遠對轄區背街小巷整治工作進行暗訪督導。林志遠一行先後來到東關菜市場。"
        let events = F.events(body, [F.mention("4月12日上午", in: body, .partOfDay(F.day("2021-04-12"), .morning))])
        #expect(events.map(\.kind) == ["inspection"])
        #expect(events.first?.leaders == ["江北區委書記林志遠"])
        #expect(events.first?.summary == "林志遠暗訪督導背街小巷整治工作")
        #expect(events.first?.trigger == "暗訪督導")
    }

    @Test func noticeCallingAMeeting() {
        // A clock time's colon does not cut the clause; 定于 marks the meeting as planned.
        let body = "经区政府研究，定于2021年4月16日上午9:00在区行政中心第一会议室召开全区安全生产工作会议。"
        let m = F.mention("2021年4月16日上午9:00", in: body, .dateTime(F.day("2021-04-16"), ClockTime(hour: 9)!))
        let events = F.events(body, [m], reference: F.day("2021-04-12"))
        #expect(events.map(\.kind) == ["meeting"])
        #expect(events.first?.planned == true)
        #expect(events.first?.location == "区行政中心第一会议室")
        #expect(events.first?.summary.contains("00") == false)
    }

    /// A scheduling cue plans only what has not begun on the issue date: a campaign
    /// under way, or a day already past, is reported, not planned.
    static let scheduledRows: [(body: String, planned: [Bool])] = [
        ("县应急管理局定于4月10日至16日开展安全生产明察暗访。", [false]),
        ("县应急管理局定于4月16日至20日开展安全生产明察暗访。", [true]),
        ("区政协定于4月14日下午召开主席会议。", [true]),
        ("经研究，定于4月8日召开全区防汛工作会议。", [false]),
    ]

    @Test(arguments: scheduledRows.indices) func schedulingCuePlansWhatHasNotBegun(_ k: Int) {
        let row = Self.scheduledRows[k]
        let events = RoleTests.events(row.body)
        #expect(events.map(\.planned) == row.planned, "\(row.body)")
    }

    /// A festival before a quoted name or a named event names what is held, not its day;
    /// before an activity verb it dates it.
    static let festivalNameRows: [(body: String, events: [String])] = [
        ("4月2日上午，全市“三下乡”活动启动仪式在东湾街道举行。市新年“三下乡”服务慰问团在现场获得授旗。",
         ["ceremony 2021-04-02TMO"]),
        ("4月2日，区委区政府举行春节团拜会。", ["other 2021-04-02"]),
        ("4月2日，东湾区举办中秋晚会。", ["other 2021-04-02"]),
        ("4月2日上午，区元旦长跑活动在滨江公园举行。区长韩立诚为元旦长跑活动鸣枪发令。", ["other 2021-04-02TMO"]),
        // A festival celebrated after the date (`第43个植树节暨…`): the date governs.
        ("3月12日上午，全区庆祝第43个植树节暨生态文明宣传月启动仪式举行。", ["ceremony 2021-03-12TMO"]),
        ("4月4日上午，全县纪念清明节暨烈士公祭仪式在烈士陵园举行。", ["ceremony 2021-04-04TMO"]),
        // Negative: the festival dates what follows it.
        ("元宵节上午，区长韩立诚走访慰问了东湾村困难群众。", ["other 2021-02-26TMO"]),
        ("元旦当天，区长韩立诚到滨江公园督导安全工作。", ["inspection 2021-01-01"]),
        ("植树节当天，区长韩立诚到东湾村参加义务植树活动。", ["other 2021-03-12"]),
    ]

    @Test(arguments: festivalNameRows.indices) func festivalBeforeANameNamesIt(_ k: Int) {
        let row = Self.festivalNameRows[k]
        let events = RoleTests.events("本报讯 " + row.body)
        #expect(events.map { "\($0.kind) \($0.timex.value)" } == row.events, "\(row.body)")
    }

    @Test func sentenceOfAnEndlessLineIsAWindow() {
        let unit = "4月12日，区长张伟到城东街道督导创卫工作，"
        let body = String(repeating: unit, count: 400)
        let events = F.events(body, [F.mention("4月12日", in: body, .date(F.day("2021-04-12")))])
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.sentence.unicodeScalars.count <= 400 })
    }

    @Test func headlineNamesTheActivityTheBodyOnlyDescribes() {
        let body = "本报讯 3月14日，区长王建军一行先后来到智能制造产业园、城北污水处理厂，实地了解项目进展。"
        let article = F.article(body, headline: "王建军调研重点项目建设 要求加快推进")
        let events = EventRecognizer().events(in: article, mentions: [F.mention("3月14日", in: body, .date(F.day("2021-03-14")))],
                                              issueDate: F.issue, source: "t.txt")
        #expect(events.map(\.kind) == ["inspection"])
        #expect(events.first?.summary == "王建军调研重点项目建设")
        #expect(events.first?.trigger == "调研")
        #expect(events.first?.leaders == ["区长王建军"])
        // Without a dated lead, a headline alone makes no event (a commentary's title).
        let undated = F.article("城市管理要久久为功。", headline: "让督查成为常态")
        #expect(EventRecognizer().events(in: undated, mentions: [], issueDate: F.issue, source: "t.txt").isEmpty)
    }

    @Test(arguments: [
        ("市人大常委会主任李华率队到我区视察生态环境保护工作。", "inspection"),  // a superior looks
        ("南山县党政考察团来我区考察交流。", "reception"),                      // a delegation is received
        ("南山县党政代表团来我区考察。", "reception"),
        ("区委书记张强带队赴杭州考察学习数字经济。", "inspection"),             // our officials go out
        // Our party named 考察团 goes out: no host here, the study tour is the event.
        ("区委书记张强带领区党政考察团赴东泽区学习考察。", "inspection"),
        ("县长宋岩率县代表团赴青石市考察学习乡村振兴经验。", "inspection"),
        // A delegation that comes to us stays received, 赴 or not.
        ("南山县党政考察团赴我区考察学习。", "reception"),
    ])
    func whoVisitsWhomDecidesTheKind(sentence: String, kind: String) {
        let body = "本报讯 4月12日，" + sentence
        let events = F.events(body, [F.mention("4月12日", in: body, .date(F.day("2021-04-12")))])
        #expect(events.map(\.kind) == [kind])
    }
}
