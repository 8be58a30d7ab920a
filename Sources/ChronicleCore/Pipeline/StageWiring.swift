/// The layout's entry points with the time engine wired in: Layout reads dates through a
/// `WrittenDateReader` and never names Time, the later stage; here, on top, the two meet.
extension PageLayout {
    /// - Parameter tagger: the time engine that reads issue dates and datelines (share
    ///   the one the events stage uses: it is built once).
    public init(tagger: TimeTagger = TimeTagger()) {
        self.init(reader: tagger)
    }
}

extension IssueDate {
    /// The date in a file name: `2021-04-14.txt`, `20210414.txt`, `guancheng-2021-04-14.txt`,
    /// `page_2021_04_14.html`. Only the last path component is read.
    public static func fromFileName(_ name: String, tagger: TimeTagger = TimeTagger()) -> CalendarDate? {
        fromFileName(name, dates: FurnitureDates(reader: tagger))
    }

    /// The date of a `发布时间:` header or of a masthead line above the first article's
    /// text (`fromText(_:dates:)`).
    public static func fromText(_ text: String, tagger: TimeTagger = TimeTagger()) -> CalendarDate? {
        fromText(text, dates: FurnitureDates(reader: tagger))
    }
}
