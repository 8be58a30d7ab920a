import Foundation

/// Byte-level post-processing of libical's serialized calendar, and the check every
/// calendar passes before it is returned.
///
/// libical 3.0.16 folds the property text together with its own CRLF, so a fold point at
/// the end of a property yields `CR CR LF SP LF` or `CR LF SP CR LF` (fixed upstream in
/// 4.0.3); and it leaves `,` and `;` unescaped in X- property values. We therefore undo
/// those folds, unfold, escape X- values, and fold again at 75 octets on UTF-8 boundaries.
/// An event's own properties skip that round trip: libical writes each value unfolded and
/// `fold(_:into:)` folds the line once; only lines libical folds itself are normalized.
enum ContentLines {
    static let cr: UInt8 = 0x0D, lf: UInt8 = 0x0A, space: UInt8 = 0x20, tab: UInt8 = 0x09
    static let maxOctets = 75

    /// The whole post-processing: repair, unfold, escape X- values, refold. One pass over
    /// the lines, reusing one line buffer.
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        let repaired = repairFolds(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(repaired.count + repaired.count / 16)
        var line: [UInt8] = []
        forEachLine(repaired, into: &line) { line in
            guard !line.isEmpty else { return }
            fold(isXProperty(line) ? escapeXValue(line) : line, into: &out)
        }
        return out
    }

    /// Removes libical 3.0.16's fold-inside-line-ending: `CR CR LF SP LF` and
    /// `CR LF SP CR LF` become `CR LF` (libical drops CR from values, so `CR CR` never
    /// occurs legitimately, and an empty fold holds nothing).
    static func repairFolds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        bytes.withUnsafeBufferPointer { bytes in
            // Bytes are copied a stretch at a time, up to each repaired line ending.
            var i = 0, copied = 0
            while true {
                i = nextCR(bytes, from: i)
                guard i < n else { break }
                guard i + 4 < n else { i += 1; continue }
                let (b1, b2, b3, b4) = (bytes[i + 1], bytes[i + 2], bytes[i + 3], bytes[i + 4])
                guard (b1 == cr && b2 == lf && b3 == space && b4 == lf) || (b1 == lf && b2 == space && b3 == cr && b4 == lf) else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(cr)
                out.append(lf)
                i += 5
                copied = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        }
        return out
    }

    /// Logical content lines, without their CRLF, continuation lines joined.
    static func unfold(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        forEachLine(bytes, into: &line) { lines.append($0) }
        return lines
    }

