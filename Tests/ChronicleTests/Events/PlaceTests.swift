import Testing
@testable import Chronicle

/// Places as pages write them: the first of a list of sites, never with an adverb glued
/// on, never a person (invented sentences).
@Suite struct PlaceTests {
    static let rows: [(rule: String, body: String, place: String?)] = [
        ("the first of a list of sites", "4月12日下午，区长沈默到东湾、西岭、北塘街道调研重点项目。", "东湾"),
        // The home district (`来我区`) is where, but a site of the tour says more.
        ("a delegation's visit to the home district tours its sites",
         "4月12日，澜川市副市长乔远率考察团来我区考察。考察团一行先后来到东湾工业园、青石物流中心。", "东湾工业园"),
        ("a superior's inspection of the home county tours its towns",
         "4月12日，市委督查组来我县督查春耕工作。督查组一行深入青石镇、东湾乡，实地察看了春播进度。", "青石镇"),
        ("the home district when no site is named", "4月12日，澜川市副市长乔远率考察团来我区考察。", "我区"),
        ("a list after 先后到", "近日，副区长蒋川带队先后到石桥、青湖街道实地督查平安建设工作。", "石桥"),
        ("an adverb before the verb", "4月12日上午，全区“三下乡”活动启动仪式在青石镇文化广场隆重举行。", "青石镇文化广场"),
        ("顺利 before the verb", "4月12日上午，青湖志愿服务活动启动仪式在澜江公园顺利举行。", "澜江公园"),
        ("a place name cut inside a word is none (文化市|场)", "4月12日，副区长林川带队对东湾文化市场进行检查。", nil),
        ("a town before its villagers is none (东湾村|民)", "4月12日，区长沈默对东湾村民反映的问题进行督办。", nil),
        ("a town is still a town", "4月12日，区长沈默对东湾村人居环境整治进行督导。", "东湾村"),
        ("a list of sites too long to read to its verb",
         "4月12日，市人大代表先后到东湾开发区软件创意园、青石智能装备有限公司、澜江绿色农产品交易物流中心、北塘艺术家聚集区等地实地视察。",
         "东湾开发区软件创意园"),
        ("a tour told in the next sentence (先后到)",
         "4月12日，区委书记林川等市人大代表就东湾区经济社会发展情况进行视察。视察中，代表们先后到东湾开发区软件创意园、青石智能装备有限公司等地实地视察。",
         "东湾开发区软件创意园"),
        ("going to an office to petition is no tour", "4月12日，区长沈默主持召开信访工作会议。今年以来，群众先后到区信访局反映问题20余次。", nil),
        ("funds in place are no site", "4月12日，全区重点项目推进会召开。会上通报，东湾大桥项目先后到位资金3亿元。", nil),
        ("a village before its militia is the village (东湾村|民兵)", "4月12日，区长沈默对东湾村民兵整组工作进行检查。", "东湾村"),
        ("开学 closes the venue", "4月12日上午，全区新任村干部培训班在澜州开学。", "澜州"),
        ("a person is no place", "4月12日，部分市人大代表在市人大常委会副主任苏青的带领下赴澜江市东湾街道学习考察。", "澜江市东湾街道"),
        ("the scene set by the sentence that dates the event", "4月12日上午，第五届桃花节在青山水库景区举办。县委书记林平出席并宣布开幕。", "青山水库景区"),
        ("这里 points back to the site entered", "4月12日早上8点，学员们走进东湾区政府会议楼一楼。当天，青年干部培训班在这里开班。", "东湾区政府会议楼一楼"),
        ("这里 before a later sentence's tour cue", "4月12日早上8点，学员们走进西岭区行政中心二号楼。当天，青年干部培训班在这里开班。开班式上，区长周可用深入浅出的语言讲授第一课。", "西岭区行政中心二号楼"),
        ("深入 in a word is no tour", "4月12日，区委理论学习中心组举行专题学习会，专家用深入浅出的语言作辅导报告。", nil),
        ("深入人心 is no tour", "4月12日上午，区委书记韩立诚主持召开会议，要求让文明新风深入人心。", nil),
        ("深入细致 is no tour", "4月12日，副区长蒋川主持召开专题会议，要求深入细致做好隐患排查。", nil),
        ("深入 before a verb is no tour", "4月9日至10日，区委举办深入贯彻八项规定精神专题读书班。", nil),
        ("深入推进 is no tour", "4月12日，区长沈默主持召开会议，研究深入推进老旧小区改造工作。", nil),
        ("the course of a visit is no site", "4月12日上午，区长沈默会见了澜州市党政代表团一行。澜州市委书记季方表示，参观过程中深受启发。", nil),
        ("the end of a visit is no site", "4月12日上午，副区长周可会见了东岭县考察团一行。考察团表示，参观结束后将把经验带回去。", nil),
        ("深入 a village is a tour", "4月12日，区长沈默深入青湖镇东岭村，实地察看春耕备耕情况。", "青湖镇东岭村"),
        ("a short site that ends like a place", "4月12日，副区长蒋川来到石镇，察看防汛准备情况。", "石镇"),
        ("a street of restaurants is a site", "4月12日晚，副区长蒋川带队对青湖路小吃街油烟治理情况进行夜间督查。", "青湖路小吃街"),
        ("a scene set at a welfare home", "6月1日，区委书记韩立诚带队走访慰问少年儿童。在西岭区儿童福利院，韩立诚与孩子们一起做手工。", "西岭区儿童福利院"),
        ("an industrial park after 对", "4月12日，副区长周可对澜江高新产业园安全生产工作进行督查。", "澜江高新产业园"),
        ("背街小巷 are no street of the place", "4月12日晚，副区长蒋川对西岭街道背街小巷环境整治进行暗访。", "西岭街道"),
        ("the first site looked at", "4月12日，区长沈默带队调研乡村振兴工作，实地察看了青湖镇东岭村、西岭村。", "青湖镇东岭村"),
        ("what is looked at is no site unless it ends like one", "4月12日，副区长蒋川带队督查安全生产工作，实地察看了企业消防设施。", nil),
        ("the time of an occasion is no site", "1月20日，在春节来临之际，区委书记林舟看望了困难群众。", nil),
        ("shops along a road are no site", "4月12日，副区长周可对城区主干道沿街商铺进行消防检查。", nil),
        ("a meeting's name is no site", "4月12日，县长周原在乡村振兴推进会上强调，要抓好春耕备耕。", nil),
        ("courts are sites", "4月12日，副区长林舟先后走访了县人民法院、县人民检察院。", "县人民法院"),
        ("a website is no site", "4月12日，区长沈默对政府门户网站内容更新情况进行检查。", nil),
        ("a kind of site under a scope is no place", "6月2日晚，副区长马骁对城区在建工地扬尘防控情况进行检查。", nil),
        ("the site of a visit", "22日，代表们参观了东湾海洋馆，听取了讲解。", "东湾海洋馆"),
        ("traditional script", "4月12日上午，全區“三下鄉”活動啟動儀式在青石鎮文化廣場隆重舉行。", "青石鎮文化廣場"),
    ]

