import Testing
@testable import Chronicle

/// Background is not an event: what someone said or asked for, what is studied, a trigger
/// word inside a facility's name. Invented sentences; each negative row names no event of
/// its own beside the dated one before it.
@Suite struct BackgroundTests {
    struct Row: Sendable {
        var rule: String
        var body: String
        /// Kinds of the events expected, in order.
        var kinds: [String]
    }

    static let rows: [Row] = [
        Row(rule: "instruction after 要求各", body: "4月12日，县长葛文华主持召开防汛工作会议。葛文华要求各乡镇立即开展隐患排查督导检查。",
            kinds: ["meeting"]),
        Row(rule: "what a speaker reports", body: "4月12日，区政协召开专题协商会议。副主席蓝天介绍了前期在青石村开展调研的情况。",
            kinds: ["meeting"]),
        Row(rule: "what a speaker stresses", body: "4月12日，区委书记叶青到北湖街道督导安全生产。叶青强调，各街道要定期召开安全生产调度会。",
            kinds: ["inspection"]),
        Row(rule: "a list of studied meetings", body: "4月12日，区委理论学习中心组举行集体学习会，认真贯彻落实省委十届五次全会、市委八届六次全会精神。",
            kinds: ["study"]),
        Row(rule: "a trigger after the studied meetings is an event", body: "4月12日，全区干部参加学习贯彻市委全会精神专题读书班。",
            kinds: ["study"]),
        Row(rule: "a post named after an act is no act", body: "9月29日上午，东湾街道召开工作例会。街道调研员王二河、副调研员周可分别作交流发言。",
            kinds: ["meeting"]),
        Row(rule: "a team named after an act is no act", body: "4月12日，区委常委会召开会议，听取区委第二督导组工作汇报。",
            kinds: ["meeting"]),
        Row(rule: "a room named after an act is no act", body: "4月12日上午，区长沈默主持召开会议，研究信访接待室改造方案。",
            kinds: ["meeting"]),
        Row(rule: "a deployment meeting named 安排部署会 is a meeting", body: "4月8日，东湾区召开防汛工作安排部署会。",
            kinds: ["meeting"]),
        Row(rule: "a reception of a committee's chair", body: "5月6日，市长林舟会见组委会主席周原一行。",
            kinds: ["reception"]),
        Row(rule: "a visit to workers", body: "1月20日，区委书记林舟走访慰问员工和困难群众。",
            kinds: ["other"]),
        Row(rule: "posts named after an act, and no other event word", body: "9月29日上午，东湾街道党政班子组织集中交流。街道调研员王二河、副调研员周可分别发言。",
            kinds: []),
        // A blocker that ends inside a word gives way to the trigger in it.
        Row(rule: "a blocker cut inside a word (调研组|织)", body: "4月12日，市委组织部副部长林川到东湾镇调研组织工作。",
            kinds: ["inspection"]),
        Row(rule: "a blocker cut inside a word (检查员|工)", body: "4月12日，副区长苏禾带队检查员工食堂卫生状况。",
            kinds: ["inspection"]),
        Row(rule: "a team before its leader's title is still a team", body: "4月12日，市委调研组组长林川一行抵达东湾镇。",
            kinds: []),
        Row(rule: "a team before its members is still a team (检查组|成员)", body: "4月12日，省委第二督导组成员林川、苏禾一行抵达东湾镇。",
            kinds: []),
        Row(rule: "a team's members, no names", body: "4月12日，市委第三检查组成员一行抵达东湾区。",
            kinds: []),
        Row(rule: "a team's head is no run-on (检查组长)", body: "4月12日，市委检查组长林川一行抵达东湾镇。",
            kinds: []),
        Row(rule: "a drill ground is no run-on (演练场所)", body: "4月12日，东湾镇新建的消防演练场所正式投用。",
            kinds: []),
        Row(rule: "a team named after an act, and no other event word", body: "4月12日，区委第二巡察组组长周可向东湾街道党工委反馈情况。",
            kinds: []),
        Row(rule: "a reception hall is no reception", body: "4月12日，副区长蒋川到区政务中心调研，察看了接待大厅和档案室。",
            kinds: ["inspection"]),
        Row(rule: "a purpose clause", body: "为筹备全区重点工程集中开工仪式，4月12日下午，副区长蒋川到东湾街道调研项目进展。",
            kinds: ["inspection"]),
        Row(rule: "studied meetings after 组织学习了", body: "4月12日晚，澜川县组织学习了全省经济工作会议和全市推进会等会议精神。",
            kinds: ["study"]),
        Row(rule: "a date inside what is studied", body: "4月12日晚，澜川县组织学习了省委书记在4月8日全省大会上的讲话精神。",
            kinds: ["study"]),
        Row(rule: "what a notice arranges is still to come", body: "近日，区人大常委会办公室印发通知，安排部署了区人大代表开展年中视察工作。",
            kinds: []),
        Row(rule: "what a meeting arranges is no event of its own", body: "4月12日，县委常委会召开会议，部署了全县春季防火督查工作。",
            kinds: ["meeting"]),
        Row(rule: "a deployment meeting is a meeting", body: "4月12日上午，全区安全生产工作部署会召开，副区长蒋川出席会议。",
            kinds: ["meeting"]),
        Row(rule: "an instruction with the modal 要", body: "近日，区政协召开专题协商会议。会议要求，各责任单位推进中要深入一线调研。",
            kinds: ["meeting"]),
        Row(rule: "a meeting that only names the people", body: "4月12日下午，出席会议的代表集中视察了重点项目。",
            kinds: ["inspection"]),
        Row(rule: "a congress named before 的 modifies the people", body: "4月12日下午，出席县第九届人民代表大会第二次会议的代表集中视察了重点项目。",
            kinds: ["inspection"]),
        Row(rule: "a sports event is an event", body: "4月12日上午，全区全民健身长跑活动在滨江公园举行，副区长林川宣布活动开始。",
            kinds: ["other"]),
        Row(rule: "a planned meeting is no instruction", body: "据悉，县政协将要于4月20日召开常委会议。",
            kinds: ["meeting"]),
        Row(rule: "a period up to now dates no event", body: "4月12日，全省基层干部轮训班开班。2019年以来，全省共培训基层干部5000余人次。",
            kinds: ["training"]),
        Row(rule: "日前 still dates", body: "日前，澜川市副市长乔远率参访团一行到我市交流考察。",
            kinds: ["reception"]),
        Row(rule: "a document's title", body: "近日，县政协办公室印发了《关于开展委员履职专题调研活动的通知》。",
            kinds: []),
        Row(rule: "a meeting building is no meeting", body: "4月12日早上8点，学员们走进区政府会议楼一楼。当天，青年干部培训班在这里开班。",
            kinds: ["training"]),
        Row(rule: "traditional script", body: "4月12日，縣長葛文華主持召開防汛工作會議。葛文華要求各鄉鎮立即開展督導檢查。",
            kinds: ["meeting"]),
    ]

