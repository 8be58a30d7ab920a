/// `--issue-dates FILE`: the issue date of each page of a batch, for pages whose name and
/// text do not carry it. CSV or TSV, one page a line: its path or file name, then its date.
///
///     # file, issue date
///     pages/zhengwu-0412.txt,2021-04-12
///     xinwen_88.html	2021-04-13
///
/// A first line with no digits where the date goes is a header and is skipped; `#` lines and blank
/// lines are comments. A page matches by its path as given, else by its file name.
public struct IssueDateManifest: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// The name as written in the manifest.
        public let key: String
        public let date: CalendarDate
        /// 1-based line of the manifest.
        public let line: Int
    }

    public let entries: [Entry]
    private let byKey: [String: Int]

    /// Reads a manifest's text; `name` is the manifest's path, used in errors.
    public init(text: String, name: String) throws(ManifestError) {
        var entries: [Entry] = []
        var byKey: [String: Int] = [:]
        var sawData = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = Self.fields(of: line)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw ManifestError(name: name, line: number, reason: .shape(String(trimmed)))
            }
            guard let date = Self.date(fields[1]) else {
                // A first row with no digits where the date goes is a header (文件,日期).
                if !sawData && !fields[1].contains(where: \.isASCIIDigit) { sawData = true; continue }
                throw ManifestError(name: name, line: number, reason: .date(fields[1]))
            }
            sawData = true
            let key = Self.normalized(fields[0])
            if let earlier = byKey[key] {
                if entries[earlier].date != date {
                    throw ManifestError(name: name, line: number,
                                        reason: .conflict(fields[0], entries[earlier].date.description, entries[earlier].line))
                }
                continue
            }
            byKey[key] = entries.count
            entries.append(Entry(key: fields[0], date: date, line: number))
        }
        self.entries = entries
        self.byKey = byKey
    }

    /// The entry for a page read from `path` (as typed on the command line or found in a
    /// folder): by its path, else by its file name.
    public func entry(forPath path: String) -> Entry? {
        let key = Self.normalized(path)
        if let i = byKey[key] { return entries[i] }
        let name = key.split(separator: "/").last.map(String.init) ?? key
        return byKey[name].map { entries[$0] }
    }

    /// Fields split by tab when the line has one, else by comma; surrounding quotes and
    /// spaces dropped.
    static func fields(of line: Substring) -> [String] {
        let separator: Character = line.contains("\t") ? "\t" : ","
        return line.split(separator: separator, omittingEmptySubsequences: false).map { field in
            var f = field.trimmingSpaces
            if f.count >= 2, f.hasPrefix("\""), f.hasSuffix("\"") { f = f.dropFirst().dropLast() }
            return String(f)
        }
    }

    /// `2021-04-14`, `2021/04/14`, `2021.04.14` or `20210414`.
    static func date(_ text: String) -> CalendarDate? {
        let digits = text.filter(\.isASCII)
        if digits.count == 8, digits.allSatisfy(\.isNumber),
           let y = Int(digits.prefix(4)), let m = Int(digits.dropFirst(4).prefix(2)), let d = Int(digits.suffix(2)) {
            return CalendarDate(year: y, month: m, day: d)
        }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else {
            return nil
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// `./a/b.txt` and `a//b.txt` are `a/b.txt`.
    static func normalized(_ path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if parts.isEmpty { parts = [Substring(path)] }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}

/// A manifest line that cannot be read, in one line naming the file and the line.
public struct ManifestError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        case shape(String), date(String), conflict(String, String, Int)
    }

    public let name: String
    public let line: Int
    public let reason: Reason

    public var description: String {
        switch reason {
        case .shape(let text):
            return "\(name):\(line): '\(text)' is not 'file,date'; write one page a line: its path or file name, a comma or tab, its date (YYYY-MM-DD)"
        case .date(let text):
            return "\(name):\(line): '\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2021-04-14"
        case .conflict(let key, let date, let earlier):
            return "\(name):\(line): \(key) was given the date \(date) on line \(earlier) already; keep one line per page"
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
