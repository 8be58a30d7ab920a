/// Every word and character the time engine knows, in one declarative place.
///
/// The scanner and the resolver read these tables and contain no Chinese of their own.
/// Traditional characters and full-width forms are folded to one spelling before
/// matching (`MatchFolding`, the one fold table), so each word is listed once.
enum TimeLexicon {

    // MARK: Numerals

    static let chineseDigits: [(Character, Int)] = [
        ("〇", 0), ("零", 0), ("一", 1), ("二", 2), ("两", 2), ("三", 3), ("四", 4),
        ("五", 5), ("六", 6), ("七", 7), ("八", 8), ("九", 9),
        // Colloquial counts (仨礼拜, 俩小时).
        ("俩", 2), ("仨", 3),
        // Zero typed as a circle or a letter O (二○二一年, 二Ｏ二一年; Ｏ folds to O), and
        // the financial two. Numeral spellings, not folds: ○ is also a layout bullet.
        ("○", 0), ("◯", 0), ("O", 0), ("贰", 2),
    ]
    /// Digits that only count, never spell a digit string (一两年 is one or two years, not 12).
    static let countingDigits: [Character] = ["两", "俩", "仨"]
    /// Multipliers inside a Chinese numeral (十二, 二十, 三百).
    static let chineseMultipliers: [(Character, Int)] = [("十", 10), ("百", 100), ("千", 1000)]
    /// Whole tens written as one character (廿一 = 21).
    static let chineseTens: [(Character, Int)] = [("廿", 20), ("卅", 30)]
    /// Large multipliers that make a number a quantity, never a year (2000万).
    static let largeMultipliers: [(Character, Int)] = [("万", 10_000), ("亿", 100_000_000)]
    /// 几, 数: an unknown small number (前几天).
    static let fewWords: [Character] = ["几", "数"]
    /// An unknown count written in two characters, read as 几 (`若干年后`, `若干天`).
    static let fewPhrases: [String] = ["若干"]
    /// 几 before a bare 月 asks which month (几月); 数月 counts months.
    static let askingFewWord: Character = "几"
    /// 哪 before a count asks which one (`哪一年`, `哪一天`, `哪两周`): no duration, no time.
    static let whichWord: Character = "哪"

    // MARK: Unit markers after a number

    static let yearMark: Character = "年"
    /// `2021年度`: the year as a reporting period, same value.
    static let fiscalYearMark: Character = "度"
    /// `2019财年`, `2021学年`: a kind of year written between the number and 年, same value.
    static let yearKindMarks: [Character] = ["财", "学"]
    static let monthMark: Character = "月"
    /// A month and day whose 月 the source lost (`317日` for 3月17日) is read only with this
    /// day mark, and only when one reading falls on the issue day or in the month before it.
    static let fusedMonthDayMark: Character = "日"
    static let fusedMonthDayDigits = 3...4
    static let fusedMonthDayWindow = 31
    static let dayMarks: [Character] = ["日", "号"]
    /// The day mark that also numbers things (3号线), checked against `dayNumberBlockedFollowers`.
    static let labelDayMark: Character = "号"
    /// Words of a street before a number and 号 make an address, no day (`幸福路18号`, `建设街8号院`).
    /// A time follower after 号 (`线路5号起`, `滨河路20号前`, `巷12号上午`) makes it a day all the same.
    static let addressWords: [String] = ["路", "街", "巷", "弄", "大道", "胡同", "里弄", "道口"]
    /// Counters that place a numbered thing (a row, a building, a unit, a floor): a number and
    /// 号 after a number and one of these is a seat or a door, no day (`13排16号`, `3栋2单元5号`).
    static let placeCounters: [String] = ["排", "栋", "幢", "单元", "层", "楼", "列", "区", "座"]
    /// Series of spacecraft, rockets and satellites named with a number and 号 (`神舟十三号`,
    /// `长征五号`, `天问一号`): a name, no day, as after a street word.
    static let serialNames: [String] = ["神舟", "长征", "嫦娥", "天宫", "天问", "天舟", "北斗", "风云", "东方红", "鹊桥", "祝融", "玉兔"]
    static let dayMarkFollowers: [String] = ["起", "前", "后", "以前", "以后", "之前", "之后", "至", "到", "开始", "以来"]
    static let hourMarks: [Character] = ["点", "时"]
    static let minuteMark: Character = "分"
    static let secondMark: Character = "秒"
    static let quarterHourMark: Character = "刻"
    static let halfMark: Character = "半"
    /// Spoken fillers after a half that count it as 个 does (`半拉月`, `半拉小时`).
    static let halfFillers: [Character] = ["拉"]
    /// Spoken fillers after 个 that make about one unit (`个把月`, `个把小时`): counted as 一个.
    static let aboutOneFillers: [Character] = ["把"]
    static let clockSuffixes: [String] = ["钟", "整"]
    /// About a clock time, kept in its span (`18时许`, `8点左右`, `7点多`).
    static let clockApproximations: [String] = ["许", "左右", "多", "来钟"] + weakApproximations
    /// Of these, words with another sense after a count (上下: on and under, `在三点上下功夫`):
    /// about the hour after a clock, but no sign of one after a bare hour.
    static let weakApproximations: [String] = ["上下"]
    /// Words of a score: by one of them (before it, perhaps with 是, 为 …; or after 的) a number
    /// with one decimal written 点 and 分 is a score, no clock (`平均分是七点四分`, `九点八分的高分`),
    /// where no day or part of day makes it a clock.
    static let scoreWords: [String] = ["高分", "低分", "成绩", "分数", "均分", "平均分", "评分", "得分", "总分", "满分", "比分", "打分"]
    static let scoreLinks: [String] = ["是", "为", "了", "到", "达"]
    /// `十点正，`: the hour exactly, said where the clause ends (not 正式, 正在, which open a word).
    static let clockClosingSuffixes: [String] = ["正"]
    static let clockSeparator: Character = ":"
    /// An hour of twelve written with am or pm after it (`10am`, `3PM`, `8:30 p.m.`): the hours
    /// added to it (12 am is midnight, 12 pm noon).
    static let meridiems: [(String, Int)] = [
        ("am", 0), ("AM", 0), ("a.m.", 0), ("A.M.", 0), ("pm", 12), ("PM", 12), ("p.m.", 12), ("P.M.", 12),
    ]
    /// Minutes past or to the hour (`十点过五分`, `八点差五分`, `差一刻九点`).
    static let clockPastWord: Character = "过"
    static let clockToWord: Character = "差"
    static let monthSuffix: Character = "份"            // 7月份
    /// The marks a number stands before in a date, time or count (年, 月, 日, 号, 点, 时, 个):
    /// a number so followed is no bare item or name (`下个十一月`, `周一、二月份`, `每周一三次`).
    static var numberUnitMarks: [Character] { [yearMark, monthMark, measureWord] + dayMarks + hourMarks }
    static let ordinalPrefix: Character = "第"
    /// Before 第N, counting from the end (`本月倒数第三天`, `今年的倒数第二个月`).
    static let countdownWord = "倒数"
    static let possessive: Character = "的"
    static let measureWord: Character = "个"             // 两个月
    static let approxSuffixes: [String] = ["多", "余", "来"]    // 17个多月, 余50分钟, 十来天
    /// 一刻钟, 三刻钟: quarters of an hour, counted in minutes.
    static let quarterHourUnit = "刻钟"
    /// The largest amount a duration may count (2000万小时 is 2·10⁷).
    static let largestAmount = 1_000_000_000
    static let durationJoiners: [String] = ["又", "零", "多", "余"]
    /// Words of repetition or comparison between a count and the same count said again
    /// (`一年又一年`, `一天比一天好`, `一年接着一年干`): time passing, no time.
    static let repetitionJoiners: [String] = ["又", "接着", "接", "连着", "比", "复", "胜似"]
    /// More than or about a count, after its unit (`一年多`, `十天左右`): in the span, `mod` APPROX.
    static let approxAfterUnit: [String] = ["多", "余", "有余", "左右", "上下"]
    static let everyWord: Character = "每"
    /// `每逢周五`, `每隔两天`: words between 每 and what recurs.
    static let recurrenceFillers: [String] = ["逢", "隔"]
    /// After 每, each time a named period comes round (`每到周末`, `每当夏天`, `每到晚上`).
    static let recurrenceReaches: [String] = ["到", "当"]
    /// 逢 alone before a weekday or the weekend recurs as 每逢 does (`逢周一闭馆`); the words
    /// that end in 逢 and meet one day (适逢周末, 恰逢周一) are not-a-time words, read first.
    static let meetWord: Character = "逢"
    static let meetOnceWords: [String] = ["适逢", "恰逢", "正逢", "时逢", "喜逢", "欣逢", "又逢"]
    /// `每周三次`, `每天两回`: a count of times in each unit, a frequency (not Wednesday).
    static let timesCounters: [String] = ["次", "回", "趟", "遍", "轮"]
    /// The times counters that are nothing else (回 in `周一回京`, 轮 in `周三轮休`, 遍 in
    /// `周一遍访` are verbs or adverbs): after a counted week and a Chinese digit they make it a
    /// count (`一周三次`, `每周一次`).
    static let pureTimesCounters: [String] = ["次"]
    static let numericDateSeparators: [Character] = ["-", "/", "."]
    /// A month and day without a year are written with these (`6.15-6.17`, `6/15至6/20`).
    static let bareMonthDaySeparators: [Character] = [".", "/"]
    /// The verb suffix of a completed act: a two-digit count and 年 right after it is how long
    /// the act lasted (`教了15年书`), no short year.
    static let perfectiveMark: Character = "了"
    /// After a number, marks that go on with it (a decimal point, a percent sign): no day ends there.
    static let numberContinuations: [Character] = [".", "%", "％"]
    /// Around two such pairs, words that make them a range of values, not of dates
    /// (`3.1-3.5之间`, `3.1-3.2区间`, `1/3-2/3不等`, `1.10-1.12版本`, `版本4.1-4.3`), and words
    /// of a share or an amount before them (`约1/4-2/3`, `占2/5-3/4`, `比例为1/5-1/3`): the digits
    /// alone cannot tell `1/4-2/3` from a month's window such as `3/6-4/5`.
    static let valueRangeWords: [String] = [
        "之间", "区间", "不等", "版本", "版", "约", "约占", "占", "占比", "比例", "比重", "比例为", "覆盖", "大约",
    ]
    /// The lunar festival days spoken by their bare month and day: the doubled ones (`二月二`,
    /// `五月五`, `九月九`) and the mid-autumn full moon (`八月十五`). Other festival days so
    /// written (`十月一`, `十二月八`, `一月十五`) are common Gregorian dates.
    static func spokenLunarDay(_ month: Int, _ day: Int) -> Bool { month == day || (month == 8 && day == 15) }
    static let yearDecadeSuffix = "年代"                 // 80年代
    static let centuryWord = "世纪"
    static let relativeCenturies: [(String, Int)] = [("上世纪", -1), ("本世纪", 0), ("上个世纪", -1)]
    /// The edge of a decade or century written after it (`90年代初`, `上世纪末`, `80年代中期`).
    static let decadeEdges: [(String, DateSpec.Edge)] = [
        ("初", .start), ("初期", .start), ("中期", .middle), ("末", .end), ("末期", .end), ("后期", .end),
    ]
    static let quarterWord = "季度"
    static let quarterLatin: Character = "Q"
    static let dayWordForOrdinal = "天"                   // 第一天
    static let monthWordForOrdinal = "个月"               // 第8个月
    static let weekWords: [String] = ["周", "星期", "礼拜", "个星期", "个礼拜"]   // 第二周, 4周

