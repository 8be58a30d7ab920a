import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Batch running moved from the command into the library: order kept, width bounded,
/// a failing consumer stops the run.
@Suite struct BatchesTests {
    struct Stop: Error {}

    @Test func mapKeepsInputOrder() async {
        let out = await Batches.map(Array(0..<50), width: 4) { n in n * n }
        #expect(out == (0..<50).map { $0 * $0 })
    }

    @Test func pipelinedConsumesEveryItemInOrder() async {
        var seen: [Int] = []
        await Batches.pipelined(Array(0..<23), size: 5, width: 3, { $0 + 100 }) { item, result in
            #expect(result == item + 100)
            seen.append(item)
        }
        #expect(seen == Array(0..<23))
    }

    @Test func aFailingConsumerStopsTheRun() async {
        var seen: [Int] = []
        await #expect(throws: Stop.self) {
            try await Batches.pipelined(Array(0..<20), size: 4, width: 2, { $0 }) { item, _ in
                if item == 6 { throw Stop() }
                seen.append(item)
            }
        }
        #expect(seen == Array(0..<6))
    }

    @Test func emptyInputDoesNothing() async {
        var count = 0
        await Batches.pipelined([Int](), size: 4, width: 2, { $0 }) { _, _ in count += 1 }
        #expect(count == 0)
    }
}
