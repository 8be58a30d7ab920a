/// Approximate counts: neighbouring digits (三四天, 两三年), tens with an unknown unit digit
/// (十几天, 二三十年), unknown counts (几天, 数日, 几十年) and written ranges of counts
/// (3-5天, 三至五年). A duration keeps its lower bound with `mod` APPROX, an unknown count
/// is X (TIMEX3's unspecified digit); an approximate distance or period is vague.
enum ApproximateRows {
    static let rows: [TimeRow] = [
        TimeRow("neighbouring digits", "2021-04-14", "检修需要三四天", ["三四天 = P3D APPROX"]),
        TimeRow("a counting digit first", "2021-04-14", "再用两三年时间", ["两三年 = P2Y APPROX"]),
        TimeRow("one or two months with 个", "2021-04-14", "工期一两个月", ["一两个月 = P1M APPROX"]),
        TimeRow("digits two apart", "2021-04-14", "历时三五天", ["三五天 = P3D APPROX"]),
        TimeRow("hours", "2021-04-14", "连续奋战七八个小时", ["七八个小时 = PT7H APPROX"]),
        TimeRow("tens of a unit", "2021-04-14", "坚持了二三十年", ["二三十年 = P20Y APPROX"]),
        TimeRow("ten-odd", "2021-04-14", "用了十几天", ["十几天 = P10D APPROX"]),
        TimeRow("twenty-odd with 个", "2021-04-14", "等了二十几个月", ["二十几个月 = P20M APPROX"]),
        TimeRow("thirteen or fourteen", "2021-04-14", "又过了十三四天", ["十三四天 = P13D APPROX"]),
        TimeRow("a few days", "2021-04-14", "持续数日的降雨", ["数日 = PXD APPROX"]),
        TimeRow("a few weeks", "2021-04-14", "培训了几周", ["几周 = PXW APPROX"]),
        TimeRow("a few months written 数月", "2021-04-14", "筹备数月", ["数月 = PXM APPROX"]),
        TimeRow("decades", "2021-04-14", "扎根山区几十年", ["几十年 = PXY APPROX"]),
        TimeRow("a range of counts with a dash", "2021-04-14", "预计3-5天完成", ["3-5天 = P3D APPROX"]),
        TimeRow("a range of counts with 至", "2021-04-14", "建设周期三至五年", ["三至五年 = P3Y APPROX"]),
        TimeRow("approximate days ago", "2021-04-14", "两三天前，村民反映", ["两三天前 = PAST_REF"]),
        TimeRow("approximate days later", "2021-04-14", "三五天后复查", ["三五天后 = FUTURE_REF"]),
        TimeRow("ten-odd years ago", "2021-04-14", "十几年前，这里是荒滩", ["十几年前 = PAST_REF"]),
        TimeRow("a period up to now of an approximate length", "2021-04-14", "近十几年来，全镇", ["近十几年来 = PAST_REF"]),
        TimeRow("a period from now of an approximate length", "2021-04-14", "未来三五年", ["未来三五年 = FUTURE_REF"]),
        TimeRow("the last few days", "2021-04-14", "最近几天，气温回升", ["最近几天 = PAST_REF"]),
        TimeRow("a few years back", "2021-04-14", "前几年，这里还是荒地", ["前几年 = PAST_REF"]),
        TimeRow("a few months back with 个", "2021-04-14", "前几个月", ["前几个月 = PAST_REF"]),
        TimeRow("the next few weeks", "2021-04-14", "下几周", ["下几周 = FUTURE_REF"]),
        // More than or about a count, written after the unit: the span takes it in.
        TimeRow("a year and more", "2021-04-14", "干了一年多", ["一年多 = P1Y APPROX"]),
        TimeRow("about ten days", "2021-04-14", "需要十天左右", ["十天左右 = P10D APPROX"]),
        TimeRow("about two weeks with 上下", "2021-04-14", "两周上下", ["两周上下 = P2W APPROX"]),
        TimeRow("about three hours", "2021-04-14", "三个小时左右", ["三个小时左右 = PT3H APPROX"]),
        TimeRow("a year and more ago keeps the year", "2021-04-14", "一年多前", ["一年多前 = 2020"]),
        TimeRow("half a year and more ago keeps the month", "2021-04-14", "半年多前", ["半年多前 = 2020-10"]),
        TimeRow("about five days later", "2021-04-14", "5天左右后", ["5天左右后 = 2021-04-19"]),
        TimeRow("more than joins two terms", "2021-04-14", "一年多三个月", ["一年多三个月 = P1Y3M"]),
        TimeRow("many times after a duration is no approximation", "2021-04-14", "两天多次检查", ["两天 = P2D"]),
        // Negatives: counts of other things, days of the month, labels, short years.
        TimeRow("a few people", "2021-04-14", "三四百人参加，几个人留下", []),
        TimeRow("these few years are up to now", "2021-04-14", "这几年变化很大", ["这几年 = PAST_REF"]),
        TimeRow("an idiom of years", "2021-04-14", "数年如一日", []),
        TimeRow("a hundred years and more is no span of years", "2021-04-14", "上百年历史", []),
        TimeRow("decades written with a pair are no duration", "2021-04-14", "五六十年", ["五六十年 = P50Y APPROX"]),
        TimeRow("neighbouring days of the month are a span of days, no duration", "2021-04-14", "本月三四日", ["本月三四日 = (2021-04-03,2021-04-04,P1D)"]),
        TimeRow("grades are labels", "2021-04-14", "三四年级的学生", []),
        TimeRow("which month is asked", "2021-04-14", "几月开学", []),
        TimeRow("a falling pair before 年 is a short year", "2021-04-14", "九八年抗洪", ["九八年 = 1998"]),
        TimeRow("a range of Arabic days of the month", "2021-04-14", "3-5日举行", ["3-5日 = (2021-04-03,2021-04-05,P2D)"]),
        TimeRow("these two years are vague", "2021-06-14", "这两年", ["这两年 = PAST_REF"]),
        TimeRow("these months are vague", "2021-06-14", "这几个月", ["这几个月 = PAST_REF"]),
        // Many units, or an approximate count, back to now or on from it: vague.
        TimeRow("many years since and before", "2021-06-14", "多年来，多年前，多日来", ["多年来 = PAST_REF", "多年前 = PAST_REF", "多日来 = PAST_REF"]),
        TimeRow("many years on", "2021-06-14", "许多年以后，不久之后", ["许多年以后 = FUTURE_REF", "不久之后 = FUTURE_REF"]),
        // 若干, an unknown count, as 几.
        TimeRow("若干 years on", "2022-03-09", "若干年后", ["若干年后 = FUTURE_REF"]),
        TimeRow("若干 days ago", "2022-03-09", "若干天前", ["若干天前 = PAST_REF"]),
        TimeRow("若干 years", "2022-03-09", "历经若干年", ["若干年 = PXY APPROX"]),
        TimeRow("若干 before a noun", "2022-03-09", "关于若干问题的意见", []),
        // A stretch of time with a direction: vague.
        TimeRow("a stretch ahead", "2022-03-09", "今后一段时间，气温回升", ["今后一段时间 = FUTURE_REF"]),
        TimeRow("a stretch ahead with 的", "2022-03-09", "接下来的一段时间", ["接下来的一段时间 = FUTURE_REF"]),
        TimeRow("a stretch up to now", "2022-03-09", "一段时间以来，市场回暖", ["一段时间以来 = PAST_REF"]),
        TimeRow("this stretch up to now", "2022-03-09", "这段时间以来", ["这段时间以来 = PAST_REF"]),
        // Negative: the stretch alone dates nothing.
        TimeRow("a stretch alone", "2022-03-09", "需要一段时间适应", []),
        TimeRow("an approximate stretch up to now", "2021-06-14", "几年来，十几天以来", ["几年来 = PAST_REF", "十几天以来 = PAST_REF"]),
        TimeRow("many years without a direction is no time", "2021-06-14", "他工作多年，许多年轻人", []),
        // A bare 多 and 不久后 are a time only opening their clause (or 多 after 很, 许, 好):
        // else they end another word (差不多) or count from an event (成立不久后).
        TimeRow("a while after an event is no time", "2021-04-14", "成立不久后，该协会招募了会员", []),
        TimeRow("a while after a move is no time", "2021-04-14", "搬迁不久之后就投入使用，开业不久以后", []),
        TimeRow("a while later opening a clause is vague", "2021-04-14", "不久后，新馆将开放；他说，不久以后再来", ["不久后 = FUTURE_REF", "不久以后 = FUTURE_REF"]),
        TimeRow("差不多 before years is no time", "2021-04-14", "这座桥差不多年前完成，差不多天以来", []),
        TimeRow("many years after 很 is vague", "2021-04-14", "很多年前，好多天以来", ["很多年前 = PAST_REF", "好多天以来 = PAST_REF"]),
        TimeRow("many years opening a clause after a comma", "2021-04-14", "他说，多年以前这里是荒地", ["多年以前 = PAST_REF"]),
        // 三两 (a digit before the counting digit one below it) is a loose pair; neighbouring
        // digits and 年 after a verb's 了 count years (a falling pair stays a year).
        TimeRow("三两天", "2021-06-14", "伤口三两天就好了", ["三两天 = P2D APPROX"]),
        TimeRow("neighbouring digits after 了", "2021-06-14", "他在村里住了三四年", ["三四年 = P3Y APPROX"]),
        TimeRow("a falling pair after 了 is a year", "2021-06-14", "到了九八年，工厂扩建", ["九八年 = 1998"]),
        // A season setting in, or days on end, up to now: vague.
        TimeRow("since winter set in", "2021-06-14", "入冬以来，共发生火灾", ["入冬以来 = PAST_REF"]),
        TimeRow("since spring began", "2021-06-14", "开春以来，各地植树", ["开春以来 = PAST_REF"]),
        TimeRow("days on end", "2021-06-14", "连日来，志愿者坚守一线", ["连日来 = PAST_REF"]),
    ]
}
