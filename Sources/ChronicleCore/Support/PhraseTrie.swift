/// Two entries of one table name the same phrase: the compiler refuses them rather than
/// letting the later one win without a word (a trigger hidden by a blocker of the same
/// phrase). A user's override is explicit: `EventLexicon.merging` replaces the entry.
public struct LexiconConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The phrase as folded for matching.
    public var phrase: String
    public var first: String
    public var second: String

    public var description: String {
        "\(phrase) is listed twice (\(first); \(second)): keep one entry, or make the override explicit"
    }
}

/// The one trie of chronicle: every phrase table of every stage (time words, triggers,
/// titles, cues) is compiled into one of these, once, and matched by walking it.
///
/// Keys are folded like the text (`MatchFolding`) when the table is compiled. The root of a
/// table is a direct table over the Basic Multilingual Plane in two levels (a block of 256
/// scalars, then the scalar in its block), so the common case — a scalar that starts no
/// phrase — costs two array reads, and a table holds only the blocks its first characters
/// fall in (a few kilobytes, not 256 KB for each of the hundred tables); a table with few
/// first characters, and a trie built per article (`compactRoot`), search a sorted list.
/// Deeper levels are short sorted child lists (phrases are two to eight characters).
/// Immutable after compilation.
struct PhraseTrie<Payload: Sendable>: Sendable {
    /// Immutable after init: `let` arrays, so reads need no exclusivity checks.
    private final class Storage: Sendable {
        // Node n's children are childScalars/childNodes[firstChild[n] ..< firstChild[n] + childCount[n]].
        let firstChild: [Int32]
        let childCount: [Int32]
        let payload: [Payload?]
        let childScalars: [UInt32]
        let childNodes: [Int32]
        /// The direct root table, or empty when the root is searched in `rootScalars`: for
        /// the block of 256 scalars a scalar is in (`scalar >> 8`), the start of its row in
        /// `root`; row 0 is the shared empty row (every entry -1).
        let rootBlocks: [Int32]
        let root: [Int32]
        /// The root's children, sorted (with a direct table too: what `firstScalars` lists);
        /// their nodes when there is no direct table.
        let rootScalars: [UInt32]
        let rootNodes: [Int32]
        /// `rootScalars` as a mask, tested before the search by halves.
        let rootMask: FirstScalarMask
        init(firstChild: [Int32], childCount: [Int32], payload: [Payload?], childScalars: [UInt32],
             childNodes: [Int32], rootBlocks: [Int32], root: [Int32], rootScalars: [UInt32], rootNodes: [Int32]) {
            self.firstChild = firstChild; self.childCount = childCount; self.payload = payload
            self.childScalars = childScalars; self.childNodes = childNodes
            self.rootBlocks = rootBlocks; self.root = root
            self.rootScalars = rootScalars; self.rootNodes = rootNodes
            rootMask = FirstScalarMask(rootScalars)
        }
    }

    private let storage: Storage
    /// Length in scalars of the longest phrase.
    let maxLength: Int

    /// Compiles a table; a phrase listed twice (after folding) is refused.
    static func compile(_ entries: [(String, Payload)]) throws(LexiconConflict) -> PhraseTrie {
        try PhraseTrie(checking: entries)
    }

    /// Compiles a table the caller knows to be free of conflicts (the built-in tables,
    /// which a test compiles with `compile`; lexicons checked by `EventLexicon`). Like
    /// `Dictionary(uniqueKeysWithValues:)`, a duplicate here is a programming error.
    /// `compactRoot`: a trie built for one article, whose root is a sorted list.
    init(_ entries: [(String, Payload)], compactRoot: Bool = false) {
        do { try self.init(checking: entries, compactRoot: compactRoot) } catch { preconditionFailure(error.description) }
    }

