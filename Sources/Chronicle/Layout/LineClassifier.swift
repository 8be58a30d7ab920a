/// What a line of a page is.
enum LineKind: Equatable, Sendable {
    case blank
    /// Page furniture: breadcrumbs, site names, print links, page numbers, editors.
    case chrome
    /// A website item's `发布时间:2021-04-15 10:23` header (page furniture that dates the issue).
    case dateHeader(CalendarDate?)
    /// A newspaper masthead row `南渚周报 2022年1月3日 星期一 第2版`.
    case masthead(CalendarDate)
    /// `相关新闻`: the headline-like lines after it belong to other pages.
    case navigationHeader
    case caption
    case byline
    case lead(Lead)
    /// A short line without sentence punctuation: a headline, kicker, subtitle or subheading.
    case title
    case text
}

/// The opening of a report: `本报讯`, `本报郑州4月13日讯(记者 X)`, `新华社…电`, `据…报道`.
struct Lead: Equatable, Sendable {
    /// Credits inside the parentheses after the lead, as written.
    var byline: String?
    /// The dateline's date as written, completed later against the issue date.
    var dateline: DateReader.Written?
}

/// Classifies lines by the tables of `LayoutLexicon`.
struct LineClassifier: Sendable {
    private let bylines = BylineGrammar()
    private let leadMarks = MarkerSet(LayoutLexicon.leadMarks)
    /// `讯` (news) may follow a bare source name; `电` (wire) needs a date or an agency.
    private let newsMark = MatchFolding.fold(LayoutLexicon.leadMarks[0]).first
    private let leadSuffixes = MarkerSet(LayoutLexicon.leadSourceSuffixes)
    private let leadPrefixes = MarkerSet(LayoutLexicon.leadSourcePrefixes)
    private let leadFalseFollowers = MarkerSet(LayoutLexicon.leadFalseFollowers)
    private let chromePrefixes = MarkerSet(LayoutLexicon.chromePrefixes)
    private let chromeContains = MarkerSet(LayoutLexicon.chromeContains)
    private let navigationHeaders = MarkerSet(LayoutLexicon.navigationHeaders)
    private let siteNames = MarkerSet(LayoutLexicon.siteNameSuffixes)
    private let captionOpeners = MarkerSet(LayoutLexicon.captionOpeners)
    private let dateHeaders = MarkerSet(LayoutLexicon.issueDateHeaders)
    private let mastheadCues = MarkerSet(LayoutLexicon.mastheadCues)
    private let subtitleOpeners = MarkerSet(LayoutLexicon.subtitleOpeners)
    private let reportOpen = MarkerSet(LayoutLexicon.reportLeads.map(\.open))
    private let reportClose = MarkerSet(LayoutLexicon.reportLeads.map(\.close))
    private let photoCredit = MatchFolding.fold(LayoutLexicon.photoCreditEnd)
    private let pageOpen = MatchFolding.fold(LayoutLexicon.pageNumberMarks.open)
    private let pageClose = MatchFolding.fold(LayoutLexicon.pageNumberMarks.close)
    /// Punctuation that ends the search for a lead's source phrase.
    private let clauseBreaks: Set<Unicode.Scalar> = [",", "。", ":", ";", "!", "?", "、"]

    func classify(_ line: PageLine) -> LineKind {
        if line.isBlank { return .blank }
        let key = line.key[...]
        let short = line.length <= LayoutLexicon.maxChromeLength
        if short, dateHeaders.isPrefix(of: key) || (chromeContains.occurs(in: line.key) && DateReader.firstFullDate(in: key) != nil && dateHeaders.firstOccurrence(in: key) != nil) {
            return .dateHeader(DateReader.firstFullDate(in: key))
        }
        if line.length <= LayoutLexicon.maxMastheadLength, let date = mastheadDate(key) { return .masthead(date) }
        if let lead = lead(line) { return .lead(lead) }
        if line.length <= LayoutLexicon.maxBylineLength, bylines.accepts(key) { return .byline }
        if short, isChrome(key) { return .chrome }
        if short, isNavigationHeader(key) { return .navigationHeader }
        if isCaption(line) { return .caption }
        if isTitle(line) { return .title }
        return .text
    }

    func isSubtitle(_ line: PageLine) -> Bool { subtitleOpeners.isPrefix(of: line.key) }

    // MARK: Leads

