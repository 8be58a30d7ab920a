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
        zip(self, dropFirst()).allSatisfy { !areInIncreasingOrder($1, $0) } ? self : sorted(by: areInIncreasingOrder)
    }
}
