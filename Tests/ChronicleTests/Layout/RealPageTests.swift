import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Pages shaped like what users save from real sites: furniture, kickers, subtitles,
/// several kinds of lead, split credits, captions, navigation lists, traditional script.
@Suite struct RealPageTests {
    let layout = PageLayout()

    @Test func governmentSiteInTraditionalScript() throws {
        let text = """
        澜州市人民政府门户网站\r
        首頁 > 新聞中心 > 工作動態\r
        區長張三調研老舊小區改造工作\r
        發佈時間：2021-04-15 10:23　來源：區政府辦公室　瀏覽次數：125\r
        【字體：大 中 小】\r
        　　4月14日下午，區長張三到錦屏街道調研老舊小區改造工作。\r
        　　張三強調，要加快推進改造進度。\r
        打印本頁　關閉窗口\r
        相關新聞\r
        · 區政府召開常務會議\r
        · 區領導檢查安全生產\r
        """
        let page = try layout.page(text: text, source: "item.html", issueDate: nil)
        #expect(page.issueDate == CalendarDate(iso: "2021-04-15"))
        #expect(page.articles.count == 1)
        let a = try #require(page.articles.first)
        #expect(a.headline == "區長張三調研老舊小區改造工作")
        #expect(a.byline == nil)
        #expect(a.body == "4月14日下午，區長張三到錦屏街道調研老舊小區改造工作。\n張三強調，要加快推進改造進度。")
    }

    @Test func newspaperPageWithKickerSubtitleAndSeveralLeads() throws {
        let text = """
        澜州日报　2021年4月14日　星期三　第02版　要闻
        本期共4版
        02-05版

        聚焦城市更新
        全市城市更新现场会召开
        ——以绣花功夫推进老旧街区有机更新

        ■本报记者 闫书杰

        本报讯 4月13日上午，全市城市更新工作现场会召开。
        ▲ 4月13日，与会人员实地观摩。 记者 闫书杰 摄
        会议指出，要坚持规划引领。

        又讯 当天下午，青槐区召开城市更新工作推进会。

        区领导走访慰问困难群众

        晨报讯（记者 张三 实习生 李四）12日，区长走访慰问困难群众。
        记者 张三
        通讯员 李四

        滨河路改造工程开工

        据澜州新闻网报道，4月10日，滨河路改造工程开工。据了解，工程为期一年。
        文/图 本报记者 王五
        """
        let page = try layout.page(text: text, source: "-", issueDate: nil)
        #expect(page.issueDate == CalendarDate(iso: "2021-04-14"))
        #expect(page.articles.map(\.headline) == ["全市城市更新现场会召开", "", "区领导走访慰问困难群众", "滨河路改造工程开工"])
        #expect(page.articles.map(\.byline) == ["本报记者 闫书杰", nil, "记者 张三 实习生 李四", "文/图 本报记者 王五"])
        #expect(page.articles[0].body == "本报讯 4月13日上午，全市城市更新工作现场会召开。\n会议指出，要坚持规划引领。")
        #expect(page.articles[1].body == "又讯 当天下午，青槐区召开城市更新工作推进会。")
        #expect(page.articles[3].body.hasPrefix("据澜州新闻网报道"))
    }

    @Test func reportLeadInsideAnArticleDoesNotSplitIt() throws {
        let text = """
        区长调研防汛工作

        本报讯 4月12日，区长到白鹭河调研防汛工作。

        据区水利局报道，全区已完成隐患排查。

        记者 张三
        """
        let page = try layout.page(text: text, source: "2021-04-14.txt", issueDate: nil)
        #expect(page.articles.count == 1)
        #expect(page.articles[0].body.hasSuffix("据区水利局报道，全区已完成隐患排查。"))
    }

    @Test func leadlessItemsSeparatedByCredits() throws {
        let text = """
        以“绣花功夫”守护城市颜值

        本报评论员

        城市是人民的城市,群众最有发言权。

        背街小巷换新颜

        记者 李四

        4月12日,区长苏婉清到北塘街道检查背街小巷整治。
        """
        let page = try layout.page(text: text, source: "2021-04-14.txt", issueDate: nil)
        #expect(page.articles.map(\.headline) == ["以“绣花功夫”守护城市颜值", "背街小巷换新颜"])
        #expect(page.articles.map(\.byline) == ["本报评论员", "记者 李四"])
    }

