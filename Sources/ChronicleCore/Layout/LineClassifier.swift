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
    private let chromeContains: MarkerSet
    private let navigationHeaders = MarkerSet(LayoutLexicon.navigationHeaders)
    private let itemHeaders = MarkerSet(LayoutLexicon.itemHeaderMarkers)
    private let siteNames = MarkerSet(LayoutLexicon.siteNameSuffixes)
    private let fieldLabels = MarkerSet(LayoutLexicon.fieldLabels)
    private let pageControls = MarkerSet(LayoutLexicon.pageControls)
    private let countUnits = MarkerSet(LayoutLexicon.fieldCountUnits)
    private let captionOpeners = MarkerSet(LayoutLexicon.captionOpeners)
    private let dateHeaders = MarkerSet(LayoutLexicon.issueDateHeaders)
    private let mastheadCues: MarkerSet
    private let mastheadFields = MarkerSet(LayoutLexicon.mastheadFieldSuffixes)
    private let subtitleOpeners = MarkerSet(LayoutLexicon.subtitleOpeners)
    private let standfirstOpeners = MarkerSet(LayoutLexicon.standfirstOpeners)
    private let photoCredit = MatchFolding.fold(LayoutLexicon.photoCreditEnd)
    private let pageOpen = MatchFolding.fold(LayoutLexicon.pageNumberMarks.open)
    private let pageClose: [Unicode.Scalar]
    private let issueClose: [Unicode.Scalar]
    private let leads = LeadGrammar()
    /// The scalars of the "does the key hold one of these" tests, for `KeyScan`: read from
    /// the classifier's own compiled sets, so a skip bit and the set it guards cannot differ.
    private let scanMarks: KeyScan.Marks
    /// A line this long or shorter is scanned: every test that reads the scan is asked only of
    /// lines within one of these limits, so none reads a line not scanned.
    static let longestScanned = max(LayoutLexicon.maxChromeLength, LayoutLexicon.maxMastheadLength,
                                    LayoutLexicon.maxHeadlineLength)

    init(dates: FurnitureDates) {
        self.dates = dates
        let mastheadCues = MarkerSet(LayoutLexicon.mastheadCues)
        let chromeContains = MarkerSet(LayoutLexicon.chromeContains)
        let pageClose = MatchFolding.fold(LayoutLexicon.pageNumberMarks.close)
        let issueClose = MatchFolding.fold(LayoutLexicon.issueNumberClose)
        (self.mastheadCues, self.chromeContains, self.pageClose, self.issueClose) = (mastheadCues, chromeContains, pageClose, issueClose)
        scanMarks = KeyScan.Marks(mastheadCues: mastheadCues, chromeContains: chromeContains,
                                  pageClose: pageClose.first, issueClose: issueClose.first)
    }

    func classify(_ line: PageLine) -> LineKind {
        if line.isBlank { return .blank }
        let key = line.key[...]
        let short = line.length <= LayoutLexicon.maxChromeLength
        // The key walked once for every "does it hold one of these" test below; a line longer
        // than any of them asks about is not walked (no test reads its scan).
        let scan = line.length <= Self.longestScanned ? KeyScan(key, scanMarks) : .notScanned
        if short, dateHeaders.isPrefix(of: key) {
            return .dateHeader(dates.firstFullDate(in: key))
        }
        if line.length <= LayoutLexicon.maxMastheadLength, let kind = mastheadOrDate(key, scan) { return kind }
        if let lead = lead(line) { return .lead(lead) }
        if short, !key.contains(where: ScalarClass.isAlphabetic) { return .chrome }   // rules, page numbers: `———`, `- 2 -`
        if short, isNavigationHeader(key) { return .navigationHeader }   // `相关阅读：` is no empty field
        if short, isChrome(key, scan) {
            // Furniture with a date (`来源:区政府办 2021-04-15 10:23`) dates the page.
            let date = dates.firstFullDate(in: key)
            if itemHeaders.firstOccurrence(in: key) != nil { return .itemHeader(date) }
            return date.map { .dateHeader($0) } ?? .chrome
        }
        if line.length <= LayoutLexicon.maxBylineLength, bylines.accepts(key) { return .byline }
        if isCaption(line) { return .caption }
        if isTitle(line, scan) { return .title }
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

    private func mastheadOrDate(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> LineKind? {
        assert(scan.wasScanned, "a masthead's length is within the scanned length")
        guard !scan.holds(.mastheadForbidden) else { return nil }
        // The date is a scan by the time engine: a line too long for a bare date is scanned
        // only when it reads as a masthead (most headlines do not); a short one is scanned
        // first, and asked whether it is a masthead only when it holds a date.
        let bare = key.count - scan.spaces <= LayoutLexicon.maxBareDateLength
        if bare {
            return dates.firstFullDate(in: key).map { isMasthead(key, scan) ? .masthead($0) : .bareDate($0) }
        }
        guard isMasthead(key, scan), let date = dates.firstFullDate(in: key) else { return nil }
        return .masthead(date)
    }

    /// A masthead's cue (`星期一`), page or issue number, or a field naming the paper (`南渚周报`).
    private func isMasthead(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> Bool {
        if scan.holds(.mastheadCueStart) && mastheadCues.firstOccurrence(in: key) != nil
            || hasPageNumber(key, scan) || hasIssueNumber(key, scan) { return true }
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

    private func isChrome(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> Bool {
        // Furniture is never a sentence: `资金来源:区财政拨款。` is text.
        if scan.holds(.headlineForbidden) { return false }
        if chromePrefixes.isPrefix(of: key)
            || scan.holds(.chromeMarkerStart) && chromeContains.firstOccurrence(in: key) != nil { return true }
        if key.count <= LayoutLexicon.maxSiteNameLength, siteNames.isSuffix(of: key) { return true }
        if hasPageNumber(key, scan) { return true }
        return isFieldRow(key, scan) || opensWithLabel(key) || hasDateAndClock(key, scan)
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
    private func hasDateAndClock(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> Bool {
        // A stamp holds a digit, a dated one a date mark: a key without both has none.
        guard scan.holds(.digit), scan.holds(.dateMark) else { return false }
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
    private func isFieldRow(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> Bool {
        var sawField = false, other = false
        // A stamp and a count hold a digit, a labelled field a colon: a key without them has
        // no piece of those kinds, and its pieces are not walked for them.
        let digits = scan.holds(.digit), colons = scan.holds(.fieldColon)
        forEachField(key) { piece in
            if digits && isTimeStamp(piece) || colons && isLabelledField(piece) || digits && isCount(piece)
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
    private func hasPageNumber(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> Bool {
        guard !scan.holds(.headlineForbidden), scan.holds(.pageClose) else { return false }
        return hasNumbered(key, close: pageClose, bareDigits: true)
    }

    /// `第1234期` in a masthead.
    private func hasIssueNumber(_ key: ArraySlice<Unicode.Scalar>, _ scan: KeyScan) -> Bool {
        scan.holds(.issueClose) && hasNumbered(key, close: issueClose, bareDigits: false)
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

    private func isTitle(_ line: PageLine, _ scan: KeyScan) -> Bool {
        guard line.length <= LayoutLexicon.maxHeadlineLength else { return false }
        assert(scan.wasScanned, "a headline's length is within the scanned length")
        guard !scan.holds(.headlineForbidden),
              let last = line.key.last, !LayoutLexicon.headlineForbiddenEnds.contains(last) else { return false }
        return true
    }
}

/// What one walk of a short line's key finds for the classifier's "does the key hold one of
/// these" tests (a sentence stop, a masthead's forbidden marks, where a masthead cue or a
/// furniture marker may start, a page's or an issue's closing mark, a digit, a date mark,
/// a field's colon)
/// and its spaces: each test then reads a bit, and walks the key only when the bit says it
/// may hold one. Most scalars of a line are none of these: one bit read (`Marks.any`) passes them.
struct KeyScan: Sendable {
    struct Found: OptionSet, Sendable {
        let rawValue: UInt16
        static let headlineForbidden = Found(rawValue: 1 << 0)
        static let mastheadForbidden = Found(rawValue: 1 << 1)
        static let mastheadCueStart = Found(rawValue: 1 << 2)
        static let chromeMarkerStart = Found(rawValue: 1 << 3)
        static let pageClose = Found(rawValue: 1 << 4)
        static let issueClose = Found(rawValue: 1 << 5)
        static let digit = Found(rawValue: 1 << 6)
        static let dateMark = Found(rawValue: 1 << 7)
        static let fieldColon = Found(rawValue: 1 << 8)
        static let all = Found(rawValue: 0x1FF)
    }

    /// The scalars scanned for, built once with the classifier from the tables its tests
    /// read. A class: the walk is handed one reference, not its sets' arrays retained one by one.
    final class Marks: Sendable {
        let any: ScalarSet
        /// The lexicon's sets, held here so the walk reads no global at a scalar.
        let headlineForbidden = LayoutLexicon.headlineForbidden
        let mastheadForbidden = LayoutLexicon.mastheadForbidden
        let dateMarks = LayoutLexicon.dateMarks
        let mastheadCueStarts: ScalarSet
        let chromeMarkerStarts: ScalarSet
        let pageClose: Unicode.Scalar?
        let issueClose: Unicode.Scalar?

        /// From the classifier's compiled sets and closing marks (folded).
        init(mastheadCues: MarkerSet, chromeContains: MarkerSet, pageClose: Unicode.Scalar?, issueClose: Unicode.Scalar?) {
            let mastheadCueStarts = mastheadCues.firstScalars
            let chromeMarkerStarts = chromeContains.firstScalars
            self.mastheadCueStarts = ScalarSet(mastheadCueStarts)
            self.chromeMarkerStarts = ScalarSet(chromeMarkerStarts)
            self.pageClose = pageClose
            self.issueClose = issueClose
            var any: [Unicode.Scalar] = Array(LayoutLexicon.headlineForbidden)
            any += Array(LayoutLexicon.mastheadForbidden)
            any += mastheadCueStarts
            any += chromeMarkerStarts
            any += [pageClose, issueClose].compactMap { $0 }
            any += Array(LayoutLexicon.dateMarks)
            any += (UInt32(0x30)...0x39).compactMap { Unicode.Scalar($0) }
            any += [" ", LayoutLexicon.fieldColon]
            self.any = ScalarSet(any)
        }
    }

    let found: Found
    /// The spaces of the key.
    let spaces: Int
    /// False for `notScanned`.
    let wasScanned: Bool

    /// A line longer than any test reading the scan asks about (`LineClassifier.longestScanned`).
    static let notScanned = KeyScan(found: [], spaces: 0, wasScanned: false)

    private init(found: Found, spaces: Int, wasScanned: Bool) {
        self.found = found
        self.spaces = spaces
        self.wasScanned = wasScanned
    }

    init(_ key: ArraySlice<Unicode.Scalar>, _ marks: Marks) {
        var found: Found = [], spaces = 0
        for s in key where marks.any.contains(s) {
            if s == " " { spaces += 1 }
            if marks.headlineForbidden.contains(s) { found.insert(.headlineForbidden) }
            if marks.mastheadForbidden.contains(s) { found.insert(.mastheadForbidden) }
            if marks.mastheadCueStarts.contains(s) { found.insert(.mastheadCueStart) }
            if marks.chromeMarkerStarts.contains(s) { found.insert(.chromeMarkerStart) }
            if s == marks.pageClose { found.insert(.pageClose) }
            if s == marks.issueClose { found.insert(.issueClose) }
            if ScalarClass.isASCIIDigit(s.value) { found.insert(.digit) }
            if marks.dateMarks.contains(s) { found.insert(.dateMark) }
            if s == LayoutLexicon.fieldColon { found.insert(.fieldColon) }
        }
        self.init(found: found, spaces: spaces, wasScanned: true)
    }

    /// False when the key holds none of what `what` names.
    func holds(_ what: Found) -> Bool { found.contains(what) }
}
