import Testing
@testable import ChronicleCore

/// The bit set of a person's parts holds each role apart from every other: a role given a
/// bit another already has would make one part read as the other (`RoleTests` decides the
/// parts themselves).
@Suite struct RoleSetTests {
    static let roles: [EventLexicon.Role] = [.leads, .heads, .acts, .speaks, .attends, .accompanies,
                                             .guests, .studied, .neutral]

    @Test(arguments: roles)
    func holdsOneRoleApart(_ role: EventLexicon.Role) {
        var set = RoleSet()
        #expect(!set.contains(role))
        set.insert(role)
        for other in Self.roles { #expect(set.contains(other) == (other == role)) }
    }

    @Test func growsAndComparesByMembers() {
        var set = RoleSet(.speaks)
        set.insert(.guests)
        set.insert(.guests)
        #expect(set.contains(.speaks) && set.contains(.guests))
        #expect(!set.contains(.leads) && !set.contains(.attends))
        #expect(set == RoleSet(.guests, .speaks))
        #expect(set != RoleSet(.guests))
    }

    @Test func namedSets() {
        #expect(Self.roles.filter(RoleSet.leading.contains) == [.leads, .heads, .acts])
        #expect(Self.roles.filter(RoleSet.present.contains) == [.acts, .attends, .accompanies])
    }
}