    /// A summary cut short ends with an ellipsis; one that fits does not.
    @Test func summaryCutShortSaysSo() {
        let long = RoleTests.events("本报讯 4月12日，出席澜川县第九届人民代表大会第二次会议和政协澜川县第八届委员会第二次会议的代表和委员们集中视察了全县重点项目。")
        let summary = long.first?.summary ?? ""
        #expect(summary.unicodeScalars.count == 40 && summary.hasSuffix("…"), "\(summary)")
        let short = RoleTests.events("本报讯 4月12日，副区长蒋川到青石镇调研。")
        #expect(short.first.map { !$0.summary.hasSuffix("…") } == true)
    }

    /// What a meeting said or decided reports it only in a sentence that opens with its
    /// own date; elsewhere the meeting is told before, or is a reference.
    /// A rule, a body, and its events as "kind value".
    typealias TellingRow = (rule: String, body: String, events: [String])

    static let statementRows: [TellingRow] = [
        ("a dated meeting's decision", "4月2日，县人大常委会第十二次会议决定：县十届人大五次会议于4月20日召开。",
         ["meeting 2021-04-02", "meeting 2021-04-20"]),
        ("a dated meeting's stress", "4月2日，县政府常务会议强调，要抓好春季防火工作。", ["meeting 2021-04-02"]),
        ("traditional script", "4月2日，縣人大常委會第十二次會議決定，縣十屆人大五次會議於4月20日召開。",
         ["meeting 2021-04-02", "meeting 2021-04-20"]),
        ("a meeting as the setting of a dated sentence", "4月2日，在全县防汛工作会议上，县长林海涛强调要压实责任。",
         ["meeting 2021-04-02"]),
        // Negative: the meeting is told before, or only referred to.
        ("a meeting as the setting inside a dated report", "4月2日，县长林海涛到青石镇调研防汛工作，他在座谈会上强调要压实责任。",
         ["inspection 2021-04-02"]),
        ("a banquet named in an undated sentence", "4月2日，澜川市客商代表团来我市考察。客商们在欢迎晚宴上表示将加大投资。",
         ["reception 2021-04-02"]),
        ("the meeting was reported before", "4月2日，县委召开常委会议。会议强调，要抓好防汛工作。", ["meeting 2021-04-02"]),
        ("a decision referred to", "根据县委常委会议决定，全县防汛动员大会于4月20日召开。", ["meeting 2021-04-20"]),
        ("a requirement inside a sentence", "4月2日，副县长林海涛到青石镇调研，传达了会议要求。", ["inspection 2021-04-02"]),
    ]

