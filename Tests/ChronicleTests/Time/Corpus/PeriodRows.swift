/// Periods up to now or from now: ranges ending (or starting) at the reference.
/// 上/下/前 + N units stay whole calendar units (DESIGN's neighbouring units).
enum PeriodRows {
    static let rows: [TimeRow] = [
        TimeRow("year until now", "2021-04-14", "2008年至今", ["2008年至今 = (2008,2021,P13Y)"]),
        // From today, a count of months or years 内 runs to the same day that far on.
        TimeRow("from today three months", "2022-03-09", "即日起三个月内有效", ["即日起三个月内 = (2022-03-09,2022-06-09,P92D)"]),
        TimeRow("from today one year", "2022-03-09", "自即日起一年内", ["自即日起一年内 = (2022-03-09,2023-03-09,P365D)"]),
        // Negative: from another day months stay apart (no day that far on is counted from it).
        TimeRow("from a date three months", "2022-03-09", "从5月1日起三个月内", ["5月1日 = 2022-05-01", "三个月 = P3M"]),
        // After a lead an Arabic count and 日 are days, no day of the month.
        TimeRow("the last 7 days with 日", "2022-03-09", "近7日新增病例", ["近7日 = (2022-03-02,2022-03-09,P7D)"]),
        TimeRow("the next 7 days with 日", "2022-03-09", "未来7日天气", ["未来7日 = (2022-03-09,2022-03-16,P7D)"]),
        TimeRow("the last 5 days with 最近", "2022-03-09", "最近5日", ["最近5日 = (2022-03-04,2022-03-09,P5D)"]),
        // Negative: 号 after a lead stays what it is.
        TimeRow("a line after 近", "2022-03-09", "靠近3号线", []),
        // A bare count of units and 来 or 以来: the period up to now, as 近N年来; with more than
        // the count (十多年来) it is vague.
        TimeRow("years up to now", "2021-04-14", "五年来，全区新建学校12所", ["五年来 = (2016-04-14,2021-04-14,P1826D)"]),
        TimeRow("a year up to now with 以来", "2021-04-14", "一年以来", ["一年以来 = (2020-04-14,2021-04-14,P365D)"]),
        TimeRow("months up to now", "2021-04-14", "两个月来", ["两个月来 = (2021-02-14,2021-04-14,P59D)"]),
        TimeRow("more than a count up to now", "2021-04-14", "十多年来", ["十多年来 = PAST_REF"]),
        // Negatives: 来 opening a word, a verb that measures.
        TimeRow("来 opening 来往", "2021-04-14", "两年来往频繁", ["两年 = P2Y"]),
        TimeRow("a measured count and 来", "2021-04-14", "历时三年来完成", ["三年 = P3Y"]),
        // A festival or day opening a period up to now lies behind the reference.
        TimeRow("a festival later in the year until now", "2022-03-09", "国庆节至今", ["国庆节至今 = (2021-10-01,2022-03-09,P159D)"]),
        TimeRow("a festival later in the year since", "2022-03-09", "中秋以来，游客明显增多", ["中秋 = 2021-09-21"]),
        TimeRow("a festival with its holiday since", "2022-03-09", "国庆假期以来", ["国庆 = 2021-10-01"]),
        TimeRow("a day later in the year since", "2021-06-14", "10月1日以来", ["10月1日 = 2020-10-01"]),
        // From now, today or a week named, a count of units: 的 may stand before the count,
        // which then needs no 内; now before days or longer is today.
        TimeRow("from now a count of days within", "2016-11-07T16:12", "从现在起三天内，请保持畅通", ["从现在起三天内 = (2016-11-07,2016-11-10,P3D)"]),
        TimeRow("from now a count of months within", "2016-11-07T16:12", "从现在起两个月内", ["从现在起两个月内 = (2016-11-07,2017-01-07,P61D)"]),
        TimeRow("from now, 的, a count of hours", "2016-11-07T16:12", "从现在起的两个小时内请勿打扰", ["从现在起的两个小时内 = (2016-11-07T16:12,2016-11-07T18:12,PT2H)"]),
        TimeRow("from today, 的, a count of days", "2016-11-07T16:12", "从今天开始的三天里，全市有雨", ["从今天开始的三天 = (2016-11-07,2016-11-10,P3D)"]),
        TimeRow("from next week a count of weeks within", "2016-11-07T16:12", "从下周起两周内禁止通行", ["从下周起两周内 = (2016-11-14,2016-11-28,P14D)"]),
        TimeRow("now and 开始 alone stay the vague word", "2016-11-07T16:12", "从现在开始，大家", ["现在 = PRESENT_REF"]),
        // 起 or 开始 may stand before the word up to now, as before any range end.
        TimeRow("a month with 起 up to now", "2021-06-14", "从12月起至今，该县新修道路", ["从12月起至今 = (2020-12,2021-06,P6M)"]),
        TimeRow("a day word with 开始 up to now", "2021-06-14", "从前天开始到现在，他一直咳嗽", ["从前天开始到现在 = (2021-06-12,2021-06-14,P2D)"]),
        TimeRow("a year with 起 up to now, no opener", "2021-06-14", "2019年起至今，他担任站长", ["2019年起至今 = (2019,2021,P2Y)"]),
        TimeRow("a date with 起 up to now", "2020-02-28", "2月9日起迄今，全市", ["2月9日起迄今 = (2020-02-09,2020-02-28,P19D)"]),
        TimeRow("a clock with 起 to a clock today stays a clock range", "2021-06-14", "从昨天下午五点起到今天上午九点", ["从昨天下午五点起到今天上午九点 = (2021-06-13T17:00,2021-06-14T09:00,PT16H)"]),
        TimeRow("a quarter later in the year since is last year's", "2021-05-14", "三季度以来", ["三季度以来 = (2020-07-01,2021-05-14,P317D)"]),
        TimeRow("a quarter earlier in the year since", "2021-10-14", "三季度以来，", ["三季度以来 = (2021-07-01,2021-10-14,P105D)"]),
        TimeRow("the reference's quarter since", "2021-05-14", "二季度以来", ["二季度以来 = (2021-04-01,2021-05-14,P43D)"]),
        TimeRow("a quarter with its year written ahead runs no span", "2021-05-14", "今年三季度以来", ["今年三季度以来 = 2021-Q3 ON_OR_AFTER"]),
        // Negatives: a festival already past this year stays; without 以来 it is this year's.
        TimeRow("a festival already past since", "2022-03-09", "春节以来", ["春节 = 2022-02-01"]),
        TimeRow("a festival alone is this year's", "2022-03-09", "中秋节", ["中秋节 = 2022-09-10"]),
        TimeRow("year since", "2021-04-14", "2010年以来，全区", ["2010年以来 = (2010,2021,P11Y)"]),
        TimeRow("this year since", "2021-04-14", "今年以来，该镇", ["今年以来 = (2021-01-01,2021-04-14,P103D)"]),
        TimeRow("month since", "2021-04-14", "3月以来", ["3月以来 = (2021-03,2021-04,P1M)"]),
        TimeRow("a day since is the day it began", "2021-04-14", "4月2日晚以来，持续降雨", ["4月2日晚 = 2021-04-02TEV"]),
        TimeRow("relative year to now", "2021-04-14", "前年到现在", ["前年到现在 = (2019,2021,P2Y)"]),
        TimeRow("near years", "2021-04-14", "近两年，村里", ["近两年 = (2019-04-14,2021-04-14,P731D)"]),
        TimeRow("near years with 来", "2021-04-14", "近三年来", ["近三年来 = (2018-04-14,2021-04-14,P1096D)"]),
        TimeRow("near years with 来 before a word that opens with 来", "2021-04-14", "近三年来自外省的游客，近两年来往频繁",
                ["近三年来 = (2018-04-14,2021-04-14,P1096D)", "近两年来 = (2019-04-14,2021-04-14,P731D)"]),
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
        // The literary 日 for 天 in the vague few days; within the coming days.
        TimeRow("a few days back and these days with 日", "2020-11-03", "前几日下了场雪，这两日气温回升", ["前几日 = PAST_REF", "这两日 = PRESENT_REF"]),
        TimeRow("before long and within the coming days", "2020-11-03", "新桥不日通车，结果近日内公布", ["不日 = FUTURE_REF", "近日内 = FUTURE_REF"]),
        // Negative: a count of days with 日 stays a duration.
        TimeRow("a few days counted with 日 stay a duration", "2020-11-03", "他需要休养几日", ["几日 = PXD APPROX"]),
        TimeRow("the generic present and the future as nouns date nothing", "2021-06-14", "如今，展望未来，对我们今后的工作", []),
        TimeRow("a month up to now with no year lies behind", "2021-06-14", "10月以来，12月10日至今",
                ["10月以来 = (2020-10,2021-06,P8M)", "12月10日至今 = (2020-12-10,2021-06-14,P186D)"]),
        TimeRow("a month of this year up to now stays", "2021-06-14", "3月以来", ["3月以来 = (2021-03,2021-06,P3M)"]),
        TimeRow("the rest of this year", "2016-11-07", "今年剩下的时间里", ["今年剩下的时间 = (2016-11-07,2016-12-31,P54D)"]),
        TimeRow("the rest of this week", "2016-11-07", "本周剩余时间", ["本周剩余时间 = (2016-11-07,2016-11-13,P6D)"]),
        TimeRow("the rest of this month", "2016-11-07", "这个月剩下的日子", ["这个月剩下的日子 = (2016-11-07,2016-11-30,P23D)"]),
        TimeRow("the rest of another year is no period", "2016-11-07", "明年剩下的时间", ["明年 = 2017"]),
        TimeRow("what is left over is no period", "2016-11-07", "今年剩下的钱", ["今年 = 2016"]),
        // A start after the reference runs no span to now: the start stays, from then on.
        TimeRow("a year since, after the reference", "2016-06-14", "2018年以来，2017年3月至今",
                ["2018年以来 = 2018 ON_OR_AFTER", "2017年3月至今 = 2017-03 ON_OR_AFTER"]),
        TimeRow("a year since, before the reference, is a span", "2016-06-14", "2015年以来", ["2015年以来 = (2015,2016,P1Y)"]),
        // Spoken vague words.
        TimeRow("a while ago, spoken", "2021-06-14", "我前阵子去过，前段日子也去过", ["前阵子 = PAST_REF", "前段日子 = PAST_REF"]),
        TimeRow("these days, spoken", "2021-06-14", "这阵子我不在家", ["这阵子 = PRESENT_REF"]),
        TimeRow("in a while, spoken", "2021-06-14", "过些天再说，过阵子再看，过一段时间就好了", ["过些天 = FUTURE_REF", "过阵子 = FUTURE_REF", "过一段时间 = FUTURE_REF"]),
        TimeRow("long ago", "2021-06-14", "很久以前这里是一片海，好久之前的事", ["很久以前 = PAST_REF", "好久之前 = PAST_REF"]),
        TimeRow("another day dates nothing", "2021-06-14", "咱们改天再聊", []),
        TimeRow("a while counted in days is a duration, no vague word", "2021-06-14", "过了三天", ["三天 = P3D"]),
        // 来 as "come" after a count: before a count of times or 了, no period up to now.
        TimeRow("来 before a count of times", "2021-04-14", "候鸟两年来一次", ["两年 = P2Y"]),
        TimeRow("来 before 了", "2021-04-14", "一个月来了三次", ["一个月 = P1M"]),
        TimeRow("来 before a count of trips", "2021-04-14", "专家三天来两趟", ["三天 = P3D"]),
        // From a relative year or month, a count of its unit runs from it to that many on.
        TimeRow("from next year, years within", "2021-06-14", "从明年起两年内，全镇将建成五个公园", ["从明年起两年内 = (2022,2023,P1Y)"]),
        TimeRow("from next month, months after 的", "2021-06-14", "从下个月开始的两个月，这条路封闭施工", ["从下个月开始的两个月 = (2021-07,2021-08,P1M)"]),
        TimeRow("from this year, ten years within", "2021-06-14", "从今年起十年内实现目标", ["从今年起十年内 = (2021,2030,P9Y)"]),
        TimeRow("a count of another unit stays apart", "2021-06-14", "从明年起三个月内完成", ["明年 = 2022", "三个月 = P3M"]),
        // Verbs of lasting may stand before 到现在 or 到今天 after a start.
        TimeRow("a start, 一直, up to now", "2021-06-14", "从2019年起一直到现在，他都在这里工作", ["从2019年起一直到现在 = (2019,2021,P2Y)"]),
        TimeRow("a start, 直到今天", "2021-06-14", "从3月5日开始直到今天，工地没停过", ["从3月5日开始直到今天 = (2021-03-05,2021-06-14,P101D)"]),
        TimeRow("from a year written, years within", "2021-06-14", "从2022年起三年内，全县将完成改造", ["从2022年起三年内 = (2022,2024,P2Y)"]),
    ]
}
