/// An article found on a page, as line numbers, before its text is assembled.
struct ArticleLines: Sendable {
    var headline: Int?
    var lead: Lead?
    /// Credits written above the body (a commentary's `本报评论员`) or below it; a credit
    /// line may continue on the next line (`记者 X` / `通讯员 Y`).
    var bylineLines: [Int] = []
    var body: [Int] = []
    /// A credit line has closed the article: what follows belongs to the next one.
    var closed = false
    /// The date line of a listed item after the first (`发布时间`, a bare date): the item's
    /// own publication date. The first dated item carries the page's issue date.
    var itemDate: CalendarDate?
    /// A digest item (`■ 6月5日，…`): the next item of the digest shares its heading.
    var listedItem = false
}

/// Splits classified lines into articles.
///
/// A lead (`本报讯 …`) always starts an article; so does text that follows a headline
/// once the previous article is closed by its byline (website items, notices,
/// commentaries have no lead). Headline-like lines are held as candidates until the
/// next line decides: a lead or new text makes them the next headline (a kicker above
/// it is dropped, a `——` subtitle below it too); text inside an open article makes
/// them subheadings of its body.
struct PageSegmenter: Sendable {
    let classifier: LineClassifier

    func segment(_ lines: PageLines, kinds: [LineKind], traits: [LineTraits]) -> [ArticleLines] {
        var articles: [ArticleLines] = []
        var current: ArticleLines?
        var pending: [Int] = []          // headline candidates
        var pendingBylines: [Int] = []   // credit lines above the coming body
        var previousWasByline = false
        var inNavigation = false
        var navigation = Set<Int>()      // other pages' headlines listed under 相关新闻
        var pendingDate: CalendarDate?   // date line of the coming item
        let following = nextSignificant(kinds)

        func open(_ next: ArticleLines) {
            if let current { articles.append(current) }
            current = next
            current?.itemDate = pendingDate
            pending = []
            pendingBylines = []
            pendingDate = nil
        }
        func isOpen() -> Bool { current.map { !$0.closed } ?? false }
        /// Waiting lines that belong to the open article's body: not navigation lists.
        func flushPending() {
            current?.body.append(contentsOf: pending.filter { !navigation.contains($0) })
            pending = []
        }

        for (n, kind) in kinds.enumerated() {
            defer {
                switch kind {
                case .blank, .chrome, .dateHeader, .itemHeader, .masthead, .caption: break
                case .byline: previousWasByline = true
                default: previousWasByline = false
                }
            }
            switch kind {
            case .dateHeader(let date), .itemHeader(let date):
                // A website item's header under a waiting headline: the open item is over.
                if isOpen() && !pending.isEmpty { current?.closed = true }
                if current != nil, !pending.isEmpty, let date { pendingDate = date }
            case .blank, .chrome, .masthead, .caption:
                continue
            case .bareDate(let date):
                // Below the first article a bare date is a notice's signature date (text),
                // unless a headline waits above it and text follows: a listed item's date.
                let textFollows = following[n].map { kinds[$0].startsText } ?? false
                if isOpen() && !pending.isEmpty && textFollows {
                    current?.closed = true
                    pendingDate = date
                } else if current != nil {
                    pending.append(n)
                }
            case .navigationHeader:
                inNavigation = true
            case .lead(let lead) where lead.weak && isOpen() && pending.isEmpty:
                current?.body.append(n)
            case .lead(let lead) where isOpen() && pending.isEmpty && current?.lead == nil
                    && current?.body.first.map({ traits[$0].contains(.standfirst) }) == true:
                // A summary between a headline and its lead (编者按, 核心提示): the article
                // starts at the lead and keeps its headline and credits.
                inNavigation = false
                current?.lead = lead
                current?.body = [n]
            case .lead(let lead):
                inNavigation = false
                continueOpenSentence(&current, pending: &pending, traits: traits)
                var next = ArticleLines(headline: headline(from: pending, traits: traits), lead: lead)
                next.bylineLines = pendingBylines
                next.body = [n]
                open(next)
            case .byline:
                let nextIsText = following[n].map { kinds[$0] == .text } ?? false
                if previousWasByline && pendingBylines.isEmpty, current != nil {
                    current?.bylineLines.append(n)
                } else if isOpen(), pending.isEmpty, let article = current, article.lead != nil, article.body.count == 1,
                          lines[article.body[0]].length <= LayoutLexicon.maxLeadPrefix {
                    current?.bylineLines.append(n)     // `本报讯` alone, its credits on the next line
                } else if previousWasByline || !isOpen() || (!pending.isEmpty && nextIsText) {
                    pendingBylines.append(n)
                } else {
                    flushPending()
                    current?.bylineLines.append(n)
                    current?.closed = true
                }
            case .title:
                // Listed headlines can still be followed by this page's own headline and
                // text, so they wait too; they never join a body.
                if inNavigation { navigation.insert(n) }
                pending.append(n)
            case .text:
                inNavigation = false
                let listed = opensListedItem(n, after: current, lines: lines, traits: traits)
                if isOpen() && pendingBylines.isEmpty && !listed
                    && !startsLeadlessReport(n, under: pending, after: current, lines: lines, traits: traits) {
                    flushPending()
                    current?.body.append(n)
                } else {
                    // A digest's later items have no heading of their own: they share the first's.
                    let shared = listed && pending.isEmpty && current?.listedItem == true ? current?.headline : nil
                    var next = ArticleLines(headline: headline(from: pending, traits: traits) ?? shared, lead: nil)
                    next.bylineLines = pendingBylines
                    next.body = [n]
                    next.listedItem = listed
                    open(next)
                }
            }
        }
        // Lines left waiting at the end: the last lines of an open article (a notice's
        // signature and date), or, on a page with no article at all, the page itself.
        if isOpen() {
            flushPending()
        } else if current == nil, let first = pending.first {
            var only = ArticleLines(headline: first, lead: nil)
            only.body = Array(pending.dropFirst())
            only.bylineLines = pendingBylines
            current = only
        }
        if let current { articles.append(current) }
        return articles
    }

