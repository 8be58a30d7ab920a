/// Error messages as one line that starts with the path the user typed.
enum ErrorLine {
    /// Library errors name the file by the name chronicle gave it (`shortName`, the
    /// file name); the user should see the path they typed instead.
    static func naming(_ path: String, _ error: any Error, shortName: String? = nil) -> String {
        let text = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
        if text.hasPrefix(path + ":") { return text }
        if let shortName, text.hasPrefix(shortName + ":") { return path + text.dropFirst(shortName.count) }
        return "\(path): \(text)"
    }
}