    /// How many of the next smaller unit make one unit, for decimal amounts (1.5小时 = 90分钟).
    static let smallerUnits: [(unit: CalendarUnit, factor: Int, smaller: CalendarUnit)] = [
        (.year, 12, .month), (.quarter, 3, .month), (.week, 7, .day), (.day, 24, .hour),
        (.hour, 60, .minute), (.minute, 60, .second),
    ]
    /// Units of a duration, longest first where one is a prefix of another. `日` counts days
    /// only where the grammar refused a date (三日内); `载` is a literary year (十载).
    static let durationUnits: [(String, CalendarUnit)] = [
        ("个钟头", .hour), ("个小时", .hour), ("个星期", .week), ("个礼拜", .week), ("个季度", .quarter),
        ("个月", .month), ("小时", .hour), ("钟头", .hour), ("分钟", .minute), ("秒钟", .second),
        ("星期", .week), ("礼拜", .week), ("季度", .quarter),
        ("年", .year), ("周", .week), ("天", .day), ("日", .day), ("秒", .second), ("载", .year), ("昼夜", .day),
        // Working and calendar days count days (TIMEX3 has no unit of working days; the
        // span keeps the word): `3个工作日内` is P3D.
        ("工作日", .day), ("自然日", .day),
    ]
    /// `每个工作日`: each of Monday to Friday, a set written like `每周一至周五`.
    static let workdayWord = "工作日"
    /// Units counted in another after a measure word (`半个世纪` = 50 years, `两个世纪`).
    static let multipleUnits: [(String, CalendarUnit, Int)] = [("世纪", .year, 100)]
    /// Units a bare half takes that a count does not (`半月`, `半个钟`; 3月 is March, 一个钟 a clock).
    static let halfOnlyUnits: [(String, CalendarUnit)] = [("月", .month), ("个钟", .hour)]
    /// A bare 半月 also opens names and shapes (`半月池`, `半月湾`, `半月板`, `半月刊`): it is half
    /// a month only before what follows a span (an offset, 来, 内, 的 …), an adverb
    /// (`等了半月才到`: `activityAdverbs`) or no word at all.
    static let bareHalfFollowers: [String] = [
        "前", "后", "以前", "以后", "之前", "之后", "来", "以来", "内", "以内", "之内", "里", "多", "左右", "了",
        "的", "一", "起", "至", "到", "时间", "没", "未",
    ]
    /// A unit that carries its half inside it (`一分半钟` = 90 seconds, `两分半钟`).
    static let halfInsideUnits: [(String, CalendarUnit)] = [("分半钟", .minute), ("分半", .minute)]
    /// Names of works (《明日之后》) are skipped; a title longer than this is taken as unbalanced.
    static let titleMarks: (Character, Character) = ("《", "》")
    static let titleReach = 60
    /// After a number and 年, a word that makes it a span of years, not a year (20年来, 已经23年了,
    /// 10年有余, 30年上下).
    static let spanAfterYear: [String] = ["来", "多", "间", "里", "内", "左", "余", "有余", "上下", "之", "以", "半", "期", "前", "后", "了", "时间", "如一日"]
    /// Two digits and 年 closing a clause count years after a word (`在基层工作23年。`); a
    /// short year closes one only after one of these words of time or of a list
    /// (`成立于98年。`, `那是08年。`, `在22年和23年。`).
    static let shortYearOpeners: [Character] = ["于", "在", "是", "从", "自", "到", "至", "和", "及", "与", "、"]
    /// After `X月` a bare number is a day unless one of these makes it a quantity (3月15家).
    static let quantityUnits: [Character] = [
        "个", "人", "名", "家", "项", "元", "万", "亿", "次", "件", "条", "份", "户", "所", "位", "天", "年", "批", "场",
        "处", "吨", "公", "米", "千", "百", "斤", "辆", "台", "套", "座", "间", "级", "届", "期", "岁", "倍", "成", "亩", "支", "只", "头", "%",
    ]
    /// `第N个星期一`, `最后一个星期一` inside a month.
    static let lastMarkers: [String] = ["最后一个", "最后1个", "最后一"]
    /// `最后三天`, `最后两个月`: the last ones of a month or year (ends in `lastMark`).
    static let lastWord = "最后"
    /// `一季度一观摩`, `一年一度`: a frequency, not a time.
    static let frequencyRepeat: Character = "一"
    /// Adverbs that open with 一 (`近三个月一直在加班`, `五天一共接待`, `这三年一路走来`): after a
    /// count they go on the sentence, no repeat of the count as in `三年一小变`, `两周一通报`.
    static let oneAdverbs: [String] = [
        "一直", "一路", "一共", "一起", "一无", "一向", "一同", "一并", "一齐", "一再", "一举", "一概",
        "一律", "一定", "一旦", "一边", "一心", "一贯", "一味", "一连", "一口气",
    ]
    /// `一天一夜`, `三天两晚`, `两天一宿`: the words that count nights after days; the days are
    /// the duration (no frequency).
    static let nightCounters: [Character] = ["夜", "晚", "宿"]

    // MARK: Words (matched with a trie, longest first)

