/// One report on a page: what the Layout stage hands to the Time and Events stages.
public struct Article: Hashable, Sendable {
    /// 1-based position of the article in its source file.
    public var ordinal: Int
    /// The headline line as written (two-part headlines keep their space).
    public var headline: String
    /// The credits as written (`记者 柴琳琳 通讯员 姜璞`), if any.
    public var byline: String?
    /// The article's text from its lead (`本报讯 …`) to its end, paragraphs repaired
    /// and joined by "\n". Offsets of mentions found in it are offsets into this string.
    public var body: String
    /// The date relative expressions resolve against: the dateline's date, else the issue date.
    public var referenceDate: CalendarDate

    public init(ordinal: Int, headline: String, byline: String?, body: String, referenceDate: CalendarDate) {
        self.ordinal = ordinal
        self.headline = headline
        self.byline = byline
        self.body = body
        self.referenceDate = referenceDate
    }
}

/// Where a page's issue date came from (`issue_date_source` in JSON lines).
public enum IssueDateSource: String, Hashable, Sendable, CaseIterable {
    /// `--issue-date`.
    case option
    /// A line of an `--issue-dates` file.
    case manifest
    /// A date in the file name.
    case fileName = "file_name"
    /// A labelled header (`发布时间：`) or a newspaper masthead.
    case header
    /// A bare date line in the page's chrome, which may be a site banner's: worth a look.
    case guessed
}

/// A decoded and segmented input file.
public struct Page: Hashable, Sendable {
    /// The name the user gave for the input (file name, or `-` for standard input).
    public var source: String
    public var issueDate: CalendarDate
    public var issueDateSource: IssueDateSource
    public var articles: [Article]

    public init(source: String, issueDate: CalendarDate, issueDateSource: IssueDateSource = .option, articles: [Article]) {
        self.source = source
        self.issueDate = issueDate
        self.issueDateSource = issueDateSource
        self.articles = articles
    }
}