    @Test(arguments: statementRows.indices) func statementOfAMeeting(_ k: Int) { Self.expectTold(Self.statementRows[k]) }

    /// An activity named only by its generic noun (活动) is an event when it is held; its
    /// places and a back-reference to it (本次活动) are not.
    static let activityRows: [TellingRow] = [
        ("an activity carried out", "近日，区妇联在东湾社区开展“邻里守望”志愿服务活动。", ["other PAST_REF"]),
        ("an activity held, then a tour inside it", "4月2日，东湾区银企对接活动在科创园举行。与会企业代表一同参观了科创园展厅。",
         ["other 2021-04-02"]),
        ("an activity launched is a ceremony", "4月2日上午，全区志愿服务活动在滨江广场正式启动。", ["ceremony 2021-04-02TMO"]),
        // Negative: a place of activities, a back-reference, an instruction.
        ("an activity centre", "4月2日，副区长蒋川到区青少年活动中心调研。", ["inspection 2021-04-02"]),
        ("a back-reference to the activity", "4月2日上午，全区志愿服务活动在滨江广场正式启动。上午10时，区长韩立诚向本次活动的志愿者代表授予队旗。",
         ["ceremony 2021-04-02TMO"]),
        ("a back-reference to the meeting", "4月2日，县委召开常委会议。此次会议研究了防汛工作。", ["meeting 2021-04-02"]),
        ("an instruction", "4月2日，县委召开常委会议。县委书记林平强调，要广泛开展志愿服务活动。", ["meeting 2021-04-02"]),
        ("the period of an activity", "4月2日上午，第三届桃花节在青山村开幕。赏花活动时间自4月2日起至20日止，游客可免费入园。",
         ["ceremony 2021-04-02TMO"]),
        ("the time and place of a meeting", "4月2日，县委召开常委会议。会议时间为上午9时，会议地点在县委二楼。", ["meeting 2021-04-02"]),
        ("the dates of a fair", "4月2日，东湾区春季招聘会开幕。招聘会日期为4月2日至5日。", ["other 2021-04-02"]),
    ]

