/// Running the pipeline over many pages: bounded parallelism, results in input order.
///
/// Bounded so a folder of 10,000 pages does not start 10,000 tasks holding their files
/// in memory at the same time.
public enum Batches {
    /// Maps items on a pool of at most `width` tasks at once; results in input order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], width: Int,
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

    /// Transforms items in batches of `size` (each on `width` tasks) and hands every
    /// result, in input order, to `consume`, which runs on the caller's task (a writer
    /// that must take one page at a time, e.g. the archive). The next batch is transformed
    /// while this one is consumed, so memory stays flat however many items there are.
    /// An error from `consume` stops the run: later batches are not consumed.
    public static func pipelined<T: Sendable, R: Sendable>(
        _ items: [T], size: Int, width: Int,
        _ transform: @escaping @Sendable (T) async -> R,
        consume: (T, R) throws -> Void
    ) async rethrows {
        let step = max(1, size)
        let batches = stride(from: 0, to: items.count, by: step).map { Array(items[$0..<min($0 + step, items.count)]) }
        func start(_ index: Int) -> Task<[R], Never>? {
            guard index < batches.count else { return nil }
            let batch = batches[index]
            return Task { await map(batch, width: width, transform) }
        }
        var next = start(0)
        for index in batches.indices {
            guard let results = await next?.value else { break }
            next = start(index + 1)
            for (item, result) in zip(batches[index], results) {
                do { try consume(item, result) } catch { next?.cancel(); throw error }
            }
        }
    }
}
