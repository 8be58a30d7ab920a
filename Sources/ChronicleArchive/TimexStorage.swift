import ChronicleCore

/// Stores a `Timex` as its TIMEX3 value string and reads it back.
///
/// The value string is the readable form users see in the database; it is
/// unambiguous except that a set (`P1W`) and a duration (`P1W`) print alike,
/// so the archive keeps one extra flag for sets.
enum TimexStorage {
    static func encode(_ timex: Timex) -> (value: String, isSet: Bool) {
        if case .set = timex { return (timex.value, true) }
        return (timex.value, false)
    }

    static func decode(value: String, isSet: Bool) -> Timex? {
        if isSet { return .set(value) }
        return parse(Substring(value))
    }

    private static func parse(_ s: Substring) -> Timex? {
        if let vague = VagueReference(rawValue: String(s)) { return .vague(vague) }
        if s.first == "(" && s.last == ")" { return parseRange(s.dropFirst().dropLast()) }
        if s.first == "P" { return .duration(String(s)) }
        if s.hasPrefix("XXXX") { return .set(String(s)) }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let head = parts.first, head.allSatisfy(\.isASCIIDigit), let number = Int(head) else { return nil }
        if parts.count == 1 {
            switch head.count {
            case 2: return .century(number)
            case 3: return .decade(number)
            case 4: return .year(number)
            default: return nil
            }
        }
        guard head.count == 4 else { return nil }
        let year = number
        let second = parts[1]
        if parts.count == 2 {
            if second.first == "W", let w = Int(second.dropFirst()) { return .week(year: year, week: w) }
            if second.first == "Q", let q = Int(second.dropFirst()) { return .quarter(year: year, quarter: q) }
            if second.first == "H", let h = Int(second.dropFirst()) { return .half(year: year, half: h) }
            if let season = Season(rawValue: String(second)) { return .season(year: year, season: season) }
            if let m = Int(second), second.count == 2 { return .month(year: year, month: m) }
            return nil
        }
        if parts.count == 3, second.first == "W", parts[2] == "WE", let w = Int(second.dropFirst()) {
            return .weekend(year: year, week: w)
        }
        guard parts.count == 3, let date = CalendarDate(iso: s) else { return nil }
        let rest = s.dropFirst(10)
        if rest.isEmpty { return .date(date) }
        guard rest.first == "T" else { return nil }
        let time = rest.dropFirst()
        if let part = PartOfDay(rawValue: String(time)) { return .partOfDay(date, part) }
        guard let dt = LocalDateTime(iso: String(s)) else { return nil }
        return .dateTime(date, dt.time)
    }

    /// `(start,end,span)`; the span is derived from the ends, so it is not read.
    private static func parseRange(_ inner: Substring) -> Timex? {
        var depth = 0
        var commas: [Substring.Index] = []
        for i in inner.indices {
            switch inner[i] {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0: commas.append(i)
            default: break
            }
        }
        guard commas.count == 2,
              let a = parse(inner[inner.startIndex..<commas[0]]),
              let b = parse(inner[inner.index(after: commas[0])..<commas[1]]) else { return nil }
        return .range(a, b)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