    /// Headline candidates above a lead may start with the end of the open article's last
    /// sentence (a page cut it across lines): those lines go back to that article, while
    /// at least one candidate is left for the headline.
    private func continueOpenSentence(_ current: inout ArticleLines?, pending: inout [Int], traits: [LineTraits]) {
        guard var article = current, !article.closed else { return }
        while pending.count > 1, let last = article.body.last, !traits[last].contains(.endsSentence) {
            article.body.append(pending.removeFirst())
        }
        current = article
    }

    /// A headline over text that opens with a date (`区政协召开主席会议` / `11月26日，…`)
    /// starts a report without a lead, even inside an open article: a subheading opens a
    /// section, rarely with a date. Numbered subheadings (`一、…`) and a sentence the page
    /// cut across lines stay in the open article.
    private func startsLeadlessReport(_ n: Int, under pending: [Int], after current: ArticleLines?,
                                      lines: PageLines, traits: [LineTraits]) -> Bool {
        guard !pending.isEmpty, let last = current?.body.last, traits[last].contains(.endsSentence),
              !pending.contains(where: { traits[$0].contains(.numbered) }) else { return false }
        return classifier.dates.opensWithTime(lines[n].key[...])
    }

    /// A bulleted line that opens with a date (`■ 6月5日，…`, `● 近日，…`) after a finished
    /// sentence: an item of a digest, a report of its own. Bulleted points without a date
    /// (`■ 加强组织领导。`) stay in their article.
    private func opensListedItem(_ n: Int, after current: ArticleLines?, lines: PageLines,
                                 traits: [LineTraits]) -> Bool {
        guard traits[n].contains(.bulleted) else { return false }
        let key = lines[n].key[...]
        if let last = current?.body.last, !traits[last].contains(.endsSentence) { return false }
        let start = key.firstIndex { !LayoutLexicon.itemBullets.contains($0) && $0 != " " } ?? key.endIndex
        return classifier.dates.opensWithTime(key[start...])
    }

    /// For each line, the index of the next line that is neither blank nor furniture.
    private func nextSignificant(_ kinds: [LineKind]) -> [Int?] {
        var result = [Int?](repeating: nil, count: kinds.count)
        var next: Int?
        for n in kinds.indices.reversed() {
            result[n] = next
            switch kinds[n] {
            case .blank, .chrome, .dateHeader, .itemHeader, .masthead, .caption: break
            default: next = n
            }
        }
        return result
    }

    /// The headline among candidate lines: the one nearest the body, unless that one is
    /// a `——` subtitle, then the one above it.
    private func headline(from candidates: [Int], traits: [LineTraits]) -> Int? {
        guard let last = candidates.last else { return nil }
        if traits[last].contains(.subtitle), candidates.count >= 2 { return candidates[candidates.count - 2] }
        return last
    }
}

extension LineKind {
    /// The line opens or continues running text.
    var startsText: Bool {
        switch self {
        case .text, .lead: return true
        default: return false
        }
    }
}
