// The built-in language data of the Events stage: the one place its Chinese words live.
// Kinds and triggers follow DESIGN.md §4 and the corpus README "Event kinds".

extension EventLexicon {
    public static let builtin = EventLexicon(
        triggers: EventTables.triggers,
        triggerBlockingSuffixes: ["精神", "制度", "纪要", "前",
                                  // Attributes of an event told by another sentence (`活动举办时间为…`).
                                  "时间", "举办时间", "日期", "地点", "举办地点"],
        statementVerbs: ["要求", "决定", "指出", "强调", "提出", "认为"],
        backReferences: ["本次", "此次", "这次", "该次", "上述", "这项", "此项", "该项"],
        titles: ["书记", "区长", "县长", "市长", "省长", "州长", "旗长", "镇长", "乡长", "村长",
                 "主席", "主任", "部长", "常委", "组长", "局长", "院长", "校长", "会长", "总裁",
                 "董事长", "总经理", "经理", "河长", "林长", "委员", "秘书长", "团长", "厅长", "处长",
                 "科长", "检察长", "庭长", "所长", "队长", "政委", "司令员", "理事长", "行长",
                 "社长", "总编辑", "指挥长", "专员", "巡视员", "主任委员", "主委", "署长", "馆长",
                 "站长", "主任科员", "总工程师", "总经济师", "参事", "大使", "领事",
                 "教授", "院士", "助理", "主持人", "总指挥", "调研员", "支书", "总监", "主编", "园长", "厂长", "司令"],
        ignoredTitles: ["总书记", "书记员", "记者",
                        // Nouns built on a title name nobody: read as a title, the rostrum, its
                        // seats and the presidium made names of the words after them
                        // (`在主席台执行主席席就座`).
                        "主席台", "主席团", "主席席"],
        collectiveLeaderMarkers: ["区领导", "县领导", "市领导", "省领导", "镇领导", "乡领导",
                                  "区级领导", "县级领导", "市级领导", "领导同志", "中心组成员", "党组成员",
                                  "班子成员",
                                  // Leading bodies named as a whole (`市四套班子领导A、B`, `县党政领导A`).
                                  "班子领导", "党政领导", "省委领导", "市委领导", "区委领导", "县委领导"],
        reporterMarkers: LayoutLexicon.creditRolesInText,
        roleCues: EventTables.roleCues,
        backgroundCues: ["表示", "指出", "强调", "认为", "介绍了", "要求各", "要求全", "要求相关", "要求有关",
                         "要求广大", "希望各", "希望广大",
                         // What was arranged is still to come (`下发通知，安排部署了…开展调研`).
                         "安排部署了", "部署了",
                         // Instructions: the modal 要 before how something must be done.
                         "要深入", "要认真", "要切实", "要加强", "要积极", "要持续", "要进一步", "要定期", "要及时",
                         "要扎实", "要全力", "要坚决", "要主动", "要经常", "要严格", "要高度"],
        historyMarkers: ["曾", "曾经", "未曾", "早在"],
        pastDateCues: ["去年", "前年", "上年", "往年", "此前", "之前", "上月"],
        studyFrameOpeners: ["贯彻落实", "学习贯彻", "传达学习", "贯彻", "学习领会", "深入学习", "学习了"],
        studyFrameClosers: ["精神"],
        meansFrameOpeners: ["通过", "采取", "采用"],
        meansFrameClosers: ["方式", "形式", "途径", "手段"],
        programmeMarkers: ["一系列", "系列", "多项", "各类"],
        topicNouns: ["工作", "情况"],
        modifierMarkers: ["的"],
        purposeOpeners: ["为筹备", "为迎接", "为做好", "为确保", "为进一步", "为深入", "为切实", "为全面",
                         "为加快", "为推动", "为认真", "为了"],
        objectMarkers: ["会见", "会见了", "接见", "接见了", "会晤", "对", "向", "为", "给", "陪同",
                        "陪同了", "看望", "看望了", "慰问", "慰问了", "邀请", "欢迎"],
        coActionWords: ["共同", "一同", "一起", "一道", "分别"],
        hostedKinds: ["reception"],
        outboundCues: EventTables.outboundPlaceCues,
        titlePrefixBreaks: ["贯彻落实", "学习贯彻", "传达学习", "根据", "按照", "受"],
        organisationEndings: ["有限公司", "公司", "集团", "大学", "学院", "医院", "银行", "中心", "协会", "研究院",
                              "研究所"],
        listEnds: ["等"],
        listIntroducers: ["有", "还有", "也有", "是", "为", "分别是", "分别为", "分别有", "包括"],
        titleModifiers: ["副", "常务副", "常务", "代", "执行", "第一副"],
        nameJoiners: ["、", ",", "和", "及", "以及"] + EventTables.partyJoiners,
        nameFollowers: ["主持", "出席", "表示", "强调", "指出", "要求", "带队", "带领", "陪同",
                        "参加", "到", "在", "对", "与", "和", "等", "一行", "作", "致辞", "宣布",
                        "代表", "为", "介绍", "率", "来到", "先后", "会见", "接待", "向", "讲话",
                        "提出", "希望", "说", "认为", "听取", "前往", "赴", "深入", "察看", "调研",
                        "督导", "检查", "视察", "同志", "实地", "一同", "共同", "分别", "现场", "也",
                        "还", "就", "将", "是", "已", "的", "主讲", "作报告", "参观", "观看", "观摩",
                        "签署", "揭牌", "致", "同", "及", "以", "从", "于", "把", "亲切", "首先",
                        "详细", "仔细", "逐一", "当即", "当场", "随后", "一起", "走访", "看望",
                        "慰问", "点评", "总结", "部署", "通报", "传达", "肯定", "充分", "高度", "结合",
                        "围绕", "汇报", "不", "专程", "亲自", "再次",
                        "列席", "莅临", "宣读", "颁发", "解读", "答复", "回答", "应邀", "等人", "率先", "随同",
                        "领衔", "签订", "做", "发言", "致以", "代表团", "带头", "调度", "督办", "巡察", "进行"],
        titlePrefixStops: ["由", "和", "与", "同", "及", "了", "的", "在", "对", "向", "为", "请",
                           "取", "到", "是", "将", "把", "被", "给", "让", "从", "于", "经", "等",
                           "见", "有", "并", "率", "陪", "任", "兼", "邀", "跟", "随"],
        surnames: SurnameTable.all,
        inheritanceCues: ["会后", "随后", "之后", "此后", "其后", "结束后", "紧接着", "接着"] + EventTables.eventTimeCues,
        clauseConnectors: ["并", "并到", "并赴", "并在", "并前往", "并深入", "并与", "并出席", "并参加",
                           "并主持", "后又", "还到", "又到", "同时"],
        furtherActivityCues: ["还前往", "还赴", "还来到", "还深入", "还就", "还到", "又到", "又前往", "一行还",
                              "还先后", "还专程", "还应邀"],
        activityJoiners: ["并", "并且", "还", "随后", "后又"],
        plannedCues: ["将于", "将在", "拟于", "拟", "定于", "计划于", "预计于", "将", "即将",
                      "决定", "通知", "届时"],
        nonGoverningDatePrefixes: ["持续至", "持续到", "截至", "截止", "截止到", "直至", "至", "到",
                                   "自", "从", "延续至", "延长至"],
        nonGoverningDateSuffixes: ["以来", "起", "开始", "前", "之前", "以前", "后", "之后", "以后",
                                   "到期", "截止"],
        placeCues: ["在", "到", "来到", "来"] + EventTables.outboundPlaceCues,
        tourCues: ["来到", "走进", "深入", "前往", "参观了", "参观"],
        tourAdverbs: ["先后", "相继", "依次"],
        siteVerbs: ["察看了", "察看", "查看了", "查看", "视察了", "走访了", "走访", "考察了"],
        placeTerminators: ["召开", "举行", "举办", "开班", "开幕", "闭幕", "揭牌", "开工", "启动",
                           "督导", "调研", "视察", "检查", "督查", "察看", "查看", "考察", "暗访",
                           "开展", "进行", "会见", "接待", "座谈", "参加", "出席", "主持", "走访",
                           "慰问", "看望", "调度", "观摩", "研讨", "学习", "签约", "签署", "与", "对",
                           "和", "就", "同", "了", "的", "时", "期间", "一线", "现场", "实地", "为",
                           "向", "组织", "召集", "共同", "分别", "一起",
                           // Adverbs before the verb are no part of the venue (`在X隆重举行`).
                           "隆重", "正式", "顺利", "盛大", "热烈", "圆满", "胜利", "开学", "拉开"],
        runOnWords: ["组织", "组成", "组建", "员工", "市场", "市民", "市容", "市政", "区域", "县域", "村民",
                     // Words that may follow a whole blocker or place (`检查组|成员`, `东湾村|民兵`);
                     // none may begin with a blocker's last character (组长 would undo `检查组长`).
                     "成员", "民兵", "民族", "民主", "民政"],
        nonPlaceEndings: ["城市", "超市", "都市", "全市", "全区", "全县", "各区", "各县", "各市", "该区", "该县", "该市",
                          // Words that end like a site and name none.
                          "网站", "家园", "背街", "沿街"],
        locativeWords: ["周边", "附近", "一带", "沿线", "周围", "门前", "门口"],
        nonPlaceCues: ["来自", "在建", "在内", "在于", "在此", "到位", "到会", "到场", "到底", "到期",
                       // Set phrases that open with a tour cue and go nowhere.
                       "深入浅出", "深入人心", "深入细致", "深入扎实", "深入持久"],
        nonPlaceStarts: ["全", "各", "我", "本", "该", "辖"],
        deicticPlaces: ["这里", "那里", "此处", "此地", "该处", "这儿"],
        actionOpeners: [// Verbs of carrying out (`深入贯彻…`).
                        "贯彻", "落实", "推进", "实施", "推动",
                        // The time of an act (`参观过程中`, `视察结束后`, `在春节来临之际`).
                        "过程", "结束", "之际", "之余"],
        placeSuffixes: ["区", "县", "市", "镇", "乡", "村", "省", "州", "街道", "社区", "园区", "景区",
                        // Sites and facilities (`望湖路美食街`, `区社会福利院`, `滨河工业园`).
                        "街", "院", "园", "馆", "中心", "广场", "基地", "站", "厂", "楼", "校", "水库", "仓库",
                        "公司", "码头", "礼堂", "会议室", "宾馆", "酒店", "之家", "农场", "机场"],
        nonNameCharacters: ["委", "区", "县", "市", "省", "局", "部", "厅", "镇", "乡", "副", "党",
                            "组", "院", "校", "司", "处", "办", "府", "队", "团", "所"],
        summaryObjectMarker: "对",
        summaryVerbMarkers: ["进行"],
        summaryFillers: ["辖区"],
        summaryDroppedLeads: ["并", "随即", "立即", "还", "又", "同时", "随后", "一同", "共同"],
        summaryDatePrepositions: ["于", "在", "定于", "订于"],
        summaryDateJoiners: ["、", "和", "及", "与"],
        subjectlessStarts: ["到", "在", "赴", "对", "与", "和", "来到", "前往", "深入", "走进",
                            "主持", "出席", "参加", "召开", "举行", "开展", "进行", "带队", "带领",
                            "陪同", "实地", "先后", "率"],
        distributiveCues: ["分别", "分头", "各自"],
        settingSuffixes: ["上", "期间", "中"],
        openFrameConnectors: ["并就", "并围绕", "并针对", "并结合", "并对", "还就", "还围绕"],
        invitationMarkers: ["邀请", "特邀", "聘请"],
        signingVerbs: EventTables.signingVerbs,
        agreementWords: ["协议", "协议书", "合同", "备忘录", "合作书"],
        signingActs: EventTables.signingActs,
        otherPartyJoiners: EventTables.partyJoiners,
        twoSidesCues: ["双方", "三方", "多方", "各方"],
        signingKind: "ceremony"
    )
}

