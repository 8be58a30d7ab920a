import Testing
@testable import Chronicle

/// The one same-event rule (timeline and archive): rows of what is and is not one event.
@Suite struct SameEventRuleTests {
    typealias R = SameEventRule.Report
    static func r(_ kind: String = "meeting", day: String = "2021-04-12", specific: Bool = true,
                  summary: String = "s", location: String? = nil, leaders: [String] = []) -> R {
        R(kind: kind, day: CalendarDate(iso: day)!, specific: specific, summary: summary, location: location,
          names: leaders.map(PersonName.key(of:)))
    }

    /// (a, b, same?, why)
    @Test(arguments: [
        (r(leaders: ["区长苏婉清"]), r(summary: "t", leaders: ["区委副书记、区长苏婉清"]), true, "title differs, name same"),
        (r(leaders: ["區長蘇婉清"]), r(summary: "t", leaders: ["区长苏婉清"]), true, "traditional and simplified"),
        (r(leaders: ["区长苏婉清", "副区长周可"]), r(summary: "t", leaders: ["副区长周可"]), true, "one shared person"),
        (r(leaders: ["区长苏婉清"]), r(leaders: ["区长韩立诚"]), false, "different leaders"),
        (r(leaders: ["区长苏婉清"]), r(leaders: ["镇长林婉清"]), false, "names share a tail, people differ"),
        (r(leaders: ["区长苏婉清"]), r(day: "2021-04-13", leaders: ["区长苏婉清"]), false, "different day"),
        (r(leaders: ["区长苏婉清"]), r("inspection", leaders: ["区长苏婉清"]), false, "different kind"),
        (r(location: "区行政服务中心"), r(summary: "t", location: "区行政服务中心"), true, "no leaders, same venue"),
        (r(location: "区行政服务中心"), r(summary: "t", location: "区会展中心"), false, "no leaders, other venue"),
        (r(summary: "x"), r(summary: "x", leaders: ["区长苏婉清"]), true, "one side without leaders, same summary"),
        (r(specific: false, summary: "x"), r(summary: "x"), true, "vague report, same summary"),
        (r(specific: false, summary: "x"), r(summary: "y"), false, "vague report, other summary"),
        (r(day: "2021-05-10", specific: false, summary: "x"), r(summary: "x"), true, "vague report four weeks later"),
        (r(day: "2021-06-20", specific: false, summary: "x"), r(summary: "x"), false, "same routine summary, months apart"),
    ])
    func decides(a: R, b: R, same: Bool, why: String) {
        #expect(SameEventRule().same(a, b) == same, "\(why)")
        #expect(SameEventRule().same(b, a) == same, "symmetric: \(why)")
    }
}
