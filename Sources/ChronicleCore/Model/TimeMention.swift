/// The `type` field of `chronicle tag --jsonl`.
public enum MentionType: String, Hashable, Sendable, CaseIterable {
    case date, time, datetime, daterange, timerange, datetimerange, duration, set, vague
}

/// One temporal expression found in a text and resolved against its reference.
public struct TimeMention: Hashable, Sendable {
    /// Unicode scalar offsets into the text that was tagged, end exclusive.
    public var start: Int
    public var end: Int
    /// The expression as written.
    public var text: String
    public var type: MentionType
    public var timex: Timex
    public var modifier: TimexModifier?
    /// True when a tense cue (将于, 拟, 定于 …) or a deadline marks it as future.
    public var isFuture: Bool
    /// The day is a festival's or an observance's (元旦, 春节, 国庆): a word that also names
    /// things held on it (`元旦长跑活动`, `新年“三下乡”慰问团`).
    public var isFestival: Bool = false

    public init(start: Int, end: Int, text: String, type: MentionType, timex: Timex,
                modifier: TimexModifier? = nil, isFuture: Bool = false) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.timex = timex
        self.modifier = modifier
        self.isFuture = isFuture
    }
}