/// Punctuation that ends sentences and clauses, full-width and ASCII alike.
enum Punctuation {
    static let openers: ScalarSet = ["(", "（", "["]
    static let closers: ScalarSet = [")", "）", "]"]
    static let quotes: ScalarSet = ["“", "”", "‘", "’", "\"", "《", "》", "「", "」"]
    /// Ends a summary cut short.
    static let ellipsis: Unicode.Scalar = "…"
    static let titleOpeners: ScalarSet = ["《", "〈"]
    static let titleClosers: ScalarSet = ["》", "〉"]
    /// Both, as a mask: what the trigger scan passes over the text's other scalars with.
    static let titleMarks = FirstScalarMask(titleOpeners.map(\.value) + titleClosers.map(\.value))
    static let quoteClosers: ScalarSet = ["”", "’", "\"", "」"]
    static let quoteOpeners: ScalarSet = ["“", "‘", "\"", "「", "《"]
}

/// Role cues: how the words after a name (or a list of names sharing one predicate)
/// decide who led an event and who attended it. Longer phrases win over their parts
/// (`参加会见` attends although `会见` leads; `讲话精神` is studied although `讲话` leads).
extension EventTables {
    static let roleCues: [EventLexicon.RoleCue] =
        cues(.leads, ["主持", "讲话", "致辞", "致词", "致欢迎辞", "致欢迎词", "致开幕词", "致闭幕词",
                      "开幕词", "闭幕词", "宣布", "会见", "会谈", "接见", "会晤", "报告", "辅导", "主讲",
                      "讲党课", "部署", "总结", "点评", "主礼", "宣读", "回答",
                      "答记者问", "解读", "听取",
                      // Lecturers and speakers at a ceremony: `给学员上第一堂课`, `作表态发言`.
                      "授课", "讲课", "上课", "堂课", "专题课", "表态发言",
                      // Presenting at a promotion or a forum.
                      "推介发言", "主旨演讲"])
        + cues(.leads, signingActs)
        + cues(.heads, ["带队", "带领", "率领", "率", "领衔"])
        + cues(.acts, ["调研", "督导", "视察", "检查", "察看", "查看", "走访", "慰问", "看望", "暗访",
                       "督查", "考察", "揭牌", "剪彩", "座谈", "交流"])
        + cues(.attends, ["出席", "参加", "列席", "就座", "到场", "出席会见", "参加会见", "陪同会见",
                          "一同参加", "一同出席", "随同", "在座", "汇报", "交流发言", "中心发言", "观摩",
                          "观看"])
        + cues(.accompanies, ["陪同", "陪同考察", "陪同调研", "陪同视察", "陪同参观", "陪同检查", "陪同督导"])
        + cues(.speaks, ["表示", "指出", "强调", "说", "要求", "希望", "认为", "肯定", "寄语", "提出要求",
                         "介绍", "通报", "评价"])
        + cues(.guests, ["率领的", "带领的", "率的", "来访"])
        + cues(.neutral, ["主持人", "讲话稿", "报告厅", "报告会", "会见厅", "检查组", "调研组", "督导组",
                          "介绍信"])
        + cues(.studied, ["讲话精神", "指示精神", "批示精神", "重要论述", "重要指示", "重要批示",
                          "署名文章", "讲话要求"])

