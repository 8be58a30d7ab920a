import Testing
@testable import ChronicleArchive

@Suite struct ContentHashTests {
    @Test func firstLaneIsStandardFNV1a() {
        // Published FNV-1a 64 vectors: "" and "a".
        #expect(ContentHash.hex([]).prefix(16) == "cbf29ce484222325")
        #expect(ContentHash.hex(Array("a".utf8)).prefix(16) == "af63dc4c8601ec8c")
        #expect(ContentHash.hex(Array("a".utf8)).count == 32)
    }

    @Test func fieldsAreSeparated() {
        #expect(ContentHash.of(fields: ["ab", "c"]) != ContentHash.of(fields: ["a", "bc"]))
        #expect(ContentHash.of(fields: [nil, "a"]) != ContentHash.of(fields: ["", "a"]))
        #expect(ContentHash.of(fields: ["会议"]) == ContentHash.of(fields: ["会议"]))
        #expect(ContentHash.of(fields: ["会议"]) != ContentHash.of(fields: ["会见"]))
    }

    /// Single-byte changes anywhere in a page-sized input change both lanes.
    @Test func everyByteCounts() {
        let page = Array(String(repeating: "区委书记主持召开会议。", count: 200).utf8)
        let base = ContentHash.hex(page)
        for i in stride(from: 0, to: page.count, by: 97) {
            var changed = page
            changed[i] ^= 1
            let h = ContentHash.hex(changed)
            #expect(h.prefix(16) != base.prefix(16) && h.suffix(16) != base.suffix(16))
        }
    }
}
