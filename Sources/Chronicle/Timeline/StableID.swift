/// Stable identifiers: derived from what a report says about itself (issue date, source
/// file name, headline, the event's ordinal in its article), never from run order or
/// from the recognizer's reading of the date, so that re-running, or improving the
/// recognizer, updates events in a subscribed calendar instead of duplicating them.
enum StableID {
    /// `chronicle-2021-04-14-<20 hex>`: readable issue date, digest of the identity.
    static func uid(for event: Event) -> String {
        let identity = ["v1", event.issueDate.description, sourceName(event.source),
                        normalizedHeadline(event.headline), String(event.ordinal)].joined(separator: "\u{1F}")
        return "chronicle-\(event.issueDate)-\(SHA256.hex(identity.utf8).prefix(20))"
    }

    /// The file name without its folders: the same page converted from another
    /// directory keeps its UIDs, and two pages of one issue never share one. Standard
    /// input (`-`) has no name and contributes nothing.
    static func sourceName(_ source: String) -> String {
        guard source != "-" else { return "" }
        let trimmed = source.hasSuffix("/") ? String(source.dropLast()) : source
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    /// Headlines lose their layout spaces, which segmenters disagree about.
    static func normalizedHeadline(_ headline: String) -> String {
        String(String.UnicodeScalarView(headline.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Two articles with the same headline on one page would share UIDs: later ones, in
    /// timeline order, get `-2`, `-3` ….
    static func disambiguate(_ entries: inout [TimelineEntry]) {
        var seen: [String: Int] = [:]
        for i in entries.indices {
            let uid = entries[i].uid
            let count = (seen[uid] ?? 0) + 1
            seen[uid] = count
            if count > 1 { entries[i].uid = "\(uid)-\(count)" }
        }
    }
}
