import Testing
@testable import Chronicle

/// All the events of an article, each with its date: side activities joined by 并 or 还,
/// after 之后 with the sentence's own date, during a visit; and the negative rows, where
/// a further activity is part of the event before it (invented sentences).
@Suite struct SideEventTests {
    struct Row: Sendable {
        var rule: String
        var body: String
        var events: [String]  // "kind timex"
    }

    static let rows: [Row] = [
        Row(rule: "并 joins a second activity in one clause",
            body: "4月12日上午，副区长蒋川到青石镇调研乡村振兴工作并走访部分种植大户。",
            events: ["inspection 2021-04-12TMO", "other 2021-04-12TMO"]),
        Row(rule: "还前往 during a visit",
            body: "4月12日上午，区长沈默会见澜川市客商代表一行。在我区期间，客商一行还前往智能制造产业园开展实地调研。",
            events: ["reception 2021-04-12TMO", "inspection 2021-04-12TMO"]),
        Row(rule: "还就 a second inspection of the same kind",
            body: "4月12日，县长葛文华带队督导防汛工作。葛文华还就森林防火工作进行督导检查。",
            events: ["inspection 2021-04-12", "inspection 2021-04-12"]),
        Row(rule: "之后 takes the sentence's own date",
            body: "市长韩冬今日继续在北湖区调研。韩冬昨日上午到东湾村与村民交流，之后与区人大代表座谈。",
            events: ["inspection 2021-04-14", "symposium 2021-04-13TMO"]),
        Row(rule: "traditional script",
            body: "4月12日上午，副區長蔣川到青石鎮調研鄉村振興工作並走訪部分種植大戶。",
            events: ["inspection 2021-04-12TMO", "other 2021-04-12TMO"]),
        Row(rule: "the date of the sentence before, not the season of the lead",
            body: "时值四月，青山处处花开。4月12日上午，第五届桃花旅游节在青山水库景区举办。县委书记林平出席并宣布开幕。",
            events: ["ceremony 2021-04-12TMO"]),
        Row(rule: "a clause opening with 并 and another kind",
            body: "4月12日下午，副市长乔远出席经贸合作推介会，并主持项目签约仪式。",
            events: ["other 2021-04-12TAF", "ceremony 2021-04-12TAF"]),
        Row(rule: "a visiting party is received",
            body: "近日，澜川市副市长乔远率澜川市政府参访团一行到我市交流考察。",
            events: ["reception PAST_REF"]),
        Row(rule: "the opening of a people's congress is the meeting",
            body: "昨天，区人大常委会副主任林海参加了东湾区人代会的开幕式。",
            events: ["meeting 2021-04-13"]),
        Row(rule: "a symposium implied by 座谈会上 after a visit",
            body: "4月12日上午，副区长蒋川带队到青石镇调研乡村振兴工作。座谈会上，蒋川希望各村把产业做实。",
            events: ["inspection 2021-04-12TMO", "symposium 2021-04-12TMO"]),
        Row(rule: "a ceremony implied by 签约仪式上",
            body: "4月12日，澜川市客商代表团到我县考察。签约仪式上，县长宋岩致辞。",
            events: ["reception 2021-04-12", "ceremony 2021-04-12"]),
        Row(rule: "traditional script: 座談會上",
            body: "4月12日上午，副區長蔣川帶隊到青石鎮調研鄉村振興工作。座談會上，蔣川希望各村把產業做實。",
            events: ["inspection 2021-04-12TMO", "symposium 2021-04-12TMO"]),
        Row(rule: "并就… then the activity in the next clause",
            body: "4月12日，调研组一行视察了东湾村代表联络站，并就如何发挥代表作用，听取基层意见开展座谈交流。",
            events: ["inspection 2021-04-12", "symposium 2021-04-12"]),
        Row(rule: "signing an agreement after a symposium",
            body: "4月12日上午，东湾区与青石县对口合作座谈会召开，双方共商合作事宜，签订战略合作框架协议。",
            events: ["symposium 2021-04-12TMO", "ceremony 2021-04-12TMO"]),
        Row(rule: "签署…合同 after a reception",
            body: "4月12日，区长沈默会见澜川集团董事长周岩一行，双方签署项目投资合同。",
            events: ["reception 2021-04-12", "ceremony 2021-04-12"]),
        Row(rule: "traditional script: 簽訂…協議",
            body: "4月12日上午，東灣區與青石縣對口合作座談會召開，雙方共商合作事宜，簽訂戰略合作框架協議。",
            events: ["symposium 2021-04-12TMO", "ceremony 2021-04-12TMO"]),
        Row(rule: "one day of a campaign told on its own",
            body: "4月1日至7日，县应急管理局开展节日安全明察暗访。4月5日，暗访组赴青石镇检查了3家商场。",
            events: ["inspection (2021-04-01,2021-04-07,P6D)", "inspection 2021-04-05"]),
        Row(rule: "one afternoon of a course told on its own",
            body: "4月6日至8日，全县村干部培训班在县委党校举办。4月7日下午，学员们参加了应急处置专题培训。",
            events: ["training (2021-04-06,2021-04-08,P2D)", "training 2021-04-07TAF"]),
        // Negative: part of the event before it.
        Row(rule: "a further activity during a course, with no day of its own, is part of it",
            body: "4月6日至8日，全县村干部培训班在县委党校举办。其间，学员们还参加了应急处置专题培训。",
            events: ["training (2021-04-06,2021-04-08,P2D)"]),
        Row(rule: "座谈会上 after the symposium was reported",
            body: "4月12日，全区安全生产座谈会召开。座谈会上，区长沈默讲话。",
            events: ["symposium 2021-04-12"]),
        Row(rule: "座谈会上 inside a sentence is no setting",
            body: "4月12日，副区长蒋川到青石镇调研，他在座谈会上希望各村把产业做实。",
            events: ["inspection 2021-04-12"]),
        Row(rule: "开班式上 is part of a course reported before",
            body: "近日，县政协委员读书班在东湾村举行。开班式上，县政协主席林平指出，读书是委员的功课。",
            events: ["study PAST_REF"]),
        Row(rule: "并听取…汇报 is complete: a noun in the next clause is no activity",
            body: "4月12日，县长宋岩带队督导检查防汛工作，并听取有关部门负责同志汇报，详细了解应急演练等工作情况。",
            events: ["inspection 2021-04-12"]),
        Row(rule: "signing inside a signing ceremony",
            body: "4月12日，文旅项目签约仪式在东湾区举行。区长沈默与澜川集团董事长周岩代表双方签署合作协议。",
            events: ["ceremony 2021-04-12"]),
        Row(rule: "a signing restated at the meeting is told once",
            body: "4月12日上午，东湾区与青石县对口合作座谈会召开，双方签订合作框架协议。会上，东湾区与青石县签订《全方位合作框架协议》。",
            events: ["symposium 2021-04-12TMO", "ceremony 2021-04-12TMO"]),
        Row(rule: "trainees signing a pledge",
            body: "4月12日，全县新任科级干部培训班在县行政学院开班，全体学员签订了廉洁自律承诺书。",
            events: ["training 2021-04-12"]),
        Row(rule: "签订 without an agreement word",
            body: "4月12日上午，东湾区与青石县对口合作座谈会召开，双方签订了意向。",
            events: ["symposium 2021-04-12TMO"]),
        Row(rule: "并深入… then the same kind",
            body: "4月12日，副县长陈晓东到石桥镇督导森林防火工作，并深入林区，实地察看了防火检查站。",
            events: ["inspection 2021-04-12"]),
        Row(rule: "a study tour during a training course",
            body: "4月1日至10日，全县乡村振兴专干培训班在县委党校举办。培训期间，学员们还赴东湾村实地观摩。",
            events: ["training (2021-04-01,2021-04-10,P9D)"]),
        Row(rule: "并实地察看 continues the inspection",
            body: "4月12日，副县长陈晓东到石桥镇督导森林防火工作，并实地察看了林区检查站。",
            events: ["inspection 2021-04-12"]),
    ]

    @Test(arguments: rows.indices)
    func sideEvents(_ index: Int) {
        let row = Self.rows[index]
        let events = RoleTests.events("本报讯 " + row.body)
        #expect(events.map { "\($0.kind) \($0.timex.value)" } == row.events, "\(row.rule)")
    }
}
