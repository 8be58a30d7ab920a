import Testing
@testable import Chronicle

/// A respective action over a list of places (`A、B分别参加了X区、Y区的…`): one event per
/// place, each with its own place and, when the lists are as long, its own person; the
/// negative rows stay one event (invented sentences).
@Suite struct RespectiveEventTests {
    /// `events`: "kind timex @place attendees|leaders".
    typealias Row = SideEventTests.Row

    static let rows: [Row] = [
        Row(rule: "three deputies, three congresses",
            body: "昨天，东湾区人代会开幕。市人大常委会副主任林海、周岩、宋青昨天也分别参加了北塘区、石桥区和青湖区人代会的开幕式。",
            events: ["meeting 2021-04-13 @nil |", "meeting 2021-04-13 @北塘区 市人大常委会副主任林海|",
                     "meeting 2021-04-13 @石桥区 周岩|", "meeting 2021-04-13 @青湖区 宋青|"]),
        Row(rule: "分别到 a list of towns to inspect, one leader",
            body: "4月12日上午，副县长陈晓东分别到青石镇、东湾乡督导森林防火工作。",
            events: ["inspection 2021-04-12TMO @青石镇 |副县长陈晓东", "inspection 2021-04-12TMO @东湾乡 |副县长陈晓东"]),
        Row(rule: "a verb between the list and the trigger, and 和",
            body: "4月12日，区领导分别深入芦花街道和白沙社区开展调研。",
            events: ["inspection 2021-04-12 @芦花街道 |", "inspection 2021-04-12 @白沙社区 |"]),
        Row(rule: "no date of its own: like the event before",
            body: "4月12日上午，全县安全生产工作会议召开。会议结束后，县委书记林平、县长宋岩分别前往石桥镇、青湖镇检查。",
            events: ["meeting 2021-04-12TMO @nil |", "inspection 2021-04-12TMO @石桥镇 |县委书记林平",
                     "inspection 2021-04-12TMO @青湖镇 |县长宋岩"]),
        Row(rule: "traditional script",
            body: "昨天，市人大常委會副主任林海、周岩分別參加了北塘區、石橋區人代會的開幕式。",
            events: ["meeting 2021-04-13 @北塘區 市人大常委會副主任林海|", "meeting 2021-04-13 @石橋區 周岩|"]),
        // Negative: no list of places after the distributive word.
        Row(rule: "分别 over topics, not places",
            body: "4月12日上午，县委常委会召开会议，县委常委分别就安全生产、森林防火工作作了部署。",
            events: ["meeting 2021-04-12TMO @nil |"]),
        Row(rule: "a list of places without 分别 is one tour",
            body: "4月12日下午，区长沈默到东湾、西岭、北塘街道调研重点项目。",
            events: ["inspection 2021-04-12TAF @东湾 |区长沈默"]),
        Row(rule: "one place only",
            body: "4月12日，三位副区长分别参加了在东湾区举行的座谈会。",
            events: ["symposium 2021-04-12 @东湾区 |"]),
    ]

    @Test(arguments: rows.indices)
    func respective(_ index: Int) {
        let row = Self.rows[index]
        let events = RoleTests.events("本报讯 " + row.body)
        let got = events.map {
            "\($0.kind) \($0.timex.value) @\($0.location ?? "nil") \($0.attendees.joined(separator: "/"))|\($0.leaders.joined(separator: "/"))"
        }
        #expect(got == row.events, "\(row.rule)")
    }
}
