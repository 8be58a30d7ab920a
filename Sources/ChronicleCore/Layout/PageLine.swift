import Foundation

/// One line of a page: its text as written and a folded head for matching.
struct PageLine: Sendable {
    /// The line as written, indentation and trailing padding removed, control characters
    /// dropped: a slice of the page's text, made (and made a string) only when asked
    /// (`text`, `original`), since classifying a line reads its folded head and tail alone.
    var written: Substring { PageLine.slice(source, bounds.lowerBound, bounds.upperBound) }
    /// The text the line is read from (the page's piece, or the line's own cleaned text)
    /// and the line's bytes in it: the slice is not made for every line read.
    private let source: String
    private let bounds: Range<Int>
    /// The first `keyLimit` scalars of `text`, folded (same offsets as `text`). Only the
    /// folded head is made: a 50 MB line costs no more than a short one.
    let key: [Unicode.Scalar]
    /// The last scalars of `text`, folded.
    let tail: ScalarTail
    /// Number of scalars in `text`, counted up to `headLimit + 1`: every length rule of
    /// Layout is about short lines, so a 50 MB line costs no more than a short one.
    let length: Int
    /// The line began with indentation (`　　`): a paragraph start in indented layouts.
    let indented: Bool

    static let headLimit = 256
    /// How much of a line is folded into `key`. Every rule that reads a whole line reads
    /// lines of at most `LayoutLexicon.maxChromeLength` scalars; on longer lines only an
    /// opening is read (a lead's source phrase and its credits, a caption's or a subtitle's
    /// opener, a date at the start): the rest of a paragraph is counted, not folded.
    static let keyLimit = 128
    static let tailLimit = ScalarTail.capacity

    var isBlank: Bool { length == 0 }

    /// The line as written (`written` as a string of its own).
    var text: String { String(written) }

    init(_ raw: Substring) {
        var raw = raw
        var key: [Unicode.Scalar] = [], tail = ScalarTail()
        var counted = 0
        let (start, end) = raw.withUTF8 { PageLine.read($0, key: &key, tail: &tail, counted: &counted) }
        indented = start > 0
        // The slice's bytes in the text it is a slice of.
        let offset = raw.base.utf8.distance(from: raw.base.startIndex, to: raw.startIndex)
        source = raw.base
        bounds = (offset + start)..<(offset + end)
        self.key = key
        self.tail = tail
        length = counted
    }

    /// The line that is bytes `range` of `piece` (scalar boundaries, no control character),
    /// read from the piece's own bytes and sliced from it once: a slice of the line's own
    /// slice made two substrings a line, each checked for scalar alignment.
    init(_ piece: String, bytes range: Range<Int>) {
        var piece = piece
        var key: [Unicode.Scalar] = [], tail = ScalarTail()
        var counted = 0
        let (start, end) = piece.withUTF8 {
            PageLine.read(UnsafeBufferPointer(rebasing: $0[range]), key: &key, tail: &tail, counted: &counted)
        }
        indented = start > 0
        source = piece
        bounds = (range.lowerBound + start)..<(range.lowerBound + end)
        self.key = key
        self.tail = tail
        length = counted
    }