    /// Keys are folded and sorted, so each node is a run of keys sharing a prefix: the flat
    /// arrays are filled breadth first without a tree of objects (tries are also built per
    /// article, for its names).
    private init(checking entries: [(String, Payload)], compactRoot: Bool = false) throws(LexiconConflict) {
        let keys: [[UInt32]] = entries.map { $0.0.unicodeScalars.map { MatchFolding.fold(value: $0.value) } }
        var order = keys.indices.filter { !keys[$0].isEmpty }
        order.sort { keys[$0] == keys[$1] ? $0 < $1 : keys[$0].lexicographicallyPrecedes(keys[$1]) }
        // A phrase listed twice: the listing that repeats an earlier one first, in table order.
        var conflict: (first: Int, second: Int)?
        for k in order.indices.dropFirst() where keys[order[k]] == keys[order[k - 1]] {
            if k >= 2, keys[order[k - 2]] == keys[order[k]] { continue }   // a third listing comes later
            if order[k] < conflict?.second ?? Int.max { conflict = (order[k - 1], order[k]) }
        }
        if let conflict {
            throw LexiconConflict(phrase: MatchFolding.folded(entries[conflict.second].0),
                                  first: "\(entries[conflict.first].1)", second: "\(entries[conflict.second].1)")
        }
        self.init(keys: keys, sorted: order, payload: { entries[$0].1 }, compactRoot: compactRoot)
    }

    /// `keys` in `order` (the non-empty ones, sorted, distinct), entry `k`'s payload `payload(k)`.
    private init(keys: [[UInt32]], sorted order: [Int], payload: (Int) -> Payload, compactRoot: Bool) {
        var firstChild: [Int32] = [], childCount: [Int32] = [], payloads: [Payload?] = []
        var childScalars: [UInt32] = [], childNodes: [Int32] = []
        // A node: keys order[lo..<hi] share a prefix of `depth` scalars (its own key excluded).
        var queue: [(depth: Int, lo: Int, hi: Int)] = []
        /// The runs of `order[lo..<hi]` by their scalar at `depth`.
        func runs(_ depth: Int, _ lo: Int, _ hi: Int) -> [(scalar: UInt32, lo: Int, hi: Int)] {
            var out: [(UInt32, Int, Int)] = []
            var p = lo
            while p < hi {
                let scalar = keys[order[p]][depth]
                var q = p + 1
                while q < hi, keys[order[q]][depth] == scalar { q += 1 }
                out.append((scalar, p, q))
                p = q
            }
            return out
        }
        func add(_ depth: Int, _ lo: Int, _ hi: Int) -> Int32 {
            // Sorted, so a key that ends here comes first in its run.
            let own = keys[order[lo]].count == depth ? order[lo] : nil
            firstChild.append(0); childCount.append(0); payloads.append(own.map(payload))
            queue.append((depth, own == nil ? lo : lo + 1, hi))
            return Int32(payloads.count - 1)
        }
        let firsts = runs(0, 0, order.count).filter { $0.scalar < 0x10000 }
        var rootBlocks: [Int32] = [], root: [Int32] = [], rootScalars: [UInt32] = [], rootNodes: [Int32] = []
        if !compactRoot && firsts.count > PhraseTrie.listedRootLimit {
            rootBlocks = [Int32](repeating: 0, count: 0x100)
            root = [Int32](repeating: -1, count: 0x100)
            for run in firsts {
                let block = Int(run.scalar >> 8)
                if rootBlocks[block] == 0 {
                    rootBlocks[block] = Int32(root.count)
                    root += repeatElement(-1, count: 0x100)
                }
                root[Int(rootBlocks[block]) + Int(run.scalar & 0xFF)] = add(1, run.lo, run.hi)
                rootScalars.append(run.scalar)
            }
        } else {
            for run in firsts { rootScalars.append(run.scalar); rootNodes.append(add(1, run.lo, run.hi)) }
        }
        var i = 0
        while i < queue.count {
            let (depth, lo, hi) = queue[i]
            let kids = runs(depth, lo, hi)
            firstChild[i] = Int32(childScalars.count)
            childCount[i] = Int32(kids.count)
            // Reserve the slots first: children are appended to the node list afterwards.
            let base = childScalars.count
            for run in kids { childScalars.append(run.scalar); childNodes.append(-1) }
            for (k, run) in kids.enumerated() { childNodes[base + k] = add(depth + 1, run.lo, run.hi) }
            i += 1
        }
        storage = Storage(firstChild: firstChild, childCount: childCount, payload: payloads,
                          childScalars: childScalars, childNodes: childNodes, rootBlocks: rootBlocks, root: root,
                          rootScalars: rootScalars, rootNodes: rootNodes)
        maxLength = order.map { keys[$0].count }.max() ?? 0
    }

