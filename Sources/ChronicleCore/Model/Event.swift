/// An event recognized in an article: what the Events stage produces.
public struct Event: Hashable, Sendable {
    /// `meeting`, `inspection`, `study`, `symposium`, `ceremony`, `reception`,
    /// `training`, `other`, or a kind added by a user lexicon.
    public var kind: String
    /// The value that dates the event.
    public var timex: Timex
    public var modifier: TimexModifier?
    /// The expression that governs the date, as written; nil when inherited (会后, 随后).
    public var dateText: String?
    /// Announced for the future (将于…召开, a notice calling a meeting).
    public var planned: Bool
    /// Short Chinese line: `虎强暗访督导国家卫生城市复审工作`.
    public var summary: String
    /// Title segment + name as written: `管城回族区委书记虎强`.
    public var leaders: [String]
    /// Other officials named as present (出席, 参加, 陪同, 列席), title segment + name.
    public var attendees: [String]
    public var location: String?
    /// The phrase that signalled the event.
    public var trigger: String
    public var sentence: String
    public var headline: String
    public var byline: String?
    public var issueDate: CalendarDate
    /// How the issue date was found (`guessed` dates are worth a look); nil where it is not
    /// known (events read back from an archive).
    public var issueDateSource: IssueDateSource?
    /// Input file name as given.
    public var source: String
    /// 1-based article index in the source file.
    public var article: Int
    /// 1-based index of the event within its article.
    public var ordinal: Int

    public init(kind: String, timex: Timex, modifier: TimexModifier? = nil, dateText: String?,
                planned: Bool = false, summary: String, leaders: [String], location: String?,
                trigger: String, sentence: String, headline: String, byline: String?,
                issueDate: CalendarDate, source: String, article: Int, ordinal: Int, attendees: [String] = []) {
        self.kind = kind
        self.timex = timex
        self.modifier = modifier
        self.dateText = dateText
        self.planned = planned
        self.summary = summary
        self.leaders = leaders
        self.attendees = attendees
        self.location = location
        self.trigger = trigger
        self.sentence = sentence
        self.headline = headline
        self.byline = byline
        self.issueDate = issueDate
        self.source = source
        self.article = article
        self.ordinal = ordinal
    }
}