    static let relativeDays: [(String, Int)] = [
        ("今天", 0), ("今日", 0), ("本日", 0), ("这一整天", 0), ("昨天", -1), ("昨日", -1), ("明天", 1), ("明日", 1),
        ("前天", -2), ("前日", -2), ("后天", 2), ("大前天", -3), ("大后天", 3),
        // 即日起: from this very day on (a notice's formula).
        ("即日", 0),
        // Spoken forms (今儿个, 明儿) and the literary 后日.
        ("今儿", 0), ("今儿个", 0), ("今个", 0), ("昨个", -1), ("明儿", 1), ("明儿个", 1), ("昨儿", -1), ("昨儿个", -1),
        ("前儿", -2), ("前儿个", -2), ("后儿", 2), ("后儿个", 2), ("后日", 2),
    ]
    /// Each extra 大 before 前天, 后天, 前年, 后年 adds one more unit (大大前天 = 4 days ago).
    static let stackedPrefix: Character = "大"
    /// Two or three neighbouring days or years named together, one character each, then the
    /// unit (perhaps counted): one span (今明两天 = today to tomorrow, 今明后天, 明后年).
    static let relativeSpanDays: [(Character, Int)] = [("昨", -1), ("今", 0), ("明", 1), ("后", 2)]
    static let relativeSpanYears: [(Character, Int)] = [("去", -1), ("今", 0), ("明", 1), ("后", 2)]
    static var relativeSpans: [(String, CalendarUnit, Int, Int)] {
        let counts = [2: "两", 3: "三"]
        var out: [(String, CalendarUnit, Int, Int)] = []
        // 日 only after a count: a bare `明后日` is too often 明 + 后 + 日本 (说明后日本…).
        for (chars, unit, bare, counted) in [(relativeSpanDays, CalendarUnit.day, ["天"], ["天", "日"]),
                                             (relativeSpanYears, .year, ["年"], ["年"])] {
            for length in 2...3 {
                for i in 0...(chars.count - length) {
                    let run = chars[i..<(i + length)]
                    let word = String(run.map(\.0))
                    for m in bare { out.append((word + m, unit, run.first!.1, run.last!.1)) }
                    for m in counted { out.append((word + counts[length]! + m, unit, run.first!.1, run.last!.1)) }
                }
            }
        }
        return out
    }
    static let anaphoricDays: [(String, Int)] = [
        ("当天", 0), ("当日", 0), ("同日", 0), ("同一天", 0), ("次日", 1), ("翌日", 1),
        ("第二天", 1), ("前一天", -1), ("前一日", -1),
    ]
    /// The next day only opening a clause (`隔天一早，`): 隔 is also the filler of a recurrence
    /// (`隔日服用`, `隔天一次`).
    static let clauseOpeningAnaphoricDays: [(String, Int)] = [("隔天", 1), ("隔日", 1)]
    /// After a date or festival: the day it names again (`元旦那天下午`) or its eve
    /// (`圣诞节前夕` is December 24): the day moved by this many days, one mention.
    /// 那 of 那天: a day gone by, never the reference's (`每年的那一天` is none).
    static let thatWord: Character = "那"
    static let dayRestatements: [(String, Int)] = [
        ("那天", 0), ("这天", 0), ("那一天", 0), ("这一天", 0), ("前夕", -1),
    ]
    /// Day words that carry their part of day (今晚 = 今天晚上).
    static let dayWithPartOfDay: [(String, DateSpec.Day, PartOfDay)] = [
        ("今晚", .relative(0), .evening), ("昨晚", .relative(-1), .evening), ("明晚", .relative(1), .evening),
        ("今早", .relative(0), .morning), ("今晨", .relative(0), .morning), ("昨早", .relative(-1), .morning),
        ("明早", .relative(1), .morning), ("今夜", .relative(0), .night), ("昨夜", .relative(-1), .night),
        ("当晚", .anaphoric(0), .evening), ("次晨", .anaphoric(1), .morning), ("当夜", .anaphoric(0), .night),
        // Literary forms of weather reports and narration (明晨 = 明天早晨, 今午 = 今天中午).
        // Not 明夜, 明个: 文明夜市, 说明个人 end a word in 明.
        ("明晨", .relative(1), .morning), ("昨晨", .relative(-1), .morning), ("今午", .relative(0), .midday),
        ("明午", .relative(1), .midday), ("翌晨", .anaphoric(1), .morning),
    ]
    static let relativeYears: [(String, Int)] = [
        ("今年", 0), ("本年", 0), ("这一年", 0), ("本年度", 0), ("去年", -1), ("上一年", -1), ("上年", -1), ("上年度", -1),
        ("前年", -2), ("大前年", -3), ("明年", 1), ("下年", 1), ("下一年", 1), ("来年", 1), ("后年", 2), ("大后年", 3),
        ("上一年度", -1), ("下一年度", 1), ("下年度", 1), ("今年度", 0),
        // 年内完成: within this year (the span takes 内 as after 今年内).
        ("年内", 0),
    ]
    /// Years and months counted from the last one named (`2008年…同年5月`, `次月`).
    static let anaphoricYears: [(String, Int)] = [("同年", 0), ("同一年", 0), ("翌年", 1), ("次年", 1), ("第二年", 1), ("前一年", -1)]
    static let anaphoricMonths: [(String, Int)] = [("当月", 0), ("同月", 0), ("次月", 1), ("翌月", 1), ("前一个月", -1)]
    /// The week of the last date named, or one after it (`11月18日开工，次周完工`).
    static let anaphoricWeeks: [(String, Int)] = [("当周", 0), ("次周", 1), ("翌周", 1)]
    /// "This, last, next (one)": composed with every week noun, 月 and 季度 (`下一个星期`,
    /// `上个礼拜`, `这一季度`), so no spelling of the cross product is missing.
    static let relativePrefixes: [(String, Int)] = [
        ("本", 0), ("这", 0), ("这个", 0), ("这一", 0), ("这一个", 0), ("这一整", 0), ("这一整个", 0),
        ("上", -1), ("上个", -1), ("上一", -1), ("上一个", -1), ("下", 1), ("下个", 1), ("下一", 1), ("下一个", 1),
        ("上上", -2), ("上上个", -2), ("下下", 2), ("下下个", 2),
    ]
    static let relativeWeekNouns: [String] = ["周", "星期", "礼拜"]
    static let relativeMonthNoun = "月"
    static let relativeQuarterNoun = "季度"
    /// Prefixes not said before 月 (上一月) or 季度 (这季度).
    static let prefixesNotBeforeMonth: Set<String> = ["这一", "上一", "下一", "这一个"]
    static let prefixesNotBeforeQuarter: Set<String> = ["这"]
    /// Spellings outside the cross product.
    static let extraRelativeWeeks: [(String, Int)] = [("今星期", 0), ("今礼拜", 0)]
    static let extraRelativeMonths: [(String, Int)] = [("月内", 0)]
    static var relativeWeeks: [(String, Int)] {
        relativePrefixes.flatMap { p in relativeWeekNouns.map { (p.0 + $0, p.1) } } + extraRelativeWeeks
    }
    static var relativeMonths: [(String, Int)] {
        relativePrefixes.filter { !prefixesNotBeforeMonth.contains($0.0) }.map { ($0.0 + relativeMonthNoun, $0.1) }
            + extraRelativeMonths
    }
    /// The quarter nouns with a prefix. The bare noun names no quarter (`各季度末`, `按季度末余额`
    /// speak of every quarter's end): an edge is read only of a quarter a prefix or a year names.
    static var relativeQuarters: [(String, Int)] {
        relativePrefixes.filter { !prefixesNotBeforeQuarter.contains($0.0) }.map { ($0.0 + relativeQuarterNoun, $0.1) }
    }
    /// Weekday prefixes; the day follows (一…六, 日, 天).
    static let weekdayPrefixes: [String] = ["周", "星期", "礼拜"]
    static let weekdayNames: [(Character, Int)] = [
        ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("日", 7), ("天", 7),
        // `周3`, `下周5`: Arabic digits too, a digit run read whole (not `周12`, `周3.5`).
        ("1", 1), ("2", 2), ("3", 3), ("4", 4), ("5", 5), ("6", 6), ("7", 7),
    ]
    /// The weekend named alone; Saturday and Sunday named together are the weekend too
    /// (`周六日`, `双休日`: one span, not Saturday alone).
    static let weekendWords: [String] = ["周末", "星期末", "礼拜末", "周六日", "星期六日", "礼拜六日"]
    /// The weekend as a noun of habit (`利用双休日开展…`): a time only after a relative prefix
    /// (`这个双休日`, `下个双休日`) or 每 (`每逢双休日`).
    static let habitualWeekendWords: [String] = ["双休日"]
    /// 天 names Sunday only after its prefix (星期天); alone after 、 it opens a word (天气).
    static let sundayAlias: Character = "天"
    /// Words that open with the weekday name 日 or 天: after 周六 (`周六日均`) or as a bare list
    /// item (`周六、日常巡查`) the 日 or 天 is theirs, no Sunday. After a relative week
    /// (`下周天气`, `上周日本`) too, except the words marked `weekdayFirst`: their second
    /// character usually opens a word of its own after a weekday (天 + 下午/下雨, 日 + 报名/报到,
    /// 照常, 志愿, 夜间, 记得), so there the weekday is read (`上星期天下午`, `下周日报名`); and
    /// not where another such word starts right after the weekday (`星期天天气`: Sunday's weather).
    static let dayNameWordTable: [(String, weekdayFirst: Bool)] = [
        ("日均", false), ("日间", false), ("日常", false), ("日程", false), ("日益", false), ("日趋", false),
        ("日夜", true), ("日报", true), ("日方", false), ("日本", false), ("日用", false), ("日照", true),
        ("日记", true), ("日志", true), ("日子", false), ("日语", false), ("日产", false), ("日销", false),
        ("日耗", false), ("日处理", false),
        ("天气", false), ("天津", false), ("天空", false), ("天天", false), ("天然", false), ("天下", true),
        ("天地", false), ("天堂", false), ("天文", false), ("天使", false), ("天才", false), ("天色", false),
        ("天价", false), ("天线", false), ("天府", false), ("天河", false), ("天桥", false), ("天山", false),
        ("天水", false), ("天门", false), ("天猫", false), ("天冷", false), ("天热", false), ("天晴", false),
        ("天黑", false), ("天亮", false), ("天真", false), ("天花", false), ("天鹅", false),
    ]
    static var dayNameWords: [String] { dayNameWordTable.map(\.0) }
    /// What is done on a day or at an hour: a bare weekday item right before one of these ends
    /// there (`下周一、三上课`, `周一至五开放`, `每周二和四坐诊`), where a lone digit before another
    /// character starts a word with it (`三楼`, `四川`, `五金`); a bare hour before one is a
    /// clock (`17点集合`, `八点开馆`). Verbs a timetable puts after its days and hours: opening
    /// and closing, classes and duty, meetings held, services run, setting off.
    static let dayActivities: [String] = [
        "上课", "上班", "上岗", "开课", "授课", "停课", "有课", "到校", "返校", "开放", "开馆", "闭馆", "休馆",
        "开园", "闭园", "营业", "停业", "休息", "休假", "放假", "加班", "值班", "值守", "坐诊", "出诊", "停诊",
        "训练", "集训", "排练", "演出", "举行", "举办", "召开", "开展", "进行", "报到", "集合", "出发", "接待",
        "受理", "办理", "办公", "开门", "关门", "发车", "停运", "运行", "开通", "供应", "施工", "巡查", "限行",
        "播出", "更新", "开市", "休市", "开庭", "配送", "送达", "对外开放",
        "开会", "碰头", "签到", "打卡", "下班", "放学", "起床", "熄灯", "开饭", "开考", "开播", "散场",
        "收摊", "停工", "开工", "出门", "到达", "抵达", "返回", "开幕", "闭幕", "巡逻",
        // A shop's or a market's hours (`商店8点打烊`, `新店十点开业`).
        "打烊", "歇业", "开业", "开张", "关张", "开店", "关店", "闭店", "收工", "收市", "开售", "停售",
    ]
    /// Words that may stand between such an item and its activity (`周二、四均开放`, `周一、三照常营业`).
    /// Words before a number that make it a count, not a day or an hour: demonstratives, words
    /// of a list, of a stretch or of each (`这三日下午`, `连续三日下午`, `此后三日晚上`,
    /// `以下三点进行部署`).
    static let countLeads: [String] = [
        "这", "那", "此", "以下", "以上", "上述", "下述", "前述", "下列", "如下",
        "连续", "一连", "此后", "随后", "之后", "整整", "足足", "长达", "为期", "持续", "每", "共",
    ]
    /// Before N点 also the prepositions that take points as their topic (`围绕这五点开展`,
    /// `从两点进行分析`), where an activity after it would otherwise make it an hour.
    static let pointsLeads: [String] = countLeads + ["从", "围绕", "针对", "按照", "其他", "其它"] + pointsVerbs
    /// Verbs that put points forward or list them (`提出三点开业要求`, `明确了两点开工规则`,
    /// `梳理出五点开售须知`): right before N点 they make it counted points, even where an
    /// activity follows as the first half of the points' noun. A clock after them would need
    /// a preposition (`提出在三点开会`).
    static let pointsVerbs: [String] = [
        "提出", "提出了", "明确", "明确了", "梳理", "梳理出", "梳理了", "总结", "总结出", "总结了", "归纳", "归纳出",
        "概括", "概括出", "列出", "列出了", "强调", "强调了", "作出", "做出", "谈了", "讲了",
    ]
    /// Subjects after which a bare hour of twelve or less is a clock before any word
    /// (`孩子们七点上学`, `你十点过来吧`): a person acts at an hour; counted points have none
    /// (`提出三点具体要求`, `有两点需要注意`). The personal pronouns and a plural of persons.
    static let clockSubjects: [String] = personalPronouns + ["们", "自己"]
    /// Adverbs of timing right after a bare hour that place what follows at it
    /// (`十一二点才睡`, `七点就走了`, `八点准时出发`).
    static let clockAdverbs: [String] = ["才", "就", "准时", "按时"]
    static let activityAdverbs: [String] = ["均", "都", "也", "将", "各", "不", "照常", "正常", "全天", "分别", "同时", "暂停", "就", "才", "准时", "正式"]
    /// Suffixes that turn a week word into its weekend (下下周末, 这周六日).
    static let weekendSuffixes: [String] = ["末", "六日"]

    /// Parts of day that stand alone.
    static let partsOfDay: [(String, PartOfDay)] = [
        ("凌晨", .night), ("清晨", .morning), ("清早", .morning), ("一早", .morning), ("早晨", .morning), ("早上", .morning), ("早间", .morning),
        ("上午", .morning), ("中午", .midday), ("午间", .midday), ("正午", .midday), ("下午", .afternoon),
        ("午后", .afternoon), ("傍晚", .evening), ("晚上", .evening), ("晚间", .evening), ("夜间", .night),
        ("夜里", .night), ("深夜", .night), ("半夜", .night), ("午夜", .night), ("子夜", .night), ("夜晚", .night),
        ("黎明", .morning), ("拂晓", .morning), ("破晓", .morning), ("晌午", .midday), ("黄昏", .evening),
        ("上半夜", .night), ("下半夜", .night), ("前半夜", .night), ("后半夜", .night),
        ("一大早", .morning),
        // Spoken intensified forms, each a word (a free 大 would take the end of 扩大, 加大).
        ("大清早", .morning), ("大早上", .morning), ("大中午", .midday), ("大半夜", .night),
    ]
    /// One-character parts of day, valid only right after a date (8月23日早, 4月12日晚7点).
    static let shortPartsOfDay: [(String, PartOfDay)] = [("早", .morning), ("晚", .evening), ("夜", .night)]
    /// 凌晨 keeps small hours as they are; the others move 1–11 o'clock to the afternoon.
    static let smallHoursWords: [String] = ["凌晨", "半夜", "大半夜", "午夜", "子夜", "下半夜", "后半夜"]
    /// Parts of day that name one hour: that clock when none is written (`正午` → 12:00;
    /// `午夜` → the midnight that closes the day, as `半夜12点`).
    static let hourPartsOfDay: [(String, Int)] = [("正午", 12), ("午夜", 12), ("子夜", 12)]
    /// Small-hours words whose 12 o'clock opens the day (`凌晨12点半` = 00:30); after the
    /// others 12 o'clock is the midnight that closes it (`半夜12点`).
    static let dawnWords: [String] = ["凌晨"]

