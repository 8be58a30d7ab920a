/// A 128-bit content fingerprint (two FNV-1a 64 lanes with different bases), as hex.
///
/// The archive only compares a page's or report's new fingerprint with the one it
/// stored for the same key, so a fast non-cryptographic hash is enough: a false
/// "unchanged" would need a 2⁻¹²⁸ coincidence on one key.
public enum ContentHash {
    private static let prime: UInt64 = 0x0000_0100_0000_01B3
    private static let bases: (UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142)

    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var (a, b) = bases
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* prime
            // The second lane mixes each byte rotated so the lanes do not move together.
            b = (b ^ UInt64(byte &+ 0x9E)) &* prime
            b = (b << 29) | (b >> 35)
        }
        return word(a) + word(b)
    }

    /// Fingerprint of several text fields, each length-prefixed so ("ab","c") ≠ ("a","bc").
    public static func of(fields: [String?]) -> String {
        var bytes: [UInt8] = []
        for field in fields {
            guard let field else { bytes.append(0xFF); continue }
            let utf8 = Array(field.utf8)
            var n = UInt64(utf8.count)
            for _ in 0..<8 { bytes.append(UInt8(n & 0xFF)); n >>= 8 }
            bytes.append(contentsOf: utf8)
        }
        return hex(bytes)
    }

    private static func word(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