    /// Every event's place, in order: an event implied by its setting (`座谈会上，…`) is a
    /// moment of the occasion before it; an event after 会后 or 随后 goes elsewhere.
    static let occasionRows: [(rule: String, body: String, places: [String?])] = [
        ("a symposium during a visit", "4月12日，政企交流活动在青湖国防教育基地举行，企业家们参观了基地展馆。座谈会上，区委书记林川表示，要优化营商环境。",
         ["青湖国防教育基地", "青湖国防教育基地"]),
        ("a symposium after a tour", "4月12日，区长沈默到东湾镇调研乡村振兴工作。座谈会上，沈默听取了镇村干部的汇报。",
         ["东湾镇", "东湾镇"]),
        ("a spot on a site is not carried", "4月12日，区委书记林川到东湾水库大坝察看防汛工作。座谈会上，林川听取了区水务局工作汇报。",
         ["东湾水库大坝", nil]),
        ("after 会后 no place is carried", "4月12日，区委常委会会议在区行政中心召开。会后，区委书记林川调研了防汛工作。",
         ["区行政中心", nil]),
        ("after 会后 the event tours from its own sentence",
         "4月12日，全县防汛工作会议在县行政中心召开。会后，县长宋岩一行来到县消防救援大队，检查物资储备情况。",
         ["县行政中心", "县消防救援大队"]),
    ]

    @Test(arguments: occasionRows.indices)
    func occasion(_ index: Int) {
        let row = Self.occasionRows[index]
        #expect(RoleTests.events("本报讯 " + row.body).map(\.location) == row.places, "\(row.rule)")
    }

    @Test(arguments: rows.indices)
    func place(_ index: Int) {
        let row = Self.rows[index]
        let events = RoleTests.events("本报讯 " + row.body)
        #expect(events.first?.location == row.place, "\(row.rule)")
    }
}
