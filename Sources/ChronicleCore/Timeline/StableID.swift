/// Stable identifiers, derived from what an event is: its issue date, kind, date value
/// and the words that name it (trigger, the names of its leaders, summary), folded so a
/// traditional-script or full-width copy names the same event. Never the file name,
/// never the event's position: renaming a file, reading it from standard input, a
/// correction elsewhere on the page, or an event dropped before this one leaves the UID
/// as it was. Two events of one page with the very same identity are told apart by
/// their order among themselves (the second gets `#2` in its digest).
public enum StableID {
    /// `chronicle-2021-04-14-<20 hex>`: readable issue date, digest of the identity (UTF-8).
    static func uid(identity: [UInt8], occurrence: Int) -> String {
        uid(identity: identity, hashed: SHA256(identity), occurrence: occurrence)
    }

    /// `uid(identity:occurrence:)` with `state` the digest state of the identity's bytes,
    /// so the identity is hashed once for every occurrence asked of it.
    static func uid(identity: [UInt8], hashed state: SHA256, occurrence: Int) -> String {
        var state = state
        if occurrence > 1 {
            state.update(CollectionOfOne(0x1F))
            state.update("#\(occurrence)".utf8)
        }
        let digest = state.digest()
        // The identity opens with the issue date: ten ASCII bytes, but for a far year.
        guard identity.count >= 10 && identity[..<10].allSatisfy({ $0 < 0x80 }) else {
            let date = String(String(decoding: identity, as: UTF8.self).prefix(10))
            return uidPrefix + date + "-" + SHA256.hex(words: digest, digits: uidDigits)
        }
        // All ASCII: written into the string's own storage at once, not three strings joined.
        let count = uidPrefixBytes.count + 10 + 1 + uidDigits
        return String(unsafeUninitializedCapacity: count) { out in
            // The prefix and the date copied as runs of memory, not a byte at a time.
            let base = out.baseAddress!
            var k = uidPrefixBytes.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: $0.count); return $0.count }
            identity.withUnsafeBufferPointer { (base + k).initialize(from: $0.baseAddress!, count: 10) }
            k += 10
            out[k] = UInt8(ascii: "-"); k += 1
            SHA256.writeHex(digest, digits: uidDigits, into: UnsafeMutableBufferPointer(rebasing: out[k...]))
            return count
        }
    }
    private static let uidPrefix = "chronicle-"
    private static let uidPrefixBytes = Array(uidPrefix.utf8)
    /// Hex digits of the identity's digest in a UID.
    private static let uidDigits = 20

    /// What an event's identity and the same-event rule (`SameEventRule.Report`) both read
    /// of it, made once per event and shared: its leaders' names folded (`PersonName.key`)
    /// and its summary squeezed.
    struct Keys: Sendable {
        /// One per leader, in the leaders' order.
        let names: [String]
        /// `squeezed(event.summary)`: a String, so the rule's report shares it rather than
        /// making a second copy of every summary from its bytes.
        let summary: String

        init(_ event: Event) {
            names = event.leaders.map(PersonName.key(of:))
            summary = StableID.squeezed(event.summary)
        }
    }

    /// The words an event's identity is made of, issue date first, appended to `out` as UTF-8
    /// (a buffer reused from event to event): no string is made of the parts joined
    /// (appending text to a string checks its normalization, byte by byte).
    static func appendIdentity(of event: Event, keys: Keys, to out: inout [UInt8]) {
        let separator: UInt8 = 0x1F
        out.reserveCapacity(out.count + 128 + event.summary.utf8.count + event.trigger.utf8.count)
        out.appendUTF8(of: event.issueDate.description)
        out.append(separator); out.appendUTF8(of: "v2")
        out.append(separator); out.appendUTF8(of: event.kind)
        out.append(separator); out.appendUTF8(of: event.timex.value)
        out.append(separator); out.appendUTF8(of: event.modifier?.rawValue ?? "")
        out.append(separator); appendFolded(event.trigger, to: &out)
        out.append(separator)
        // One name (most events with any) needs no sorted copy of the list.
        if keys.names.count == 1 {
            out.appendUTF8(of: keys.names[0])
        } else if keys.names.count > 1 {
            for (k, name) in keys.names.sorted().enumerated() {
                if k > 0 { out.appendUTF8(of: "、") }
                out.appendUTF8(of: name)
            }
        }
        out.append(separator)
        out.appendUTF8(of: keys.summary)
    }

    /// The UID of each event, in the order given. Events are numbered among identical
    /// identities within their page (issue date and source), in the page's order.
    public static func uids(for events: [Event]) -> [String] {
        uids(for: events, keys: events.map(Keys.init))
    }

    /// `uids(for:)` with each event's `Keys` (`keys[i]` those of `items[i]`), read from the
    /// events or from the entries holding them. Each identity is written into one buffer
    /// reused from event to event and hashed where it stands, once: a repeated identity's
    /// UID goes on from the state of its first.
    static func uids<Item: HoldsEvent>(for items: [Item], keys: [Keys]) -> [String] {
        var identity: [UInt8] = []
        // One event is the first of its identity: nothing to count.
        if items.count == 1 {
            appendIdentity(of: items[0].heldEvent, keys: keys[0], to: &identity)
            return [uid(identity: identity, occurrence: 1)]
        }
        var order = Array(items.indices)
        order.sort { (items[$0].heldEvent.article, items[$0].heldEvent.ordinal, $0)
            < (items[$1].heldEvent.article, items[$1].heldEvent.ordinal, $1) }
        // Identities are counted by their first UID (a digest of the identity), so a merged
        // output of many pages holds one string per event here, not its identity as well.
        var seen: [SourcedUID: Int] = [:]
        seen.reserveCapacity(items.count)
        var uids = Array(repeating: "", count: items.count)
        for i in order {
            identity.removeAll(keepingCapacity: true)
            appendIdentity(of: items[i].heldEvent, keys: keys[i], to: &identity)
            let state = SHA256(identity)
            let first = uid(identity: identity, hashed: state, occurrence: 1)
            let key = SourcedUID(source: items[i].heldEvent.source, uid: first)
            let occurrence = (seen[key] ?? 0) + 1
            seen[key] = occurrence
            uids[i] = occurrence == 1 ? first : uid(identity: identity, hashed: state, occurrence: occurrence)
        }
        return uids
    }

    private struct SourcedUID: Hashable {
        let source: String
        let uid: String
    }

    /// Folded, without layout spaces (segmenters disagree about them).
    public static func squeezed(_ text: String) -> String {
        // Nothing folded or dropped (most summaries and places): the text itself, its storage
        // shared, not a second copy of it per event held as long as the timeline is made.
        // Asked of the scalars as they are read, before any byte is written.
        var text = text
        let unchanged = text.withUTF8 { bytes in
            var same = true
            let whitespace = ScalarClass.whitespace
            MatchFolding.table.withUnsafeBufferPointer { t in
                MatchFolding.forEachValue(utf8: bytes) { v in
                    let folded = v < 0x10000 ? t[Int(v)] : Unicode.Scalar(v).unsafelyUnwrapped
                    same = folded.value == v && !whitespace.contains(folded)
                    return same
                }
            }
            return same
        }
        if unchanged { return text }
        var out: [UInt8] = []
        appendSqueezed(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `squeezed(text)`'s UTF-8, appended to `out`: folded from the UTF-8 and encoded as it
    /// goes, no array of scalars, folded or kept.
    static func appendSqueezed(_ text: String, to out: inout [UInt8]) {
        appendFolded(text, to: &out, droppingWhitespace: true)
    }

    /// `MatchFolding.folded(text)`'s UTF-8 (without white space when `droppingWhitespace`),
    /// appended to `out` as it is folded: no string made of it.
    static func appendFolded(_ text: String, to out: inout [UInt8], droppingWhitespace: Bool = false) {
        out.reserveCapacity(out.count + text.utf8.count)
        forEachFoldedScalar(of: text, droppingWhitespace: droppingWhitespace) { s in UTF8.encode(s) { out.append($0) } }
    }

    /// The folded scalars of `text` (without white space when `droppingWhitespace`), handed
    /// to `body` in order as they are read from its UTF-8: the one walk of UIDs' texts and of
    /// names' keys (`PersonName.key`), no array made.
    @inline(__always)
    static func forEachFoldedScalar(of text: String, droppingWhitespace: Bool, _ body: (Unicode.Scalar) -> Void) {
        var text = text
        let whitespace = ScalarClass.whitespace   // read once, not per scalar
        text.withUTF8 { bytes in
            MatchFolding.forEachFoldedValue(utf8: bytes) { v in
                let s = Unicode.Scalar(v).unsafelyUnwrapped   // folding maps scalars to scalars
                if !(droppingWhitespace && whitespace.contains(s)) { body(s) }
                return true
            }
        }
    }
}

/// What UIDs are read from: the events themselves, or the timeline's entries made of them
/// (the entries are made first, so the events' array is released before the UIDs are).
protocol HoldsEvent {
    var heldEvent: Event { get }
}

// Read accessors: the event is lent where it stands, not copied out (a copy retains each
// of its strings and arrays).
extension Event: HoldsEvent {
    var heldEvent: Event { _read { yield self } }
}

extension TimelineEntry: HoldsEvent {
    var heldEvent: Event { _read { yield event } }
}
