// The only file that talks to libical. Every C pointer has exactly one Swift owner that
// frees it once (in `deinit`, or before the function that made it returns); strings
// coming back from C are copied at once. libical is not documented as thread-safe
// (ring buffers, the builtin zone cache), so every call runs under one lock.
internal import CLibical
import Foundation

private let libicalLock = NSLock()

/// Runs `body` with libical to ourselves.
private func withLibical<T>(_ body: () throws(ExportError) -> T) throws(ExportError) -> T {
    libicalLock.lock()
    defer { libicalLock.unlock() }
    return try body()
}

/// A date or a local wall time, as libical should write it.
enum ICalTime: Hashable {
    /// `VALUE=DATE`.
    case date(CalendarDate)
    /// `TZID=<tzid>:YYYYMMDDTHHMMSS`.
    case local(LocalDateTime, tzid: String)
}

/// What one VEVENT carries. Text is already cleaned (`ICalText`).
struct ICalEventSpec {
    var uid: String
    var dtstampEpoch: Int
    var start: ICalTime
    var end: ICalTime
    var summary: String
    /// UTF-8 ending with one NUL (`cString`): handed to libical as it is, never made a string.
    /// Valid UTF-8 (a string's, `EntryText.descriptionUTF8`): the writer vouches for the
    /// lines it folds from it without reading them again (`LibICalCalendar.WrittenEvent`).
    var description: [UInt8]
    var location: String?
    var categories: [String]
    /// X- properties in order; values are escaped by `ContentLines` after serialization.
    /// `shared`: a value many events have (`LibICalCalendar.SharedLines`).
    var xProperties: [(name: String, value: String, shared: Bool)]
    /// SEQUENCE, CREATED and LAST-MODIFIED (Unix seconds), when an archive tracks them.
    var revision: (sequence: Int, created: Int64, lastModified: Int64)? = nil

    /// `utf8` (valid UTF-8, a string's) with the NUL a C string ends with (in place when it is
    /// the only reference).
    static func cString(_ utf8: consuming [UInt8]) -> [UInt8] {
        assert(utf8.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) } != nil, "a description's bytes are a string's UTF-8")
        utf8.append(0)
        return utf8
    }

    static func cString(_ text: String) -> [UInt8] { cString(Array(text.utf8)) }
}

/// A VCALENDAR being built. Ownership: `root` is created here and freed in `deinit`;
/// every property and component made by the methods is attached to it at once, which
/// hands it to the root (libical frees children with their parent).
final class LibICalCalendar {
    private let root: OpaquePointer

    init() throws(ExportError) {
        guard let root = try withLibical({ () throws(ExportError) in icalcomponent_new(ICAL_VCALENDAR_COMPONENT) }) else {
            throw .libical(operation: "create a VCALENDAR")
        }
        self.root = root
    }

    deinit {
        libicalLock.lock()
        icalcomponent_free(root)
        libicalLock.unlock()
    }

    /// VERSION, PRODID, CALSCALE and RFC 7986 NAME (TEXT, escaped by libical).
    func addHeader(version: String, productID: String, calendarScale: String, name: String) throws(ExportError) {
        try withLibical { () throws(ExportError) in
            try attach(icalproperty_new_version(version), to: root, "VERSION")
            try attach(icalproperty_new_prodid(productID), to: root, "PRODID")
            try attach(icalproperty_new_calscale(calendarScale), to: root, "CALSCALE")
            try attach(icalproperty_new_name(name), to: root, "NAME")
        }
    }

    func addX(name: String, value: String) throws(ExportError) {
        try withLibical { () throws(ExportError) in try attachX(name, value, to: root) }
    }

    /// Parses a VTIMEZONE and adds it. Ownership: the parsed component goes to the root.
    func addTimeZone(_ text: String) throws(ExportError) {
        try withLibical { () throws(ExportError) in
            guard let zone = icalcomponent_new_from_string(text),
                  icalcomponent_isa(zone) == ICAL_VTIMEZONE_COMPONENT else {
                throw .libical(operation: "parse the VTIMEZONE")
            }
            icalcomponent_add_component(root, zone)
        }
    }