    /// Calls `body` with each logical line (folds joined, CRLF dropped), built in `line`.
    private static func forEachLine(_ bytes: [UInt8], into line: inout [UInt8], _ body: ([UInt8]) -> Void) {
        let n = bytes.count
        line.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { bytes in
            // Bytes are copied a stretch at a time, from `copied` to the next line ending.
            var i = 0, copied = 0
            while true {
                i = nextCR(bytes, from: i)
                guard i < n else { break }
                guard i + 1 < n, bytes[i + 1] == lf else { i += 1; continue }
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                if i + 2 < n, bytes[i + 2] == space || bytes[i + 2] == tab {
                    i += 3   // a fold: the line goes on
                } else {
                    body(line)
                    line.removeAll(keepingCapacity: true)
                    i += 2
                }
                copied = i
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
        }
        if !line.isEmpty { body(line) }
    }

    /// The offset of the first CR at or after `start`, else the end: lines are found by
    /// `memchr`, not a test of every byte.
    @inline(__always)
    private static func nextCR(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(cr), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// `X-…` but not libical's own `X-LIC-…` bookkeeping.
    static func isXProperty(_ line: [UInt8]) -> Bool {
        line.starts(with: xPrefix) && !line.starts(with: libicalPrefix)
    }
    private static let xPrefix = Array("X-".utf8), libicalPrefix = Array("X-LIC-".utf8)

    /// Escapes the `,` and `;` libical left raw in an X- value (it already wrote `\\` and `\n`).
    static func escapeXValue(_ line: [UInt8]) -> [UInt8] {
        guard let colon = valueStart(line),
              line[colon...].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return line }
        var out = Array(line[..<colon])
        out.reserveCapacity(line.count + 8)
        var i = colon
        while i < line.count {
            let b = line[i]
            if b == UInt8(ascii: "\\"), i + 1 < line.count {
                out.append(b)
                out.append(line[i + 1])
                i += 2
                continue
            }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") { out.append(UInt8(ascii: "\\")) }
            out.append(b)
            i += 1
        }
        return out
    }

    /// Index just after the `:` that ends name and parameters (quoted parameter values skipped).
    static func valueStart(_ line: [UInt8]) -> Int? {
        var quoted = false
        for (i, b) in line.enumerated() {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if b == UInt8(ascii: ":") && !quoted { return i + 1 }
        }
        return nil
    }

    /// Appends `line` + CRLF, folded so no physical line exceeds 75 octets and no fold
    /// falls inside a UTF-8 character; returns the physical lines written. A fold is never
    /// empty nor a lone space (a continuation holds at least one byte after its space).
    @discardableResult
    static func fold(_ line: [UInt8], into out: inout [UInt8]) -> Int {
        line.withUnsafeBufferPointer { fold($0, into: &out) }
    }

    /// `fold` of bytes where they stand: each piece appended from the buffer (a copy of
    /// memory), not through an array slice.
    @discardableResult
    static func fold(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        var start = 0
        var limit = maxOctets
        var lines = 1
        while line.count - start > limit {
            var cut = start + limit
            while cut > start + 1, isContinuationByte(line[cut]) { cut -= 1 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: line[start..<cut]))
            out.append(cr)
            out.append(lf)
            out.append(space)
            start = cut
            limit = maxOctets - 1
            lines += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: line[start...]))
        out.append(cr)
        out.append(lf)
        return lines
    }

    /// The lines of whole lines `bytes` (each ending with CRLF): its CRs, found by `memchr`.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var count = 0, i = nextCR(bytes, from: 0)
            while i < bytes.count {
                count += 1
                i = nextCR(bytes, from: i + 1)
            }
            return count
        }
    }

    /// Whether `bytes` hold a byte `firstProblem` refuses inside a line: a C0 control other
    /// than HTAB (CR and LF among them), or DEL. Read eight bytes at a time: a word with no
    /// byte below 0x20 and none 0x7F is passed over whole. (Not `ICalText.hasControls`: that
    /// scan of text before libical also stops at every word holding the lead byte of `“”`,
    /// `—` or `…` (0xE2), for the line separators; here the set is `firstProblem`'s own.)
    static func hasControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func isControl(_ b: UInt8) -> Bool { (b < 0x20 && b != tab) || b == 0x7F }
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let del = w ^ (ones &* 0x7F)
                // A byte below 0x20, or a zero byte of `del` (a 0x7F): the borrow tests.
                if ((w &- ones &* 0x20) & ~w | (del &- ones) & ~del) & highs != 0 {
                    for k in i..<(i + 8) where isControl(bytes[k]) { return true }
                }
                i += 8
            }
        }
        while i < n {
            if isControl(bytes[i]) { return true }
            i += 1
        }
        return false
    }

    @inline(__always) static func isContinuationByte(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// The first rule of RFC 5545's content-line syntax the bytes break, or nil: valid
    /// UTF-8, CRLF only, ≤ 75 octets a line, no empty or space-only lines, no fold inside
    /// a character, no control characters but HTAB.
    static func firstProblem(_ bytes: [UInt8]) -> String? {
        var checker = Checker()
        return checker.firstProblem(bytes)
    }

    /// `firstProblem` over output written piece by piece, each piece whole lines: line
    /// numbers run on from piece to piece.
    struct Checker {
        private var lineNumber = 1

        /// Counts `lines` whole lines checked elsewhere (a piece every calendar of a writer
        /// begins with, checked once when it was made; an event vouched for as it was
        /// written), so line numbers run on past them.
        mutating func skip(lines: Int) {
            lineNumber += lines
        }

        /// Bytes that are not UTF-8 are the first problem wherever they are; then the
        /// missing final CRLF; then the first line that breaks a rule.
        mutating func firstProblem(_ bytes: [UInt8]) -> String? {
            bytes.withUnsafeBufferPointer { bytes in
                guard bytes.count >= 2, bytes[bytes.count - 2] == cr, bytes[bytes.count - 1] == lf else {
                    return UTF8Validation.firstInvalidOffset(bytes, from: 0) == nil ? "no final CRLF" : "not UTF-8"
                }
                guard let (problem, at) = firstProblem(inLines: bytes) else { return nil }
                // The bytes before the problem were read as UTF-8 on the way; the rest were not.
                return UTF8Validation.firstInvalidOffset(bytes, from: at) == nil ? problem : "not UTF-8"
            }
        }

        /// The first line problem and where it was found, the UTF-8 checked on the way (one
        /// pass over the bytes, not one for the encoding and one for the lines).
        private mutating func firstProblem(inLines bytes: UnsafeBufferPointer<UInt8>) -> (String, at: Int)? {
            var lineStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x80 {
                    // Never CR, LF or a control: only its encoding is checked here. The
                    // three-byte sequences of Chinese (lead E1–EC, EE–EF, any continuations)
                    // in line; the other leads by the full table.
                    if b >= 0xE1 && b <= 0xEF && b != 0xED && i + 2 < bytes.count
                        && bytes[i + 1] & 0xC0 == 0x80 && bytes[i + 2] & 0xC0 == 0x80 {
                        i += 3
                        continue
                    }
                    guard let length = UTF8Validation.sequenceLength(bytes, at: i) else { return ("not UTF-8", i) }
                    i += length
                    continue
                }
                if b == cr {
                    guard i + 1 < bytes.count, bytes[i + 1] == lf else { return ("bare CR in line \(lineNumber)", i) }
                    let length = i - lineStart
                    if length == 0 { return ("empty line \(lineNumber)", i) }
                    if length > maxOctets { return ("line \(lineNumber) longer than 75 octets", i) }
                    if length == 1, bytes[lineStart] == space { return ("fold holding only a space at line \(lineNumber)", i) }
                    if bytes[lineStart] == space, lineStart + 1 < bytes.count, isContinuationByte(bytes[lineStart + 1]) {
                        return ("fold inside a UTF-8 character at line \(lineNumber)", i)
                    }
                    i += 2
                    lineStart = i
                    lineNumber += 1
                    continue
                }
                if b == lf { return ("bare LF in line \(lineNumber)", i) }
                if (b < 0x20 && b != tab) || b == 0x7F { return ("control character in line \(lineNumber)", i) }
                i += 1
                // Then a run of plain ASCII (property names, UIDs, times) eight bytes a step:
                // a word with no byte below 0x20, none 0x7F and none past it holds no line
                // ending, control or multi-byte character, so nothing to check.
                if let base = bytes.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while i + 8 <= bytes.count, Self.isPlainASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
                }
            }
            return nil
        }

        /// Whether every byte of `w` is in 0x20–0x7E (a set high bit, a byte below 0x20 found
        /// by the word-at-a-time borrow test, 0x7F by the carry of adding one to each byte).
        /// Kept here rather than read from ChronicleCore's `ByteWord`: across the module
        /// boundary its tests are calls, not inlined (even marked `@inlinable`), and the
        /// calendar's check and `ICalText`'s scan grew by 6 M instructions on 1 MB when tried.
        @inline(__always)
        static func isPlainASCII(_ w: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            return (w | (w &+ ones) | ((w &- ones &* 0x20) & ~w)) & highs == 0
        }
    }
}
