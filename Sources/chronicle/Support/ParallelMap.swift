/// Maps items on a bounded pool of tasks (at most `width` at once), results in input order.
///
/// Bounded so a folder of 10,000 pages does not start 10,000 tasks holding their
/// files in memory at the same time.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], width: Int,
                                           _ transform: @escaping @Sendable (T) async -> R) async -> [R] {
    var results = [R?](repeating: nil, count: items.count)
    await withTaskGroup(of: (Int, R).self) { group in
        var next = 0
        func launch() {
            let index = next
            let item = items[index]
            group.addTask { (index, await transform(item)) }
            next += 1
        }
        while next < items.count && next < max(1, width) { launch() }
        while let (index, result) = await group.next() {
            results[index] = result
            if next < items.count { launch() }
        }
    }
    return results.compactMap { $0 }
}
