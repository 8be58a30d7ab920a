import Testing
@testable import ChronicleArchive

@Suite struct SameEventRuleTests {
    typealias R = SameEventRule.Report
    static func r(_ kind: String = "meeting", day: String = "2021-04-12", specific: Bool = true,
                  summary: String = "s", location: String? = nil, leaders: [String] = []) -> R {
        R(kind: kind, day: day, specific: specific, summary: summary, location: location, leaders: leaders)
    }

    /// (a, b, same?, why)
    @Test(arguments: [
        (r(leaders: ["区长苏婉清"]), r(summary: "t", leaders: ["区委副书记、区长苏婉清"]), true, "title differs, name same"),
        (r(leaders: ["区长苏婉清"]), r(leaders: ["区长韩立诚"]), false, "different leaders"),
        (r(leaders: ["区长苏婉清"]), r(day: "2021-04-13", leaders: ["区长苏婉清"]), false, "different day"),
        (r(leaders: ["区长苏婉清"]), r("inspection", leaders: ["区长苏婉清"]), false, "different kind"),
        (r(location: "区行政服务中心"), r(summary: "t", location: "区行政服务中心"), true, "no leaders, same venue"),
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