    /// History told beside the news (`曾`, `早在`, a month over before the first event's day)
    /// is no event; a name that begins with 曾, a later month and an opening month are.
    static let historyRows: [TellingRow] = [
        ("a signing told with 曾", "4月12日，区委书记林平会见了澜江大学校长方正一行。2019年双方曾签署战略合作协议。",
         ["reception 2021-04-12"]),
        ("a reception told with 曾先后", "4月12日，区长宋岩到青石镇调研。该镇曾先后接待外地考察团20余批。",
         ["inspection 2021-04-12"]),
        ("a promotion told after 早在", "4月12日，区长宋岩主持召开文旅工作会议。早在2019年，该区就举行了首次文旅推介会。",
         ["meeting 2021-04-12"]),
        ("a meeting of an earlier month named by what it decided",
         "4月12日，区委召开常委会议。今年2月召开的全区改革工作会议确定的任务已完成。", ["meeting 2021-04-12"]),
        ("last year's signing told as background", "4月12日，东湾区举行项目集中开工仪式。去年10月，该区举行了首批项目签约仪式。",
         ["ceremony 2021-04-12"]),
        // Negative: a surname, a later month, a month that opens the article.
        ("a name that begins with 曾", "4月12日，区长曾志强主持召开防汛工作会议。", ["meeting 2021-04-12"]),
        ("a name with 曾 before its verb", "4月12日，副区长曾立到青石镇调研。曾立要求抓好防汛。", ["inspection 2021-04-12"]),
        ("a month of the news itself", "3月，东湾区开展了春季植树活动。", ["other 2021-03"]),
        // History inside a relative clause ends at its 的: the sentence's own event stands.
        ("a visitor who once served here", "4月12日，曾在我区挂职的澜川市副市长钱峰一行来我区考察。", ["reception 2021-04-12"]),
        ("a company built long ago", "4月12日，县委书记林平到早在2019年就建成投产的青石集团调研。", ["inspection 2021-04-12"]),
        ("a company built long ago, and a symposium", "4月12日，区长宋岩到早在2019年就建成投产的青石集团调研，并主持召开座谈会。",
         ["inspection 2021-04-12", "symposium 2021-04-12"]),
        ("officials who once inspected a village", "4月12日，区委书记林平带领曾先后到东湾村调研的区直部门负责人，召开座谈会。",
         ["symposium 2021-04-12"]),
        ("a partner that once signed", "4月12日，曾与我区签订合作协议的澜川集团董事长钱峰来我区考察，区长宋岩会见了钱峰一行。",
         ["reception 2021-04-12"]),
        ("veterans who once fought floods", "4月12日，副县长何川看望了曾参加抗洪抢险的退役军人。", ["other 2021-04-12"]),
        ("a village once flooded", "4月12日，区长宋岩到曾遭受洪灾的东湾村检查灾后重建工作。", ["inspection 2021-04-12"]),
        // A date before the first event's day told as the past (a past cue, or naming the event
        // by when it was held) is history, whatever its precision; earlier alone it is news.
        ("a day of last year", "4月12日，东湾区召开全区宣传工作会议。去年3月12日，全区开展了植树节义务植树活动。",
         ["meeting 2021-04-12"]),
        ("a month told with 此前", "4月12日，区长宋岩到青石镇调研。此前，3月，全区召开了项目建设推进会。", ["inspection 2021-04-12"]),
        ("a day naming the meeting held then", "4月12日，区委召开常委会议。4月2日召开的全区改革工作会议确定的任务已完成。",
         ["meeting 2021-04-12"]),
        // Negative: an earlier month or day told plainly, a day of the news, a later day.
        ("an earlier month told plainly", "4月2日，东湾区举行项目集中开工仪式。4月12日，区长宋岩到青石镇调研。3月，全区召开了项目建设推进会。",
         ["ceremony 2021-04-02", "inspection 2021-04-12", "meeting 2021-03"]),
        ("an earlier day told plainly", "4月12日，东湾区召开全区宣传工作会议。3月12日，全区开展了植树节义务植树活动。",
         ["meeting 2021-04-12", "other 2021-03-12"]),
        ("yesterday after today", "4月12日，区长宋岩到青石镇调研。4月11日上午，宋岩主持召开了防汛工作会议。",
         ["inspection 2021-04-12", "meeting 2021-04-11TMO"]),
        ("a day of the news itself", "3月12日，全区开展了义务植树活动。", ["other 2021-03-12"]),
        ("a later day is news", "4月12日，区委召开常委会议。4月14日，全区召开防汛工作会议。", ["meeting 2021-04-12", "meeting 2021-04-14"]),
    ]

    @Test(arguments: historyRows.indices) func historyToldBesideTheNews(_ k: Int) { Self.expectTold(Self.historyRows[k]) }

    /// A trigger between 对 and 进行 names what the act is about; the act after 进行 is one.
    static let objectRows: [TellingRow] = [
        ("a drill commented on after it", "4月12日上午，东湾镇开展森林防火应急演练。演练结束后，副区长林川对演练进行了点评。",
         ["other 2021-04-12TMO"]),
        ("problems an inspection found", "4月12日，副县长宋岩主持召开会议，对督查发现的问题进行了交办。", ["meeting 2021-04-12"]),
        ("a training arranged", "4月12日，县委组织部对全县干部培训工作进行了安排。", []),
        ("the act after 进行 is the event", "4月12日，副县长宋岩对全县防汛工作进行暗访。", ["inspection 2021-04-12"]),
        ("the act after 开展 is the event", "4月12日，副县长宋岩对城区燃气安全工作开展督导检查。", ["inspection 2021-04-12"]),
    ]