    /// Parts of a month, after `X月` (also `月初` forms).
    static let monthParts: [(String, DateSpec.Within)] = [
        ("上旬", .dekads(1, 1)), ("中旬", .dekads(2, 2)), ("下旬", .dekads(3, 3)),
        ("上中旬", .dekads(1, 2)), ("中下旬", .dekads(2, 3)),
        ("初", .monthStart), ("中", .monthMiddle), ("底", .monthEnd), ("末", .monthEnd),
        ("月初", .monthStart), ("月中", .monthMiddle), ("月底", .monthEnd), ("月末", .monthEnd),
        ("上半月", .halfMonth(1)), ("下半月", .halfMonth(2)), ("前半月", .halfMonth(1)), ("后半月", .halfMonth(2)),
    ]
    /// Counted halves of a month: after a month (`下个月的前半个月`), or alone where they open
    /// their clause (`上半个月我在出差`); inside one they may end a verb or straddle other
    /// words (`剩下半个月`, `提前半个月`).
    static let countedMonthHalves: [(String, DateSpec.Within)] = [
        ("上半个月", .halfMonth(1)), ("下半个月", .halfMonth(2)), ("前半个月", .halfMonth(1)), ("后半个月", .halfMonth(2)),
    ]
    /// Demonstratives that may stand between 的 and a season or weekend of a period named
    /// (`四年前的那个秋天`, `去年的那个夏天`, `三个月前的那个周末`): they point at the part.
    static let partDemonstratives: [String] = ["那个", "这个", "那一个", "这一个"]
    /// `首季度`, `2017年首月`: the first of its kind.
    static let firstMark: Character = "首"
    /// `2018年后两个月`, `5月后10天`: the last ones (as 前 marks the first ones).
    static let lastMark: Character = "后"
    /// `今年头三个月`: the first ones, as 前; `五月的头一周`: the first week, as 第一周.
    static let headMark: Character = "头"
    /// The edge of a quarter written after it (`二季度末`, `三季度初`).
    static let periodEdges: [(String, DateSpec.Edge)] = [
        ("初", .start), ("伊始", .start), ("中", .middle), ("末", .end), ("底", .end),
    ]
    /// Halves of the reference's week: 上半周 Monday to Wednesday, 下半周 Thursday to Sunday
    /// (the convention we chose; a week has no middle day).
    static let weekHalves: [(String, Int)] = [("上半周", 1), ("下半周", 2), ("前半周", 1), ("后半周", 2)]
    /// Parts of a year only after a year written (`2020年伊始`; `活动伊始` is no time;
    /// `2019年秋`, where a bare 秋 is none).
    static let yearOnlyParts: [(String, DateSpec.Within)] = [
        ("伊始", .yearStart), ("春", .season(.spring)), ("夏", .season(.summer)), ("秋", .season(.fall)), ("冬", .season(.winter)),
    ]
    /// After a day, the reference's time of day on it (`明天的这个时候`, `昨天此时`); after a
    /// year or month, the same day (`去年这时候`).
    static let sameTimeWords: [String] = ["这个时候", "这时候", "这时", "此时", "这会儿", "这个时间", "同一时间", "同一时刻", "同一时候"]
    /// The same clock time, only after a day (`明天这个点`): after a year or month 点 opens a
    /// word (`今年这个点位`).
    static let sameClockWords: [String] = ["这个点", "这个钟点"]
    /// The whole of a day after it (`明天全天`, `周六一整天`): the day itself.
    static let wholeDayWords: [String] = ["全天", "整天", "一整天", "全日"]
    /// `一整天`, `两整年`: whole units, after the count.
    static let wholeMark: Character = "整"
    /// `从5月1日到10日`, `自即日起`: the word that opens a range or a start is in its span.
    static let rangeOpeners: [Character] = ["从", "自"]
    /// Parts of a year, after `X年` or alone (then in the reference year).
    static let yearParts: [(String, DateSpec.Within)] = [
        ("上半年", .half(1)), ("下半年", .half(2)), ("前半年", .half(1)), ("后半年", .half(2)),
        ("年初", .yearStart), ("年中", .yearMiddle),
        ("年底", .yearEnd), ("年末", .yearEnd), ("初", .yearStart), ("底", .yearEnd), ("末", .yearEnd),
        // The news register's year end and start (`岁末年初`, `2025年岁末`).
        ("岁末", .yearEnd), ("岁尾", .yearEnd), ("岁初", .yearStart),
        ("春季", .season(.spring)), ("春天", .season(.spring)), ("夏季", .season(.summer)),
        ("夏天", .season(.summer)), ("秋季", .season(.fall)), ("秋天", .season(.fall)),
        ("冬季", .season(.winter)), ("冬天", .season(.winter)),
        // A season with a word of its stage or kind (`今年初春`, `去年深秋`, `盛夏时节`); not 寒冬,
        // 阳春: a slump (`资本寒冬`) and a dish (`阳春面`) more often than a season.
        ("初春", .season(.spring)), ("早春", .season(.spring)), ("仲春", .season(.spring)), ("暮春", .season(.spring)),
        ("晚春", .season(.spring)), ("初夏", .season(.summer)), ("盛夏", .season(.summer)), ("仲夏", .season(.summer)),
        ("炎夏", .season(.summer)), ("初秋", .season(.fall)), ("仲秋", .season(.fall)), ("深秋", .season(.fall)),
        ("晚秋", .season(.fall)), ("暮秋", .season(.fall)), ("金秋", .season(.fall)), ("初冬", .season(.winter)),
        ("隆冬", .season(.winter)), ("深冬", .season(.winter)), ("严冬", .season(.winter)), ("仲冬", .season(.winter)),
    ]
    /// One-character year words before a one-character season (`今春`, `去冬`, `明夏`, `来春`):
    /// composed with the seasons of `yearOnlyParts`, a time only where a season stands
    /// (`去冬今春`, `今春以来`; not `去春游`).
    /// `民国110年`, `民国二十年`, `公元618年`: a year of an era, counted on from the year before
    /// its first (民国 1 is 1912); a year so marked is never a count of years. A year before the
    /// Common Era (`公元前110年`, no offset) is neither: no value here writes it.
    static let eraYears: [(String, Int?)] = [("民国", 1911), ("公元", 0), ("公元前", nil)]
    static let shortYearPrefixes: [(String, Int)] = [("今", 0), ("去", -1), ("明", 1), ("来", 1)]
    /// A season alone is a time only when it ends the phrase; `春季森林防灭火` is a label.
    static let seasonFollowers: [Character] = ["里", "时", "期", "以", "前", "后", "的"]

    /// Vague references: values of their own, never a made-up date.
    static let vagueWords: [(String, VagueWord)] = [
        ("近日", .past), ("日前", .past), ("前不久", .past), ("不久前", .past), ("近来", .past),
        ("前些天", .past), ("前几天", .past), ("前些日子", .past), ("最近", .past), ("近期", .nearTerm),
        ("现在", .present), ("此刻", .present), ("此时此刻", .present), ("前段时间", .past), ("前一段时间", .past),
        ("早些时候", .past), ("晚些时候", .future), ("早些年", .past), ("近段时间", .past), ("将来", .future), ("日后", .future),
        // These few years, these days: the stretch up to now.
        ("这几年", .past), ("这些年", .past), ("近些年", .past), ("这几天", .present), ("这两天", .present),
        ("这两年", .past), ("这几个月", .past), ("这两个月", .past), ("这些天", .present), ("这些日子", .present),
        ("近一段时间", .past), ("这段时间", .present),
        // Just now, shortly (the adverb 刚刚 and the generic present 如今, 眼下, 当下 date
        // nothing, as 目前: they would give a reported event the wrong day).
        ("刚才", .past), ("方才", .past), ("稍后", .future),
        // Spoken forms: a while ago, these days, in a while, long ago (`改天`, another day, dates nothing, as 今后).
        ("前阵子", .past), ("前阵儿", .past), ("前一阵子", .past), ("前段日子", .past), ("前些时候", .past),
        ("这阵子", .present), ("这阵儿", .present), ("这一阵子", .present), ("这些时候", .present),
        ("过些天", .future), ("过些日子", .future), ("过阵子", .future), ("过一阵子", .future), ("过段时间", .future),
        ("过一段时间", .future),
        // Within the coming days: 不日 (before long), 近日内, 近期内.
        ("不日", .future), ("近日内", .future), ("近期内", .future),
        ("很久以前", .past), ("很久之前", .past), ("好久以前", .past), ("好久之前", .past), ("许久以前", .past),
    ]
    /// The literary 日 for 天 in the vague words of a few days (前几日, 这几日, 这两日, 前些日,
    /// 过些日): composed from `vagueWords`, so every such word has both.
    static var vagueDayForms: [(String, VagueWord)] {
        vagueWords.filter { $0.0.count >= 3 && $0.0.hasSuffix("天") }.map { (String($0.0.dropLast()) + "日", $0.1) }
    }
    /// A stretch of time given a direction by a lead before it (`今后一段时间`, `未来一段时间`)
    /// or by 以来 after it (`一段时间以来`, `这段时间以来`): vague, composed from three tables.
    /// (Not 一个时期: `今后一个时期` is a plan's horizon in news, which dates nothing.)
    static let stretchNouns: [String] = ["一段时间", "一段日子"]
    static let stretchLeads: [(String, VagueWord)] = [
        ("今后", .future), ("未来", .future), ("接下来", .future), ("往后", .future),
        ("今后的", .future), ("未来的", .future), ("接下来的", .future),
    ]
    static let stretchSinceNouns: [String] = ["一段时间", "这段时间", "一段日子", "这段日子"]
    /// Since a season set in (`入冬以来`, `开春以来`) or for days on end (`连日来`): a stretch up to
    /// now whose start no calendar fixes (the weather's winter is not the calendar's), vague.
    static let onsetWords: [String] = ["入冬", "入夏", "入秋", "入春", "开春", "连日"]
    static var stretchWords: [(String, VagueWord)] {
        stretchLeads.flatMap { lead in stretchNouns.map { (lead.0 + $0, lead.1) } }
            + stretchSinceNouns.map { ($0 + "以来", VagueWord.past) }
            + onsetWords.flatMap { w in rollingPastSuffixes.map { (w + $0, VagueWord.past) } }
    }
    /// Vague words that are a time only where they open their clause (as the lead `过`):
    /// `不久后，…` is later on, but `成立不久后` is a while after an event, no time of its own.
    static let clauseOpeningVagueWords: [(String, VagueWord)] = [
        ("不久后", .future), ("不久之后", .future), ("不久以后", .future),
    ]
    /// `多年来`, `多日前`, `许多年以后`: many units back or on, vague as `几年前` is; composed
    /// from the words for many, the units and the words of before and after. A word marked
    /// true counts only where it opens its clause: a bare 多 ends other words (`差不多年前`).
    static let manyWords: [(String, Bool)] = [("多", true), ("许多", false), ("好多", false), ("很多", false)]
    static let manyUnits: [String] = ["年", "日", "天", "个月"]
    static let manyBefore: [String] = ["前", "以前", "来", "以来"]
    static let manyAfter: [String] = ["后", "以后", "之后"]
    static var manyUnitsAway: [(String, VagueWord, opensClause: Bool)] {
        manyWords.flatMap { w, opens in
            manyUnits.flatMap { u in
                manyBefore.map { (w + u + $0, VagueWord.past, opens) } + manyAfter.map { (w + u + $0, VagueWord.future, opens) }
            }
        }
    }

