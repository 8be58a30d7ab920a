import Testing
@testable import ChronicleArchive

@Suite struct ArchiveSchemaTests {
    @Test func schemaHasAVersion() { #expect(ArchiveSchema.version >= 1) }
}