    private func lead(_ line: PageLine) -> Lead? {
        let key = line.key
        let limit = min(key.count, LayoutLexicon.maxLeadPrefix)
        var i = 0
        while i < limit {
            let s = key[i]
            if clauseBreaks.contains(s) { break }
            guard i > 0, let n = leadMarks.longestMatch(in: key, at: i) else { i += 1; continue }
            let prefix = key[0..<i]
            let next = i + n < key.count ? key[i + n] : nil
            if leadFalseFollowers.longestMatch(in: key, at: i + n) != nil { i += 1; continue }
            let dateline = datelineDate(prefix)
            let isNews = key[i] == newsMark
            let openerOnly = leadPrefixes.isPrefix(of: prefix) && (next == nil || next == "(" || next == " " || next == ":")
            if dateline != nil || (isNews && leadSuffixes.isSuffix(of: prefix)) || openerOnly {
                return Lead(byline: parenthesizedByline(line, after: i + n), dateline: dateline)
            }
            i += 1
        }
        if let n = reportOpen.longestMatch(in: key, at: 0) {
            var j = n
            while j < limit, !clauseBreaks.contains(key[j]) {
                if let m = reportClose.longestMatch(in: key, at: j), j + m < key.count,
                   clauseBreaks.contains(key[j + m]) || key[j + m] == " " {
                    return Lead(byline: nil, dateline: nil)
                }
                j += 1
            }
        }
        return nil
    }

    /// The date that ends the lead's source phrase (`本报郑州4月13日` → 4月13日).
    private func datelineDate(_ prefix: ArraySlice<Unicode.Scalar>) -> DateReader.Written? {
        var p = prefix.startIndex
        while p < prefix.endIndex {
            if DateReader.startsNumber(prefix, p), let found = DateReader.date(in: prefix, at: p),
               found.end == prefix.endIndex {
                return found.date
            }
            p += 1
        }
        return nil
    }

    private func parenthesizedByline(_ line: PageLine, after start: Int) -> String? {
        var i = start
        while i < line.key.count, line.key[i] == " " || line.key[i] == ":" { i += 1 }
        guard i < line.key.count, line.key[i] == "(" else { return nil }
        var j = i + 1
        while j < line.key.count, j - i <= LayoutLexicon.maxBylineLength, line.key[j] != ")" { j += 1 }
        guard j < line.key.count, line.key[j] == ")", bylines.accepts(line.key[(i + 1)..<j]) else { return nil }
        var a = i + 1, b = j
        while a < b, line.key[a] == " " { a += 1 }
        while b > a, line.key[b - 1] == " " { b -= 1 }
        return line.original(a..<b)
    }

    // MARK: Page furniture

    private func mastheadDate(_ key: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        guard !key.contains(where: LayoutLexicon.mastheadForbidden.contains),
              let date = DateReader.firstFullDate(in: key) else { return nil }
        if mastheadCues.firstOccurrence(in: key) != nil { return date }
        // A line holding nothing but the date (and padding) is a dateline of the page too.
        let letters = key.filter { $0 != " " }
        return letters.count <= 12 ? date : nil
    }

    private func isChrome(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        if chromePrefixes.isPrefix(of: key) || chromeContains.firstOccurrence(in: key) != nil { return true }
        if key.count <= LayoutLexicon.maxSiteNameLength, siteNames.isSuffix(of: key) { return true }
        return hasPageNumber(key)
    }

    /// `第2版`, `02-05版`, `A3版`, `本期共4版`: a 版 right after a number.
    private func hasPageNumber(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !key.contains("。"), let close = pageClose.first else { return false }
        var i = key.startIndex
        while i < key.endIndex {
            if key[i] == close, i > key.startIndex {
                let before = key[i - 1]
                if DateReader.asciiDigit(before) != nil { return true }
                if LayoutLexicon.chineseDigits[before] != nil || before == LayoutLexicon.chineseTen {
                    var j = i - 1
                    while j > key.startIndex, LayoutLexicon.chineseDigits[key[j - 1]] != nil || key[j - 1] == LayoutLexicon.chineseTen { j -= 1 }
                    if j > key.startIndex, pageOpen.first == key[j - 1] { return true }
                }
            }
            i += 1
        }
        return false
    }

    private func isNavigationHeader(_ key: ArraySlice<Unicode.Scalar>) -> Bool {
        let core = key.filter { !LayoutLexicon.bylineDecorations.contains($0) && $0 != ":" && $0 != " " }
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