    /// Range separators between two expressions.
    static let rangeSeparators: [String] = ["至", "到", "——", "—", "-", "~", "――"]
    /// `今年剩下的时间`, `本周剩余时间`: the rest of the current year, month or week.
    static let restWords: [String] = [
        "剩下的时间", "剩下的日子", "剩下的几天", "剩余的时间", "剩余时间", "剩余的日子", "余下的时间", "余下的日子",
    ]
    /// Words after a range or date that restate it as a period (`6月15日到20日这段时间`):
    /// in its span, no present of their own.
    static let periodRestatements: [String] = ["这段时间", "这段日子", "这段期间", "这一时期", "这个时期", "这一期间"]
    /// `从6月15日持续到20日`: verbs of lasting before a separator, in a range opened by 从 or 自;
    /// 直 of 直到 too (`从1月23日开始直到今天`).
    static let rangeVerbs: [String] = ["持续", "延续", "一直", "延长", "直"]
    /// `A和B之间`, `A与B间`.
    static let betweenJoiners: [String] = ["和", "与", "及", "跟"]
    static let betweenClosers: [String] = ["之间", "间"]
    /// `2010年之后2018年之前`.
    static let afterWords: [String] = ["之后", "以后"]
    static let beforeWords: [String] = ["之前", "以前", "前"]
    /// `10月27日、28日`: a list of separate mentions.
    static let listSeparator: Character = "、"
    /// `上周一和周二`, `3月5日及8日`: two items joined borrow what the second leaves out, as in a list.
    static let listJoiners: [Character] = ["和", "及", "与", "或"]
    /// Joiners of two words between list items (`下午三点或者四点`, `两点还是三点`).
    static let listJoinerWords: [String] = ["或者", "或是", "还是", "以及"]
    /// `A至今`.
    static let untilNowWords: [String] = ["至今", "到现在", "到今天", "迄今", "到目前", "至目前", "到如今"]
    /// `2010年以来`, `今年以来`: a period up to now. After a day (`2月21日晚以来`) the day
    /// alone is the mention: it dates when something began.
    static let sinceWords: [String] = ["以来"]

    /// Deadline marker (`5月底前`) and the characters that make `前` part of another word.
    static let deadlineMark: Character = "前"
    /// `30日内`, `15日以内`: after a count and 日, a word that makes it days, not a day of the month.
    static let withinWords: [String] = ["内", "以内", "之内"]
    /// About a date (`国庆节前后`, `9月2号左右`): in the span, `mod` APPROX.
    static let aroundWords: [String] = ["前后", "左右"]
    /// `5月1日起`, `即日起`: from then on (ON_OR_AFTER), or the start of a range (`即日起至10月31日`).
    static let fromOnWords: [String] = ["起"]
    /// Words that open a range before a separator (`从明天开始到周五`, `即日起至10月31日`). `开始`
    /// alone is the event's start, a point: `会议于上午9时开始` is at 9, not from 9 on.
    static let rangeStartWords: [String] = ["起", "开始"]
    /// `N年后`, `3天前`: an offset from the reference.
    /// (`三天过后`, `春节过后`: 过后 is 之后 in speech.)
    static let offsetAfter: [String] = ["后", "以后", "之后", "过后"]
    static let offsetBefore: [String] = ["前", "以前", "之前"]
    /// `三天前的一个晚上`, `十年前的一天`: one day or part of day, not named, of the time before.
    static let indefiniteOnes: [String] = ["一个", "一"]
    /// `再过两天`, `过几天再说`: a count of units on from now. A lead marked true counts only
    /// where it opens its clause (`经过三天`, `度过三年` measure a span).
    static let forwardLeads: [(String, Bool)] = [("再过", false), ("又过", false), ("过", true)]
    /// `刚刚过去的周末`, `过去的这个星期天`, `刚结束的春节`: a time just gone by, the last one not
    /// after the reference (this week's weekend on a Wednesday is the one before).
    static let pastLeads: [String] = ["过去的", "刚过去的", "刚刚过去的", "刚结束的", "刚刚结束的"]
    /// `上两周`, `下三年`, `前两个月`: whole units before or after the current one.
    static let adjacentPrefixes: [(String, Int)] = [("上", -1), ("前", -1), ("下", 1), ("后", 1)]
    /// `近两年`, `过去二十年`, `未来一周`: a period of N units ending (or starting) at the
    /// reference, not whole calendar units. `最近` is a vague word (one entry per phrase);
    /// with a count (`最近两年`) it reads as `近` with a count.
    static let rollingPrefixes: [(String, Int)] = [
        ("过去", -1), ("近", -1), ("未来", 1), ("今后", 1), ("接下来", 1), ("往后", 1),
    ]
    /// `近两年来`: the suffix a period up to now may carry.
    static let rollingPastSuffixes: [String] = ["以来", "来"]
    /// Words that begin with 来 and say no "up to now" after a count (`三四天来回`, `两年来往`);
    /// read only there, so 来 starts no candidate in the scan.
    static let notSinceWords: [String] = ["来回", "来往", "来自", "来到", "来说", "来讲", "来看", "来访", "来电", "来信", "来宾"]
    /// A bare clock time (`三点`) counts only when one of these follows (else `三点要求`).
    static let bareClockFollowers: [String] = [
        "钟", "半", "整", "许", "左右", "前", "后", "以后", "之后", "以前", "之前", "起", "开始", "的", "至", "到",
        "和", "及", "、", "-", "~", "—", "召开", "举行",
    ]
    /// What a count of points names (`三点要求`, `四点意见`, `两点体会`): before one of these a
    /// bare N点 counts points. Before any other word an hour past twelve is a clock
    /// (`17点集合`); one of twelve or less is a clock only before an activity
    /// (`dayActivities`) or with a clock's sign (`clockSubjects`, `clockAdverbs`: `你十点过来吧`),
    /// since a modifier or a verb may stand between counted points and their noun
    /// (`提出三点具体要求`, `有两点需要注意`).
    static let pointNouns: [String] = [
        "要求", "意见", "建议", "希望", "体会", "启示", "看法", "想法", "做法", "经验", "措施", "举措", "原因",
        "理由", "内容", "共识", "问题", "不足", "收获", "感受", "感想", "思考", "认识", "主张", "原则", "要点",
        "任务", "目标", "成效", "指示", "规定", "考虑", "因素", "区别", "优势", "特点", "好处", "变化", "结论",
        "疑问", "困难", "期望", "嘱托", "倡议", "承诺", "意义", "方面", "批示", "心得", "工作", "事项", "事情",
        "理念", "经历", "教训", "成绩", "贡献", "差异", "不同", "共性",
        // Points in space: `两点之间距离最短`.
        "之间", "连线",
    ]

    /// A Chinese numeral is worth parsing only before one of these (or a word like 五一).
    static let numeralFollowers: [Character] = [
        "年", "月", "日", "号", "点", "时", "分", "秒", "天", "周", "星", "礼", "个", "小", "钟", "半", "世", "季", "多", "余",
        "万", "亿", "刻", "至", "到", "—", "-", "~", "、", "和", "与", "及", "跟", ":", "/", ".", " ", "后", "前", "以", "之", "载", "整",
        "几", "来", "昼",
    ]
    /// Verbs that measure what follows (`为期15年`, `历时3天`): the count after them is a
    /// duration even where it could be read as a year (15年) or a date.
    static let durationFrames: [String] = [
        "为期", "历时", "长达", "耗时", "历经", "持续", "持续了", "用了", "用时", "花了", "花费", "经过了", "坚持了",
        "工期", "期限", "有效期",
        // Verbs of having or lasting: `有着110年的历史`, `拥有120年历史`, `走过70年`.
        "有着", "已有", "拥有", "走过", "走过了",
    ]
    /// Tense cues: the date they govern lies ahead of the reference, before it in its clause or
    /// right after it (`周一将召开`).
    static let futureCues: [String] = [
        "将", "将于", "拟", "拟于", "定于", "计划", "计划于", "预计", "预计于", "持续至", "持续到", "即将", "准备于", "拟定于",
        // Directives of a meeting (`会议要求，各镇要在元旦前…`, `力争年底前建成`).
        "要在", "要于", "力争", "力争在", "争取", "争取在", "确保",
        // The modal of a plan (`五月前要完成`, `各单位要于…`): it points ahead too.
        "要",
    ]
    /// First-person plans before the day (`我打算周五去`): the day is the coming one unless a
    /// past marker stands in the clause. Not bare 我会 (in a body's news, "our association")
    /// nor 准备 (to prepare a thing). A plan governs its clause: after a time that opens the
    /// clause too (`近期，我们会公布…`).
    static let planCues: [String] = ["打算", "我想", "想在", "我们会"]
    /// Requests before the day (`帮我订25日的票`, `请于20日前报名`): as plans, but a request
    /// governs only the object it names, never a topic before it (`…，预约入园` is no plan of
    /// the date before it); (`预约8日就诊的患者已全部到院`: a past marker cancels it). Not
    /// 帮忙 (narrated help).
    static let requestCues: [String] = ["帮我", "麻烦你", "请于", "请在", "预订", "预约"]
    /// Words of meeting after the day (`25日见。`, `16号下午有空吗`): a cue only where they close
    /// the clause or a question particle follows; otherwise they report (`见诸报端`, `见面会`).
    static let meetingCues: [String] = ["见", "见面", "有空", "有时间", "方便"]
    /// The subject after a time that opens a clause (`这周五六我加班`): where a run of weekday
    /// digits ends (`TimeScanner.neighbourWeekdays`).
    static let personalPronouns: [String] = ["我", "你", "您", "他", "她", "咱", "大家", "各位"]
    /// Words after which a name-like festival (国庆, 五一) may take its weaker contexts, a range
    /// to another festival or a count of days off (`从国庆到元旦`, `今年国庆七天长假`); after any
    /// other character it is a given name's end (`区长李国庆至元旦前`, `村民张国庆三天假期`).
    static let festivalLeads: [String] = ["从", "自", "由", "在", "于", "的", "年", "个", "是", "和", "与", "及", "、", "到", "至", "过"]
    /// Verbs of having or being that may follow a run of weekday digits (`每周二五有书法课`).
    static let runCopulas: [String] = ["有", "是"]
    /// Prepositions, modal verbs and negators: a digit from 二 to 六 makes no word with them, so
    /// a run of weekday digits ends before one (`下周三四在外地`, `这周五六要加班`, `下周一二去
    /// 省城`). Not the characters that do make words or counts after a digit: 会 (四会), 来 (三来),
    /// 从 (三从四德), 回, 把, 对 (three times, handles, pairs).
    static let runFunctionWords: [String] = [
        "在", "去", "要", "能", "可", "没", "还", "再", "想", "应", "需", "该", "被", "让", "给", "跟", "往", "由",
    ]
    static let questionParticles: [Character] = ["吗", "呢", "吧", "啊", "呀", "?", "!"]
    /// Words that contain a cue and point nowhere (要求 reports a directive, 主要, 需要):
    /// entries of the same longest-match cue trie, so the longer word decides.
    static let notCues: [String] = [
        "要求", "主要", "重要", "需要", "只要", "要点", "要素", "纪要", "摘要", "要闻", "要害", "必要", "要么",
    ]
    /// Markers of a past event in a clause: they cancel a request or plan cue and a deadline's
    /// pointing ahead (`5日前进行了检查`). Longest match: 了解, 为了, 除了 mark nothing.
    static let pastMarkers: [String] = ["了", "已", "已经", "曾", "曾经"]
    static let notPastMarkers: [String] = ["了解", "为了", "除了", "已知"]
    /// How far before a mention (in scalars, within its clause) a cue may stand.
    static let futureCueReach = 6
    /// Words that lead a point in time: after them one Chinese digit and 日 is a day of the
    /// month, not a count of days (`截至三日，`, `于五日召开`).
    static let dayLeads: [String] = ["截至", "截止", "截止到", "截至到", "于"]
    /// Words that end in 于 and lead no point in time, the longer match that wins over the lead
    /// (`由于三日连续降雨`, `关于三日工作制`, `等于三日工资`): conjunctions, prepositions and
    /// verbs or comparisons built on 于.
    static let wordsEndingInYu: [String] = [
        "由于", "关于", "至于", "对于", "等于", "属于", "位于", "处于", "在于", "鉴于", "基于", "出于",
        "用于", "源于", "终于", "过于", "大于", "小于", "高于", "低于", "多于", "少于", "善于", "敢于",
        "勇于", "乐于", "易于", "便于", "忙于", "急于", "限于", "归于", "趋于", "相当于", "不亚于",
    ]
    /// Words after which 当周, 次周 stand as a word of their own (`并于次周完工`), where they do
    /// not open a clause: 当 and 次 also end other words (应当, 相当, 本次, 这次, 多次).
    static let anaphoricWeekLeads: [String] = ["在", "于", "到", "至", "的", "并", "即", "后"]
    /// Markers of a disposal phrase (`帮我把会议安排在周一`): the phrase from one to the mention
    /// is the cue's own verb phrase, and the reach counts again from before it.
    static let disposalMarkers: [Character] = ["把"]
    /// Verbs that open what someone said, before a comma or a colon (`王二河指出，…`):
    /// reported speech, up to the end of its sentence.
    static let speechVerbs: [String] = ["指出", "强调", "表示", "说", "认为", "要求", "提出", "称"]
    /// How many days before the reference a date stated before reported speech may lie for
    /// the speech's 今天, 明天 and 昨天 to count from it (the day of the saying); an older
    /// one is history, not the report's day.
    static let speechDayReach = 14
    /// How far into a paragraph its opening time expression may reach (`2021年11月26日至27日上午,`).
    static let openingReach = 32


