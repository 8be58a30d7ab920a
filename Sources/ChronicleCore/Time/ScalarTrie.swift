/// An immutable trie over Unicode scalars, built once, searched without allocation.
///
/// The root is a direct table over the Basic Multilingual Plane, so the common case —
/// a scalar that starts no word — costs one array read. Deeper levels are short
/// sorted child lists, scanned linearly (time words are two to five characters).
struct ScalarTrie<Value: Sendable>: Sendable {
    fileprivate typealias Build = TrieBuildNode<Value>
    /// Immutable after init: `let` arrays, so reads need no exclusivity checks.
    private final class Storage: Sendable {
        // Node n's children are childScalars/childNodes[firstChild[n] ..< firstChild[n] + childCount[n]].
        let firstChild: [Int32]
        let childCount: [Int32]
        let value: [Value?]
        let childScalars: [UInt32]
        let childNodes: [Int32]
        let root: [Int32]
        init(firstChild: [Int32], childCount: [Int32], value: [Value?], childScalars: [UInt32],
             childNodes: [Int32], root: [Int32]) {
            self.firstChild = firstChild; self.childCount = childCount; self.value = value
            self.childScalars = childScalars; self.childNodes = childNodes; self.root = root
        }
    }

    private let storage: Storage

    /// Later entries for the same word replace earlier ones.
    init(_ entries: [(String, Value)]) {
        // Build a plain dictionary tree first, then flatten it breadth-first.
        typealias Node = TrieBuildNode<Value>
        let top = Node()
        for (word, value) in entries {
            var node = top
            for s in word.unicodeScalars {
                let key = TimeFolding.fold(s.value)
                if let next = node.children[key] { node = next } else {
                    let next = Node(); node.children[key] = next; node = next
                }
            }
            node.value = value
        }
        var firstChild: [Int32] = [], childCount: [Int32] = [], values: [Value?] = []
        var childScalars: [UInt32] = [], childNodes: [Int32] = []
        var root = [Int32](repeating: -1, count: 0x10000)
        var queue: [Node] = []
        func add(_ n: Node) -> Int32 {
            firstChild.append(0); childCount.append(0); values.append(n.value)
            queue.append(n)
            return Int32(values.count - 1)
        }
        for (scalar, child) in top.children.sorted(by: { $0.key < $1.key }) where scalar < 0x10000 {
            root[Int(scalar)] = add(child)
        }
        var i = 0
        while i < queue.count {
            let kids = queue[i].children.sorted(by: { $0.key < $1.key })
            firstChild[i] = Int32(childScalars.count)
            childCount[i] = Int32(kids.count)
            // Reserve the slots first: children are appended to the node list afterwards.
            let base = childScalars.count
            for (scalar, _) in kids { childScalars.append(scalar); childNodes.append(-1) }
            for (k, (_, child)) in kids.enumerated() { childNodes[base + k] = add(child) }
            i += 1
        }
        storage = Storage(firstChild: firstChild, childCount: childCount, value: values,
                          childScalars: childScalars, childNodes: childNodes, root: root)
    }

    /// True when some word starts with this scalar.
    @inline(__always)
    func startsWord(_ scalar: UInt32) -> Bool {
        scalar < 0x10000 && storage.root[Int(scalar)] >= 0
    }

    /// The longest word starting at `start`: its value and end offset.
    func longestMatch(in text: UnsafeBufferPointer<UInt32>, at start: Int) -> (value: Value, end: Int)? {
        guard start < text.count, text[start] < 0x10000 else { return nil }
        var node = storage.root[Int(text[start])]
        var best: (Value, Int)?
        var i = start + 1
        while node >= 0 {
            let n = Int(node)
            if let v = storage.value[n] { best = (v, i) }
            guard i < text.count else { break }
            let s = text[i]
            let first = Int(storage.firstChild[n]), count = Int(storage.childCount[n])
            var next: Int32 = -1
            var k = first
            while k < first + count {
                if storage.childScalars[k] == s { next = storage.childNodes[k]; break }
                k += 1
            }
            node = next
            i += 1
        }
        return best.map { (value: $0.0, end: $0.1) }
    }

    /// True when a word lies wholly inside `from..<to`.
    func containsWord(in text: UnsafeBufferPointer<UInt32>, from: Int, to: Int) -> Bool {
        var s = max(from, 0)
        while s < to {
            if startsWord(text[s]), let m = longestMatch(in: text, at: s), m.end <= to { return true }
            s += 1
        }
        return false
    }
}

/// A node of the tree a trie is flattened from (build time only).
private final class TrieBuildNode<Value> {
    var children: [UInt32: TrieBuildNode<Value>] = [:]
    var value: Value?
}