    /// One VEVENT, its lines as `ContentLines.normalize` leaves libical's (CRLF, folded at 75
    /// octets, X- values escaped): libical writes a component as its `BEGIN` line, each
    /// property's lines in order, then its `END` line, so the event is written a property at
    /// a time inside the frame libical writes for an empty VEVENT. Each property is made by
    /// libical and its value written (escaped) by libical; its line is then folded here once,
    /// not folded by libical, unfolded and folded again. A line many events share
    /// (`SharedLines`) is serialized whole once and reused. Ownership: a property made for one
    /// event is ours until freed here; the properties every event has its own value of (UID,
    /// SUMMARY, DESCRIPTION, LOCATION, the X- ones) are the writer's `SharedLines`', made once
    /// and freed in its `deinit`; each string libical returns is copied, then freed.
    static func serializedEvent(_ spec: ICalEventSpec, sharing shared: SharedLines = SharedLines()) throws(ExportError) -> [UInt8] {
        try writtenEvent(spec, sharing: shared).bytes
    }

    /// A VEVENT as `serializedEvent` writes it, with what its writing vouches for, so the
    /// calendar need not read its bytes again (`ContentLines.Checker`).
    struct WrittenEvent {
        let bytes: [UInt8]
        /// The physical lines of `bytes` (each ends with CRLF).
        let lineCount: Int
        /// Whether its lines pass `ContentLines.firstProblem`, known as they were written: each
        /// line of its own folded by `ContentLines.fold` (≤ 75 octets, never inside a
        /// character, never empty, CRLF), its value found free of controls as libical handed it
        /// back, its UTF-8 a Swift string's (libical's escaping only adds ASCII before ASCII);
        /// each shared line and the frame checked once, when first made. False when any of
        /// that failed: then the bytes are checked whole, to name the problem.
        let vouched: Bool
    }

    /// `serializedEvent`, with its line count and whether its lines are vouched for.
    static func writtenEvent(_ spec: ICalEventSpec, sharing shared: SharedLines = SharedLines()) throws(ExportError) -> WrittenEvent {
        var out: [UInt8] = [], line: [UInt8] = []
        let (lineCount, vouched) = try writeEvent(spec, sharing: shared, into: &out, line: &line)
        return WrittenEvent(bytes: out, lineCount: lineCount, vouched: vouched)
    }