    /// A weekday after a date, separated like this, restates the date (`10月12号，星期一`).
    static let restatementSeparators: [Character] = [",", " ", "("]   // ， and （ fold to these
    /// Parentheses around a restatement (`6月1日（周二）`, `昨天（12月6日）`); （ and ） fold to these.
    static let restatementOpener: Character = "("
    static let restatementClosers: [Character] = [")"]
    /// Quotes that may close a festival word before its context (`“五一”期间`).
    static let closingQuotes: [Character] = ["”", "’", "」", "』", "\""]

    // MARK: Festivals

    /// `下一个圣诞节`, `上上个中秋`, `这个春节`: a festival's occurrence counted from the
    /// reference. The relative prefixes with the classifier 个 (上 alone is a verb: 赶上春节).
    static var festivalSteps: [(String, Int)] { relativePrefixes.filter { $0.0.hasSuffix("个") } }
    /// One table of the named days news reports: China's public holidays, the traditional
    /// festivals, observances (Chinese, international and commercial, Western ones included)
    /// with their short forms and numeric nicknames. Solar terms follow; traditional spellings
    /// (國慶節, 驚蟄) match through the one fold (`MatchFolding`).
    static let festivals: [(String, Festival)] = [
        // Public holidays.
        ("元旦", .solar(1, 1)), ("元旦节", .solar(1, 1)), ("新年", .solar(1, 1)),
        ("春节", .lunar(1, 1)), ("大年初一", .lunar(1, 1)), ("农历新年", .lunar(1, 1)), ("新春", .lunar(1, 1)), ("除夕", .lunarNewYearEve), ("大年三十", .lunarNewYearEve),
        ("大年夜", .lunarNewYearEve), ("年三十", .lunarNewYearEve),
        ("清明节", .solarTerm(15)),   // 清明 itself is in the solar terms
        ("劳动节", .solar(5, 1)), ("五一", .solar(5, 1)), ("五一节", .solar(5, 1)), ("五一劳动节", .solar(5, 1)),
        ("五一国际劳动节", .solar(5, 1)), ("国际劳动节", .solar(5, 1)),
        ("端午", .lunar(5, 5)), ("端午节", .lunar(5, 5)), ("端阳节", .lunar(5, 5)),
        ("中秋", .lunar(8, 15)), ("中秋节", .lunar(8, 15)),
        ("国庆", .solar(10, 1)), ("国庆节", .solar(10, 1)), ("十一", .solar(10, 1)),
        // Traditional festivals.
        ("元宵", .lunar(1, 15)), ("元宵节", .lunar(1, 15)), ("上元节", .lunar(1, 15)),
        ("龙抬头", .lunar(2, 2)), ("上巳节", .lunar(3, 3)),
        ("寒食节", .solarTermShifted(15, -1)), ("寒食", .solarTermShifted(15, -1)),
        ("七夕", .lunar(7, 7)), ("七夕节", .lunar(7, 7)), ("乞巧节", .lunar(7, 7)),
        ("中元节", .lunar(7, 15)), ("重阳", .lunar(9, 9)), ("重阳节", .lunar(9, 9)), ("老年节", .lunar(9, 9)),
        ("敬老节", .lunar(9, 9)), ("寒衣节", .lunar(10, 1)), ("下元节", .lunar(10, 15)),
        ("腊八", .lunar(12, 8)), ("腊八节", .lunar(12, 8)), ("小年", .lunar(12, 23)),
        // Observances, Chinese and international.
        ("中国人民警察节", .solar(1, 10)), ("人民警察节", .solar(1, 10)), ("警察节", .solar(1, 10)),
        ("情人节", .solar(2, 14)),
        ("妇女节", .solar(3, 8)), ("三八", .solar(3, 8)), ("三八节", .solar(3, 8)), ("三八妇女节", .solar(3, 8)),
        ("国际妇女节", .solar(3, 8)), ("国际劳动妇女节", .solar(3, 8)), ("三八国际妇女节", .solar(3, 8)),
        ("植树节", .solar(3, 12)), ("消费者权益日", .solar(3, 15)), ("国际消费者权益日", .solar(3, 15)),
        ("三一五", .solar(3, 15)), ("世界水日", .solar(3, 22)), ("愚人节", .solar(4, 1)), ("世界卫生日", .solar(4, 7)),
        ("全民国家安全教育日", .solar(4, 15)), ("国家安全教育日", .solar(4, 15)), ("世界地球日", .solar(4, 22)),
        ("世界读书日", .solar(4, 23)), ("读书日", .solar(4, 23)), ("中国航天日", .solar(4, 24)),
        ("青年节", .solar(5, 4)), ("五四", .solar(5, 4)), ("五四青年节", .solar(5, 4)),
        ("护士节", .solar(5, 12)), ("国际护士节", .solar(5, 12)), ("防灾减灾日", .solar(5, 12)),
        ("全国防灾减灾日", .solar(5, 12)), ("国际家庭日", .solar(5, 15)), ("国际博物馆日", .solar(5, 18)),
        ("中国旅游日", .solar(5, 19)), ("科技工作者日", .solar(5, 30)), ("全国科技工作者日", .solar(5, 30)),
        ("世界无烟日", .solar(5, 31)),
        ("儿童节", .solar(6, 1)), ("六一", .solar(6, 1)), ("六一儿童节", .solar(6, 1)), ("国际儿童节", .solar(6, 1)),
        ("世界环境日", .solar(6, 5)), ("全国爱眼日", .solar(6, 6)), ("世界献血者日", .solar(6, 14)),
        ("国际禁毒日", .solar(6, 26)),
        // More observances on fixed days that news reports (UN days and China's own).
        ("世界湿地日", .solar(2, 2)), ("全国爱耳日", .solar(3, 3)), ("世界睡眠日", .solar(3, 21)), ("世界气象日", .solar(3, 23)),
        ("世界防治结核病日", .solar(3, 24)), ("世界自闭症日", .solar(4, 2)), ("世界自闭症关注日", .solar(4, 2)),
        ("国际儿童图书日", .solar(4, 2)), ("国际古迹遗址日", .solar(4, 18)), ("世界知识产权日", .solar(4, 26)),
        ("世界电信日", .solar(5, 17)), ("世界电信和信息社会日", .solar(5, 17)), ("中国学生营养日", .solar(5, 20)),
        ("世界蜜蜂日", .solar(5, 20)), ("国际生物多样性日", .solar(5, 22)), ("世界海洋日", .solar(6, 8)),
        ("全国海洋宣传日", .solar(6, 8)), ("国际档案日", .solar(6, 9)), ("世界难民日", .solar(6, 20)),
        ("国际奥林匹克日", .solar(6, 23)), ("全国土地日", .solar(6, 25)), ("中国航海日", .solar(7, 11)),
        ("国际青年日", .solar(8, 12)), ("世界人道主义日", .solar(8, 19)), ("国际扫盲日", .solar(9, 8)),
        ("世界预防自杀日", .solar(9, 10)), ("国际臭氧层保护日", .solar(9, 16)), ("全国爱牙日", .solar(9, 20)),
        ("国际和平日", .solar(9, 21)), ("世界无车日", .solar(9, 22)), ("世界旅游日", .solar(9, 27)),
        ("世界心脏日", .solar(9, 29)), ("国际老年人日", .solar(10, 1)), ("世界动物日", .solar(10, 4)),
        ("世界邮政日", .solar(10, 9)), ("世界精神卫生日", .solar(10, 10)), ("国际减灾日", .solar(10, 13)),
        ("世界标准日", .solar(10, 14)), ("国际消除贫困日", .solar(10, 17)), ("世界城市日", .solar(10, 31)),
        ("世界厕所日", .solar(11, 19)), ("国际反腐败日", .solar(12, 9)), ("世界人权日", .solar(12, 10)),
        ("建党节", .solar(7, 1)), ("七一", .solar(7, 1)), ("香港回归纪念日", .solar(7, 1)), ("世界人口日", .solar(7, 11)),
        ("建军节", .solar(8, 1)), ("八一", .solar(8, 1)), ("八一建军节", .solar(8, 1)), ("全民健身日", .solar(8, 8)),
        ("全国生态日", .solar(8, 15)), ("医师节", .solar(8, 19)), ("中国医师节", .solar(8, 19)),
        ("抗战胜利纪念日", .solar(9, 3)), ("中国人民抗日战争胜利纪念日", .solar(9, 3)),
        ("教师节", .solar(9, 10)), ("烈士纪念日", .solar(9, 30)), ("世界粮食日", .solar(10, 16)),
        ("国家扶贫日", .solar(10, 17)), ("扶贫日", .solar(10, 17)), ("万圣节", .solar(10, 31)),
        ("记者节", .solar(11, 8)), ("中国记者节", .solar(11, 8)), ("消防日", .solar(11, 9)), ("全国消防日", .solar(11, 9)),
        ("光棍节", .solar(11, 11)), ("双十一", .solar(11, 11)), ("双11", .solar(11, 11)),
        ("世界艾滋病日", .solar(12, 1)), ("艾滋病日", .solar(12, 1)), ("全国交通安全日", .solar(12, 2)),
        ("国际残疾人日", .solar(12, 3)), ("国家宪法日", .solar(12, 4)), ("宪法日", .solar(12, 4)),
        ("国际志愿者日", .solar(12, 5)), ("双十二", .solar(12, 12)), ("双12", .solar(12, 12)),
        ("国家公祭日", .solar(12, 13)), ("公祭日", .solar(12, 13)), ("澳门回归纪念日", .solar(12, 20)),
        ("平安夜", .solar(12, 24)), ("跨年夜", .solar(12, 31)), ("圣诞前夜", .solar(12, 24)), ("圣诞节", .solar(12, 25)), ("圣诞", .solar(12, 25)),
        ("白色情人节", .solar(3, 14)), ("万圣夜", .solar(10, 31)), ("万圣节前夜", .solar(10, 31)),
        ("复活节", .easter(0)), ("耶稣受难日", .easter(-2)),
        // Observances on a weekday of a month.
        ("母亲节", .nthWeekday(month: 5, n: 2, weekday: 7)), ("全国助残日", .nthWeekday(month: 5, n: 3, weekday: 7)),
        ("助残日", .nthWeekday(month: 5, n: 3, weekday: 7)), ("父亲节", .nthWeekday(month: 6, n: 3, weekday: 7)),
        ("文化和自然遗产日", .nthWeekday(month: 6, n: 2, weekday: 6)), ("全国科普日", .nthWeekday(month: 9, n: 3, weekday: 6)),
        ("感恩节", .nthWeekday(month: 11, n: 4, weekday: 4)), ("黑色星期五", .nthWeekday(month: 11, n: 4, weekday: 4, days: 1)),
        ("网络星期一", .nthWeekday(month: 11, n: 4, weekday: 4, days: 4)),
        // Observances on a solar term.
        ("中国农民丰收节", .solarTerm(180)), ("农民丰收节", .solarTerm(180)),
    ]
    /// The holiday break of a festival, for the days named inside it (`春节假期第一天`,
    /// `国庆长假最后一天`): its first day counted from the festival and its length in days. A
    /// convention, the usual schedule: 除夕 to 初六, October 1 to 7, May 1 to 5; the State
    /// Council moves them some years, and the three-day breaks move around the weekend every
    /// year, so those have none.
    static let holidayBreaks: [(Festival, start: Int, days: Int)] = [
        (.lunar(1, 1), -1, 7), (.solar(10, 1), 0, 7), (.solar(5, 1), 0, 5),
    ]
    /// The words naming a festival's break (`春节假期`, `国庆长假`, `五一小长假`, `国庆黄金周`).
    /// Words of days off after a festival or a count of days (`国庆假期`, `五一五天假`; 假 alone
    /// only after a count, where 七天假 is a break).
    static let holidayWords: [String] = ["假期", "长假", "小长假", "黄金周", "假日", "放假期间"]
    static let countedHolidayWords: [String] = holidayWords + ["假"]
    /// The 24 solar terms by the sun's longitude. 小寒 and 大寒 close the solar year that
    /// begins at 立春: those of a year written (`2021年大寒`) fall in the next January.
    static let solarTerms: [(String, Int)] = [
        ("立春", 315), ("雨水", 330), ("惊蛰", 345), ("春分", 0), ("清明", 15), ("谷雨", 30), ("立夏", 45),
        ("小满", 60), ("芒种", 75), ("夏至", 90), ("小暑", 105), ("大暑", 120), ("立秋", 135), ("处暑", 150),
        ("白露", 165), ("秋分", 180), ("寒露", 195), ("霜降", 210), ("立冬", 225), ("小雪", 240), ("大雪", 255),
        ("冬至", 270), ("小寒", 285), ("大寒", 300),
    ]
    /// Lunar dates: `农历八月十五`, `正月初一`, `腊月二十三`.
    static let lunarPrefixes: [String] = ["农历", "阴历"]
    static let lunarMonthNames: [(String, Int)] = [("正月", 1), ("大年", 1), ("冬月", 11), ("腊月", 12)]
    static let lunarDayPrefix: Character = "初"
    /// Month names of the Gregorian calendar beyond numerals.
    static let extraMonthNames: [(String, Int)] = [("元月", 1)]


