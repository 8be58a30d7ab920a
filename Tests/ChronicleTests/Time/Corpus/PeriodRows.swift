/// Periods up to now or from now: ranges ending (or starting) at the reference.
/// 上/下/前 + N units stay whole calendar units (DESIGN's neighbouring units).
enum PeriodRows {
    static let rows: [TimeRow] = [
        TimeRow("year until now", "2021-04-14", "2008年至今", ["2008年至今 = (2008,2021,P13Y)"]),
        TimeRow("year since", "2021-04-14", "2010年以来，全区", ["2010年以来 = (2010,2021,P11Y)"]),
        TimeRow("this year since", "2021-04-14", "今年以来，该镇", ["今年以来 = (2021-01-01,2021-04-14,P103D)"]),
        TimeRow("month since", "2021-04-14", "3月以来", ["3月以来 = (2021-03,2021-04,P1M)"]),
        TimeRow("a day since is the day it began", "2021-04-14", "4月2日晚以来，持续降雨", ["4月2日晚 = 2021-04-02TEV"]),
        TimeRow("relative year to now", "2021-04-14", "前年到现在", ["前年到现在 = (2019,2021,P2Y)"]),
        TimeRow("near years", "2021-04-14", "近两年，村里", ["近两年 = (2019-04-14,2021-04-14,P731D)"]),
        TimeRow("near years with 来", "2021-04-14", "近三年来", ["近三年来 = (2018-04-14,2021-04-14,P1096D)"]),
        TimeRow("past years", "2021-04-14", "过去二十年", ["过去二十年 = (2001-04-14,2021-04-14,P7305D)"]),
        TimeRow("past days", "2021-04-14", "最近三天", ["最近三天 = (2021-04-11,2021-04-14,P3D)"]),
        TimeRow("next week from now", "2021-04-14", "未来一周", ["未来一周 = (2021-04-14,2021-04-21,P7D)"]),
        TimeRow("next months from now", "2021-04-14", "今后3个月", ["今后3个月 = (2021-04-14,2021-07-14,P91D)"]),
        TimeRow("past hours", "2021-04-14T10:00", "过去3小时", ["过去3小时 = (2021-04-14T07:00,2021-04-14T10:00,PT3H)"]),
        TimeRow("next weeks with 的", "2021-04-14", "接下来的两周", ["接下来的两周 = (2021-04-14,2021-04-28,P14D)"]),
        TimeRow("past year with 的", "2021-04-14", "过去的一年里", ["过去的一年 = (2020-04-14,2021-04-14,P365D)"]),
        TimeRow("past half year", "2021-04-14", "过去半年", ["过去半年 = (2020-10-14,2021-04-14,P182D)"]),
        TimeRow("next half month", "2021-04-14", "未来半个月", ["未来半个月 = (2021-04-14,2021-04-29,P15D)"]),
        TimeRow("near years and a half", "2021-04-14", "近两年半", ["近两年半 = (2018-10-14,2021-04-14,P913D)"]),
        TimeRow("near with an amount is no period", "2021-04-14", "近3000人参加", []),
        TimeRow("near years as a word is vague and dates nothing", "2021-04-14", "近年来", []),
        TimeRow("whole neighbouring weeks stay calendar weeks", "2013-02-12", "上两周", ["上两周 = (2013-01-28,2013-02-10,P13D)"]),
        TimeRow("just now and shortly", "2021-06-14", "刚才说过，稍后再议", ["刚才 = PAST_REF", "稍后 = FUTURE_REF"]),
        TimeRow("the generic present and the future as nouns date nothing", "2021-06-14", "如今，展望未来，对我们今后的工作", []),
        TimeRow("a month up to now with no year lies behind", "2021-06-14", "10月以来，12月10日至今",
                ["10月以来 = (2020-10,2021-06,P8M)", "12月10日至今 = (2020-12-10,2021-06-14,P186D)"]),
        TimeRow("a month of this year up to now stays", "2021-06-14", "3月以来", ["3月以来 = (2021-03,2021-06,P3M)"]),
    ]
}
