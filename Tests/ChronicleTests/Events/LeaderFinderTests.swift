import Testing
@testable import Chronicle

/// Leader rules of the corpus README, one invented sentence per rule.
@Suite struct LeaderFinderTests {
    static let cases: [(rule: String, body: String, leaders: [String])] = [
        ("place prefix kept", "江北区委书记林志远主持会议。", ["江北区委书记林志远"]),
        ("chain keeps the last title", "区委副书记、区长苏明清出席会议并讲话。", ["区长苏明清"]),
        ("chain with a body", "副区长、区级河长常立然出席会议。", ["区级河长常立然"]),
        ("two-character name", "副区长谭菲主持会议。", ["副区长谭菲"]),
        ("compound surname", "区委副书记欧阳澜宣布活动启动。", ["区委副书记欧阳澜"]),
        ("name recurs alone", "区长王刚在会上讲话。王刚强调，要抓落实。", ["区长王刚"]),
        ("several titled leaders", "区委书记曹景明、区长顾长河出席签约仪式。", ["区委书记曹景明", "区长顾长河"]),
        ("names only after 区领导", "区领导詹国良、谢婧、欧阳澜、郁文轩等参加植树。", ["詹国良", "谢婧", "欧阳澜", "郁文轩"]),
        ("guest with an organisation", "区委书记罗承志会见了澜海集团副总裁甘文斌一行。", ["区委书记罗承志", "澜海集团副总裁甘文斌"]),
        ("name followed by a title", "会上，邓晓东区长作了讲话。", ["邓晓东区长"]),
        ("a title followed by a verb is no name", "监事会主任座谈交流，区委书记强调要落实。", []),
        ("first mention wins", "县长葛文华主持会议。葛文华强调，要抓落实。", ["县长葛文华"]),
    ]

    @Test(arguments: cases.indices)
    func leaderRule(_ index: Int) {
        let c = Self.cases[index]
        let body = "本报讯 4月12日，全县召开推进会。" + c.body
        let e = EventFixture.events(body, [EventFixture.mention("4月12日", in: body, .date(EventFixture.day("2021-04-12")))])
        let found = e.flatMap(\.leaders)
        #expect(found == c.leaders, "\(c.rule)")
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
}
