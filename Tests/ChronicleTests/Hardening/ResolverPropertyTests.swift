import PropertyBased
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Invariants of the resolver over random reference dates and expressions (issue 7):
/// values parse as TIMEX3, relative expressions move the right way, ranges are ordered,
/// and the .ics round trip through libical keeps every field.
@Suite struct ResolverPropertyTests {
    /// Reference days between 1990-01-01 and 2035-12-31.
    static let referenceDays = Gen.int(in: CalendarDate(year: 1990, month: 1, day: 1)!.dayNumber
                                            ... CalendarDate(year: 2035, month: 12, day: 31)!.dayNumber)
    static let weekdays = ["一", "二", "三", "四", "五", "六", "日"]

    /// A relative day word and the number of days it moves from the reference.
    static let relativeDays: [(String, Int)] = [
        ("大前天", -3), ("前天", -2), ("昨天", -1), ("昨日", -1), ("今天", 0), ("今日", 0),
        ("明天", 1), ("后天", 2),
    ]

    @Test func relativeDaysMoveByTheirOffset() async {
        let tagger = TimeTagger()
        await propertyCheck(input: Self.referenceDays, Gen.int(in: 0...(Self.relativeDays.count - 1))) { day, which in
            let ref = CalendarDate(dayNumber: day)
            let (word, offset) = Self.relativeDays[which]
            let mentions = tagger.tag("我们\(word)开会", reference: LocalDateTime(date: ref))
            #expect(mentions.count == 1, "\(word) @ \(ref)")
            guard let m = mentions.first else { return }
            #expect(TimexSyntax.isValid(m.timex.value), "\(m.timex.value)")
            #expect(m.timex == .date(ref.adding(days: offset)), "\(word) @ \(ref) → \(m.timex.value)")
        }
    }

