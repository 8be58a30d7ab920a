/// Recognizes credit lines: `记者 柴琳琳 通讯员 姜璞 文/图`, `■本报记者 X`, `本报评论员`,
/// `(分站记者 彭雨桐 通讯员 邓凯)`, `记者 X 摄`.
///
/// A byline is a short run of roles and personal names, with at least one role, and
/// nothing else: a sentence that starts with 记者 (`记者从区住建局获悉,…`) is not one.
struct BylineGrammar: Sendable {
    private let roles = MarkerSet(LayoutLexicon.bylineRoles)
    private let standalone = MarkerSet(LayoutLexicon.standaloneRoles)
    private let singleCharRoleLength = 1

    func accepts(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !t.isEmpty, t.count <= LayoutLexicon.maxBylineLength else { return false }
        var start = t.startIndex, end = t.endIndex
        while start < end, isSkippable(t[start]) { start += 1 }
        while end > start, isSkippable(t[end - 1]) { end -= 1 }
        guard start < end else { return false }
        let body = t[start..<end]
        if let n = standalone.longestMatch(in: body, at: start), n == body.count { return true }

        var sawRole = false, sawName = false
        var i = start
        while i < end {
            let s = t[i]
            var runEnd = i
            while runEnd < end, isNameCharacter(t[runEnd]) { runEnd += 1 }
            if let n = roles.longestMatch(in: t[i..<end], at: i) {
                // A one-character role glued to more characters is more likely a name (文静).
                if n == singleCharRoleLength, runEnd - i > n, LayoutLexicon.nameLengths.contains(runEnd - i) {
                    sawName = true
                    i = runEnd
                } else {
                    sawRole = true
                    i += n
                }
                continue
            }
            if isSkippable(s) { i += 1; continue }
            guard runEnd > i else { return false }
            // A name, possibly followed by a role glued to it (`柴琳琳摄`).
            var nameEnd = runEnd
            if !isName(t[i..<runEnd]) {
                guard let cut = trailingRole(in: t, from: i, to: runEnd) else { return false }
                nameEnd = cut
                sawRole = true
            }
            guard isName(t[i..<nameEnd]) else { return false }
            sawName = true
            i = runEnd
        }
        return sawRole && sawName
    }

    /// Where a role glued to the end of a name starts, if the run ends with one.
    private func trailingRole(in t: ArraySlice<Unicode.Scalar>, from start: Int, to end: Int) -> Int? {
        // A role ending at `end` starts at most its longest length before it: the cuts
        // further back (a headline's whole run) can hold none.
        let first = max(start, end - roles.maxLength - 1)
        var cut = end - 1
        while cut > first {
            if let n = roles.longestMatch(in: t[cut..<end], at: cut), cut + n == end { return cut }
            cut -= 1
        }
        return nil
    }

    private func isName(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
        run.contains(where: LayoutLexicon.nameJoiners.contains)
            ? LayoutLexicon.joinedNameLengths.contains(run.count) : LayoutLexicon.nameLengths.contains(run.count)
    }

    private func isSkippable(_ s: Unicode.Scalar) -> Bool {
        LayoutLexicon.bylineSeparators.contains(s) || LayoutLexicon.bylineDecorations.contains(s)
    }

    private func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if isSkippable(s) { return false }   // 丨 is an ideograph used as a bar
        return (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
            || LayoutLexicon.nameJoiners.contains(s)
    }
}