    @Test func navigationListAfterTheLastArticleIsDropped() throws {
        let text = """
        区政府召开常务会议

        本报讯 4月14日，区长何振宇主持召开区政府常务会议。

        记者 张三

        相关阅读：
        区政府召开防汛调度会
        区领导会见客商
        """
        let page = try layout.page(text: text, source: "2021-04-15.txt", issueDate: nil)
        #expect(page.articles.count == 1)
        #expect(!page.articles[0].body.contains("防汛调度会"))
    }

    @Test func noticeKeepsItsSignatureDate() throws {
        let text = """
        关于召开全区安全生产工作会议的通知
        发布时间:2021-04-12 16:40 来源:区安委会办公室
        各街道办事处，区直各单位：
        　　定于二〇二一年四月十六日上午九时召开全区安全生产工作会议。
        　　一、参会人员
        　　各街道分管负责同志。

        　　　　　　　　汐河区安全生产委员会办公室
        　　　　　　　　　二〇二一年四月十二日
        """
        let page = try layout.page(text: text, source: "n.html", issueDate: nil)
        #expect(page.issueDate == CalendarDate(iso: "2021-04-12"))
        let body = try #require(page.articles.first?.body)
        #expect(body.split(separator: "\n").count == 6)
        #expect(body.hasSuffix("汐河区安全生产委员会办公室\n二〇二一年四月十二日"))
    }

    @Test func standfirstBeforeTheLeadStaysOutOfTheBody() throws {
        let text = """
        澜州日报 2021年4月14日 星期三 第02版
        老旧小区改造 改出居民新生活

        编者按：老旧小区改造是民生工程。本报今起推出系列报道。

        本报讯（记者 范思远）近日，柳泉区召开老旧小区改造推进会。
        ————————————
        澜州日报 2021年4月14日 星期三 第03版
        区领导调研防汛工作

        本报讯 4月12日，区长到白鹭河调研。
        """
        let page = try layout.page(text: text, source: "-", issueDate: nil)
        #expect(page.articles.map(\.headline) == ["老旧小区改造 改出居民新生活", "区领导调研防汛工作"])
        #expect(page.articles.map(\.byline) == ["记者 范思远", nil])
        #expect(page.articles[0].body == "本报讯（记者 范思远）近日，柳泉区召开老旧小区改造推进会。")
    }

    /// A website's list of items without credits, each under its own header line:
    /// first header, second header, the second item's reference date.
    static let listHeaders: [(String, String, String)] = [
        ("发布时间：2021-04-15 10:23　来源：区政府办公室", "来源：区应急管理局", "2021-04-15"),
        ("2021-04-15", "2021-04-14", "2021-04-14"),
        ("2021-04-15", "发布时间：2021-04-14", "2021-04-14"),
    ]

