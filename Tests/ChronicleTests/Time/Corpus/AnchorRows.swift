/// Anchors: the reference, a date stated before, the previous mention; vague counts;
/// recurrences.
enum AnchorRows {
    static let rows: [TimeRow] = [
        TimeRow("same year and next year after a year", "2021-04-14", "2008年开工，同年5月投产，次年完工",
                ["2008年 = 2008", "同年5月 = 2008-05", "次年 = 2009"]),
        TimeRow("next year after a full date", "2021-04-14", "2015年3月2日签约，翌年竣工", ["2015年3月2日 = 2015-03-02", "翌年 = 2016"]),
        TimeRow("next month and the same month", "2021-04-14", "3月召开，次月验收，当月15日", ["3月 = 2021-03", "次月 = 2021-04", "当月15日 = 2021-04-15"]),
        TimeRow("same year without an anchor is the reference's", "2021-04-14", "同年", ["同年 = 2021"]),
        TimeRow("the day after a range start", "2021-04-14", "4月7日至9日举办，次日返程", ["4月7日至9日 = (2021-04-07,2021-04-09,P2D)", "次日 = 2021-04-08"]),
        TimeRow("a bare clock on the date before", "2021-04-14", "4月10日上午召开，10时30分结束", ["4月10日上午 = 2021-04-10TMO", "10时30分 = 2021-04-10T10:30"]),
        TimeRow("a weekday right after its date restates it", "2021-04-14", "4月16日周五上午", ["4月16日周五上午 = 2021-04-16TMO"]),
        // A weekday and the date restating it in parentheses, either way round, then a part of day.
        TimeRow("a weekday restated by a date, then a part of day", "2022-03-09", "下周二（3月15日）上午开会", ["下周二（3月15日）上午 = 2022-03-15TMO"]),
        TimeRow("a date restated by a weekday of a named week", "2022-03-09", "3月15日（下周二）上午9点", ["3月15日（下周二）上午9点 = 2022-03-15T09:00"]),
        TimeRow("a bare weekday restated in parentheses", "2022-03-09", "周二（3月8日）上午", ["周二（3月8日）上午 = 2022-03-08TMO"]),
        // A day alone restating a counted day takes its month from it; a weekday restating a
        // day alone tells the month, the one before or after where the day falls on it.
        TimeRow("a day alone restating tomorrow at a month's end", "2020-02-28", "明天（29日）上午发放", ["明天（29日）上午 = 2020-02-29TMO"]),
        TimeRow("a day alone restating a day in the next month", "2019-12-30", "后天（1号）下午", ["后天（1号）下午 = 2020-01-01TAF"]),
        TimeRow("a day alone restating next week's weekday", "2021-06-14", "下周二（22日），闭馆", ["下周二（22日） = 2021-06-22"]),
        TimeRow("a day ahead restated by its weekday", "2021-06-14", "18日（周五）晚8点，广场", ["18日（周五）晚8点 = 2021-06-18T20:00"]),
        TimeRow("a day behind restated by its weekday", "2021-06-14", "10日（周四）上午", ["10日（周四）上午 = 2021-06-10TMO"]),
        TimeRow("a weekday fitting neither month keeps the rule's", "2021-06-14", "3日（周二）晚8点", ["3日（周二）晚8点 = 2021-06-03T20:00"]),
        // Negative: a date and a weekday after a comma are two mentions.
        TimeRow("a weekday after a comma", "2022-03-09", "3月15日，下周二", ["3月15日 = 2022-03-15", "下周二 = 2022-03-15"]),
        TimeRow("a period up to now is no anchor", "2021-04-14", "今年以来，第一天", ["今年以来 = (2021-01-01,2021-04-14,P103D)", "第一天 = 2021-04-14"]),
        TimeRow("a rolling period is no anchor", "2021-04-14", "近3年来，当天", ["近3年来 = (2018-04-14,2021-04-14,P1096D)", "当天 = 2021-04-14"]),
        TimeRow("today after 的 is the present age, no anchor", "2021-04-14", "4月10日来访，介绍了繁荣发展的今日东湾。当晚，举行宴会",
                ["4月10日 = 2021-04-10", "当晚 = 2021-04-10TEV"]),
        TimeRow("today after 的 at a clause end", "2021-04-14", "在建党百年的今天，我们重温誓词", []),
        TimeRow("today before 的 is the reference's day", "2021-04-14", "区长今天的讲话", ["今天 = 2021-04-14"]),
        TimeRow("a few days ago is vague", "2021-04-14", "几天前，数月后", ["几天前 = PAST_REF", "数月后 = FUTURE_REF"]),
        TimeRow("a few months with 个", "2021-04-14", "几个月前", ["几个月前 = PAST_REF"]),
        TimeRow("a few people is no time", "2021-04-14", "几个人，数百人", []),
        TimeRow("every given weekday", "2021-04-14", "每逢周五下午", ["每逢周五下午 = XXXX-WXX-5TAF"]),
        TimeRow("every other days", "2021-04-14", "每隔两天", ["每隔两天 = P2D"]),
        // Pinyin glosses (a mirror page's 當(dāng)) are read past; the span keeps them.
        TimeRow("a gloss inside an anaphoric day", "2021-04-14", "4月2日，當(dāng)日下午", ["4月2日 = 2021-04-02", "當(dāng)日下午 = 2021-04-02TAF"]),
        TimeRow("a gloss inside a list keeps the list's year", "2021-10-16", "將在明年春節(jié)後、五月前完工",
                ["明年春節(jié)後 = 2022-02-01 ON_OR_AFTER", "五月前 = 2022-05 ON_OR_BEFORE"]),
        // Reported speech: its day words count from the day stated before it (the day of the
        // saying), when that day is recent; narration counts from the reference.
        TimeRow("tomorrow in a speech two days before the issue", "2021-04-14", "4月12日上午，区长林一凡主持召开会议。林一凡指出，明天起全区开展安全大检查",
                ["4月12日上午 = 2021-04-12TMO", "明天起 = 2021-04-13 ON_OR_AFTER"]),
        TimeRow("today in what a meeting stressed yesterday", "2021-04-14", "昨天上午，区委召开会议。会议强调，今天要完成部署",
                ["昨天上午 = 2021-04-13TMO", "今天 = 2021-04-13"]),
        TimeRow("tomorrow in narration is the reference's", "2021-04-14", "4月12日上午召开会议，明天起开展检查",
                ["4月12日上午 = 2021-04-12TMO", "明天起 = 2021-04-15 ON_OR_AFTER"]),
        TimeRow("a day inside the sentence is history, not the day of the saying", "2021-04-14",
                "4月12日晚，区委组织学习了3月30日全市大会精神。会议指出，明天起全面复工",
                ["4月12日晚 = 2021-04-12TEV", "3月30日 = 2021-03-30", "明天起 = 2021-04-13 ON_OR_AFTER"]),
        TimeRow("a speech with no day before it", "2021-04-14", "林一凡表示，明天开工", ["明天 = 2021-04-15"]),
        TimeRow("a speech after a day of history", "2021-04-14", "2019年5月12日建成通车。林一凡表示，明天将迎来客流高峰",
                ["2019年5月12日 = 2019-05-12", "明天 = 2021-04-15"]),
        TimeRow("the same day a week away", "2021-06-14", "下周的今天再见", ["下周的今天 = 2021-06-21"]),
        TimeRow("spoken day words", "2021-06-14", "今儿个下午，明儿见", ["今儿个下午 = 2021-06-14TAF", "明儿 = 2021-06-15"]),
        TimeRow("spoken yesterday with a part of day", "2021-06-14", "昨儿晚上", ["昨儿晚上 = 2021-06-13TEV"]),
        TimeRow("spoken yesterday with 个", "2019-03-02", "昨个晚上他没回家", ["昨个晚上 = 2019-03-01TEV"]),
        TimeRow("literary day words with their part of day", "2023-11-30", "明晨有雾，今午转晴，昨晨气温最低",
                ["明晨 = 2023-12-01TMO", "今午 = 2023-11-30TMI", "昨晨 = 2023-11-29TMO"]),
        TimeRow("a literary noon with its clock", "2020-12-31", "明午12时起封路", ["明午12时起 = 2021-01-01T12:00 ON_OR_AFTER"]),
        TimeRow("the literary next morning after a date", "2021-06-14", "5月30日登山，翌晨下山", ["5月30日 = 2021-05-30", "翌晨 = 2021-05-31TMO"]),
        // Negative: morning and noon as nouns of their own, no day before them.
        TimeRow("morning exercise and lunch break date nothing", "2021-06-14", "晨练的老人，午休时间", []),
        TimeRow("the literary day after tomorrow", "2021-06-14", "后日上午", ["后日上午 = 2021-06-16TMO"]),
        TimeRow("this time tomorrow", "2013-02-12T15:30:00", "明天的这个时候", ["明天的这个时候 = 2013-02-13T15:30:00"]),
        TimeRow("this time yesterday", "2013-02-12T15:30:00", "昨天这时候", ["昨天这时候 = 2013-02-11T15:30:00"]),
        TimeRow("this time last year", "2018-03-21", "去年这时候", ["去年这时候 = 2017-03-21"]),
        TimeRow("this time alone is no date", "2018-03-21", "这个时候他还在", []),
        TimeRow("a date restated by its lunar date", "2021-06-14", "6月25日（农历五月十六）", ["6月25日 = 2021-06-25"]),
        TimeRow("a lunar date restated by its date", "2021-06-14", "农历五月十六（6月25日）", ["农历五月十六 = 2021-06-25"]),
        TimeRow("parentheses that are no restatement", "2021-06-14", "6月25日（第三次会议）", ["6月25日 = 2021-06-25"]),
        TimeRow("an open parenthesis at the end restates nothing", "2021-06-14", "6月25日（", ["6月25日 = 2021-06-25"]),
        TimeRow("the next day, spoken 隔天", "2021-06-14", "6月10日报名，隔天上午面试", ["6月10日 = 2021-06-10", "隔天上午 = 2021-06-11TMO"]),
        TimeRow("the next day 隔日 with no date before", "2021-06-14", "隔日再来", ["隔日 = 2021-06-15"]),
        TimeRow("the next day 隔日 opening a clause after a date", "2021-06-14", "6月2日抵达，隔日，专家组再次会商", ["6月2日 = 2021-06-02", "隔日 = 2021-06-03"]),
        TimeRow("this time next week is that day", "2021-06-14", "下周这个时候，上周的此时", ["下周这个时候 = 2021-06-21", "上周的此时 = 2021-06-07"]),
        // A weekday before a word opening with 遍 or 次 (遍访, 遍布, 次第) is the weekday.
        TimeRow("a weekday before 遍 opening a word", "2021-06-14", "镇长周一遍访辖区企业，本周五遍查隐患",
                ["周一 = 2021-06-14", "本周五 = 2021-06-18"]),
        TimeRow("a weekday before 次 opening a word", "2021-06-14", "周五次第开放各展馆，本周三次第举行", ["周五 = 2021-06-18", "本周三 = 2021-06-16"]),
        // A one-character part of day that opens a longer word is that word (早些时候).
        TimeRow("a day before 早些时候", "2021-06-14", "今天早些时候，市里发布了通知", ["今天 = 2021-06-14", "早些时候 = PAST_REF"]),
        TimeRow("晚些时候", "2021-06-14", "晚些时候我们再谈", ["晚些时候 = FUTURE_REF"]),
        TimeRow("早些年", "2021-06-14", "早些年这里是一片荒地", ["早些年 = PAST_REF"]),
        TimeRow("早 before a clock stays a part of day", "2021-06-14", "昨天早8点出发", ["昨天早8点 = 2021-06-13T08:00"]),
        // A count before 下 is a verb's complement (看一下, 敲两下, 问了几下): the 下 of 下下 after
        // it is the verb's, and the time word starts at the second (next week, not the one after).
        TimeRow("下 of 一下 before next week's weekday", "2021-06-14", "麻烦查一下下周二的会议安排", ["下周二 = 2021-06-22"]),
        // A weekday's digit is no count of a verb's action: 下下 after it keeps its meaning.
        TimeRow("a weekday, then the week after next", "2021-06-14", "周一下下周二都有课", ["周一 = 2021-06-14", "下下周二 = 2021-06-29"]),
        TimeRow("下 of 两下 before next month", "2021-06-14", "他敲了两下下个月再来", ["下个月 = 2021-07"]),
        TimeRow("下 of 几下 before next week", "2021-06-14", "先试几下下周再定", ["下周 = 2021-W25"]),
        TimeRow("下 of 了一下 before next Friday", "2021-06-14", "我们商量了一下下礼拜五出发", ["下礼拜五 = 2021-06-25"]),
        TimeRow("下 of 一下 before a festival's next one", "2021-06-14", "打听一下下个中秋的安排", ["下个中秋 = 2021-09-21"]),
        // Negative: 下下 that follows no count keeps the week after next.
        TimeRow("the week after next alone", "2021-06-14", "下下周二开会", ["下下周二 = 2021-06-29"]),
        TimeRow("the week after next after a verb", "2021-06-14", "定在下下周三验收", ["下下周三 = 2021-06-30"]),
        TimeRow("the month after next after a date", "2021-06-14", "6月1日通知，下下个月起执行", ["6月1日 = 2021-06-01", "下下个月起 = 2021-08 ON_OR_AFTER"]),
    ]
}
