extension Substring {
    /// Without leading and trailing spaces, tabs and ideographic spaces: how option values
    /// and manifest fields are read.
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" { s.removeLast() }
        return s
    }
}
