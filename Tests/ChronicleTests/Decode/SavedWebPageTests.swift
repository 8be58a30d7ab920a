import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct SavedWebPageTests {
    let html = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>区政府召开常务会议_东岚区人民政府</title>
    <style>p { margin: 0 }</style><script>var a = "<p>不是正文</p>";</script></head>
    <body>
    <div class="nav">当前位置：<a href="/">首页</a> &gt; 政务要闻</div>
    <h1>区政府召开第三十七次常务会议</h1>
    <div class="info">发布时间：2021-04-15 10:23&nbsp;&nbsp;来源：区政府办公室</div>
    <!-- 正文 -->
    <p>&emsp;&emsp;4月14日下午，区长何振宇主持召开区政府
    第三十七次常务会议。</p>
    <p>　　会议研究了《东岚区老旧小区改造工作实施方案》&#12290;</p>
    <div><a href="javascript:window.print()">打印本页</a> <a href="#">关闭窗口</a></div>
    </body></html>
    """

    @Test func recognizesMarkup() {
        #expect(SavedWebPage.looksLikeHTML(html))
        #expect(!SavedWebPage.looksLikeHTML("本报讯 <记者> 近日"))
        #expect(!SavedWebPage.looksLikeHTML("区政府召开常务会议\n<p>"))
    }

    @Test func textAsTheBrowserShowsIt() {
        let lines = SavedWebPage.plainText(html).split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(lines.contains("区政府召开第三十七次常务会议"))
        #expect(lines.contains { $0.hasPrefix("当前位置：首页 > 政务要闻") })
        #expect(lines.contains("会议研究了《东岚区老旧小区改造工作实施方案》。"))
        #expect(!lines.contains { $0.contains("不是正文") || $0.contains("margin") || $0.contains("_东岚区人民政府") })
    }

    @Test func htmlPageLaysOutLikeItsText() throws {
        let page = try PageLayout().page(text: html, source: "item.html", issueDate: nil)
        #expect(page.issueDate == CalendarDate(iso: "2021-04-15"))
        #expect(page.articles.map(\.headline) == ["区政府召开第三十七次常务会议"])
        #expect(page.articles.first?.body
                == "4月14日下午，区长何振宇主持召开区政府第三十七次常务会议。\n会议研究了《东岚区老旧小区改造工作实施方案》。")
    }

    @Test func entitiesInSavedText() {
        #expect(SavedWebPage.decodingEntities("&nbsp;&nbsp;本报讯 A&amp;B &#x4F1A;&#35758; &unknown; & 5") == "\u{A0}\u{A0}本报讯 A&B 会议 &unknown; & 5")
    }

    /// Stray `<` with unclosed quotes must not make the reader quadratic.
    @Test func strayMarkupStaysLinear() {
        ThreadCPUTime.expectLinear(factor: 4) { scale in
            _ = SavedWebPage.plainText("<p>" + String(repeating: "<a \"会议", count: 50_000 * scale))
        }
    }
}
