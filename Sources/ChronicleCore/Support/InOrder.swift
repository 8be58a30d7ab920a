extension Array where Element: Comparable {
    /// The elements sorted; the array itself (its storage shared, nothing sorted) when they
    /// are in order already, as a draft's scope of clauses nearly always is.
    func sortedUnlessInOrder() -> [Element] {
        zip(self, dropFirst()).allSatisfy { $0 <= $1 } ? self : sorted()
    }
}