    /// Reads a line's UTF-8 `bytes`: its bounds without padding (returned), its folded head
    /// (`key`), folded tail and scalar count (up to `headLimit + 1`).
    @inline(__always)
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, key: inout [Unicode.Scalar], tail: inout ScalarTail,
                         counted: inout Int) -> (Int, Int) {
        // The padding is trimmed, and the head and tail folded, straight from the bytes of
        // the page's text: no copy of the line, no walk of its scalar view.
        let (start, end) = PageLine.unpaddedBounds(bytes)
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // The head: where its `keyLimit`th scalar ends, and how many scalars the line
        // has (up to `headLimit + 1`), counted from the bytes eight at a time; then the
        // head alone folded.
        let (cut, keyCount) = PageLine.scalarPrefix(line, from: 0, count: PageLine.keyLimit)
        var total = keyCount
        if cut < line.count {
            total += PageLine.scalarPrefix(line, from: cut, count: PageLine.headLimit + 1 - keyCount).scalars
        }
        key = MatchFolding.foldedScalars(utf8: UnsafeBufferPointer(rebasing: line[..<cut]), count: keyCount)
        counted = total
        // The tail: back over the last scalars' lead bytes, then forward.
        var from = line.count, count = 0
        while from > 0 && count < PageLine.tailLimit {
            from -= 1
            if line[from] & 0xC0 != 0x80 { count += 1 }
        }
        MatchFolding.forEachFoldedValue(utf8: UnsafeBufferPointer(rebasing: line[from...])) { v in
            tail.append(v)
            return true
        }
        return (start, end)
    }

    /// The byte offset after the first `count` scalars of valid UTF-8 `bytes` from byte
    /// `start` (a scalar boundary), and how many scalars that is (fewer when the bytes end
    /// first). A scalar is counted at its lead byte; whole words whose scalars all fit are
    /// counted at once (eight bytes less their continuation bytes).
    fileprivate static func scalarPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int)
        -> (end: Int, scalars: Int) {
        var i = start, n = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let leads = 8 - ByteWord.continuationBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                guard n + leads < count else { break }
                n += leads
                i += 8
            }
        }
        // Byte by byte to the exact boundary: past the `count`th scalar's continuation bytes.
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if n == count { break }
                n += 1
            }
            i += 1
        }
        return (i, n)
    }

    /// `raw`'s bytes `start..<end` (scalar boundaries) as a slice of it, not a copy.
    fileprivate static func slice(_ raw: Substring, _ start: Int, _ end: Int) -> Substring {
        let utf8 = raw.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start) ..< utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// `text`'s bytes `start..<end` (scalar boundaries) as a slice of it, not a copy.
    fileprivate static func slice(_ text: String, _ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start) ..< utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The byte bounds of valid UTF-8 `bytes` without the `LayoutLexicon.padding` scalars
    /// at either end, read from the bytes (a scalar decoded at each end until one is no padding).
    fileprivate static func unpaddedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        let padding = LayoutLexicon.padding
        var start = 0, end = bytes.count
        while start < end {
            let (v, width) = MatchFolding.value(utf8: bytes, at: start)
            guard padding.contains(value: v) else { break }
            start += width
        }
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard padding.contains(value: MatchFolding.value(utf8: bytes, at: lead).value) else { break }
            end = lead
        }
        return (start, end)
    }

    /// `raw` without its indentation and trailing padding, a slice of it.
    fileprivate static func unpadded(_ raw: Substring) -> Substring {
        var raw = raw
        let (start, end) = raw.withUTF8 { unpaddedBounds($0) }
        return slice(raw, start, end)
    }

    /// The original text of `range` (offsets into `key`): the line's scalars walked up to
    /// the range's end, no array of the head made.
    func original(_ range: Range<Int>) -> String {
        let scalars = written.unicodeScalars
        var i = scalars.startIndex, k = 0
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(range.upperBound, PageLine.headLimit)
        while k < lower, i < scalars.endIndex { scalars.formIndex(after: &i); k += 1 }
        let from = i
        while k < upper, i < scalars.endIndex { scalars.formIndex(after: &i); k += 1 }
        return String(scalars[from..<i])
    }

    /// Splits text into lines (LF, CRLF, CR, U+2028, U+2029, U+0085), trimming padding
    /// (ASCII and ideographic spaces, tabs, zero-width characters) at both ends and
    /// dropping control characters: `PageLines` gathered into an array (each line made as
    /// it is read there).
    static func split(_ text: String) -> [PageLine] {
        Array(PageLines(text))
    }

    /// The line feeds of `bytes`, found by `memchr`: about the number of lines (other breaks
    /// are rare), so a page's spans are stored once, not copied each time their array grows.
    fileprivate static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0, p = UnsafeRawPointer(base)
        let end = UnsafeRawPointer(base + bytes.count)
        while p < end, let found = memchr(p, 0x0A, end - p) {
            count += 1
            p = UnsafeRawPointer(found) + 1
        }
        return count
    }

    /// Hands on the byte range of each line, in order, and whether it holds a control
    /// character to drop.
    fileprivate static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Bool) -> Void) {
        let n = bytes.count
        var start = 0, i = 0
        var dirty = false
        while i < n {
            // Eight bytes a step while none is a control or starts a break or U+FEFF; then
            // the word that holds one, byte by byte.
            i = ByteWord.forEachWord(bytes, from: i) { w, _ in
                !(ByteWord.hasByte(below: 0x20, w) || ByteWord.hasByte(0x7F, w) || ByteWord.hasByte(0xC2, w)
                  || ByteWord.hasByte(0xE2, w) || ByteWord.hasByte(0xEF, w))
            }
            let stop = Swift.min(n, i + 8)
            while i < stop {
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
                    body(start..<i, dirty)
                    dirty = false
                    start = i + width
                }
                i += width
            }
        }
        if start < n { body(start..<n, dirty) }
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

