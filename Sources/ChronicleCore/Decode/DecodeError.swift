/// Input bytes that are not text chronicle can read.
///
/// The description is one line naming the file and what is wrong: the first byte that
/// could not be decoded, so a user can look at it (`xxd -s N FILE | head`) or re-save the
/// file; or, for bytes every legacy encoding reads but none as Chinese, that.
public struct DecodeError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// A byte no encoding chronicle reads can decode (at `offset`).
        case invalidByte
        /// Bytes that decode, but as no Chinese text (another language's legacy encoding).
        case notChinese
    }

    /// The name the user gave for the input.
    public let source: String
    /// Offset of the first undecodable byte, counted from the start of the file (BOM included).
    public let offset: Int
    public let problem: Problem

    public init(source: String, offset: Int, problem: Problem = .invalidByte) {
        self.source = source
        self.offset = offset
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .invalidByte:
            return "\(source): not UTF-8, GB18030, Big5 or UTF-16 text (invalid byte at offset \(offset))"
        case .notChinese:
            return "\(source): does not read as Chinese in UTF-8, GB18030, Big5 or UTF-16; re-save it as UTF-8"
        }
    }
}
