/// Stable identifiers, derived from what an event is: its issue date, kind, date value
/// and the words that name it (trigger, the names of its leaders, summary), folded so a
/// traditional-script or full-width copy names the same event. Never the file name,
/// never the event's position: renaming a file, reading it from standard input, a
/// correction elsewhere on the page, or an event dropped before this one leaves the UID
/// as it was. Two events of one page with the very same identity are told apart by
/// their order among themselves (the second gets `#2` in its digest).
public enum StableID {
    /// `chronicle-2021-04-14-<20 hex>`: readable issue date, digest of the identity.
    static func uid(identity: String, occurrence: Int) -> String {
        let text = occurrence > 1 ? identity + "\u{1F}#" + String(occurrence) : identity
        var uid = "chronicle-"
        uid.reserveCapacity(41)
        uid += identity.prefix(10)
        uid += "-"
        uid += SHA256.hex(text.utf8, digits: 20)
        return uid
    }

    /// The words an event's identity is made of, issue date first.
    static func identity(of event: Event) -> String {
        // Written into one string as it goes, not an array of parts joined after.
        let separator = "\u{1F}"
        var text = event.issueDate.description
        text.reserveCapacity(128 + event.summary.utf8.count + event.trigger.utf8.count)
        text += separator; text += "v2"
        text += separator; text += event.kind
        text += separator; text += event.timex.value
        text += separator; text += event.modifier?.rawValue ?? ""
        text += separator; text += MatchFolding.folded(event.trigger)
        text += separator
        if !event.leaders.isEmpty {
            let names = event.leaders.map(PersonName.key(of:)).sorted()
            for (k, name) in names.enumerated() {
                if k > 0 { text += "、" }
                text += name
            }
        }
        text += separator; text += squeezed(event.summary)
        return text
    }

    /// The UID of each event, in the order given. Events are numbered among identical
    /// identities within their page (issue date and source), in the page's order.
    public static func uids(for events: [Event]) -> [String] {
        // One event is the first of its identity: nothing to count.
        if events.count == 1 { return [uid(identity: identity(of: events[0]), occurrence: 1)] }
        var order = Array(events.indices)
        order.sort { (events[$0].article, events[$0].ordinal, $0) < (events[$1].article, events[$1].ordinal, $1) }
        // Identities are counted by their first UID (a digest of the identity), so a merged
        // output of many pages holds one string per event here, not its identity as well.
        var seen: [SourcedUID: Int] = [:]
        var uids = Array(repeating: "", count: events.count)
        for i in order {
            let identity = identity(of: events[i])
            let first = uid(identity: identity, occurrence: 1)
            let key = SourcedUID(source: events[i].source, uid: first)
            let occurrence = (seen[key] ?? 0) + 1
            seen[key] = occurrence
            uids[i] = occurrence == 1 ? first : uid(identity: identity, occurrence: occurrence)
        }
        return uids
    }

    private struct SourcedUID: Hashable {
        let source: String
        let uid: String
    }

    /// Folded, without layout spaces (segmenters disagree about them).
    public static func squeezed(_ text: String) -> String {
        // Folded from the UTF-8 and encoded as it goes: no array of scalars, folded or kept.
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            MatchFolding.forEachFoldedValue(utf8: bytes) { v in
                let s = Unicode.Scalar(v).unsafelyUnwrapped   // folding maps scalars to scalars
                if !ScalarClass.isWhitespace(s) { UTF8.encode(s) { out.append($0) } }
                return true
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
