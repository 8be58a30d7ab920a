#if canImport(Glibc)
import Glibc
#endif
/// The text of a page saved from a browser as HTML, and entity remnants in saved text.
///
/// Tags are dropped, block elements end lines, script/style/head content is skipped,
/// character references are decoded, and whitespace runs collapse the way a browser
/// shows them (a source line break between two Chinese characters shows as nothing).
/// One pass over the input, no regular expressions.
public enum SavedWebPage {
    /// True when the text starts with markup: a doctype, `<html>`, or block tags near the start.
    public static func looksLikeHTML(_ text: String) -> Bool {
        var head = ""
        var seenText = false
        // Counted as read: `prefix(n)` of the scalars would walk all n before the first is
        // read, though nearly every page is told by its first scalar.
        var count = 0
        for s in text.unicodeScalars {
            guard count < SavedWebPageTables.signatureWindow else { break }
            count += 1
            if !seenText {
                if s.properties.isWhitespace || s == "\u{FEFF}" { continue }
                guard s == "<" else { return false }
                seenText = true
            }
            head.unicodeScalars.append(s)
        }
        let lower = head.lowercased()
        return SavedWebPageTables.signatureTags.contains { lower.contains($0) }
    }

    /// Plain text of an HTML page: one line per block.
    public static func plainText(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var pendingSpace = false
        var spaceHadNewline = false
        func flushSpace(before next: Unicode.Scalar?) {
            defer { pendingSpace = false; spaceHadNewline = false }
            guard pendingSpace, let last = out.last, last != "\n" else { return }
            if spaceHadNewline, isWide(last) || next.map(isWide) == true { return }
            out.append(" ")
        }
        func newline() {
            pendingSpace = false
            if let last = out.last, last != "\n" { out.append("\n") }
        }
        while i < s.count {
            let c = s[i]
            if c == "<", startsWith(s, i, "<!--") {
                i = find(s, from: i + 4, "-->").map { $0 + 3 } ?? s.count
                continue
            }
            if c == "<", let tag = readTag(s, i) {
                if !tag.closing, SavedWebPageTables.skippedElements.contains(tag.name), !tag.selfClosing {
                    i = find(s, from: tag.end, "</" + tag.name, caseInsensitive: true)
                        .flatMap { find(s, from: $0, ">") }.map { $0 + 1 } ?? s.count
                    continue
                }
                if SavedWebPageTables.blockElements.contains(tag.name) { newline() }
                i = tag.end
                continue
            }
            if c.properties.isWhitespace && c != "\u{00A0}" && c != "\u{3000}" {
                pendingSpace = true
                if c == "\n" || c == "\r" { spaceHadNewline = true }
                i += 1
                continue
            }
            if c == "&", let (scalar, end) = entity(s, i) {
                flushSpace(before: scalar)
                out.append(scalar)
                i = end
                continue
            }
            flushSpace(before: c)
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// Decodes character references left in plain text (`&nbsp;本报讯`).
    public static func decodingEntities(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        let hasAmpersand = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil
        } ?? true
        guard hasAmpersand else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (scalar, end) = entity(s, i) {
                out.append(scalar)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    // MARK: Pieces

    private struct Tag { let name: String; let closing: Bool; let selfClosing: Bool; let end: Int }

    /// `<name …>` or `</name>` starting at `i`; nil when `<` does not open a tag.
    private static func readTag(_ s: [Unicode.Scalar], _ i: Int) -> Tag? {
        var j = i + 1
        var closing = false
        if j < s.count, s[j] == "/" { closing = true; j += 1 }
        if j < s.count, s[j] == "!" || s[j] == "?" {          // doctype, processing instruction
            guard let end = find(s, from: j, ">") else { return nil }
            return Tag(name: "!", closing: false, selfClosing: true, end: end + 1)
        }
        var name = ""
        while j < s.count, s[j].properties.isASCIIHexDigit || ("a"..."z").contains(s[j]) || ("A"..."Z").contains(s[j])
                || ("0"..."9").contains(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard !name.isEmpty, let end = findTagEnd(s, from: j) else { return nil }
        return Tag(name: name.lowercased(), closing: closing, selfClosing: end > 0 && s[end - 1] == "/", end: end + 1)
    }

    /// The `>` closing a tag, skipping quoted attribute values. Bounded, so stray `<`
    /// and unclosed quotes in text cost constant time each.
    private static func findTagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        var quote: Unicode.Scalar?
        while j < s.count, j - start < SavedWebPageTables.maxTagLength {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return j
            } else if c == "<" {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// `&name;`, `&#NNNN;` or `&#xHHHH;` at `i`.
    private static func entity(_ s: [Unicode.Scalar], _ i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        var name = ""
        while j < s.count, j - i <= SavedWebPageTables.maxEntityLength + 1, s[j] != ";" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, j + 1)
        }
        guard let scalar = SavedWebPageTables.entities[name.lowercased()] else { return nil }
        return (scalar, j + 1)
    }

    private static func startsWith(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        var j = i
        for w in word.unicodeScalars {
            guard j < s.count, s[j] == w else { return false }
            j += 1
        }
        return true
    }

    /// Index of the next `word` at or after `start`.
    private static func find(_ s: [Unicode.Scalar], from start: Int, _ word: String, caseInsensitive: Bool = false) -> Int? {
        let w = Array((caseInsensitive ? word.lowercased() : word).unicodeScalars)
        guard let first = w.first else { return nil }
        var i = start
        while i + w.count <= s.count {
            if lower(s[i], caseInsensitive) == first {
                var k = 1
                while k < w.count, lower(s[i + k], caseInsensitive) == w[k] { k += 1 }
                if k == w.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func lower(_ c: Unicode.Scalar, _ fold: Bool) -> Unicode.Scalar {
        fold && ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }

    /// Chinese characters and full-width forms: no space shows between them.
    private static func isWide(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (0x2E80...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFFEF).contains(v)
            || (0x20000...0x3FFFF).contains(v) || (0x3000...0x303F).contains(v)
    }
}
