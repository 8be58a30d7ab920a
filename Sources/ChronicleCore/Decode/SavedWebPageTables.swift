/// What the HTML reader needs to know about tags and entities.
enum SavedWebPageTables {
    /// Elements whose content is never page text.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "iframe", "svg", "head", "title", "select", "template"]
    /// Elements that end a line of text.
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "tbody", "thead", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
        "pre", "hr", "figure", "figcaption", "center", "form", "address", "caption",
    ]
    /// Tags that mark a file as HTML when they appear near its start.
    static let signatureTags: [String] = ["<!doctype", "<html", "<head", "<body", "<meta", "<div", "<p>", "<table", "<br"]
    /// How far into a file to look for them.
    static let signatureWindow = 4096
    /// Named character references seen in saved news pages.
    static let entities: [String: Unicode.Scalar] = [
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "amp": "&", "lt": "<",
        "gt": ">", "quot": "\"", "apos": "'", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}",
        "bull": "\u{2022}", "times": "\u{00D7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "deg": "\u{00B0}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "yen": "\u{00A5}",
    ]
    /// Longest tag, attributes included.
    static let maxTagLength = 8192
    /// Longest entity name, for bounded look-ahead.
    static let maxEntityLength = 8
}
