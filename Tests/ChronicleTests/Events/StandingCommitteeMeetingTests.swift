import Testing
@testable import Chronicle
@testable import ChronicleCore

/// `常委会` names a standing committee's meeting (召开常委会, 常委会研究…) and, in longer
/// phrases, the body itself (人大常委会, 常委会副主任). Once a blocker of the same phrase
/// silently overrode the trigger; now the lexicon compiler refuses such a pair, and the
/// longer phrases alone say when 常委会 names a body.
@Suite struct StandingCommitteeMeetingTests {
    typealias F = EventFixture

    struct Row: Sendable, CustomTestStringConvertible {
        let body: String
        let kind: String?
        let leaders: [String]
        var testDescription: String { body }
    }

    static let rows: [Row] = [
        Row(body: "4月12日，青禾区委召开常委会，传达学习全省经济工作会议精神。区委书记周明远主持会议并讲话。",
            kind: "meeting", leaders: ["区委书记周明远"]),
        Row(body: "4月12日上午，溪口镇党委召开常委会，专题研究防汛工作，镇党委书记李青山主持。",
            kind: "meeting", leaders: ["镇党委书记李青山"]),
        Row(body: "4月12日，县委常委会研究乡村振兴工作。县委书记何东来主持。",
            kind: "meeting", leaders: ["县委书记何东来"]),
        Row(body: "4月12日，區委召開常委會，研究部署安全生產工作，區委書記周明遠主持。",
            kind: "meeting", leaders: ["區委書記周明遠"]),
        // Negatives: the body, not a meeting.
        Row(body: "4月12日，县人大常委会副主任孙若水到城东街道调研社区治理工作。",
            kind: "inspection", leaders: ["县人大常委会副主任孙若水"]),
        Row(body: "4月12日，区人大常委会组成人员名单公布。", kind: nil, leaders: []),
    ]

    @Test(arguments: rows) func recognizes(_ row: Row) {
        let events = F.events(row.body, [F.mention("4月12日", in: row.body, .date(F.day("2021-04-12")))])
        #expect(events.first?.kind == row.kind)
        #expect(events.first?.leaders ?? [] == row.leaders)
    }
}
