extension Array where Element == UInt8 {
    /// `self += text.utf8`, copied whole from the string's contiguous UTF-8 (a native or small
    /// string's, nearly every one), not appended through the view a byte at a time. The one
    /// form for every writer of bytes (identities, calendar lines, descriptions).
    @inline(__always)
    package mutating func appendUTF8(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { self += text.utf8 }
    }
}
