/// From a time on: `X起` is the date with `mod` ON_OR_AFTER (as `X后`), and starts a range
/// before a separator (as `X开始` does; `X开始` alone is the event's start, the point X); `即日起` is the reference day; words that begin with 起 (起床, 起草)
/// say nothing of the kind.
enum FromOnRows {
    static let rows: [TimeRow] = [
        TimeRow("from this very day on", "2021-04-14", "本办法自即日起施行", ["自即日起 = 2021-04-14 ON_OR_AFTER"]),
        TimeRow("from this very day to a date", "2021-04-14", "即日起至5月31日", ["即日起至5月31日 = (2021-04-14,2021-05-31,P47D)"]),
        TimeRow("from this very day to the year's end", "2021-04-14", "从即日起到年底", ["从即日起到年底 = (2021-04-14,2021-12-31,P261D)"]),
        TimeRow("from a date on", "2021-04-14", "自2021年5月1日起实行", ["自2021年5月1日起 = 2021-05-01 ON_OR_AFTER"]),
        TimeRow("from a month on", "2021-04-14", "从6月起", ["从6月起 = 2021-06 ON_OR_AFTER"]),
        TimeRow("from a date to a date", "2021-04-14", "3月1日起至4月30日", ["3月1日起至4月30日 = (2021-03-01,2021-04-30,P60D)"]),
        TimeRow("from tomorrow on", "2021-04-14", "明天起停水", ["明天起 = 2021-04-15 ON_OR_AFTER"]),
        TimeRow("today up to the year's end", "2021-04-14", "今天至年底", ["今天至年底 = (2021-04-14,2021-12-31,P261D)"]),
        // Negatives: a word that begins with 起.
        TimeRow("getting up", "2021-04-14", "4月12日起床后", ["4月12日 = 2021-04-12"]),
        TimeRow("drafting", "2021-04-14", "当天起草方案", ["当天 = 2021-04-14"]),
        // 开始 alone is the start of the event, a point outside the span (于, 在, 将于 or none before).
        TimeRow("开始 after a date is the event's start", "2021-06-14", "6月15日开始实施", ["6月15日 = 2021-06-15"]),
        TimeRow("a meeting starts at a clock time", "2021-04-14", "会议于上午9时开始", ["上午9时 = 2021-04-14T09:00"]),
        TimeRow("a match starts on a weekday", "2021-04-14", "比赛将于周五开始", ["周五 = 2021-04-16"]),
        TimeRow("a term starts on a date", "2021-04-14", "新学期将于9月1日开始", ["9月1日 = 2021-09-01"]),
        TimeRow("a show starts in the evening", "2021-04-14", "演出在今晚7点半开始，展览明天开始", ["今晚7点半 = 2021-04-14T19:30", "明天 = 2021-04-15"]),
        TimeRow("开始 before a separator starts a range", "2021-06-14", "从明天开始到周五，从6月15日开始至20日",
                ["从明天开始到周五 = (2021-06-15,2021-06-18,P3D)", "从6月15日开始至20日 = (2021-06-15,2021-06-20,P5D)"]),
        TimeRow("开始 after no time is nothing", "2021-06-14", "会议开始", []),
    ]
}
