/// One line of a page: its text as written and a folded head for matching.
struct PageLine: Sendable {
    /// The line as written, indentation and trailing padding removed, control characters dropped.
    let text: String
    /// The first `headLimit` scalars of `text`, as written and folded (same offsets).
    let head: [Unicode.Scalar]
    let key: [Unicode.Scalar]
    /// The last scalars of `text`, folded.
    let tail: [Unicode.Scalar]
    /// Number of scalars in `text`.
    let length: Int
    /// The line began with indentation (`　　`): a paragraph start in indented layouts.
    let indented: Bool

    /// Lines are classified on their first characters only, so a 50 MB line costs no more
    /// than a short one beyond being copied once.
    static let headLimit = 256
    static let tailLimit = 8

    var isBlank: Bool { length == 0 }
    /// `key` holds the whole line.
    var isShort: Bool { length <= PageLine.headLimit }

    init(scalars: ArraySlice<Unicode.Scalar>, indented: Bool) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        text = String(view)
        length = scalars.count
        let headEnd = scalars.startIndex + min(scalars.count, PageLine.headLimit)
        head = Array(scalars[scalars.startIndex..<headEnd])
        key = head.map(MatchFolding.fold)
        tail = scalars.suffix(PageLine.tailLimit).map(MatchFolding.fold)
        self.indented = indented
    }

    /// The original text of `range` (offsets into `head`).
    func original(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: head[range.clamped(to: 0..<head.count)])
        return String(view)
    }

    /// Splits text into lines (LF, CRLF, CR, U+2028, U+2029, U+0085), trimming padding
    /// (ASCII and ideographic spaces, tabs, zero-width characters) at both ends and
    /// dropping control characters. One pass over the text.
    static func split(_ text: String) -> [PageLine] {
        var lines: [PageLine] = []
        var buffer: [Unicode.Scalar] = []
        var afterCR = false
        func finish() {
            var start = 0, end = buffer.count
            while start < end, LayoutLexicon.padding.contains(buffer[start]) { start += 1 }
            while end > start, LayoutLexicon.padding.contains(buffer[end - 1]) { end -= 1 }
            lines.append(PageLine(scalars: buffer[start..<end], indented: start > 0))
            buffer.removeAll(keepingCapacity: buffer.count < 1 << 16)
        }
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A:
                if afterCR { afterCR = false; continue }
                finish()
            case 0x0D:
                finish()
                afterCR = true
                continue
            case 0x2028, 0x2029, 0x85:
                finish()
            case 0x09:
                buffer.append(s)
            case 0x00...0x1F, 0x7F, 0xFEFF:
                break
            default:
                buffer.append(s)
            }
            afterCR = false
        }
        if !buffer.isEmpty { finish() }
        return lines
    }
}
