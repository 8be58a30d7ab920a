/// Input bytes that are not text chronicle can read.
///
/// The description is one line naming the file and the first byte that could not be
/// decoded, so a user can look at it (`xxd -s N FILE | head`) or re-save the file.
public struct DecodeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name the user gave for the input.
    public let source: String
    /// Offset of the first undecodable byte, counted from the start of the file (BOM included).
    public let offset: Int

    public init(source: String, offset: Int) {
        self.source = source
        self.offset = offset
    }

    public var description: String {
        "\(source): not UTF-8, GB18030 or UTF-16 text (invalid byte at offset \(offset))"
    }
}
