/// A deadline in a plan: with a tense cue (将, 拟, 要, 计划, 力争, 确保 …) a deadline already
/// past is next year's (a plan never ends behind its report); without one it stays in the
/// issue year (a report of what was done).
enum PlanRows {
    static let rows: [TimeRow] = [
        TimeRow("a planned month deadline already past", "2021-09-10", "计划五月前完成改造", ["五月前 = 2022-05 ON_OR_BEFORE"]),
        TimeRow("a directive with 要", "2021-09-10", "各村要在6月底前完成", ["6月底前 = 2022-06-30 ON_OR_BEFORE"]),
        TimeRow("a modal after the deadline", "2021-11-20", "10月前要全部建成", ["10月前 = 2022-10 ON_OR_BEFORE"]),
        TimeRow("a festival deadline with 力争", "2021-10-12", "力争国庆前完工", ["国庆前 = 2022-10-01 ON_OR_BEFORE"]),
        TimeRow("a planned deadline still ahead", "2021-04-14", "确保五月前通车", ["五月前 = 2021-05 ON_OR_BEFORE"]),
        TimeRow("a planned date deadline", "2021-09-10", "拟于8月20日前报送", ["8月20日前 = 2022-08-20 ON_OR_BEFORE"]),
        // A request or a first-person plan points ahead as a tense cue does: a day alone is
        // the coming one, a weekday the coming one.
        TimeRow("a day before 见", "2021-06-14", "我们25日见", ["25日 = 2021-06-25"]),
        TimeRow("a day and part of day in a question", "2021-06-14", "16号下午有空吗", ["16号下午 = 2021-06-16TAF"]),
        TimeRow("an earlier day in a request is next month's", "2021-06-14", "帮我订3号的机票", ["3号 = 2021-07-03"]),
        TimeRow("a weekday in a first-person plan", "2021-06-16", "我打算周一去看他", ["周一 = 2021-06-21"]),
        TimeRow("a weekday before 见", "2021-06-19", "那就周五见", ["周五 = 2021-06-25"]),
        TimeRow("a request with 请于", "2021-06-14", "请于8日前报名", ["8日前 = 2021-07-08 ON_OR_BEFORE"]),
        TimeRow("a day with 有时间", "2021-06-20", "你18号有时间吗", ["18号 = 2021-07-18"]),
        // Negatives: 见 that reports (见报, 见证), a day told in the past.
        TimeRow("见报 reports", "2021-06-14", "此文25日见报后引起关注", ["25日 = 2021-05-25"]),
        TimeRow("见证 reports", "2021-06-14", "20日见证了这一时刻", ["20日 = 2021-05-20"]),
        TimeRow("a day told in the past", "2021-06-14", "25日我去了北京", ["25日 = 2021-05-25"]),
        // A deadline's 前 before a verb that overlaps a word beginning with 前 (前提, 前进).
        TimeRow("前 + 提交, not 前提", "2022-03-09", "请于20日前提交", ["20日前 = 2022-03-20 ON_OR_BEFORE"]),
        TimeRow("前 + 进行, not 前进", "2022-03-09", "月底前进行验收", ["月底前 = 2022-03-31 ON_OR_BEFORE"]),
        TimeRow("前 + 进一步 after a day is a deadline", "2022-03-09", "5月1日前进一步完善", ["5月1日前 = 2022-05-01 ON_OR_BEFORE"]),
        TimeRow("月底前 + 进一步", "2022-03-09", "月底前进一步完善台账", ["月底前 = 2022-03-31 ON_OR_BEFORE"]),
        TimeRow("前来 is no deadline", "2022-03-09", "专家组于8日前来调研", ["8日 = 2022-03-08"]),
        TimeRow("前景 after a year is no deadline", "2022-03-09", "今年前景看好", ["今年 = 2022"]),
        TimeRow("前往 is no deadline", "2022-03-09", "5日前往北京", ["5日 = 2022-03-05"]),
        // Negatives: no cue, a deadline reported as met.
        TimeRow("a met deadline", "2021-09-10", "五月前完成了整改", ["五月前 = 2021-05 ON_OR_BEFORE"]),
        TimeRow("a met date deadline", "2021-09-10", "于8月20日前全部到位", ["8月20日前 = 2021-08-20 ON_OR_BEFORE"]),
        TimeRow("a directive reported (要求 is no cue)", "2021-06-14", "要求于4月15日前完成", ["4月15日前 = 2021-04-15 ON_OR_BEFORE"]),
        TimeRow("an important date is no plan", "2021-09-10", "重要的5月前后", ["5月前后 = 2021-05 APPROX"]),
        // A request or plan cue holds only where it governs the day: 见/见面/有空/有时间/方便
        // after the day and closing the clause or asking (25日见。, 有空吗); a past marker in
        // the clause (了, 已) cancels a request or plan; 我会 in a body's news is "our association".
        TimeRow("我会 is our association, a past event", "2021-04-14", "我会于8日举办了会员培训班。", ["8日 = 2021-04-08"]),
        TimeRow("会见 before a day is no request", "2021-04-14", "区长王明会见8日抵达的澜州考察团。", ["8日 = 2021-04-08"]),
        TimeRow("详见 before a day", "2021-04-14", "详见5日发布的公告。", ["5日 = 2021-04-05"]),
        TimeRow("参见 before a day", "2021-04-14", "参见12日印发的通知。", ["12日 = 2021-04-12"]),
        TimeRow("见 before a day in brackets", "2021-04-14", "（见3日第二版）", ["3日 = 2021-04-03"]),
        TimeRow("见面 going on in its clause", "2021-04-14", "双方于3日见面并交换了意见", ["3日 = 2021-04-03"]),
        TimeRow("见面会 is a noun", "2021-04-14", "5日见面会上，", ["5日 = 2021-04-05"]),
        TimeRow("见诸报端 reports", "2021-04-14", "相关报道已于12日见诸报端", ["12日 = 2021-04-12"]),
        TimeRow("见成效 reports", "2021-04-14", "整治工作于9日见分晓。", ["9日 = 2021-04-09"]),
        TimeRow("帮忙 narrates help", "2021-04-14", "志愿者帮忙于6日搬运物资。", ["6日 = 2021-04-06"]),
        TimeRow("预约 in a past clause", "2021-04-14", "据了解，预约8日就诊的患者已全部到院。", ["8日 = 2021-04-08"]),
        TimeRow("准备 in a past clause", "2021-04-14", "社区准备了10日义诊的药品", ["10日 = 2021-04-10"]),
        TimeRow("a deadline met in the past", "2021-04-14", "5日前进行了检查", ["5日前 = 2021-04-05 ON_OR_BEFORE"]),
        // Positives: requests that close the clause or ask, a plan in another clause than a past one.
        TimeRow("见 closing a question", "2021-04-14", "咱们3号见吧？", ["3号 = 2021-05-03"]),
        TimeRow("方便 asked", "2021-04-14", "你周一方便吗？", ["周一 = 2021-04-19"]),
        TimeRow("见面 closing its clause", "2021-04-14", "那我们12日见面，", ["12日 = 2021-05-12"]),
        TimeRow("a plan, then a past clause", "2021-04-14", "我打算10日出发，车票已经订了", ["10日 = 2021-05-10"]),
        TimeRow("我们会 plans", "2021-04-14", "我们会在2日前回复", ["2日前 = 2021-05-02 ON_OR_BEFORE"]),
        // A disposal phrase (把 + object + verb) between the cue and the day is the cue's own
        // verb phrase: the cue still governs the day.
        TimeRow("a request over a 把-phrase", "2021-06-18", "麻烦你把面试改到周四上午", ["周四上午 = 2021-06-24TMO"]),
        TimeRow("a plan over a 把-phrase, with its clock", "2021-06-20", "我想把婚宴订在周六晚上六点", ["周六晚上六点 = 2021-06-26T18:00"]),
        TimeRow("a request over a 把-phrase, a day alone", "2021-06-14", "帮我把车票换成5号的", ["5号 = 2021-07-05"]),
        TimeRow("a 把-phrase with no cue narrates", "2021-06-18", "他把会议安排在周一上午", ["周一上午 = 2021-06-14TMO"]),
        // A time that opens its clause is the clause's topic: a cue later in that clause, or
        // in the next clause when the time is a clause of its own, governs it; a past marker
        // there cancels it, and a sentence end stops it.
        TimeRow("近期 as a topic, the cue in the next clause", "2021-06-14", "近期，区里将出台新规", ["近期 = FUTURE_REF"]),
        TimeRow("近期 as a topic, the cue later in its clause", "2021-06-14", "近期我们会公布结果", ["近期 = FUTURE_REF"]),
        TimeRow("近期 with a plan in the next clause", "2021-06-14", "近期，该校拟扩招两个班", ["近期 = FUTURE_REF"]),
        TimeRow("a month and day as a topic", "2021-12-20", "2月3日，新馆将对外开放", ["2月3日 = 2022-02-03"]),
        TimeRow("a range as a topic after a lead clause", "2021-12-20", "记者获悉，1月5日至8日，该路段拟封闭施工", ["1月5日至8日 = (2022-01-05,2022-01-08,P3D)"]),
        TimeRow("a start as a topic", "2021-12-20", "1月10日起，票价预计下调", ["1月10日起 = 2022-01-10 ON_OR_AFTER"]),
        TimeRow("近期 as a topic, a past clause", "2021-06-14", "近期，区里已出台新规", ["近期 = PAST_REF"]),
        TimeRow("近期 as a topic, no cue", "2021-06-14", "近期，区里出台新规", ["近期 = PAST_REF"]),
        TimeRow("a topic with 将 in a past clause", "2021-12-20", "1月5日，民警将他送回了家", ["1月5日 = 2021-01-05"]),
        TimeRow("a cue after the sentence's end", "2021-12-20", "1月5日，新馆开放。下一步将扩建", ["1月5日 = 2021-01-05"]),
        TimeRow("a cue two clauses on", "2021-12-20", "1月5日，区委召开会议，将部署工作", ["1月5日 = 2021-01-05"]),
        TimeRow("a time inside its clause is no topic", "2021-12-20", "新馆于1月5日开放，将迎来游客", ["1月5日 = 2021-01-05"]),
        // A topic cue is weaker than a cue before the time: a date without a year or a bare day
        // is the nearest one, ahead or behind (the day something was done or announced is as
        // common as a plan); a weekday stays in the reference's week.
        TimeRow("a bare day as a topic, just behind", "2021-04-06", "5日，民警将嫌疑人抓获归案", ["5日 = 2021-04-05"]),
        TimeRow("a bare day as a topic, later this month", "2021-04-06", "20日，新馆将启用", ["20日 = 2021-04-20"]),
        TimeRow("a bare day as a topic, early next month", "2021-04-28", "2日，该路段将封闭施工", ["2日 = 2021-05-02"]),
        TimeRow("a weekday as a topic stays in the week, behind", "2021-06-16", "周一，执法人员将违规广告牌拆除", ["周一 = 2021-06-14"]),
        TimeRow("a weekday as a topic stays in the week, ahead", "2021-06-16", "周五，景区将恢复开放", ["周五 = 2021-06-18"]),
        TimeRow("a weekday as a topic on a Sunday", "2021-06-20", "周一，区长调研时要求确保安全", ["周一 = 2021-06-14"]),
        TimeRow("a cue before a bare day is the coming one", "2021-04-06", "新馆将于5日启用", ["5日 = 2021-05-05"]),
        TimeRow("a month and day as a topic, just behind across the year", "2021-01-05", "12月28日，市长调研时表示将加快推进", ["12月28日 = 2020-12-28"]),
        TimeRow("a month and day as a topic, a week ahead", "2021-04-06", "4月13日，新馆将启用", ["4月13日 = 2021-04-13"]),
        TimeRow("a month and day as a topic, a day behind", "2021-04-06", "4月5日，民警将嫌疑人抓获", ["4月5日 = 2021-04-05"]),
        // A plan governs a topic before it; a request only the object it names.
        TimeRow("a plan after 近期 as a topic", "2021-06-14", "近期，我们会公布名单", ["近期 = FUTURE_REF"]),
        TimeRow("a request after a topic is no cue", "2021-12-20", "1月5日至8日，景区实行预约入园", ["1月5日至8日 = (2021-01-05,2021-01-08,P3D)"]),
        TimeRow("a future cue after the same topic", "2021-12-20", "记者获悉，1月5日至8日，景区将实行预约入园", ["1月5日至8日 = (2022-01-05,2022-01-08,P3D)"]),
    ]
}