    private static func cues(_ role: EventLexicon.Role, _ phrases: [String]) -> [EventLexicon.RoleCue] {
        phrases.map { .init($0, role) }
    }
}

/// Words written once and read by several tables.
extension EventTables {
    /// Verbs of signing an agreement (`签订…协议`); with the acts that name no agreement
    /// (`签约`, `签字`) they are the acts of signing, each of which leads.
    static let signingVerbs = ["签订", "签署", "签定"]
    static let signingActs = signingVerbs + ["签约", "签字"]
    /// Joiners of names that may also name another party (`A与B代表双方签约`).
    static let partyJoiners = ["与", "同"]
    /// Place cues that go out to another place (`赴东泽区学习考察`, `前往澜川市考察`): there
    /// our party is the guest.
    static let outboundPlaceCues = ["赴", "前往"]
    /// Events whose time opens a clause told after them (`会见后，…`) or, the same day,
    /// before them (`签约仪式前，A会见了B`).
    static let eventTimeCues: [String] = ["会见", "仪式", "座谈", "调研", "签约", "开幕"].flatMap { stem in
        ["前", "后"].map { stem + $0 }
    }
}

/// Triggers per kind. Weight 3: a named event; 2: an activity verb; 1: a generic word.
enum EventTables {
    static let triggers: [EventLexicon.Trigger] =
        meeting + inspection + study + symposium + ceremony + reception + training + other + blockers

