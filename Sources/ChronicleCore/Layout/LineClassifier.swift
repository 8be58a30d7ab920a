/// What a line of a page is.
enum LineKind: Equatable, Sendable {
    case blank
    /// Page furniture: breadcrumbs, site names, print links, page numbers, editors.
    case chrome
    /// Furniture that heads a website item: `来源:区政府办公室`, `【字体:大 中 小】`.
    case itemHeader(CalendarDate?)
    /// A website item's `发布时间:2021-04-15 10:23` header (page furniture that dates the issue).
    case dateHeader(CalendarDate?)
    /// A newspaper masthead row `南渚周报 2022年1月3日 星期一 第2版`.
    case masthead(CalendarDate)
    /// A line holding only a date: the page's date above the first article, a notice's
    /// signature date below it.
    case bareDate(CalendarDate)
    /// `相关新闻`: the headline-like lines after it belong to other pages.
    case navigationHeader
    case caption
    case byline
    /// Boxed: a lead is a few lines of a page, and inline it would make every line's kind
    /// as large as a lead (a page of 200,000 lines holds all their kinds at once).
    indirect case lead(Lead)
    /// A short line without sentence punctuation: a headline, kicker, subtitle or subheading.
    case title
    case text
}

/// The opening of a report: `本报讯`, `本报郑州4月13日讯(记者 X)`, `新华社…电`, `据…报道`.
struct Lead: Equatable, Sendable {
    /// Credits inside the parentheses after the lead, as written.
    var byline: String?
    /// The dateline's date as written, completed later against the issue date.
    var dateline: WrittenDate?
    /// `据…报道` opens a rewritten report, but also quotes a source inside an article:
    /// it starts an article only below a headline.
    var weak: Bool
}

/// Classifies lines by the tables of `LayoutLexicon`. A class: its two dozen tables are
/// shared by reference, not retained one by one each time the classifier is passed on.
final class LineClassifier: Sendable {
    let dates: FurnitureDates
    private let bylines = BylineGrammar()
    private let chromePrefixes = MarkerSet(LayoutLexicon.chromePrefixes)
    private let chromeContains = MarkerSet(LayoutLexicon.chromeContains)
    private let navigationHeaders = MarkerSet(LayoutLexicon.navigationHeaders)
    private let itemHeaders = MarkerSet(LayoutLexicon.itemHeaderMarkers)
    private let siteNames = MarkerSet(LayoutLexicon.siteNameSuffixes)
    private let fieldLabels = MarkerSet(LayoutLexicon.fieldLabels)
    private let pageControls = MarkerSet(LayoutLexicon.pageControls)
    private let countUnits = MarkerSet(LayoutLexicon.fieldCountUnits)
    private let captionOpeners = MarkerSet(LayoutLexicon.captionOpeners)
    private let dateHeaders = MarkerSet(LayoutLexicon.issueDateHeaders)
    private let mastheadCues = MarkerSet(LayoutLexicon.mastheadCues)
    private let mastheadFields = MarkerSet(LayoutLexicon.mastheadFieldSuffixes)
    private let subtitleOpeners = MarkerSet(LayoutLexicon.subtitleOpeners)
    private let standfirstOpeners = MarkerSet(LayoutLexicon.standfirstOpeners)
    private let photoCredit = MatchFolding.fold(LayoutLexicon.photoCreditEnd)
    private let pageOpen = MatchFolding.fold(LayoutLexicon.pageNumberMarks.open)
    private let pageClose = MatchFolding.fold(LayoutLexicon.pageNumberMarks.close)
    private let issueClose = MatchFolding.fold(LayoutLexicon.issueNumberClose)
    private let leads = LeadGrammar()

    init(dates: FurnitureDates) {
        self.dates = dates
    }