    /// `writtenEvent`, its bytes appended to `out` (a calendar's buffer, written in place: no
    /// array made per event and copied again), `line` a buffer the caller reuses from event
    /// to event for each property's unfolded line. Returns its physical lines and whether they
    /// are vouched for (`WrittenEvent`).
    static func writeEvent(_ spec: ICalEventSpec, sharing shared: SharedLines, into out: inout [UInt8],
                           line: inout [UInt8]) throws(ExportError) -> (lineCount: Int, vouched: Bool) {
        try withLibical { () throws(ExportError) in
            let frame = try shared.eventFrame()
            out += frame.begin
            var lineCount = frame.lineCount
            var vouched = frame.passes
            func add(_ property: OpaquePointer?, _ name: String, isX: Bool = false) throws(ExportError) {
                try valueLine(property, name, into: &line)
                addLine(isX: isX)
            }
            /// `line`, checked and folded onto `out`.
            func addLine(isX: Bool = false) {
                if line.withUnsafeBufferPointer(ContentLines.hasControl) { vouched = false }
                lineCount += ContentLines.fold(isX ? ContentLines.escapeXValue(line) : line, into: &out)
            }
            /// A property the writer keeps (`SharedLines`), given this event's value `made` (made
            /// by the caller, ours until given): a value libical could not make is an error, never
            /// the last event's value written again. The property takes the value and frees the
            /// one before.
            func addKept(_ property: OpaquePointer?, _ name: String, isX: Bool, made: OpaquePointer?) throws(ExportError) {
                guard let property, let made else {
                    if let made { icalvalue_free(made) }
                    throw .libical(operation: property == nil ? "create the \(name) property" : "make the \(name) value")
                }
                icalproperty_set_value(property, made)
                try valueLine(property, name, into: &line, freeing: false)
                addLine(isX: isX)
            }
            /// A TEXT (or X-) value of `text`, made from the string's own storage (`withCString`,
            /// not the implicit conversion, which copies it into a new array first); libical
            /// copies it.
            func value(_ text: String, isX: Bool) -> OpaquePointer? {
                text.withCString { isX ? icalvalue_new_x($0) : icalvalue_new_text($0) }
            }
            func addShared(_ key: SharedLines.Key, _ make: () -> OpaquePointer?) throws(ExportError) {
                if let kept = shared.line(key) {
                    out += kept.bytes
                    lineCount += kept.lineCount
                    return
                }
                let bytes = ContentLines.normalize(try serialized(make(), key.name))
                let kept = SharedLines.Line(bytes)
                // A line that fails the check is written all the same, but not kept: the
                // event's bytes are then checked whole, and the problem named there.
                if kept.passes { shared.keep(kept, as: key) } else { vouched = false }
                out += kept.bytes
                lineCount += kept.lineCount
            }
            /// The writer's property of that kind, given `text`.
            func addOwn(_ own: SharedLines.OwnProperty, text: String) throws(ExportError) {
                try addKept(shared.ownProperty(own), own.name, isX: false, made: value(text, isX: false))
            }
            try addOwn(.uid, text: spec.uid)
            let utc = icaltimezone_get_utc_timezone()
            try addShared(.stamp(spec.dtstampEpoch)) {
                icalproperty_new_dtstamp(icaltime_from_timet_with_zone(time_t(spec.dtstampEpoch), 0, utc))
            }
            // Events of a page or a day's papers fall on a few days and times: each of their
            // DTSTART and DTEND lines is serialized once.
            try addShared(.time(isStart: true, spec.start)) { Self.timeProperty(spec.start, icalproperty_new_dtstart) }
            try addShared(.time(isStart: false, spec.end)) { Self.timeProperty(spec.end, icalproperty_new_dtend) }
            try addOwn(.summary, text: spec.summary)
            precondition(spec.description.last == 0, "DESCRIPTION is handed to libical as a C string")
            try addKept(shared.ownProperty(.description), SharedLines.OwnProperty.description.name, isX: false,
                        made: spec.description.withUnsafeBufferPointer {
                            icalvalue_new_text(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self))
                        })
            if let location = spec.location { try addOwn(.location, text: location) }
            for category in spec.categories {
                try addShared(.text(name: "CATEGORIES", value: category)) { icalproperty_new_categories(category) }
            }
            try addShared(.text(name: "TRANSP", value: "TRANSPARENT")) { icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT) }
            if let revision = spec.revision {
                try add(icalproperty_new_sequence(Int32(clamping: revision.sequence)), "SEQUENCE")
                try add(icalproperty_new_created(icaltime_from_timet_with_zone(time_t(revision.created), 0, utc)), "CREATED")
                try add(icalproperty_new_lastmodified(icaltime_from_timet_with_zone(time_t(revision.lastModified), 0, utc)),
                        "LAST-MODIFIED")
            }
            for x in spec.xProperties {
                if x.shared {
                    try addShared(.text(name: x.name, value: x.value)) { newX(x.name, x.value) }
                } else if let property = shared.ownXProperty(named: x.name) {
                    try addKept(property, x.name, isX: true, made: value(x.value, isX: true))
                } else {
                    try add(newX(x.name, x.value), x.name, isX: true)
                }
            }
            out += frame.end
            return (lineCount, vouched)
        }
    }

    /// `NAME:value` of a new property without parameters, its value as libical writes it
    /// (escaped), unfolded, without CRLF: what libical's own line holds before it folds it.
    /// A property with parameters is refused (they would be lost): it goes through `serialized`.
    /// Ownership: the property is ours and freed here when `freeing` (else its owner's, kept);
    /// the value string is copied, then freed.
    private static func valueLine(_ property: OpaquePointer?, _ name: String, into line: inout [UInt8], freeing: Bool = true) throws(ExportError) {
        guard let property else { throw .libical(operation: "create the \(name) property") }
        defer { if freeing { icalproperty_free(property) } }
        guard icalproperty_count_parameters(property) == 0 else { throw .libical(operation: "write the \(name) property without its parameters") }
        guard let value = icalproperty_get_value(property),
              let text = icalvalue_as_ical_string_r(value) else { throw .libical(operation: "serialize the \(name) property") }
        defer { icalmemory_free_buffer(text) }
        line.removeAll(keepingCapacity: true)
        line.appendUTF8(of: name)
        line.append(UInt8(ascii: ":"))
        line.append(contentsOf: bytes(of: text))
    }

    /// Lines that many of a writer's events have alike (the time stamp, the category,
    /// `TRANSP`, the precision, the start and end), each serialized by libical the first time
    /// it is written and normalized (`ContentLines`), and the frame of an empty VEVENT; and the
    /// properties each event gives its own value (`OwnProperty`, the X- ones), which it owns and
    /// frees. Read and filled only under libical's lock.
    final class SharedLines: @unchecked Sendable {
        enum Key: Hashable {
            /// A property of one text value (`TRANSP:TRANSPARENT`, a category).
            case text(name: String, value: String)
            /// The DTSTAMP of a Unix second: keyed by the number, no string made of it per event.
            case stamp(Int)
            /// A DTSTART (`isStart`) or DTEND line.
            case time(isStart: Bool, ICalTime)

            var name: String {
                switch self {
                case .text(let name, _): name
                case .stamp: "DTSTAMP"
                case .time(let isStart, _): isStart ? "DTSTART" : "DTEND"
                }
            }
        }
        /// Whole lines, normalized, and what the check said of them when they were made.
        struct Line {
            let bytes: [UInt8]
            /// Its physical lines (each ends with CRLF).
            let lineCount: Int
            /// Whether it passes `ContentLines.firstProblem`.
            let passes: Bool

            init(_ bytes: [UInt8]) {
                self.bytes = bytes
                lineCount = ContentLines.lineCount(bytes)
                passes = ContentLines.firstProblem(bytes) == nil
            }
        }
        private var lines: [Key: Line] = [:]                       // guarded by libicalLock

        /// The text properties each event has one of its own, made once per writer and handed
        /// each event's value in turn (`icalproperty_set_…` frees the value before), not made
        /// and freed per property written: libical writes the value as it writes a new one's.
        enum OwnProperty: Int, CaseIterable {
            case uid, summary, description, location

            var name: String {
                switch self {
                case .uid: "UID"
                case .summary: "SUMMARY"
                case .description: "DESCRIPTION"
                case .location: "LOCATION"
                }
            }
            fileprivate var kind: icalproperty_kind {
                switch self {
                case .uid: ICAL_UID_PROPERTY
                case .summary: ICAL_SUMMARY_PROPERTY
                case .description: ICAL_DESCRIPTION_PROPERTY
                case .location: ICAL_LOCATION_PROPERTY
                }
            }
        }
        /// Ownership: each made here (`ownProperty`) and freed in `deinit`, under libical's lock.
        private var ownProperties = [OpaquePointer?](repeating: nil, count: OwnProperty.allCases.count)   // guarded by libicalLock

        /// The X- properties of values each event has its own of (TIMEX, DATE-TEXT), by name,
        /// made and kept as `ownProperties` are (each given its value as an X- value), up
        /// to `ownXCapacity` names; past that, one is made and freed per value written.
        private var ownX: [(name: String, property: OpaquePointer)] = []   // guarded by libicalLock
        private static let ownXCapacity = 16

        deinit {
            libicalLock.lock()
            for case let property? in ownProperties { icalproperty_free(property) }
            for own in ownX { icalproperty_free(own.property) }
            libicalLock.unlock()
        }

        /// This writer's X- property of that name, made on first use, or nil past
        /// `ownXCapacity` names (or when libical cannot make it). Call only inside `withLibical`.
        fileprivate func ownXProperty(named name: String) -> OpaquePointer? {
            for own in ownX where own.name == name { return own.property }
            guard ownX.count < Self.ownXCapacity, let made = newX(name, "") else { return nil }
            ownX.append((name, made))
            return made
        }

        /// This writer's property of that kind, made on first use. Call only inside `withLibical`.
        fileprivate func ownProperty(_ own: OwnProperty) -> OpaquePointer? {
            if let made = ownProperties[own.rawValue] { return made }
            let made = icalproperty_new(own.kind)
            ownProperties[own.rawValue] = made
            return made
        }
        private var frame: Frame?                                  // guarded by libicalLock

        /// An empty VEVENT's `BEGIN` and `END` lines, and what the check said of them.
        struct Frame {
            let begin: [UInt8]
            let end: [UInt8]
            let lineCount: Int
            let passes: Bool
        }
        /// A writer meets few such values (kinds, precisions, issue days, event days); past this many,
        /// a line is serialized each time rather than kept.
        static let capacity = 4_096

        init() {}

        /// Call only inside `withLibical` (its lock guards this cache too).
        fileprivate func line(_ key: Key) -> Line? { lines[key] }

        /// Call only inside `withLibical`.
        fileprivate func keep(_ line: Line, as key: Key) {
            if lines.count < Self.capacity { lines[key] = line }
        }

        /// `BEGIN:VEVENT` and `END:VEVENT` lines, as libical writes an empty VEVENT.
        /// Ownership: the empty event is ours and freed here.
        fileprivate func eventFrame() throws(ExportError) -> Frame {
            if let frame { return frame }
            guard let event = icalcomponent_new(ICAL_VEVENT_COMPONENT) else { throw .libical(operation: "create a VEVENT") }
            defer { icalcomponent_free(event) }
            let bytes = try ownedString(icalcomponent_as_ical_string_r(event), "serialize an event")
            let end = Array("END:".utf8)
            guard let split = bytes.indices.first(where: { bytes[$0...].starts(with: end) }), split > 0 else {
                throw .libical(operation: "serialize an event")
            }
            let begin = ContentLines.normalize(Array(bytes[..<split])), endLines = ContentLines.normalize(Array(bytes[split...]))
            let made = Frame(begin: begin, end: endLines, lineCount: ContentLines.lineCount(begin) + ContentLines.lineCount(endLines),
                             passes: ContentLines.firstProblem(begin + endLines) == nil)
            frame = made
            return made
        }
    }

    /// A new property's lines as libical serializes it (folded, CRLF). Ownership: the
    /// property is ours and freed here; the string libical returns is copied, then freed.
    private static func serialized(_ property: OpaquePointer?, _ name: String) throws(ExportError) -> [UInt8] {
        guard let property else { throw .libical(operation: "create the \(name) property") }
        defer { icalproperty_free(property) }
        return try ownedString(icalproperty_as_ical_string_r(property), "serialize the \(name) property")
    }

    /// The calendar as libical serializes it: CRLF, folded (with 3.0.16's fold defect, which
    /// `ContentLines.repair` removes). Ownership: the `_r` string is ours; copied, then freed.
    func serialize() throws(ExportError) -> [UInt8] {
        try withLibical { () throws(ExportError) in
            try Self.ownedString(icalcomponent_as_ical_string_r(root), "serialize the calendar")
        }
    }

    /// A calendar as libical reads it and writes it again, whole (CRLF, folded, with 3.0.16's
    /// fold defect). Once normalized (`ContentLines`), shows that writing an event a property at
    /// a time (`serializedEvent`, its lines folded by us) gives the bytes libical gives for the
    /// same tree. Ownership: the parsed tree is ours, freed here.
    static func reserialized(_ bytes: [UInt8]) throws(ExportError) -> [UInt8] {
        try withLibical { () throws(ExportError) in
            guard let root = String(decoding: bytes, as: UTF8.self).withCString({ icalparser_parse_string($0) }) else {
                throw .libical(operation: "parse the calendar")
            }
            defer { icalcomponent_free(root) }
            return try ownedString(icalcomponent_as_ical_string_r(root), "serialize the calendar")
        }
    }

    /// The bytes of a string an `_r` function returned, which is ours: copied, then freed.
    private static func ownedString(_ text: UnsafeMutablePointer<CChar>?, _ operation: String) throws(ExportError) -> [UInt8] {
        guard let text else { throw .libical(operation: operation) }
        defer { icalmemory_free_buffer(text) }
        return Array(bytes(of: text))
    }

    /// The bytes of a C string, borrowed: valid only until the string is freed.
    private static func bytes(of text: UnsafeMutablePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
    }

    private static func timeProperty(_ time: ICalTime, _ make: (icaltimetype) -> OpaquePointer?) -> OpaquePointer? {
        switch time {
        case .date(let d):
            var t = icaltime_null_date()
            t.year = Int32(d.year); t.month = Int32(d.month); t.day = Int32(d.day)
            guard let p = make(t) else { return nil }
            // 3.0.16 writes a bare 8-digit value without this parameter.
            icalproperty_set_parameter(p, icalparameter_new_value(ICAL_VALUE_DATE))
            return p
        case .local(let dt, let tzid):
            var t = icaltime_null_time()
            t.year = Int32(dt.date.year); t.month = Int32(dt.date.month); t.day = Int32(dt.date.day)
            t.hour = Int32(dt.time.hour); t.minute = Int32(dt.time.minute); t.second = Int32(dt.time.second ?? 0)
            guard let p = make(t) else { return nil }
            icalproperty_set_parameter(p, icalparameter_new_tzid(tzid))
            return p
        }
    }
}