    static let meeting: [EventLexicon.Trigger] = named("meeting", [
        "全体会议", "全体（扩大）会议", "扩大会议", "推进会", "推进会议", "常务会议", "部署会",
        "部署会议", "调度会", "调度会议", "现场会", "现场推进会", "联席会议", "汇报会",
        "经济工作会议", "工作会议", "动员大会", "动员会", "誓师大会", "专题会议", "办公会",
        "办公会议", "常委会议", "常委会会议", "全会", "代表大会", "协调会", "碰头会",
        "电视电话会议", "视频会议", "总结会", "表彰大会", "讲评会", "分析会", "例会", "会商会",
        "推进大会", "工作会", "调度推进会", "部署推进会", "交办会", "点评会", "约谈会",
        "生活会", "民主生活会", "组织生活会", "全委会", "观摩会", "对接会", "启动会", "述职会",
        "述职评议会", "务虚会", "形势分析会", "推进会商会", "评审会", "论证会", "表彰会",
        "主任会议", "主席会议", "党组会议", "党组会", "专题会", "书记专题会", "视频调度会", "视频调度",
        // `商会` is a blocker: a 协商会 must be a phrase of its own to be seen.
        "协商会", "协商会议", "专题协商会", "议事协商会",
        // `人代会的开幕式` opens the meeting: the meeting is the event.
        "人代会", "党代会",
    ]) + [.init("大会", "meeting", weight: 2), .init("常委会", "meeting", weight: 2),
          .init("会议", "meeting", weight: 1), .init("调度", "meeting", weight: 1)]