    func classify(_ line: PageLine) -> LineKind {
        if line.isBlank { return .blank }
        let key = line.key[...]
        let short = line.length <= LayoutLexicon.maxChromeLength
        if short, dateHeaders.isPrefix(of: key) {
            return .dateHeader(dates.firstFullDate(in: key))
        }
        if line.length <= LayoutLexicon.maxMastheadLength, let kind = mastheadOrDate(key) { return kind }
        if let lead = lead(line) { return .lead(lead) }
        if short, !key.contains(where: ScalarClass.isAlphabetic) { return .chrome }   // rules, page numbers: `———`, `- 2 -`
        if short, isNavigationHeader(key) { return .navigationHeader }   // `相关阅读：` is no empty field
        if short, isChrome(key) {
            // Furniture with a date (`来源:区政府办 2021-04-15 10:23`) dates the page.
            let date = dates.firstFullDate(in: key)
            if itemHeaders.firstOccurrence(in: key) != nil { return .itemHeader(date) }
            return date.map { .dateHeader($0) } ?? .chrome
        }
        if line.length <= LayoutLexicon.maxBylineLength, bylines.accepts(key) { return .byline }
        if isCaption(line) { return .caption }
        if isTitle(line) { return .title }
        return .text
    }

    /// What Layout reads of a line after it is classified (`LineTraits`), read with its kind.
    func traits(_ line: PageLine) -> LineTraits {
        var traits = LineTraits(line, dates: dates)
        if isSubtitle(line) { traits.insert(.subtitle) }
        if isStandfirst(line) { traits.insert(.standfirst) }
        return traits
    }

    func isSubtitle(_ line: PageLine) -> Bool { subtitleOpeners.isPrefix(of: line.key) }

    /// `编者按:`, `【核心提示】`: a summary between a headline and its lead.
    func isStandfirst(_ line: PageLine) -> Bool {
        let start = line.key.firstIndex { !LayoutLexicon.bylineDecorations.contains($0) && $0 != " " } ?? line.key.endIndex
        return standfirstOpeners.isPrefix(of: line.key[start...])
    }

    // MARK: Leads

    private func lead(_ line: PageLine) -> Lead? {
        guard let m = leads.match(line.key, firstDate: { dates.firstDate(in: $0) }) else { return nil }
        let dateline = m.dateline.flatMap { dates.dateline(endingPhrase: line.key[..<$0.upperBound]) }
        return Lead(byline: m.credits.map(line.original), dateline: dateline, weak: m.weak)
    }

    // MARK: Page furniture

    private func mastheadOrDate(_ key: ArraySlice<Unicode.Scalar>) -> LineKind? {
        guard !key.contains(where: LayoutLexicon.mastheadForbidden.contains) else { return nil }
        // The date is a scan by the time engine: a line too long for a bare date is scanned
        // only when it reads as a masthead (most headlines do not); a short one is scanned
        // first, and asked whether it is a masthead only when it holds a date.
        let bare = key.lazy.filter({ $0 != " " }).count <= LayoutLexicon.maxBareDateLength
        if bare {
            return dates.firstFullDate(in: key).map { isMasthead(key) ? .masthead($0) : .bareDate($0) }
        }
        guard isMasthead(key), let date = dates.firstFullDate(in: key) else { return nil }
        return .masthead(date)
    }

    /// A masthead's cue (`星期一`), page or issue number, or a field naming the paper (`南渚周报`).
    private func isMasthead(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        if mastheadCues.firstOccurrence(in: key) != nil || hasPageNumber(key) || hasIssueNumber(key) { return true }
        // The fields between spaces, walked in place (no array of them made).
        var start = key.startIndex
        while start < key.endIndex {
            let end = key[start...].firstIndex(of: " ") ?? key.endIndex
            if end > start, end - start <= LayoutLexicon.maxMastheadFieldLength, mastheadFields.isSuffix(of: key[start..<end]) {
                return true
            }
            start = end + 1
        }
        return false
    }