    /// Up to this many first characters, the root is a sorted list searched by halves.
    private static var listedRootLimit: Int { 8 }


    // MARK: Walking

    /// The node reached from `node` by `scalar`, or -1. `node` -1 is "before the root".
    @inline(__always)
    private func step(_ node: Int32, _ scalar: UInt32) -> Int32 {
        if node < 0 { return rootStep(scalar) }
        let n = Int(node)
        let first = Int(storage.firstChild[n]), count = Int(storage.childCount[n])
        // Children are sorted: the walk stops at the first scalar not below the one sought.
        var k = first
        while k < first + count {
            let c = storage.childScalars[k]
            if c >= scalar { return c == scalar ? storage.childNodes[k] : -1 }
            k += 1
        }
        return -1
    }

    @inline(__always)
    private func rootStep(_ scalar: UInt32) -> Int32 {
        guard scalar < 0x10000 else { return -1 }
        if !storage.root.isEmpty { return storage.root[Int(storage.rootBlocks[Int(scalar >> 8)]) + Int(scalar & 0xFF)] }
        guard storage.rootMask.mayStart(scalar) else { return -1 }
        let keys = storage.rootScalars
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] < scalar { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == scalar ? storage.rootNodes[low] : -1
    }

    /// The scalars the phrases start with (folded), read from the root: what a scanner that
    /// probes this table may test first.
    var firstScalars: [Unicode.Scalar] {
        storage.rootScalars.compactMap(Unicode.Scalar.init)
    }

    /// What the phrases open with, read from the compiled trie: each pair of a first and a
    /// second scalar, and the first scalars of the one-scalar phrases (what `ScalarPairMask`
    /// holds, so a mask cannot drift from the table it guards).
    var openings: ScalarPairMask.Openings {
        var pairs: [(UInt32, UInt32)] = [], singles: [UInt32] = []
        for a in storage.rootScalars {
            let node = rootStep(a)
            guard node >= 0 else { continue }
            let n = Int(node)
            if storage.payload[n] != nil { singles.append(a) }
            let first = Int(storage.firstChild[n])
            for k in first..<(first + Int(storage.childCount[n])) { pairs.append((a, storage.childScalars[k])) }
        }
        return ScalarPairMask.Openings(pairs: pairs, singles: singles)
    }

    /// True when some phrase starts with this scalar.
    @inline(__always)
    func startsWord(_ scalar: UInt32) -> Bool {
        rootStep(scalar) >= 0
    }

    /// The longest phrase starting at `start` (scalar values, folded): its payload and end.
    func longestMatch(in text: UnsafeBufferPointer<UInt32>, at start: Int) -> (value: Payload, end: Int)? {
        guard start < text.count else { return nil }
        var node = step(-1, text[start])
        // The best node, its payload read once at the end (not copied at each shorter phrase).
        var best: Int32 = -1, bestEnd = 0
        var i = start + 1
        while node >= 0 {
            if storage.payload[Int(node)] != nil { (best, bestEnd) = (node, i) }
            guard i < text.count else { break }
            node = step(node, text[i])
            i += 1
        }
        guard best >= 0, let value = storage.payload[Int(best)] else { return nil }
        return (value, bestEnd)
    }

    /// The longest phrase starting at `start` whose payload passes `accept` (a phrase table
    /// whose payloads are sets of classes, asked for one class).
    func longestMatch(in text: UnsafeBufferPointer<UInt32>, at start: Int,
                      where accept: (Payload) -> Bool) -> (value: Payload, end: Int)? {
        guard start < text.count else { return nil }
        var node = step(-1, text[start])
        var best: (Payload, Int)?
        var i = start + 1
        while node >= 0 {
            if let v = storage.payload[Int(node)], accept(v) { best = (v, i) }
            guard i < text.count else { break }
            node = step(node, text[i])
            i += 1
        }
        return best.map { (value: $0.0, end: $0.1) }
    }