/// Hands a new property to `parent`, or reports which one libical could not make.
private func attach(_ property: OpaquePointer?, to parent: OpaquePointer, _ name: String) throws(ExportError) {
    guard let property else { throw .libical(operation: "create the \(name) property") }
    icalcomponent_add_property(parent, property)
}

private func attachX(_ name: String, _ value: String, to parent: OpaquePointer) throws(ExportError) {
    guard let property = newX(name, value) else { throw .libical(operation: "create the \(name) property") }
    icalcomponent_add_property(parent, property)
}

/// A new X- property, ours until attached or freed.
private func newX(_ name: String, _ value: String) -> OpaquePointer? {
    guard let property = value.withCString(icalproperty_new_x) else { return nil }
    name.withCString { icalproperty_set_x_name(property, $0) }
    return property
}

/// A time zone's rules, built from a VTIMEZONE. Ownership: `zone` is made with
/// `icaltimezone_new`, owns the component handed to it, and is freed with it in `deinit`.
final class LibICalZone {
    private let zone: OpaquePointer

    init(vtimezone text: String) throws(ExportError) {
        zone = try withLibical { () throws(ExportError) in
            guard let component = icalcomponent_new_from_string(text) else { throw .libical(operation: "parse the VTIMEZONE") }
            guard let zone = icaltimezone_new() else {
                icalcomponent_free(component)
                throw .libical(operation: "create a time zone")
            }
            guard icaltimezone_set_component(zone, component) != 0 else {
                icaltimezone_free(zone, 1)
                icalcomponent_free(component)
                throw .libical(operation: "read the VTIMEZONE")
            }
            return zone
        }
    }