    private func isChrome(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        // Furniture is never a sentence: `资金来源:区财政拨款。` is text.
        if key.contains(where: LayoutLexicon.headlineForbidden.contains) { return false }
        if chromePrefixes.isPrefix(of: key) || chromeContains.firstOccurrence(in: key) != nil { return true }
        if key.count <= LayoutLexicon.maxSiteNameLength, siteNames.isSuffix(of: key) { return true }
        if hasPageNumber(key) { return true }
        return isFieldRow(key) || opensWithLabel(key) || hasDateAndClock(key)
    }

    /// Calls `body` with each field of `key` (the runs between `LayoutLexicon.fieldSeparators`,
    /// none empty), in order, until it returns false: walked in place, no array of them made.
    @inline(__always)
    private func forEachField(_ key: ArraySlice<Unicode.Scalar>, _ body: (ArraySlice<Unicode.Scalar>) -> Bool) {
        let separators = LayoutLexicon.fieldSeparators
        var start = key.startIndex
        while start < key.endIndex {
            var end = start
            while end < key.endIndex, !separators.contains(key[end]) { end += 1 }
            if end > start, !body(key[start..<end]) { return }
            start = end + 1
        }
    }

    /// `来源｜县融媒体中心`, `编辑 | 王五`: a field label and a bar, the way post accounts set
    /// their credits (a colon is `isLabelledField`'s).
    private func opensWithLabel(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        // A credit set so (`文丨张三`) is a byline: it closes its article.
        guard let n = fieldLabels.longestMatch(in: key, at: key.startIndex), !bylines.accepts(key) else { return false }
        let rest = key.dropFirst(n).drop { $0 == " " }
        return rest.first.map(LayoutLexicon.fieldBars.contains) ?? false
    }

    /// A publication stamp, a full date and its clock (`2024-03-22 18:30`,
    /// `2012年01月05日14:47`), among words that are no sentence: a post's or an item's header
    /// (`原创 县融媒体中心 2024-03-22 18:30 发表于澜江`), never a headline.
    private func hasDateAndClock(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        // A dated stamp with its clock in it, or in the next field.
        var found = false
        var dateWaits = false   // the field before is a dated stamp without a clock
        forEachField(key) { piece in
            let stamp = isTimeStamp(piece)
            if dateWaits, stamp, piece.contains(LayoutLexicon.fieldColon) { found = true; return false }
            dateWaits = false
            guard stamp, piece.contains(where: LayoutLexicon.dateMarks.contains) else { return true }
            if piece.contains(LayoutLexicon.fieldColon) { found = true; return false }
            dateWaits = true
            return true
        }
        return found && dates.firstFullDate(in: key) != nil
    }

    /// A row of furniture fields, never a headline: every piece a time stamp, a
    /// `label:value` field, a count about the page, a site name, a page control or a single
    /// character, and at least one stamp or field (`时间:2020-07-28`, `2012年01月05日14:47`,
    /// `2025-07-24 阅读:56 次`, `东岚区融媒体中心 编辑:林一凡`, `小字号`).
    private func isFieldRow(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        var sawField = false, other = false
        forEachField(key) { piece in
            if isTimeStamp(piece) || isLabelledField(piece) || isCount(piece)
                || pageControls.longestMatch(in: piece, at: piece.startIndex) == piece.count {
                sawField = true
            } else if piece.count > 1, !(piece.count <= LayoutLexicon.maxSiteNameLength && siteNames.isSuffix(of: piece)) {
                other = true
                return false
            }
            return true
        }
        return sawField && !other
    }

    /// A short label, a number and a unit of a count about the page (`全文1200字`, `阅读约3分钟`).
    private func isCount(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let digit = piece.firstIndex(where: { ScalarClass.isASCIIDigit($0.value) }),
              digit - piece.startIndex <= LayoutLexicon.maxFieldLabelLength else { return false }
        var end = digit
        while end < piece.endIndex, ScalarClass.isASCIIDigit(piece[end].value) { end += 1 }
        return end < piece.endIndex && countUnits.longestMatch(in: piece, at: end) == piece.endIndex - end
    }

