import Testing
@testable import Chronicle

/// An event's UID comes from what it is: issue date, kind, date value, trigger, the
/// names of its leaders, summary. Rows of one class each: what must keep the UID, what
/// must change it.
@Suite struct StableIDTests {
    typealias S = SampleEvents
    static let base = S.event(.partOfDay(S.day(4, 12), .morning), summary: "区委常委会召开会议")

    static func uid(_ event: Event) -> String { StableID.uids(for: [event])[0] }
    static func with(_ change: (inout Event) -> Void) -> Event {
        var e = base
        change(&e)
        return e
    }

    /// Changes that leave the event what it was: the same UID.
    @Test(arguments: [
        ("renamed file", with { e in e.source = "renamed-copy.txt" }),
        ("standard input", with { e in e.source = "-" }),
        ("another folder", with { e in e.source = "/srv/news/pages/xihe-2021-04-14.txt" }),
        ("another article number", with { e in e.article = 9 }),
        ("another position in the article", with { e in e.ordinal = 4 }),
        ("corrected headline", with { e in e.headline = "区委常委会召开（扩大）会议" }),
        ("corrected sentence", with { e in e.sentence = "12日上午，区委常委会召开会议。" }),
        ("corrected byline", with { e in e.byline = "记者 孟佳" }),
        ("place found later", with { e in e.location = "区行政中心三楼" }),
        ("date phrase written otherwise", with { e in e.dateText = "12日上午" }),
        ("other title, same person", with { e in e.leaders = ["区委书记、区人大常委会主任韩立诚"] }),
        ("name alone", with { e in e.leaders = ["韩立诚"] }),
        ("traditional script", with { e in e.leaders = ["汐河區委書記韓立誠"]; e.summary = "區委常委會召開會議" }),
        ("full-width and layout spaces", with { e in e.summary = "区委常委会 召开会议" }),
    ])
    func keeps(_ why: String, _ changed: Event) {
        #expect(Self.uid(changed) == Self.uid(Self.base), "\(why)")
    }

    /// Changes that make it another event: another UID.
    @Test(arguments: [
        ("another issue", with { e in e.issueDate = S.day(4, 15) }),
        ("another kind", with { e in e.kind = "study" }),
        ("another day", with { e in e.timex = .partOfDay(S.day(4, 13), .morning) }),
        ("another part of the day", with { e in e.timex = .partOfDay(S.day(4, 12), .afternoon) }),
        ("a deadline", with { e in e.modifier = .onOrBefore }),
        ("another trigger", with { e in e.trigger = "主持召开" }),
        ("another leader", with { e in e.leaders = ["汐河区长苏婉清"] }),
        ("a second leader", with { e in e.leaders += ["汐河区长苏婉清"] }),
        ("another summary", with { e in e.summary = "区委常委会召开专题会议" }),
    ])
    func changes(_ why: String, _ changed: Event) {
        #expect(Self.uid(changed) != Self.uid(Self.base), "\(why)")
    }

    @Test func uidCarriesTheIssueDate() {
        #expect(Self.uid(Self.base).hasPrefix("chronicle-2021-04-14-"))
        #expect(Self.uid(Self.base).count == "chronicle-2021-04-14-".count + 20)
    }

    /// Dropping one event of an article (a lexicon change) leaves the others' UIDs.
    @Test func droppingAnEventLeavesTheOthersTheirUIDs() {
        let article = (1...4).map { i in
            S.event(.date(S.day(4, 8 + i)), summary: "第\(i)项会议", leaders: ["区长苏婉清"], ordinal: i)
        }
        let all = StableID.uids(for: article)
        for dropped in article.indices {
            var rest = article
            rest.remove(at: dropped)
            // Renumbered as a recognizer would: position never enters the UID.
            for i in rest.indices { rest[i].ordinal = i + 1 }
            var expected = all
            expected.remove(at: dropped)
            #expect(StableID.uids(for: rest) == expected)
        }
    }

    /// The very same words twice in one page: told apart by their order among themselves,
    /// whatever else is on the page and in whatever order the events are given.
    @Test func identicalEventsOfOnePageAreNumberedAmongThemselves() {
        let twin = S.event(.vague(.past), summary: "召开会议", leaders: [], article: 2, ordinal: 1)
        var second = twin
        second.ordinal = 3
        let other = S.event(.date(S.day(4, 12)), article: 2, ordinal: 2)
        let uids = StableID.uids(for: [twin, other, second])
        #expect(Set(uids).count == 3)
        #expect(StableID.uids(for: [second, twin, other]) == [uids[2], uids[0], uids[1]])
        // Without the event between them, and in another article number: the same two UIDs.
        var moved = [twin, second]
        for i in moved.indices { moved[i].article = 5 }
        #expect(StableID.uids(for: moved) == [uids[0], uids[2]])
        // The same words on another page are numbered on their own page.
        var elsewhere = second
        elsewhere.source = "other-2021-04-14.txt"
        #expect(StableID.uids(for: [twin, elsewhere]) == [uids[0], uids[0]])
    }
}

@Suite struct SqueezedTextTests {
    /// Folded and without layout spaces; a text that neither changes is handed back as it is.
    @Test(arguments: [
        ("区政务服务中心三楼会议室", "区政务服务中心三楼会议室"),
        ("区政务服务中心 三楼　会议室", "区政务服务中心三楼会议室"),
        ("區政務服務中心", "区政务服务中心"),
        ("第３会议室", "第3会议室"),
        ("  ", ""),
        ("", ""),
    ])
    func squeezedText(_ text: String, _ squeezed: String) {
        #expect(StableID.squeezed(text) == squeezed)
        #expect(Array(StableID.squeezed(text).utf8) == Array(squeezed.utf8))
    }

    /// An unchanged text is handed back with its storage shared, not copied: a text made at
    /// run time and longer than a small string's 15 bytes, so its bytes live in storage of
    /// their own, whose address the result must have.
    @Test func unchangedTextKeepsItsStorage() {
        func address(_ s: String) -> UInt? { s.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } }
        let text = String(repeating: "会议室", count: 8)
        #expect(address(text) != nil)
        #expect(address(StableID.squeezed(text)) == address(text))
        // A text that folding changes is written anew.
        let spaced = String(repeating: "会议 室", count: 8)
        #expect(address(StableID.squeezed(spaced)) != address(spaced))
    }
}

@Suite struct PersonNameTests {
    @Test(arguments: [
        ("区长苏婉清", "苏婉清"),
        ("区委副书记、区长苏婉清", "苏婉清"),
        ("管城回族区委书记虎强", "虎强"),
        ("區委書記韓立誠", "韩立诚"),
        ("苏婉清", "苏婉清"),
        ("市人大常委会副主任欧阳明远", "欧阳明远"),
        ("街道党工委书记 周  可", "周可"),
        ("县委常委、宣传部部长：林晓", "林晓"),
        ("区长", "区长"),
    ])
    func nameOfAForm(_ form: String, _ name: String) {
        #expect(PersonName.key(of: form) == name)
    }
}