    deinit {
        libicalLock.lock()
        icaltimezone_free(zone, 1)
        libicalLock.unlock()
    }

    /// Seconds east of UTC at a local wall time.
    func utcOffset(at time: LocalDateTime) throws(ExportError) -> Int {
        try withLibical { () throws(ExportError) in
            var t = icaltime_null_time()
            t.year = Int32(time.date.year); t.month = Int32(time.date.month); t.day = Int32(time.date.day)
            t.hour = Int32(time.time.hour); t.minute = Int32(time.time.minute); t.second = Int32(time.time.second ?? 0)
            var daylight: Int32 = 0
            return Int(icaltimezone_get_utc_offset(zone, &t, &daylight))
        }
    }

    /// The VTIMEZONE of a zone from the system's zoneinfo, under its plain IANA name
    /// (libical's builtin TZID carries a `/freeassociation.sourceforge.net/` prefix), history
    /// before `fromYear` dropped. Ownership: the builtin zone and its component belong to
    /// libical; we clone the component, and free the clone before returning.
    static func systemVTimezone(named name: String, fromYear: Int) throws(ExportError) -> String {
        try withLibical { () throws(ExportError) in
            guard let builtin = icaltimezone_get_builtin_timezone(name),
                  let original = icaltimezone_get_component(builtin) else { throw .unknownTimeZone(name) }
            guard let clone = icalcomponent_new_clone(original) else { throw .libical(operation: "copy the VTIMEZONE") }
            defer { icalcomponent_free(clone) }
            guard let tzid = icalcomponent_get_first_property(clone, ICAL_TZID_PROPERTY) else {
                throw .libical(operation: "find the TZID of \(name)")
            }
            icalproperty_set_tzid(tzid, name)
            var start = icaltime_null_time()
            start.year = Int32(max(1902, fromYear)); start.month = 1; start.day = 1
            icaltimezone_truncate_vtimezone(clone, start, icaltime_null_time(), 1)
            guard let text = icalcomponent_as_ical_string_r(clone) else { throw .libical(operation: "serialize the VTIMEZONE") }
            defer { icalmemory_free_buffer(text) }
            return String(cString: text)
        }
    }
}