    /// Digits and date or clock marks only, with at least one digit.
    private func isTimeStamp(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        piece.contains { ScalarClass.isASCIIDigit($0.value) }
            && piece.allSatisfy { ScalarClass.isASCIIDigit($0.value) || LayoutLexicon.timeStampMarks.contains($0) }
    }

    /// `编辑:林一凡`, `阅读:56`, `阅读次数:`: a known label, or any short label with a numeric
    /// value or none.
    private func isLabelledField(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let colon = piece.firstIndex(of: LayoutLexicon.fieldColon), colon > piece.startIndex else { return false }
        let label = piece[..<colon], value = piece[(colon + 1)...]
        if fieldLabels.longestMatch(in: label, at: label.startIndex) == label.count { return true }
        // A short label left unfilled (`阅读次数:`) or filled with a number or a date.
        return label.count <= LayoutLexicon.maxFieldLabelLength && (value.isEmpty || isTimeStamp(value))
    }

    /// `第2版`, `02-05版`, `A3版`, `本期共4版`: a 版 right after a number.
    private func hasPageNumber(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !key.contains(where: LayoutLexicon.headlineForbidden.contains) else { return false }
        return hasNumbered(key, close: pageClose, bareDigits: true)
    }

    /// `第1234期` in a masthead.
    private func hasIssueNumber(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        hasNumbered(key, close: issueClose, bareDigits: false)
    }

    /// A number followed by `close`, written `第N` (or bare digits when allowed).
    private func hasNumbered(_ key: ArraySlice<Unicode.Scalar>, close: [Unicode.Scalar], bareDigits: Bool) -> Bool {
        guard let mark = close.first, let open = pageOpen.first else { return false }
        let isDigit: (Unicode.Scalar) -> Bool = { [dates] in dates.isDigitOrTen($0) }
        var i = key.startIndex + 1
        while i < key.endIndex {
            if key[i] == mark, isDigit(key[i - 1]) {
                if bareDigits, ScalarClass.isASCIIDigit(key[i - 1].value) { return true }
                var j = i - 1
                while j > key.startIndex, isDigit(key[j - 1]) { j -= 1 }
                if j > key.startIndex, key[j - 1] == open { return true }
            }
            i += 1
        }
        return false
    }

    private func isNavigationHeader(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        // The header is the whole line but its decorations: a line with more of other
        // scalars than the longest header (most lines) is none, and is not copied whole.
        let decorations = LayoutLexicon.bylineDecorations, limit = navigationHeaders.maxLength
        func isCore(_ s: Unicode.Scalar) -> Bool { !decorations.contains(s) && s != ":" && s != " " }
        // Counted first: most lines have too many, and are refused without an array made.
        var count = 0
        for s in key where isCore(s) {
            count += 1
            if count > limit { return false }
        }
        var core: [Unicode.Scalar] = []
        core.reserveCapacity(count)
        for s in key where isCore(s) { core.append(s) }
        guard let n = navigationHeaders.longestMatch(in: core, at: 0) else { return false }
        return n == core.count
    }

    private func isCaption(_ line: PageLine) -> Bool {
        guard line.length <= LayoutLexicon.maxChromeLength * 2 else { return false }
        if captionOpeners.isPrefix(of: line.key) { return true }
        // `… 记者 柴琳琳 摄`: a photo credit closes the line.
        var tail = line.tail[...]
        guard tail.last == photoCredit.first else { return false }
        tail = tail.dropLast()
        if tail.last == " " { tail = tail.dropLast() }
        guard let space = tail.lastIndex(of: " ") else { return false }
        return LayoutLexicon.nameLengths.contains(tail.endIndex - space - 1)
    }

    private func isTitle(_ line: PageLine) -> Bool {
        guard line.length <= LayoutLexicon.maxHeadlineLength,
              !line.key.contains(where: LayoutLexicon.headlineForbidden.contains),
              let last = line.key.last, !LayoutLexicon.headlineForbiddenEnds.contains(last) else { return false }
        return true
    }
}
