/// Where an issue's date comes from, besides `--issue-date`.
public enum IssueDate {
    /// The date in a file name: `2021-04-14.txt`, `20210414.txt`, `guancheng-2021-04-14.txt`,
    /// `page_2021_04_14.html`. Only the last path component is read.
    static func fromFileName(_ name: String, dates: FurnitureDates) -> CalendarDate? {
        let base = name.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(name)
        let key = MatchFolding.fold(base).map { LayoutLexicon.fileNameDateSeparators.contains($0) ? "-" : $0 }[...]
        return FurnitureDates.firstNumericFields(in: key) ?? dates.firstFullDate(in: key) ?? FurnitureDates.firstCompactStamp(in: key)
    }

    /// The date of a `发布时间:` header (anywhere: some sites put it below the text) or of
    /// a masthead line (`2021年4月14日 星期三`) above the first article's text; dates in
    /// the text itself are never the issue date.
    static func fromText(_ text: String, dates: FurnitureDates) -> CalendarDate? {
        let classifier = LineClassifier(dates: dates)
        return fromKinds(PageLines(text).map(classifier.classify))?.date
    }

    /// The date and how sure its source is: a labelled header or a masthead is the page's
    /// own statement; a bare date line above the text may be a site banner's, so it is
    /// `guessed` and the command says so.
    static func fromKinds(_ kinds: [LineKind]) -> (date: CalendarDate, source: IssueDateSource)? {
        var inText = false
        for kind in kinds {
            switch kind {
            case .dateHeader(let date?), .itemHeader(let date?): return (date, .header)   // labelled metadata, wherever it stands
            case .masthead(let date): if !inText { return (date, .header) }
            case .bareDate(let date): if !inText { return (date, .guessed) }
            case .lead, .text: inText = true
            default: continue
            }
        }
        return nil
    }
}