/// The last scalars of a line (at most `PageLine.tailLimit`), folded, held in the line's
/// value itself: a line read costs no array of its own for them (made and freed for every
/// line read, in every pass over a page).
struct ScalarTail: RandomAccessCollection, Sendable {
    private var values: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var stored: UInt8 = 0
    static let capacity = 8

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { Int(stored) }

    subscript(i: Int) -> Unicode.Scalar {
        precondition(i >= 0 && i < Int(stored), "index out of range")
        // Only scalar values are stored (`append`).
        return withUnsafeBytes(of: values) { Unicode.Scalar($0.load(fromByteOffset: i * 4, as: UInt32.self)).unsafelyUnwrapped }
    }

    /// Appends a scalar value (a folded scalar's).
    mutating func append(_ value: UInt32) {
        precondition(Int(stored) < Self.capacity, "a line's tail holds at most \(Self.capacity) scalars")
        let at = Int(stored) * 4
        withUnsafeMutableBytes(of: &values) { $0.storeBytes(of: value, toByteOffset: at, as: UInt32.self) }
        stored += 1
    }
}

/// What Layout reads of a line after it is classified, read once when it is classified
/// (from its folded head and tail; `ParagraphRepair` says how), so the line is not made
/// again for it: an article's lines are then made again as text alone.
struct LineTraits: OptionSet, Sendable {
    let rawValue: UInt8
    static let blank = LineTraits(rawValue: 1)
    static let indented = LineTraits(rawValue: 2)
    /// Starts with an enumerator (`一、`, `(二)`).
    static let numbered = LineTraits(rawValue: 4)
    /// Numbered and short: a numbered heading, which nothing continues.
    static let numberedHeading = LineTraits(rawValue: 8)
    static let endsSentence = LineTraits(rawValue: 16)
    /// Starts with an item bullet (`■`, `●`).
    static let bulleted = LineTraits(rawValue: 32)
    /// A `——` subtitle (`LineClassifier.isSubtitle`) and a standfirst's opener
    /// (`isStandfirst`): what the segmenter asks of a line, read here so the line is not
    /// made again for it.
    static let subtitle = LineTraits(rawValue: 64)
    static let standfirst = LineTraits(rawValue: 128)

    init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// The lines of a page (`PageLine.split`), each made from the page's text when it is read:
/// the page holds its text once and a byte span per line, not every line's own copy and
/// folded head at once. Layout reads each line a few times (classified once, then the few
/// the segmenter looks back at, then an article's lines when its text is assembled), so a
/// large page costs about its own size here.
///
/// The text is kept in pieces of whole lines (`pieceBytes` or one longer line), so the
/// lines no article still needs can be given back piece by piece (`release(before:)`):
/// a large page read article by article then holds the text it has yet to read, not all
/// of it, beside the events it has found.
struct PageLines: RandomAccessCollection, Sendable {
    /// A line's bytes within its piece; offsets are 32-bit (a piece is a few hundred
    /// kilobytes or one line), a third of a range of two `Int`s and a flag.
    private struct Span: Sendable {
        let start: UInt32
        let end: UInt32
        let dirty: Bool
    }
    private var pieces: [String]
    /// The first line of each piece, ascending.
    private let pieceStarts: [Int]
    private let spans: [Span]
    /// Lines before this one were released, and the pieces before this one.
    private var released = 0
    private var releasedPieces = 0

