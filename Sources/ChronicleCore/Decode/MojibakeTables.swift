/// Data for `MojibakeRepair`.
enum MojibakeTables {
    /// Windows-1252 characters of bytes 0x80–0x9F (the rest of 0x80–0xFF is Latin-1).
    static let windows1252: [Unicode.Scalar: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
        "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
        "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]
    /// Below this many damaged characters a text is more likely Latin-script with accents.
    static let minimumDamagedCharacters = 6
    /// Repaired text must be at least 1/2 Chinese among its non-ASCII characters.
    static let chineseShareDenominator = 2
}