    // MARK: Not a time

    // Words that contain time words but name something else. They are entries of the same
    // longest-match trie as the time words (`TimeWord.notTime`), so the longer word decides:
    // 节日 wins over 日前, 前往 over a deadline's 前, 号楼 over the day mark 号, 六一中学
    // over 六一. Nothing is found inside them.

    /// Set phrases with time words that date nothing.
    static let idioms: [String] = [
        "四周", "一年四季", "三天两头", "一天到晚", "一年到头", "一日三餐", "一日千里", "一时间", "第一时间", "一时",
        "年如一日", "三年五载", "一年半载", "十天半月", "十天半个月", "三天打鱼", "两天晒网", "一朝一夕", "一日之计", "一年之计", "日复一日",
        "年复一年", "上年纪", "上了年纪", "明日黄花", "昨日黄花", "一天天", "一年年", "一日日", "一月月", "千年", "万年", "百年", "前一阶段", "前期", "后期", "上一届", "下一届", "前一届", "岁月",
        // The turn of the year, a year's end and the next one's start named together: a season
        // of work (`岁末年初要走访困难群众`), no date.
        "岁末年初", "年末岁初", "年终岁首", "岁尾年头", "年头岁尾",
    ]
    /// Idioms that are also a count of their unit, read as one before a direction word
    /// (`四周前`: four weeks ago; `小区四周`: all around).
    static let countIdioms: [String] = ["四周"]
    /// Characters that open relative words (上年, 上月, 下周) and also stand after a noun as
    /// 'on', 'under' (`市场上`, `树下`): there, before a two-character label that the word's
    /// last character opens (年货, 年轻, 月饼, 周年), the word is not read (`市场上年货`, `桌上月饼`).
    static let locativePostpositions: [Character] = ["上", "下"]
    /// The counter of a verb's action (看一下, 敲两下, 问了几下): after a count the first 下 of
    /// 下下 is that complement, and the time word opens at the second (`查一下下周二` is next
    /// Tuesday; `下下周二` alone the week after next).
    static let actionCounter: Character = "下"
    /// `最近一次会议`, `最近一届`, `最近一批`: the latest one, no recent period; composed with
    /// every measure word that counts no time (`latestOnes`).
    static let latestOnePrefix = "最近一"
    static var latestOnes: [String] {
        let timeStarts = Set(durationUnits.compactMap(\.0.first) + [measureWord] + chineseMultipliers.map(\.0) + ["万", "亿"])
        var seen = Set<Character>()
        return (quantityUnits + timesCounters.compactMap(\.first))
            .filter { ScalarClass.isHan($0.unicodeScalars.first!) && !timeStarts.contains($0) && seen.insert($0).inserted }
            .map { latestOnePrefix + String($0) }
    }
    /// A unit character after a number that starts a label, not a unit: 3号楼, 1号会议室,
    /// 三年级, 100周年 (an anniversary is a name in news, never a duration), 18周岁.
    static let numberLabels: [String] = [
        "号线", "号楼", "号院", "号文", "号文件", "号令", "号机", "号位", "号馆", "号厅", "号门", "号车", "号台", "号口",
        "号站", "号房", "号库", "号井", "号桥", "号路", "号街", "号码", "号字", "号坑", "号种", "号床", "号箱", "号窗",
        "号地块", "号公路", "号公告", "号公寓", "号仓", "号展厅", "号展馆", "号会议室", "号会场", "号报告厅", "号大厅",
        "号船", "号舰", "号卫星", "号选手", "号病房", "号窗口", "号通道", "号泊位", "号厂房", "号宿舍",
        "号球衣", "号队员", "号球员", "号运动员", "号电池", "号出口", "号入口", "号航站楼", "号站台", "号登机口",
        "号检票口", "号闸口", "号展位", "号摊位", "号柜台", "号座位", "号牌", "号样本", "号工程",
        "年级", "年份", "年龄", "年轻", "年纪", "年华", "年货", "年会", "年终", "年报", "年鉴", "年薪", "年检",
        "年审", "年味", "年糕", "年画", "月刊", "月薪", "月票", "月饼", "月嫂",
        "周年", "周岁",
        // A direction read on a clock face (五点钟方向, 三点方向).
        "点钟方向", "点方向", "点钟位置",
        // A campaign named by its span (三年行动计划, 五年规划, 三年大变样).
        "年行动", "年规划", "年计划", "年攻坚", "年大变样", "年会战", "年专项",
    ]
    /// A grade and a class (`三年二班`, `6年1班`): a label, no count of years; composed with
    /// every digit of a class number.
    static var classLabels: [String] {
        let digits = chineseDigits.map(\.0).filter { !countingDigits.contains($0) && $0 != "〇" && $0 != "零" && $0 != "○" && $0 != "◯" && $0 != "O" }
            + Array("123456789")
        return digits.map { String(yearMark) + String($0) + "班" }
    }
    /// Words that hide a time word and say "nearly" or "a little" (将近两小时 is no recent
    /// period, 快一点 no clock time): a match that begins inside one is none, and the scan
    /// goes on after its first character. A trie of their own, read only behind a match, so
    /// their first characters (将, 快) cost the scan nothing.
    static var degreeWords: [String] {
        ["将近", "接近", "临近", "靠近", "附近", "邻近", "亲近", "贴近", "一点儿", "一点点", "稍微一点"]
            + aLittleAfter.map { String($0) + aLittle }
    }
    /// `快一点`, `早一点`, `差一点`: a word of degree and 一点 (a little), no clock time.
    static let aLittle = "一点"
    static let aLittleAfter: [Character] = ["快", "慢", "早", "晚", "多", "少", "好", "大", "小", "高", "低", "近", "远", "有", "差"]
    /// Greetings (`早上好！`, `晚上好，`) name no time; only before punctuation, since
    /// `下午好好休息` is an afternoon. Composed in `TimeScanner.notTimeWords`.
    static let greetings: [String] = ["早上好", "上午好", "中午好", "下午好", "晚上好"]
    static let greetingClosers: [String] = ["!", ",", ".", "~", "。", "、", " "]
    /// Words that begin with a one-character part of day (晚会, 早餐, 下午茶).
    static let partOfDayCompounds: [String] = [
        "晚会", "晚报", "早餐", "晚餐", "早饭", "晚饭", "晚宴", "早班", "晚班", "夜班", "早场", "晚场", "午夜场", "早市", "夜市",
        "早课", "晚课", "早自习", "晚自习", "晚霞", "早霞", "晚婚", "晚安", "早安", "早读", "晚读", "早期", "晚期",
        "早年", "晚年", "早稻", "晚稻", "早熟", "晚熟", "早点", "晚点", "早些", "晚些",
        "早于", "晚于", "早退", "早已", "早就", "早日", "夜校", "夜宵", "夜景", "夜色", "下午茶", "早茶", "夜跑",
        // Also after a literary day word's first character (明晨, 今午): 证明午餐, 说明晨练.
        "午餐", "午饭", "午休", "午睡", "午宴", "晨练", "晨跑", "晨读",
        // Parts of day named together say how often a day (`一日早中晚各一次`), or "sooner or later".
        "早晚", "早中晚",
    ]
    /// Words that end in the first character of a time word (明, 今, 前, 后) and take no time
    /// after them, so take that character, as the longer word read first: `如今年轻人` has no
    /// 今年, `文明天地` no 明天, `目前年均` no 前年.
    static let closingWords: [String] = [
        "文明", "光明", "聪明", "透明", "鲜明", "分明", "简明", "精明", "英明", "昆明", "开明", "高明",
        "如今", "当今", "现今", "目前", "当前", "眼前", "面前", "空前", "生前", "跟前",
        "然后", "落后", "背后", "皇后", "太后",
        // Ending in 本 (本周, 本月): a book counted or named, a country, a cost (`这本周刊`, `日本周边`).
        "这本", "那本", "一本", "日本", "书本", "课本", "剧本", "账本", "样本", "版本", "成本", "资本", "文本",
        "基本", "根本", "原本",
    ]
    /// Verbs that end in a time word's first character and take a clause or a time after them
    /// (`他说明天来` is 说 + 明天, `距离去年` 离 + 去年): the time word is read unless its reading
    /// would not stand (`TimeScanner.closingVerbKeeps`: `说明天气`, `失去年华`, `说明后日本`).
    static let closingVerbs: [String] = [
        "说明", "表明", "证明", "声明", "阐明", "查明", "标明", "注明", "指明", "讲明", "写明", "载明", "申明",
        "言明", "发明", "失去", "离去", "死去", "除去",
    ]
    /// Words that end in 日 and so hide a 日前 (节日前夕, 工作日前).
    static let dayWords: [String] = [
        "节日", "生日", "假日", "纪念日", "工作日", "该日", "此日", "首日", "末日", "某日", "主日", "平日", "竣工日",
    ]
    /// After a day, a part of a month, a clock or a festival, 前 is a deadline unless it opens one
    /// of these: verbs of going (`5日前往北京`), the eve and about (`国庆前夕`, `前后`). Other words
    /// that begin with 前 yield to the mark there (`20日前提交`, `月底前进一步完善`).
    static let wordsAfterDay: [String] = ["前往", "前来", "前去", "前赴", "前行", "前夕", "前后"]
    /// Words that begin with 前 or 后 and are no deadline or offset (三天前往, 国庆前夕).
    static let beforeAfterWords: [String] = [
        "前往", "前进", "前行", "前来", "前去", "前夕", "前景", "前沿", "前线", "前身", "前列", "前提", "前面", "前方",
        "前台", "前锋", "前哨", "前途", "前辈", "前任", "前程", "前者", "前后", "后来", "最后",
        "后续", "后勤", "后备", "后方", "后面", "后果", "后台", "后劲", "后盾", "后人", "后代", "后者", "后进",
        // Words that end in 前 or 后 and point at another time (此后三天 is three days after that).
        "此后", "此前", "随后", "然后", "事后", "会后", "赛后", "课后", "饭后", "餐后", "节后", "节前",
        // Verbs that end in 前 or 后 and shift by the count after them (提前三天, 延后一周: a duration).
        "提前", "延后", "推后", "滞后", "落后", "超前", "靠前", "靠后", "退后", "事前",
        // Words that begin with 起 and say no "from then on" (8点起床, 当天起草).
        "起床", "起来", "起草", "起步", "起飞", "起航", "起诉", "起义", "起点", "起源", "起码", "起着",
        "起身", "起跑", "起降", "起因", "起伏", "起火", "起获", "起底", "起势", "起色", "起用",
    ]
    /// A festival word before one of these names a place or a body (五一路, 六一中学, 八一大楼).
    static let nameNouns: [String] = [
        "路", "街", "大街", "大道", "道", "桥", "大桥", "村", "巷", "镇", "广场", "公园", "园", "中学", "小学", "学校",
        "大楼", "大厦", "社区", "小区", "医院", "剧场", "影院", "宾馆", "饭店", "酒店", "厂", "农场", "站",
    ]
    /// A festival word after one of these is a slogan or an activity's name (庆元旦, 迎国庆).
    static let celebrationPrefixes: [String] = ["庆", "迎", "贺"]
    /// Names, prizes and shows that contain a festival word; works, characters, bands and
    /// historical events named with a festival or a month (清明上河图, 圣诞老人, 十月革命). A
    /// band or work named month + noun is in `monthNamedWorks`, a name only before a noun of
    /// performance.
    static let festivalNames: [String] = [
        "春节联欢晚会", "五一劳动奖章", "五一劳动奖状", "五四青年奖章", "三八红旗手", "三八红旗集体", "八一勋章",
        "七一勋章", "清明上河图", "圣诞老人", "圣诞老公公", "十月革命",
    ]

