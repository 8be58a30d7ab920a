import Testing
@testable import ChronicleArchive

@Suite struct ContentHashTests {
    /// FIPS 180-4 test vectors, including one that crosses a 64-byte block.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(ContentHash.sha256Hex(Array(input.utf8)) == digest)
    }

    @Test func fieldsAreSeparated() {
        #expect(ContentHash.of(fields: ["ab", "c"]) != ContentHash.of(fields: ["a", "bc"]))
        #expect(ContentHash.of(fields: [nil, "a"]) != ContentHash.of(fields: ["", "a"]))
        #expect(ContentHash.of(fields: ["会议"]) == ContentHash.of(fields: ["会议"]))
    }
}