    /// About this many bytes of lines in each piece.
    static let pieceBytes = 1 << 20

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        var pieces: [String] = [], pieceStarts: [Int] = [], spans: [Span] = []
        var pieceStart = 0   // the byte the open piece starts at
        text.utf8.withContiguousStorageIfAvailable { bytes in
            spans.reserveCapacity(PageLine.lineFeeds(in: bytes) + 1)
            func piece(to end: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<end]), as: UTF8.self)
            }
            PageLine.forEachLine(in: bytes) { range, dirty in
                if spans.isEmpty {
                    pieceStarts.append(0)
                } else if range.lowerBound - pieceStart >= PageLines.pieceBytes {
                    pieces.append(piece(to: range.lowerBound))
                    pieceStart = range.lowerBound
                    pieceStarts.append(spans.count)
                }
                // Offsets within the piece (a single line past 4 GiB traps here).
                spans.append(Span(start: UInt32(range.lowerBound - pieceStart), end: UInt32(range.upperBound - pieceStart),
                                  dirty: dirty))
            }
        }
        // The last piece; a page of one piece keeps its text as it came, uncopied.
        if !spans.isEmpty {
            let utf8 = text.utf8
            pieces.append(pieceStart == 0 ? text : String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: pieceStart)...])))
        }
        self.pieces = pieces
        self.pieceStarts = pieceStarts
        self.spans = spans
    }

    /// The lines of the text `pieces.joined()`, each piece but the last ending after a line
    /// feed (`PieceDecoder`'s): the pieces are kept as they are, not copied into others.
    init(pieces: [String]) {
        var kept: [String] = [], pieceStarts: [Int] = [], spans: [Span] = []
        // Reserved once for every piece (a piece's own reservation would copy the spans
        // before it each time).
        spans.reserveCapacity(pieces.reduce(1) { $0 + ($1.utf8.withContiguousStorageIfAvailable(PageLine.lineFeeds) ?? 0) })
        for var piece in pieces where !piece.isEmpty {
            piece.makeContiguousUTF8()
            pieceStarts.append(spans.count)
            piece.utf8.withContiguousStorageIfAvailable { bytes in
                PageLine.forEachLine(in: bytes) { range, dirty in
                    spans.append(Span(start: UInt32(range.lowerBound), end: UInt32(range.upperBound), dirty: dirty))
                }
            }
            kept.append(piece)
        }
        self.pieces = kept
        self.pieceStarts = pieceStarts
        self.spans = spans
    }

    var startIndex: Int { 0 }
    var endIndex: Int { spans.count }

    subscript(n: Int) -> PageLine {
        let (piece, span) = located(n)
        // A clean line is sliced from its piece once (`PageLine.init(_:bytes:)`).
        return span.dirty ? PageLine(raw(n)) : PageLine(piece, bytes: Int(span.start)..<Int(span.end))
    }

    /// `self[n].text` alone, its head and tail not folded: for a line whose other
    /// properties were read when it was classified.
    func text(_ n: Int) -> String {
        String(unpadded(n))
    }

    /// `text(n)` as a slice of the page's text (of the line's own cleaned text when it held
    /// control characters), for a caller that writes it into a string of its own.
    func unpadded(_ n: Int) -> Substring {
        let (text, span) = located(n)
        guard !span.dirty else { return PageLine.unpadded(raw(n)) }
        var piece = text
        // A clean line's bounds read from its piece's bytes, and the piece sliced once.
        let range = Int(span.start)..<Int(span.end)
        let (start, end) = piece.withUTF8 { PageLine.unpaddedBounds(UnsafeBufferPointer(rebasing: $0[range])) }
        return PageLine.slice(piece, range.lowerBound + start, range.lowerBound + end)
    }

    /// The bytes of line `n` as written (padding and control characters included): at
    /// least those of `text(n)`, to reserve room for it.
    func byteCount(_ n: Int) -> Int {
        Int(spans[n].end - spans[n].start)
    }

    /// Line `n` as written, control characters dropped.
    private func raw(_ n: Int) -> Substring {
        let (text, span) = located(n)
        let piece = text.utf8
        // A line starts and ends on a character of the piece: a slice of it, not a copy.
        let bytes = piece[piece.index(piece.startIndex, offsetBy: Int(span.start)) ..< piece.index(piece.startIndex, offsetBy: Int(span.end))]
        let raw = Substring(bytes)
        return span.dirty ? Substring(PageLine.cleaned(raw)) : raw
    }

    /// The piece holding line `n`, and the line's span in it.
    private func located(_ n: Int) -> (piece: String, span: Span) {
        precondition(n >= released, "line \(n) of the page was released")
        return (pieces[pieceStarts.partitioningIndex { $0 > n } - 1], spans[n])
    }

    /// Gives back the text of the pieces that hold only lines before `line`: those lines
    /// are not read again.
    mutating func release(before line: Int) {
        released = Swift.max(released, line)
        while releasedPieces + 1 < pieces.count, pieceStarts[releasedPieces + 1] <= released {
            pieces[releasedPieces] = ""
            releasedPieces += 1
        }
    }
}