    @Test func weekdayExpressionsLandInTheRightWeek() async {
        let tagger = TimeTagger()
        await propertyCheck(input: Self.referenceDays, Gen.int(in: 0...6), Gen.int(in: -1...1)) { day, wd, shift in
            let ref = CalendarDate(dayNumber: day)
            let prefix = shift == -1 ? "上周" : shift == 0 ? "本周" : "下周"
            let text = "区委\(prefix)\(Self.weekdays[wd])召开会议"
            let mentions = tagger.tag(text, reference: LocalDateTime(date: ref))
            #expect(mentions.count == 1, "\(text) @ \(ref)")
            guard let m = mentions.first, case .date(let d) = m.timex else {
                Issue.record("\(text) @ \(ref): not a date: \(mentions.map(\.timex.value))")
                return
            }
            // Weeks start on Monday; the target is in the week `shift` weeks from the reference's.
            #expect(d.startOfWeek == ref.startOfWeek.adding(days: 7 * shift), "\(text) @ \(ref) → \(d)")
            #expect(d.weekday == wd + 1)
            if shift < 0 { #expect(d < ref) }
            if shift > 0 { #expect(d > ref) }
        }
    }

    @Test func monthDayDatesAreRealAndNearTheReference() async {
        let tagger = TimeTagger()
        await propertyCheck(input: Self.referenceDays, Gen.int(in: 1...12), Gen.int(in: 1...31)) { day, month, dom in
            let ref = CalendarDate(dayNumber: day)
            let text = "\(month)月\(dom)日上午，区长到现场督导"
            let mentions = tagger.tag(text, reference: LocalDateTime(date: ref))
            if month == 2 && dom == 29 {
                // The nearest leap year's, however far.
                let d = mentions.first?.timex.firstDay
                #expect(d?.month == 2 && d?.day == 29 && abs((d?.year ?? .max) - ref.year) <= 4, "\(text) @ \(ref) → \(String(describing: d))")
                return
            }
            guard CalendarDate(year: ref.year, month: month, day: dom) != nil else {
                // 2月30日, 4月31日: never a date on the timeline.
                #expect(mentions.allSatisfy { $0.timex.firstDay == nil }, "\(text): \(mentions.map(\.timex.value))")
                return
            }
            guard let m = mentions.first, let d = m.timex.firstDay else {
                Issue.record("\(text) @ \(ref): nothing found")
                return
            }
            #expect(TimexSyntax.isValid(m.timex.value), "\(m.timex.value)")
            #expect(d.month == month && d.day == dom)
            // News policy: within about six months after the issue, else the year before.
            #expect(d.dayNumber - ref.dayNumber <= 200, "\(text) @ \(ref) → \(d)")
            #expect(ref.dayNumber - d.dayNumber <= 366 + 200, "\(text) @ \(ref) → \(d)")
        }
    }

    @Test func rangesNeverEndBeforeTheyStart() async {
        let tagger = TimeTagger()
        await propertyCheck(input: Self.referenceDays, Gen.int(in: 1...12), Gen.int(in: 1...28), Gen.int(in: 0...10)) {
            day, month, first, length in
            let ref = CalendarDate(dayNumber: day)
            let last = min(first + length, 28)
            let text = "\(month)月\(first)日至\(last)日，举办读书班"
            let mentions = tagger.tag(text, reference: LocalDateTime(date: ref))
            guard let m = mentions.first, case .range(let a, let b) = m.timex,
                  let start = a.firstDay, let end = b.firstDay else {
                Issue.record("\(text) @ \(ref): not a range: \(mentions.map(\.timex.value))")
                return
            }
            #expect(TimexSyntax.isValid(m.timex.value), "\(m.timex.value)")
            #expect(start <= end, "\(text) → \(m.timex.value)")
            #expect(end.dayNumber - start.dayNumber == last - first)
        }
    }

    /// An event with random text and a random date survives .ics serialization and
    /// libical's parser with every field intact.
    @Test func icsRoundTripKeepsEveryField() async throws {
        let hostile = Gen.oneOf(
            Gen.always("区长张三"), Gen.always("=HYPERLINK(\"x\")"), Gen.always("a;b,c\\d"),
            Gen.always("第一行\n第二行"), Gen.always("控制\u{07}字符\u{1B}"), Gen.always(String(repeating: "长", count: 120)))
        await propertyCheck(input: Self.referenceDays, hostile, hostile, Gen.int(in: 0...3)) { day, summary, place, shape in
            let issue = CalendarDate(dayNumber: day)
            let date = issue.adding(days: -1)
            let timex: Timex = switch shape {
            case 0: .date(date)
            case 1: .partOfDay(date, .afternoon)
            case 2: .dateTime(date, ClockTime(hour: 15, minute: 30)!)
            default: .range(.date(date), .date(date.adding(days: 2)))
            }
            let event = Event(kind: "meeting", timex: timex, dateText: "昨天", summary: summary, leaders: ["区长张三"],
                              location: place, trigger: "召开", sentence: summary + "。", headline: "标题 " + place,
                              byline: "记者 李四", issueDate: issue, source: "p.txt", article: 1, ordinal: 1)
            let timeline = Timeline(events: [event])
            do {
                let bytes = try render(timeline, as: .ics, options: ExportOptions(sourceDateEpoch: 0))
                let parsed = try LibICalParser.parse(bytes)
                #expect(parsed.errorCount == 0)
                #expect(parsed.events.count == 1)
                guard let back = parsed.events.first, let entry = timeline.entries.first else { return }
                #expect(back.uid == entry.uid)
                #expect(back.categories == ["meeting"])
                #expect(back.summary?.contains(Self.oneLine(summary)) == true, "\(back.summary ?? "nil")")
                #expect(back.location == Self.oneLine(place))
                #expect(back.description?.contains("李四") == true)
                #expect(back.startIsDate == (shape == 0 || shape == 3))
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    /// What the exporter promises to keep of a one-line text (SUMMARY, LOCATION): control
    /// characters other than tab dropped, line breaks turned into spaces.
    static func oneLine(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.compactMap {
            $0 == "\n" ? " " : ($0.value >= 0x20 || $0 == "\t") ? $0 : nil
        }))
    }
}

/// A small TIMEX3 value checker for the shapes DESIGN.md lists.
enum TimexSyntax {
    static func isValid(_ v: String) -> Bool {
        if ["PAST_REF", "PRESENT_REF", "FUTURE_REF"].contains(v) { return true }
        if v.hasPrefix("(") && v.hasSuffix(")") {
            let parts = v.dropFirst().dropLast().split(separator: ",").map(String.init)
            return parts.count == 3 && isValid(parts[0]) && isValid(parts[1]) && isDuration(parts[2])
        }
        if v.hasPrefix("P") || v.hasPrefix("XXXX") { return v.count > 1 }
        let (datePart, timePart) = split(v)
        guard isDate(datePart) else { return false }
        guard let t = timePart else { return true }
        if ["MO", "MI", "AF", "EV", "NI"].contains(t) { return true }
        let hm = t.split(separator: ":").map { Int($0) }
        return (2...3).contains(hm.count) && hm.allSatisfy { $0 != nil } && hm[0]! < 24 && hm[1]! < 60
    }

    /// `P2D`, `PT90M`, `P1Y3M`: never negative.
    private static func isDuration(_ d: String) -> Bool {
        d.hasPrefix("P") && d.count > 1 && d.dropFirst().allSatisfy { $0.isNumber || "YMWDTHS.".contains($0) }
    }

    private static func split(_ v: String) -> (String, String?) {
        guard let i = v.firstIndex(of: "T") else { return (v, nil) }
        return (String(v[..<i]), String(v[v.index(after: i)...]))
    }

    private static func isDate(_ s: String) -> Bool {
        let f = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let y = f.first, (2...4).contains(y.count), Int(y) != nil else { return false }
        if f.count == 1 { return true }
        if f.count == 2 {
            let x = f[1]
            if let m = Int(x) { return x.count == 2 && (1...12).contains(m) }
            return ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "SP", "SU", "FA", "WI"].contains(x)
                || (x.hasPrefix("W") && Int(x.dropFirst()).map { (1...53).contains($0) } == true)
        }
        if f.count == 3, f[1].hasPrefix("W") { return f[2] == "WE" || Int(f[2]).map { (1...7).contains($0) } == true }
        guard f.count == 3, let m = Int(f[1]), let d = Int(f[2]), let yy = Int(y) else { return false }
        return CalendarDate(year: yy, month: m, day: d) != nil
    }
}