    /// The means of a campaign (`通过…等方式`), the items of a programme (`…等一系列活动`) and a
    /// programme itself (`系列宣传活动`) are no events; an activity held, and its items, are one.
    static let programmeRows: [TellingRow] = [
        ("the means of a campaign", "4月12日，区委宣讲团到东湾社区宣讲，采取座谈交流、现场问答等形式推动全会精神进社区。",
         ["study 2021-04-12"]),
        ("means with 通过…方式 in the lead", "近日，东湾街道围绕平安建设，通过入户走访、文艺演出等方式提高群众知晓率。", []),
        ("a festival's programme dated on its own", "4月12日上午，第三届桃花节在青山村开幕。4月12日至20日，还将举办文艺演出、招商推介会等一系列活动。",
         ["ceremony 2021-04-12TMO"]),
        ("a month's programme", "4月1日至30日，东湾区开展“文明交通”系列活动。", []),
        ("a programme opened", "4月12日，东湾街道开展“邻里守望”系列活动。", []),
        ("items, one with its event noun", "4月12日，青石镇举办文艺演出活动、趣味运动会等系列活动。", []),
        // The means held alone is the event; listed, or beside another act, it is how.
        ("a meeting as the one means", "4月12日，县委通过召开常委会议的方式传达学习全会精神。", ["meeting 2021-04-12"]),
        ("a video meeting as the one means", "4月12日，县政府采取召开视频会议的形式部署防汛工作。", ["meeting 2021-04-12"]),
        ("a means beside the act", "4月12日，区长宋岩通过视频连线方式主持召开全区防汛调度会议。", ["meeting 2021-04-12"]),
        ("means listed after an act", "4月12日，区长宋岩到青石镇调研，通过召开座谈会、实地察看等方式了解企业诉求。",
         ["inspection 2021-04-12"]),
        // Negative: 通过 as a verb, an activity held, the items of an activity held.
        ("通过 without a closer is a verb", "4月12日，区政府常务会议审议通过了东湾片区改造方案。", ["meeting 2021-04-12"]),
        ("one activity held", "4月12日，东湾社区举办“邻里节”文艺演出活动。", ["other 2021-04-12"]),
        ("the items of an activity held", "4月12日，东湾社区举办了文艺演出、趣味运动会等活动。", ["other 2021-04-12"]),
        // Negative: a trigger followed by its object governs the list: an act, not an item.
        ("an inspection of listed sites", "4月12日，区长宋岩检查了青石镇学校、医院等各类场所的消防安全。", ["inspection 2021-04-12"]),
        ("a meeting that plans listed tasks", "4月12日，县政府常务会议研究部署防汛、安全生产等多项工作。", ["meeting 2021-04-12"]),
        ("a meeting that reviews listed items", "4月12日，县委常委会会议审议了人事任免、项目建设等多项议题。", ["meeting 2021-04-12"]),
        ("an inspection of listed places", "4月12日，副县长何川督导检查超市、农贸市场等各类经营场所。", ["inspection 2021-04-12"]),
        ("a survey of listed facilities", "4月12日，区委书记林平调研青石镇文化站、图书馆等各类设施。", ["inspection 2021-04-12"]),
        ("a patrol of listed spots", "4月12日，副镇长江涛巡查了沿河码头、渡口等各类重点部位。", ["inspection 2021-04-12"]),
        // Negative: a programme word with the occasion's own words between, or before a place.
        ("a series of volunteer activities held", "4月12日，东湾区开展“学雷锋”系列志愿服务活动，区长宋岩参加。", ["other 2021-04-12"]),
        ("all kinds of firms inspected", "4月12日，区长宋岩到辖区各类企业检查安全生产工作。", ["inspection 2021-04-12"]),
        ("an activity room inspected", "4月12日，副区长何川带队到东湾社区活动室检查消防安全。", ["inspection 2021-04-12"]),
        ("an activity centre inspected", "4月12日，副区长何川到东湾街道社区活动中心检查。", ["inspection 2021-04-12"]),
        ("several key projects inspected", "4月12日，县长宋岩到青石镇多项重点工程检查进度。", ["inspection 2021-04-12"]),
        ("all kinds of schools inspected", "4月12日，副县长林川深入各类学校检查食品安全。", ["inspection 2021-04-12"]),
    ]