    /// The longest phrase starting at `start` and ending at or before `end` (folded
    /// scalars; an array or a slice of one, indexed as the array).
    /// Inlined up to the root: scanners probe a table at every scalar, and most scalars
    /// start no phrase.
    @inline(__always)
    func longestMatch<C: RandomAccessCollection<Unicode.Scalar>>(in text: C, at start: Int, end: Int? = nil)
        -> (length: Int, payload: Payload)? where C.Index == Int {
        let limit = min(end ?? text.endIndex, text.endIndex)
        guard start >= text.startIndex, start < limit else { return nil }
        let first = rootStep(text[start].value)
        guard first >= 0 else { return nil }
        return longestMatch(in: text, from: first, at: start, limit: limit)
    }

    /// `longestMatch` past the root node `first` (reached by the scalar at `start`).
    private func longestMatch<C: RandomAccessCollection<Unicode.Scalar>>(in text: C, from first: Int32, at start: Int,
                                                                         limit: Int)
        -> (length: Int, payload: Payload)? where C.Index == Int {
        var node = first
        var best: (Int, Payload)? = storage.payload[Int(node)].map { (1, $0) }
        var i = start + 1
        while i < limit {
            node = step(node, text[i].value)
            guard node >= 0 else { break }
            i += 1
            if let p = storage.payload[Int(node)] { best = (i - start, p) }
        }
        return best
    }

    /// Every phrase starting at `start`, shortest first.
    @inline(__always)
    func forEachMatch<C: RandomAccessCollection<Unicode.Scalar>>(in text: C, at start: Int,
                                                               _ body: (Int, Payload) -> Void) where C.Index == Int {
        guard start < text.endIndex, startsWord(text[start].value) else { return }
        var node: Int32 = -1
        var i = start
        while i < text.endIndex {
            node = step(node, text[i].value)
            guard node >= 0 else { break }
            i += 1
            if let p = storage.payload[Int(node)] { body(i - start, p) }
        }
    }

    /// True when a phrase of the table starts at `start`.
    @inline(__always)
    func matches<C: RandomAccessCollection<Unicode.Scalar>>(_ text: C, at start: Int, end: Int? = nil) -> Bool
        where C.Index == Int {
        longestMatch(in: text, at: start, end: end) != nil
    }

    /// True when a phrase of the table ends exactly at `end` (starting at or after `lowerBound`).
    func matchesEnding<C: RandomAccessCollection<Unicode.Scalar>>(_ text: C, at end: Int, lowerBound: Int = 0) -> Bool
        where C.Index == Int {
        var start = end - 1
        while start >= max(lowerBound, text.startIndex, end - maxLength) {
            if exactMatch(text, start, end) { return true }
            start -= 1
        }
        return false
    }

    /// Length of the longest phrase ending exactly at `end`, or 0.
    func longestEndingLength<C: RandomAccessCollection<Unicode.Scalar>>(_ text: C, at end: Int) -> Int
        where C.Index == Int {
        var best = 0
        var start = end - 1
        while start >= max(0, end - maxLength) {
            if exactMatch(text, start, end) { best = end - start }
            start -= 1
        }
        return best
    }

    private func exactMatch<C: RandomAccessCollection<Unicode.Scalar>>(_ text: C, _ start: Int, _ end: Int) -> Bool
        where C.Index == Int {
        var node: Int32 = -1
        for i in start..<end {
            node = step(node, text[i].value)
            guard node >= 0 else { return false }
        }
        return storage.payload[Int(node)] != nil
    }
}

extension PhraseTrie where Payload == Bool {
    /// A set of phrases.
    init(phrases: [String]) {
        self.init(phrases.map { ($0, true) })
    }
}

extension RandomAccessCollection {
    /// The first index where `belongs` holds, for a predicate that is false and then true
    /// along the collection: binary search, so per-event lookups stay logarithmic.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if belongs(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