    /// Bands and works named with a month and a noun (五月天, 六月雪, 二月河): a name only before
    /// a noun of performance (`五月天乐队`, `六月雪演唱会`), composed like `nameNouns`; before a
    /// common noun the month stays a month (`五月天气炎热`, `六月雪灾`, `二月河水解冻`). These are
    /// proper names, a lexicon as `festivalNames` is, not a pattern: month + any noun before a
    /// performance noun would also take `三月春光的歌` apart, and no grammar tells a title from it.
    static let monthNamedWorks: [String] = ["五月天", "六月雪", "二月河"]
    static let performanceNouns: [String] = ["乐队", "乐团", "组合", "演唱会", "歌迷", "剧组", "京剧", "作品", "的歌", "的小说"]

    /// A festival word before one of these names a body or a group, no date (新年慰问团,
    /// 国庆工作组, 春节联欢晚会筹委会): composed with every festival word like `nameNouns`.
    static let organisationNouns: [String] = [
        "团", "慰问团", "代表团", "艺术团", "演出团", "队", "工作队", "服务队", "志愿队", "志愿服务队", "慰问队",
        "组", "工作组", "慰问组", "筹备组", "专班", "办", "办公室", "委员会", "组委会", "筹委会", "指挥部",
        "协会", "联合会", "领导小组",
    ]

    /// Festival words that are also given names (副县长滕国庆, 刘八一) or counted numbers
    /// (十一个): festivals only before a festival's context (`festivalFollowers`) or at the
    /// end of a clause (not before 、, which lists names).
    static let nameLikeFestivals: [String] = [
        "国庆", "建军", "十一", "五一", "六一", "七一", "八一", "三八", "五四", "三一五", "新年", "小年",
        // Also a season's word in slogans and greetings (迎新春, 新春快乐, 新春走基层).
        "新春",
    ]
    /// Solar terms that are also weather words (大雪, 雨水): festivals only before a festival's
    /// context, or after a year (`2021年大雪`).
    static let weatherLikeFestivals: [String] = ["雨水", "白露", "霜降", "小雪", "大雪"]
    /// After two festivals named together (`国庆中秋双节期间`, `五一、国庆假期`): the words that
    /// take the pair as a whole (a clause end does too). 前 or 当天 take only the second
    /// (`刘国庆中秋前`: a name and one festival).
    static let festivalPairFollowers: [String] = ["期间", "假期", "长假", "小长假", "黄金周", "双节", "两节", "佳节", "假日"]
    static let festivalFollowers: [String] = [
        "节", "期间", "假期", "长假", "黄金周", "前夕", "前", "后", "前后", "左右", "当天", "当日", "之际", "到来", "来临", "将至", "佳节", "假日", "档", "晚会", "小长假", "时节", "节气", "这天", "这一天", "那天", "双节",
    ]
    /// Parts of day that also work as adjectives (夜间施工, 夜间督查): alone, only before punctuation or a clock.
    static let adjectivalPartsOfDay: [String] = ["夜间", "晚间", "早间", "午间"]

    // MARK: Followers

    /// What may follow a word for the grammar to read it one way, one class per list above:
    /// compiled into one longest-match trie (`TimeScanner.followers`), a phrase listed in
    /// several classes carrying them all; a phrase listed twice in one class is refused.
    static let followers: [(Follower, [String])] = [
        (.numeral, numeralFollowers.map { String($0) }),
        (.yearSpan, spanAfterYear),
        (.quantity, quantityUnits.map { String($0) }),
        (.season, seasonFollowers.map { String($0) }),
        (.restatement, restatementSeparators.map { String($0) }),
        (.bareClock, bareClockFollowers),
        (.festival, festivalFollowers),
        (.activity, dayActivities),
        (.pointNoun, pointNouns),
    ]
}

/// The classes of follower words (`TimeLexicon.followers`).
struct Follower: OptionSet, Hashable, Sendable, CustomStringConvertible {
    let rawValue: UInt16
    /// A Chinese numeral is worth parsing only before one of these (or a word like 五一).
    static let numeral = Follower(rawValue: 1 << 0)
    /// After a number and 年: a span of years, not a year (20年来).
    static let yearSpan = Follower(rawValue: 1 << 1)
    /// After `X月` a bare number is a day unless one of these makes it a quantity (3月15家).
    static let quantity = Follower(rawValue: 1 << 2)
    /// A season alone is a time only before one of these (or at the end of its phrase).
    static let season = Follower(rawValue: 1 << 3)
    /// Between a date and the weekday that restates it (`10月12号，星期一`).
    static let restatement = Follower(rawValue: 1 << 4)
    /// A bare clock time (`三点`) counts only before one of these.
    static let bareClock = Follower(rawValue: 1 << 5)
    /// A festival word that is also a name counts only before one of these.
    static let festival = Follower(rawValue: 1 << 6)
    /// A bare weekday item ends before one of these (`周一、三上课`).
    static let activity = Follower(rawValue: 1 << 7)
    /// A bare N点 counts points before one of these (`三点要求`).
    static let pointNoun = Follower(rawValue: 1 << 8)
    var description: String { "Follower(\(rawValue))" }
}