    static let inspection: [EventLexicon.Trigger] = named("inspection", [
        "突击检查", "夜间督查", "暗访督导", "检查指导", "督导检查", "调研指导", "考察学习",
        "实地调研", "蹲点调研", "走访调研", "专题调研", "实地察看", "实地查看",
        "现场观摩", "明察暗访", "检查督导", "调研督导", "督导调研", "实地督导", "现场督办", "暗查暗访",
        "观摩活动", "学习考察",
    ]) + weighted("inspection", 2, ["督导", "暗访", "调研", "视察", "督查", "督察", "巡查", "巡河", "巡林", "巡察",
                                    "观摩"])
       + weighted("inspection", 1, ["检查", "察看", "考察", "督办", "参观"])

    static let study: [EventLexicon.Trigger] = named("study", [
        "中心组学习", "中心组学习会", "学习会", "专题学习", "集中学习", "集体学习", "研讨会",
        "专题研讨会", "读书班", "专题读书班", "学习研讨", "专题研讨", "宣讲会", "报告会",
        "宣讲报告会", "专题讲座", "专题辅导", "学习班", "读书会", "学习交流会",
    ]) + weighted("study", 2, ["讲座", "专题党课", "党课", "理论学习", "宣讲", "组织学习"]) + weighted("study", 1, ["研讨"])

    static let symposium: [EventLexicon.Trigger] = named("symposium", [
        "座谈会", "座谈交流会", "恳谈会", "交流座谈会", "交流会",
    ]) + weighted("symposium", 2, ["座谈交流", "座谈", "论坛"])

    static let ceremony: [EventLexicon.Trigger] = named("ceremony", [
        "签约仪式", "揭牌", "揭牌仪式", "开工仪式", "集中开工", "启动仪式", "开幕式", "闭幕式",
        "竣工仪式", "投产仪式", "奠基仪式", "颁奖典礼", "通车仪式", "授牌仪式", "集中签约",
        "开园仪式", "开馆仪式", "升旗仪式", "颁奖仪式",
        "捐赠仪式", "入党宣誓", "宣誓仪式", "开学典礼", "毕业典礼", "开业仪式",
    ]) + weighted("ceremony", 2, ["签约", "开幕", "闭幕", "奠基", "授牌", "颁奖", "开园", "开馆", "揭幕",
                                  "挂牌", "授旗", "竣工", "典礼", "正式启动"])
       + weighted("ceremony", 1, ["开工", "仪式", "签署"])