/// What libical reads back from a serialized calendar (used to prove round trips).
struct ParsedCalendar: Hashable, Sendable {
    struct Event: Hashable, Sendable {
        var uid: String?
        var summary: String?
        var description: String?
        var location: String?
        var categories: [String]
        /// `YYYYMMDD` for dates, UTC `YYYYMMDDTHHMMSSZ` for times (zone resolved from the VTIMEZONE).
        var start: String
        var end: String
        var startIsDate: Bool
        var x: [String: String]
    }
    var errorCount: Int
    var name: String?
    var x: [String: String]
    var timeZoneIDs: [String]
    var events: [Event]
}

enum LibICalParser {
    /// Ownership: the parsed tree is ours and freed before returning; every string is copied.
    static func parse(_ bytes: [UInt8]) throws(ExportError) -> ParsedCalendar {
        try withLibical { () throws(ExportError) in
            guard let root = String(decoding: bytes, as: UTF8.self).withCString({ icalparser_parse_string($0) }) else {
                throw .libical(operation: "parse the calendar")
            }
            defer { icalcomponent_free(root) }
            var result = ParsedCalendar(errorCount: Int(icalcomponent_count_errors(root)), name: nil,
                                        x: xProperties(root), timeZoneIDs: [], events: [])
            if let p = icalcomponent_get_first_property(root, ICAL_NAME_PROPERTY) { result.name = copy(icalproperty_get_name(p)) }
            var zone = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT)
            while let z = zone {
                if let p = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY), let id = copy(icalproperty_get_tzid(p)) {
                    result.timeZoneIDs.append(id)
                }
                zone = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)
            }
            var child = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT)
            while let e = child {
                var categories: [String] = []
                var p = icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY)
                while let c = p {
                    if let v = copy(icalproperty_get_categories(c)) { categories.append(v) }
                    p = icalcomponent_get_next_property(e, ICAL_CATEGORIES_PROPERTY)
                }
                let start = icalcomponent_get_dtstart(e)
                result.events.append(.init(
                    uid: copy(icalcomponent_get_uid(e)), summary: copy(icalcomponent_get_summary(e)),
                    description: copy(icalcomponent_get_description(e)), location: copy(icalcomponent_get_location(e)),
                    categories: categories, start: format(start), end: format(icalcomponent_get_dtend(e)),
                    startIsDate: icaltime_is_date(start) != 0, x: xProperties(e)))
                child = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT)
            }
            return result
        }
    }

    private static func copy(_ text: UnsafePointer<CChar>?) -> String? { text.map { String(cString: $0) } }

    private static func xProperties(_ component: OpaquePointer) -> [String: String] {
        var out: [String: String] = [:]
        var p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY)
        while let x = p {
            if let name = copy(icalproperty_get_x_name(x)) { out[name] = copy(icalproperty_get_x(x)) ?? "" }
            p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)
        }
        return out
    }

    private static func format(_ t: icaltimetype) -> String {
        let day = "\(pad(Int(t.year), 4))\(pad(Int(t.month), 2))\(pad(Int(t.day), 2))"
        if icaltime_is_date(t) != 0 { return day }
        let u = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone())
        return "\(pad(Int(u.year), 4))\(pad(Int(u.month), 2))\(pad(Int(u.day), 2))T"
            + "\(pad(Int(u.hour), 2))\(pad(Int(u.minute), 2))\(pad(Int(u.second), 2))Z"
    }
}
