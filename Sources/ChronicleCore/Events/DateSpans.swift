/// An article's time expressions by where they start: whether one starts at a position
/// (a name ends there, `LeaderFinder`) and where it ends (the furthest, when two start
/// together; `PlaceFinder`). Starts sorted and searched by halves, not a set or a dictionary
/// hashed per article.
struct DateSpans {
    /// One span per start, sorted by start: the spans given, shared, when they are so already
    /// (an article's mentions nearly always are), so no array is made.
    private var spans: [Range<Int>] = []

    init() {}

    /// `spans`: the span of each expression, in any order.
    init(_ spans: [Range<Int>]) {
        if spans.allNeighbours({ $0.lowerBound < $1.lowerBound }) {
            self.spans = spans
            return
        }
        // Sorted by start (stable); two spans starting together keep the furthest end,
        // whatever their order.
        let sorted = spans.sortedUnlessInOrder { $0.lowerBound < $1.lowerBound }
        self.spans.reserveCapacity(sorted.count)
        for r in sorted {
            if let last = self.spans.last, last.lowerBound == r.lowerBound {
                self.spans[self.spans.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                self.spans.append(r)
            }
        }
    }

    func startsDate(at i: Int) -> Bool { end(ofDateAt: i) != nil }

    func end(ofDateAt i: Int) -> Int? {
        let k = spans.partitioningIndex { $0.lowerBound >= i }
        return k < spans.count && spans[k].lowerBound == i ? spans[k].upperBound : nil
    }
}