    static let reception: [EventLexicon.Trigger] = named("reception", [
        "会见", "接待", "来访", "考察来访", "会谈", "接见", "拜会", "考察团", "陪同考察", "会晤",
        "参访团", "访问团", "考察访问", "参观访问",
    ]) + // Weak: a superior's 到我区视察 is an inspection, a delegation's 来我区考察 a reception.
        weighted("reception", 2, ["访问"]) + weighted("reception", 1, ["来我区", "来我县", "来我市", "到我区", "到我县", "到我市", "代表团"])

    static let training: [EventLexicon.Trigger] = named("training", [
        "培训班", "开班仪式", "开班式", "结业式", "结业仪式", "专题培训", "示范培训", "培训会",
        "研修班", "轮训班", "进修班",
    ]) + weighted("training", 2, ["开班", "结业", "轮训"]) + weighted("training", 1, ["培训"])

    static let other: [EventLexicon.Trigger] = named("other", [
        "走访慰问", "新闻发布会", "发布会", "应急演练", "疏散演练", "应急疏散演练", "义务植树",
        "文艺晚会", "晚会", "招聘会", "运动会", "文艺演出", "慰问演出", "文艺汇演", "推介会",
        "博览会", "听证会", "通气会", "主题党日", "茶话会", "联谊会", "见面会", "专访", "团拜会",
        "长跑活动", "马拉松", "健步走", "越野赛", "义务劳动",
    ]) + weighted("other", 2, ["慰问", "演练", "植树", "看望", "比赛", "竞赛",
                               // Meals and banquets with guests or local people.
                               "共进早餐", "共进午餐", "共进晚餐", "工作早餐", "工作午餐", "工作晚餐",
                               "晚宴", "午宴", "宴会", "招待宴会", "欢迎宴会", "招待晚宴", "欢迎晚宴", "答谢宴", "招待会"])
       // `…交流活动在…举行`, `开展…系列活动`: an activity named only by its generic noun.
       + weighted("other", 1, ["走访", "活动"])

    /// Longer phrases that contain a trigger but name no event.
    static let blockers: [EventLexicon.Trigger] = [
        "委员会", "协会", "学会", "商会", "工会", "居委会", "村委会", "管委会", "理事会",
        "会议室", "检查站", "检查组", "督查组", "督导组", "调研组", "视察组", "考察组", "大会堂",
        // Posts and teams named after an act.
        "调研员", "巡察组", "巡视组", "督察组", "检查员", "督导员",
        "会堂", "体会", "领会", "社会", "机会", "会同", "会员", "开工建设", "早开工", "研讨发言",
        "研讨交流", "交流研讨", "演练场", "培训中心", "培训基地", "会展", "人大常委会",
        "常委会副", "常委会主任", "常委会委员", "常委会党组", "常委会办公",
        "慰问金", "慰问品", "比赛项目", "调度中心", "观摩团", "宣讲团", "慰问团",
        "接待大厅", "接待室", "接待中心", "接待处", "接待站", "会见厅", "签约厅", "报告厅", "培训室",
        "会议楼", "会议中心", "会议厅", "会议大厅",
        // Places and means of activities.
        "活动中心", "活动室", "活动阵地", "活动场所", "活动现场", "活动经费", "活动方案", "活动区域", "活动空间",
    ].map { .init($0, nil, weight: 0) }

    private static func named(_ kind: String, _ phrases: [String]) -> [EventLexicon.Trigger] {
        weighted(kind, 3, phrases)
    }

    private static func weighted(_ kind: String, _ weight: Int, _ phrases: [String]) -> [EventLexicon.Trigger] {
        phrases.map { .init($0, kind, weight: weight) }
    }
}
