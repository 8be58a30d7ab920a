extension String {
    /// Without leading and trailing spaces (ASCII, full-width, tabs, newlines).
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        var a = 0, b = scalars.count
        while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
        while b > a, ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
        return String(scalars: scalars[a..<b])
    }
}
