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
        TimeRow("the literary day after tomorrow", "2021-06-14", "后日上午", ["后日上午 = 2021-06-16TMO"]),
    ]
}