    @Test(arguments: listHeaders.indices) func websiteListOfItems(_ k: Int) throws {
        let (first, second, secondReference) = Self.listHeaders[k]
        let text = """
        工作动态
        区政府召开常务会议
        \(first)
        　　4月14日下午，区长何振宇主持召开区政府常务会议。
        区领导督导防汛工作
        \(second)
        　　4月13日，副区长柯岩到白鹭河督导防汛工作。
        """
        let page = try layout.page(text: text, source: "-", issueDate: nil)
        #expect(page.issueDate == CalendarDate(iso: "2021-04-15"))
        #expect(page.articles.map(\.headline) == ["区政府召开常务会议", "区领导督导防汛工作"])
        #expect(page.articles.map(\.body) == ["4月14日下午，区长何振宇主持召开区政府常务会议。",
                                              "4月13日，副区长柯岩到白鹭河督导防汛工作。"])
        // Each listed item resolves its dates against its own date; the first, the page's.
        #expect(page.articles.map(\.referenceDate) == [CalendarDate(iso: "2021-04-15"), CalendarDate(iso: secondReference)])
        let given = try layout.page(text: text, source: "-", issueDate: CalendarDate(iso: "2021-04-16"))
        #expect(given.articles.first?.referenceDate == CalendarDate(iso: "2021-04-16"))
    }

    @Test func leadLineHoldingOnlyItsCredits() throws {
        let text = "区里召开会议\n\n本报讯（记者 张三）\n近日，区里召开会议。"
        let page = try layout.page(text: text, source: "-", issueDate: CalendarDate(iso: "2021-04-14"))
        #expect(page.articles.first?.body == "本报讯（记者 张三）近日，区里召开会议。")
        #expect(page.articles.first?.byline == "记者 张三")
    }

    /// Text copied from a PDF: lines cut at a fixed width, no blank lines, no credits.
    @Test func hardWrappedPage() throws {
        let text = """
        柳泉区领导督导森林防火工作
        本报讯（记者 范思远）4月12日上午，柳泉区委书记赵庆林
        到石梁镇督导森林防火工作，实地察看了凤凰山林区防火检
        查站和护林员值守情况
        重点项目建设调度会召开
        本报讯 近日，柳泉区召开重点项目建设调度会，区长顾长河
        主持会议。
        """
        let page = try layout.page(text: text, source: "2021-04-14.txt", issueDate: nil)
        #expect(page.articles.map(\.headline) == ["柳泉区领导督导森林防火工作", "重点项目建设调度会召开"])
        #expect(page.articles.map(\.body) == [
            "本报讯（记者 范思远）4月12日上午，柳泉区委书记赵庆林到石梁镇督导森林防火工作，实地察看了凤凰山林区防火检查站和护林员值守情况",
            "本报讯 近日，柳泉区召开重点项目建设调度会，区长顾长河主持会议。",
        ])
    }

    @Test func publicationTimeBelowTheText() throws {
        let text = "区政府召开常务会议\n　　4月14日，区长主持召开常务会议。\n发布时间：2021-04-15　来源：区政府办\n"
        #expect(try layout.page(text: text, source: "-", issueDate: nil).issueDate == CalendarDate(iso: "2021-04-15"))
    }

    @Test func creditsClosingTheLastParagraph() throws {
        let text = "区政府召开常务会议\n\n本报讯 4月14日，区长主持召开常务会议。会议要求抓好落实。（记者 张三 通讯员 李四）\n"
        let a = try #require(try layout.page(text: text, source: "2021-04-15.txt", issueDate: nil).articles.first)
        #expect(a.byline == "记者 张三 通讯员 李四")
        #expect(a.body == "本报讯 4月14日，区长主持召开常务会议。会议要求抓好落实。")
        let plain = "区政府召开常务会议\n\n本报讯 4月14日，区长主持召开常务会议（第37次）\n"
        #expect(try layout.page(text: plain, source: "2021-04-15.txt", issueDate: nil).articles.first?.byline == nil)
    }

    @Test func navigationListAboveTheHeadline() throws {
        let text = """
        热点新闻
        · 区政府召开防汛调度会
        · 区领导会见客商
        区长调研老旧小区改造

        本报讯 4月12日，区长到锦屏街道调研老旧小区改造。
        """
        let page = try layout.page(text: text, source: "2021-04-14.txt", issueDate: nil)
        #expect(page.articles.map(\.headline) == ["区长调研老旧小区改造"])
    }

    @Test func leadWithoutHeadlineAfterALeadlessArticleKeepsBoth() throws {
        let text = """
        以“绣花功夫”守护城市颜值
        本报评论员
        城市是人民的城市,群众最有发言权。
        又讯 4月12日,区长到北塘街道检查背街小巷整治。
        """
        let page = try layout.page(text: text, source: "2021-04-14.txt", issueDate: nil)
        #expect(page.articles.map(\.body) == ["城市是人民的城市,群众最有发言权。", "又讯 4月12日,区长到北塘街道检查背街小巷整治。"])
    }

    @Test func sentenceWithAFurnitureWordIsText() throws {
        let text = "区政府召开常务会议\n\n本报讯 4月14日，区长主持召开常务会议。\n资金来源：区财政拨款500万元。\n"
        let body = try layout.page(text: text, source: "2021-04-15.txt", issueDate: nil).articles.first?.body
        #expect(body?.hasSuffix("资金来源：区财政拨款500万元。") == true)
    }

    @Test func leadMarkAloneWithCreditsBelow() throws {
        let text = "区里召开会议\n\n本报讯\n（记者 张三 通讯员 李四）\n近日，区里召开会议。\n"
        let page = try layout.page(text: text, source: "2021-04-14.txt", issueDate: nil)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.byline == "记者 张三 通讯员 李四")
        #expect(page.articles.first?.body == "本报讯近日，区里召开会议。")
    }

    /// A report without a lead follows an article that has no closing credits: its
    /// headline and its dated first sentence start it; a plain subheading does not.
    @Test func headlineOverADatedSentenceStartsALeadlessReport() throws {
        let text = """
        我区举行冬季征兵欢送仪式

        　　本报讯 12月1日，我区举行新兵入伍欢送仪式。

        区政协召开主席会议

        　　11月26日至27日，区政协召开十届十七次主席会议。

        凝心聚力 再创佳绩

        　　会议强调，要凝心聚力。

        一、会议议程

        　　11月27日，会议审议了报告。
        """
        let page = try layout.page(text: text, source: "2021-12-02.txt", issueDate: nil)
        #expect(page.articles.map(\.headline) == ["我区举行冬季征兵欢送仪式", "区政协召开主席会议"])
        #expect(page.articles.last?.body.hasSuffix("11月27日，会议审议了报告。") == true)
    }

    /// Digests: bulleted items that open with a date are reports of their own, under the
    /// digest's heading; bulleted points without a date, or a bullet continuing a cut
    /// sentence, stay in their article.
    static let digestRows: [(page: String, headlines: [String?], lastBody: String)] = [
        ("""
         南岭镇开展汛前检查
         　　本报讯 5月10日，镇长吴启明带队检查河道堤防。
         要闻简讯
         ■ 5月9日，镇妇联在柳塘村举办家风讲座。
         ■ 近日，镇农业站开展春播技术指导。
         ■ 5月6日至7日，镇总工会组织职工技能竞赛。
         """, ["南岭镇开展汛前检查", "要闻简讯", "要闻简讯", "要闻简讯"], "5月6日至7日，镇总工会组织职工技能竞赛。"),
        ("""
         一周动态
         ● 3月2日，区科协召开年度工作会议。
         ● 3月4日上午，区档案馆举办开放日活动。
         """, ["一周动态", "一周动态"], "3月4日上午，区档案馆举办开放日活动。"),
        ("""
         东坪街道部署安全生产工作
         　　本报讯 4月8日，东坪街道召开安全生产工作会议。会议要求：
         ◆ 压实企业主体责任。
         ◆ 开展隐患排查整治。
         """, ["东坪街道部署安全生产工作"], "◆ 开展隐患排查整治。"),
        ("""
         青禾县召开项目推进会
         　　本报讯 9月3日，青禾县召开重点项目推进会，会议通报了
         ★ 8月以来各项目进展情况。
         """, ["青禾县召开项目推进会"], "★ 8月以来各项目进展情况。"),
    ]

    @Test(arguments: digestRows.indices) func digestItemsAreReportsOfTheirOwn(_ k: Int) throws {
        let row = Self.digestRows[k]
        let page = try layout.page(text: row.page, source: "2022-05-11.txt", issueDate: nil)
        #expect(page.articles.map(\.headline) == row.headlines, "row \(k)")
        #expect(page.articles.last?.body.hasSuffix(row.lastBody) == true, "row \(k)")
    }

    /// A post of a county's media account: its stamp line dates the page and is no
    /// headline; its credits set with bars and its list of earlier posts are furniture.
    @Test func mediaAccountPost() throws {
        let text = """
        点击蓝字 关注我们
        【聚焦】市委书记汪海平到我县调研
        原创 青禾县融媒体中心 青禾发布 2024-03-22 18:30 发表于澜江
        3月21日，市委书记汪海平到我县调研乡村振兴工作。县委书记邵一鸣陪同。
        汪海平一行先后来到梨花村、县经济开发区，了解产业发展情况。
        来源｜青禾县融媒体中心
        审核丨林一凡
        往期推荐
        县政府召开第35次常务会议
        我县举行产业园区项目签约仪式
        """
        let page = try layout.page(text: text, source: "post.txt", issueDate: nil)
        #expect(page.issueDate == CalendarDate(iso: "2024-03-22"))
        #expect(page.articles.map(\.headline) == ["【聚焦】市委书记汪海平到我县调研"])
        #expect(page.articles.first?.body.hasSuffix("了解产业发展情况。") == true)
    }
}
