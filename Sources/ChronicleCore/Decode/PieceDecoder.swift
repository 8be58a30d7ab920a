/// A page's text decoded from its bytes as they are read, in pieces of whole lines, so a
/// large file is never held as bytes beside its text: each piece of bytes is decoded and
/// dropped before the next is read.
///
/// The result is `TextDecoder.decode`'s text exactly, in pieces: UTF-8 (with or without a
/// BOM) is checked and decoded a piece at a time, cut after a line feed (an ASCII byte,
/// so never inside a character, and valid UTF-8 as a whole exactly when every piece is).
/// Anything else (UTF-16, GB18030, Big5, bytes that break, binary bytes, a text that
/// may be mojibake) falls back on `TextDecoder.decode` over the whole file, its bytes
/// put back together from the pieces (a checked UTF-8 piece holds the bytes as read), so
/// errors and repairs are the same too.
public struct PieceDecoder {
    private enum Mode { case undecided, utf8, whole }

    private let source: String
    private var mode = Mode.undecided
    /// Whether the file starts with a UTF-8 BOM (dropped; no mojibake repair then).
    private var bom = false
    /// `MojibakeRepair.mayBeDamaged` of the bytes decoded so far; nil until a byte tells.
    private var damaged: Bool?
    /// Bytes read and not yet decoded: after the last line feed, or all bytes in `.whole`.
    private var pending: [UInt8] = []
    private var pieces: [String] = []

    public init(source: String) { self.source = source }

    /// Decodes what `bytes` completes of the text; what follows the last line feed waits
    /// for the next bytes.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        pending.append(contentsOf: bytes)
        if mode == .undecided {
            // Three bytes tell a BOM; a shorter file is decoded whole at the end.
            guard pending.count >= 3 else { return }
            if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
                mode = .whole
                return
            }
            bom = pending.starts(with: [0xEF, 0xBB, 0xBF])
            mode = .utf8
        }
        guard mode == .utf8 else { return }
        // Back from the end to the last line feed: past the last line only.
        var end = pending.count
        while end > 0, pending[end - 1] != 0x0A { end -= 1 }
        if end > 0 { decodePiece(upTo: end) }
    }

    /// The whole text, in pieces each ending after a line feed (the last ends where the
    /// text does), or `TextDecoder.decode`'s error.
    public consuming func finish() throws(DecodeError) -> [String] {
        if mode == .undecided { mode = .whole }
        if mode == .utf8, !pending.isEmpty { decodePiece(upTo: pending.count) }
        if mode == .whole { return [try TextDecoder.decode(pending, source: source)] }
        if !bom, damaged == true {
            let text = pieces.joined()
            return [MojibakeRepair.repaired(text) ?? text]
        }
        return pieces.isEmpty ? [""] : pieces
    }

    /// Decodes `pending[..<end]` as a piece, or falls back on the whole file.
    private mutating func decodePiece(upTo end: Int) {
        let decoded: String? = pending.withUnsafeBufferPointer { buffer in
            let from = pieces.isEmpty && bom ? 3 : 0
            let bytes = UnsafeBufferPointer(rebasing: buffer[from..<end])
            guard let text = String(validating: bytes, as: UTF8.self),
                  TextDecoder.firstBinaryByte(bytes) == nil else { return nil }
            if !bom, damaged == nil { damaged = MojibakeRepair.firstSign(bytes) }
            return text
        }
        guard let decoded else {
            // The whole reader names the offset and tries the other encodings.
            var all: [UInt8] = []
            all.reserveCapacity(pieces.reduce(pending.count) { $0 + $1.utf8.count } + (bom ? 3 : 0))
            if bom { all += [0xEF, 0xBB, 0xBF] }
            for piece in pieces { all += piece.utf8 }
            all += pending
            pieces = []
            pending = all
            mode = .whole
            return
        }
        pieces.append(decoded)
        pending.removeFirst(end)
    }
}