    /// A setting dated in its own clause (`在4月2日召开的…会上`): its day dates the event, and
    /// is no place; a place after the date (`于县行政中心`) is. Named by its month only, the
    /// setting is background.
    static let datedSettingRows: [(rule: String, body: String, events: [String], place: String?)] = [
        ("a meeting dated as the setting", "在4月2日召开的全县防汛工作会议上，县长林海涛强调要压实责任。", ["meeting 2021-04-02"], nil),
        ("a press conference dated as the setting", "在4月2日召开的新闻发布会上，县文旅局局长林川介绍，第三届桃花节将于4月10日开幕。",
         ["other 2021-04-02", "ceremony 2021-04-10"], nil),
        ("a part of the day after the date", "在4月8日上午召开的全区安全生产工作会议上，区长宋岩作了部署。", ["meeting 2021-04-08TMO"], nil),
        ("a place after the date", "在4月2日于县行政中心召开的全县防汛工作会议上，县长林海涛强调要压实责任。",
         ["meeting 2021-04-02"], "县行政中心"),
        ("a place with 在 after the date", "在4月6日在区会议中心召开的全区经济工作会议上，区长宋岩作了报告。",
         ["meeting 2021-04-06"], "区会议中心"),
        // Negative: a setting named by its month is background.
        ("a setting named by its month", "在3月召开的全市表彰大会上，东湾区获评先进单位。", [], nil),
        ("a setting named by last year's month", "4月12日，区委召开常委会议。在去年12月召开的全市经济工作会议上，我区获评先进。",
         ["meeting 2021-04-12"], nil),
    ]

    @Test(arguments: datedSettingRows.indices) func datedSetting(_ k: Int) {
        let row = Self.datedSettingRows[k]
        let events = RoleTests.events("本报讯 " + row.body)
        #expect(events.map { "\($0.kind) \($0.timex.value)" } == row.events, "\(row.rule)")
        #expect(events.first?.location == row.place, "\(row.rule)")
    }

    @Test(arguments: programmeRows.indices) func programmeAndMeans(_ k: Int) { Self.expectTold(Self.programmeRows[k]) }

    /// A trigger inside the object of an earlier one, up to a topic noun, names the topic.
    static let topicRows: [TellingRow] = [
        ("a reception inside what is inspected", "4月12日，区委书记林平到青山景区检查游客接待和安全保障工作。", ["inspection 2021-04-12"]),
        ("a training as the topic of a meeting", "4月12日，县长宋岩主持召开会议研究干部培训工作。", ["meeting 2021-04-12"]),
        ("an exercise as the topic of an inspection", "4月12日，副县长宋岩到青石镇督导学校应急演练组织情况。", ["inspection 2021-04-12"]),
        // Negative: joined by 并, the second act is one.
        ("an act joined by 并", "4月12日，县长宋岩到青石镇调研，并走访慰问困难群众。", ["inspection 2021-04-12", "other 2021-04-12"]),
    ]

    @Test(arguments: topicRows.indices) func topicOfAnAct(_ k: Int) { Self.expectTold(Self.topicRows[k]) }

    @Test(arguments: objectRows.indices) func objectOfAnAct(_ k: Int) { Self.expectTold(Self.objectRows[k]) }

    @Test(arguments: activityRows.indices) func activityNamedByItsGenericNoun(_ k: Int) { Self.expectTold(Self.activityRows[k]) }

    static func expectTold(_ row: TellingRow) {
        let events = RoleTests.events("本报讯 " + row.body)
        #expect(events.map { "\($0.kind) \($0.timex.value)" } == row.events, "\(row.rule)")
    }

    @Test func aStudiedDateDatesNothing() {
        let events = RoleTests.events("本报讯 4月12日晚，澜川县组织学习了省委书记在4月8日全省大会上的讲话精神。")
        #expect(events.map(\.timex.value) == ["2021-04-12TEV"])
    }

    @Test(arguments: rows.indices)
    func background(_ index: Int) {
        let row = Self.rows[index]
        #expect(RoleTests.events("本报讯 " + row.body).map(\.kind) == row.kinds, "\(row.rule)")
    }
}
