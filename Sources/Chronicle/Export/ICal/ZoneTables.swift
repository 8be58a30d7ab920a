/// VTIMEZONEs chronicle writes itself, for zones Chinese news comes from. Minimal on
/// purpose (one STANDARD rule): exact since these zones dropped daylight saving time
/// (Asia/Shanghai 1992, the others 1980), identical on every machine whatever its tzdata
/// (golden files stay byte-identical), and the RRULE-free form every client reads. Other
/// zones come from the system's zoneinfo through libical (`LibICalZone.systemVTimezone`).
enum ZoneTables {
    static let minimal: [String: (name: String, offset: String)] = [
        "Asia/Shanghai": ("CST", "+0800"),
        "Asia/Hong_Kong": ("HKT", "+0800"),
        "Asia/Macau": ("CST", "+0800"),
        "Asia/Taipei": ("CST", "+0800"),
    ]

    static func vtimezone(tzid: String, name: String, offset: String) -> String {
        ["BEGIN:VTIMEZONE", "TZID:\(tzid)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
         "TZOFFSETFROM:\(offset)", "TZOFFSETTO:\(offset)", "TZNAME:\(name)", "END:STANDARD",
         "END:VTIMEZONE", ""].joined(separator: "\r\n")
    }
}

/// A zone as written into a calendar: its TZID (the plain IANA name) and its VTIMEZONE.
struct ZoneDefinition: Hashable, Sendable {
    let tzid: String
    let vtimezone: String

    /// What a zone's definition depends on: its name, and for a zone from the system's
    /// zoneinfo the earliest year written (its history before is dropped); nil for ours,
    /// whose definition is the same for every year.
    struct Key: Hashable, Sendable {
        let name: String
        let fromYear: Int?

        init(_ name: String, fromYear: Int) {
            self.name = name
            self.fromYear = ZoneTables.minimal[name] == nil ? fromYear : nil
        }
    }

    /// `fromYear`: the earliest year a time will be written in (older history is dropped
    /// from system zones).
    static func resolve(_ name: String, fromYear: Int) throws(ExportError) -> ZoneDefinition {
        try resolve(Key(name, fromYear: fromYear))
    }

    /// The one entry point: the key holds exactly what the definition is made from, so a
    /// definition cached by its key is the one `resolve` makes.
    static func resolve(_ key: Key) throws(ExportError) -> ZoneDefinition {
        let name = key.name
        if let z = ZoneTables.minimal[name] {
            return ZoneDefinition(tzid: name, vtimezone: ZoneTables.vtimezone(tzid: name, name: z.name, offset: z.offset))
        }
        // Refuse path-like names before asking libical to read zoneinfo files.
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains(".."),
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "/_-+0123456789".unicodeScalars.contains($0)) })
        else { throw .unknownTimeZone(name) }
        return ZoneDefinition(tzid: name, vtimezone: try LibICalZone.systemVTimezone(named: name, fromYear: key.fromYear ?? 1970))
    }
}
