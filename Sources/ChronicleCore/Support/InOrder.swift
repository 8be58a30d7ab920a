extension Array where Element: Comparable {
    /// The elements sorted; the array itself (its storage shared, nothing sorted) when they
    /// are in order already, as a draft's scope of clauses nearly always is.
    func sortedUnlessInOrder() -> [Element] {
        sortedUnlessInOrder(by: <)
    }
}

extension Array {
    /// The elements sorted by `areInIncreasingOrder`; the array itself when they are in order
    /// already.
    func sortedUnlessInOrder(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        allNeighbours { !areInIncreasingOrder($1, $0) } ? self : sorted(by: areInIncreasingOrder)
    }

    /// Whether every element and the one after it satisfy `holds` (true for fewer than two).
    /// An index loop: a zip of the array and its tail costs a pair of iterators per call.
    func allNeighbours(_ holds: (Element, Element) -> Bool) -> Bool {
        var i = 1
        while i < count {
            if !holds(self[i - 1], self[i]) { return false }
            i += 1
        }
        return true
    }
}
