/// One line of a page: its text as written and a folded head for matching.
struct PageLine: Sendable {
    /// The line as written, indentation and trailing padding removed, control characters dropped.
    let text: String
    /// The first `headLimit` scalars of `text`, folded (same offsets as `text`). Only the
    /// folded head is made: a 50 MB line costs no more than a short one.
    let key: [Unicode.Scalar]
    /// The last scalars of `text`, folded.
    let tail: [Unicode.Scalar]
    /// Number of scalars in `text`, counted up to `headLimit + 1`: every length rule of
    /// Layout is about short lines, so a 50 MB line costs no more than a short one
    /// beyond being copied once.
    let length: Int
    /// The line began with indentation (`　　`): a paragraph start in indented layouts.
    let indented: Bool

    static let headLimit = 256
    static let tailLimit = 8

    var isBlank: Bool { length == 0 }
    /// `key` holds the whole line.

    init(_ raw: Substring) {
        var scalars = raw.unicodeScalars
        while let s = scalars.first, LayoutLexicon.padding.contains(s) { scalars.removeFirst() }
        indented = scalars.startIndex != raw.unicodeScalars.startIndex
        while let s = scalars.last, LayoutLexicon.padding.contains(s) { scalars.removeLast() }
        text = String(scalars)
        // The head folded in one walk of the scalars, which also tells whether the line is
        // longer (no separate count, prefix and drop, each a walk of its own).
        var key: [Unicode.Scalar] = []
        key.reserveCapacity(Swift.min(text.utf8.count, PageLine.headLimit))
        var end = scalars.startIndex
        MatchFolding.table.withUnsafeBufferPointer { t in
            while end != scalars.endIndex && key.count < PageLine.headLimit {
                let s = scalars[end]
                key.append(s.value < 0x10000 ? t[Int(s.value)] : s)
                scalars.formIndex(after: &end)
            }
        }
        self.key = key
        tail = scalars.suffix(PageLine.tailLimit).map(MatchFolding.fold)
        length = key.count + (end == scalars.endIndex ? 0 : 1)
    }

    /// The original text of `range` (offsets into `key`).
    func original(_ range: Range<Int>) -> String {
        let head = Array(text.unicodeScalars.prefix(PageLine.headLimit))
        return String(scalars: head[range.clamped(to: 0..<head.count)])
    }

    /// Splits text into lines (LF, CRLF, CR, U+2028, U+2029, U+0085), trimming padding
    /// (ASCII and ideographic spaces, tabs, zero-width characters) at both ends and
    /// dropping control characters. One scan of the UTF-8 bytes, then one copy per line.
    static func split(_ text: String) -> [PageLine] {
        Array(PageLines(text))
    }

    /// Byte ranges of the lines, and whether each holds a control character to drop.
    fileprivate static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, Bool)] {
        var ranges: [(Range<Int>, Bool)] = []
        let n = bytes.count
        var start = 0, i = 0
        var dirty = false
        while i < n {
            let b = bytes[i]
            // The common cases: plain ASCII, and bytes that start or continue no break
            // or control character.
            if b >= 0x20 && b < 0x7F || b >= 0x80 && b != 0xC2 && b != 0xE2 && b != 0xEF { i += 1; continue }
            var width = 1
            var breaks = false
            switch b {
            case 0x0A:
                breaks = true
            case 0x0D:
                breaks = true
                if i + 1 < n, bytes[i + 1] == 0x0A { width = 2 }
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                breaks = true                                  // U+2028, U+2029
                width = 3
            case 0xC2 where i + 1 < n && bytes[i + 1] == 0x85:
                breaks = true                                  // U+0085
                width = 2
            case 0x00...0x08, 0x0B...0x1F, 0x7F:
                dirty = true
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
                dirty = true                                   // U+FEFF
            default:
                break
            }
            if breaks {
                ranges.append((start..<i, dirty))
                dirty = false
                start = i + width
            }
            i += width
        }
        if start < n { ranges.append((start..<n, dirty)) }
        return ranges
    }

    /// The line without control characters (tab kept) and without U+FEFF.
    fileprivate static func cleaned(_ raw: Substring) -> String {
        var view = String.UnicodeScalarView()
        for s in raw.unicodeScalars {
            switch s.value {
            case 0x09: view.append(s)
            case 0x00...0x1F, 0x7F, 0xFEFF: continue
            default: view.append(s)
            }
        }
        return String(view)
    }
}

/// The lines of a page (`PageLine.split`), each made from the page's text when it is read:
/// the page holds its text once and a byte range per line, not every line's own copy and
/// folded head at once. Layout reads each line a few times (classified once, then the few
/// the segmenter looks back at, then an article's lines when its text is assembled), so a
/// large page costs about its own size here.
struct PageLines: RandomAccessCollection, Sendable {
    private let text: String
    private let ranges: [(bytes: Range<Int>, dirty: Bool)]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        ranges = text.utf8.withContiguousStorageIfAvailable { PageLine.lineRanges($0).map { (bytes: $0.0, dirty: $0.1) } } ?? []
        self.text = text
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ranges.count }

    subscript(n: Int) -> PageLine {
        let (range, dirty) = ranges[n]
        let raw = text.utf8.withContiguousStorageIfAvailable {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        } ?? ""
        return PageLine(Substring(dirty ? PageLine.cleaned(raw[...]) : raw))
    }
}
