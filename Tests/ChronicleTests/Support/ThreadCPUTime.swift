import Glibc
import Testing

/// CPU time of the calling thread. Linear-time checks compare two runs: the wall clock
/// grows when other tests or programs share the cores, the thread's CPU time does not.
enum ThreadCPUTime {
    /// Seconds of CPU the calling thread spent in `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        try body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    /// The least of `runs` measurements: noise (caches, migrations) only ever adds time.
    static func best(of runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var least = Double.infinity
        for _ in 0..<runs { least = min(least, try seconds(body)) }
        return least
    }

    /// Expects `work` on `factor` times the input to take at most `2 × factor` times the CPU
    /// of the base size (best of 3 each; `floor` seconds absorb timer granularity on tiny
    /// inputs). Linear work passes with room; a quadratic step fails it by far.
    static func expectLinear(factor: Int, floor: Double = 0.01, sourceLocation: SourceLocation = #_sourceLocation,
                             _ work: (_ scale: Int) throws -> Void) rethrows {
        let small = try best { try work(1) }
        let large = try best { try work(factor) }
        #expect(large < max(small, floor) * Double(2 * factor),
                "\(factor)× the input took \(large) s of CPU against \(small) s", sourceLocation: sourceLocation)
    }
}
