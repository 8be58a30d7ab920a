/// Phrases that look like times but are names, rooms, schools, medals, slogans and given
/// names: entries of the same longest-match lexicon as the time words.
enum NotTimeRows {
    static let rows: [TimeRow] = [
        // Numbers before 号 that number things.
        TimeRow("room", "2021-04-14", "会议在1号会议室举行", []),
        TimeRow("building", "2021-04-14", "他住在3号楼二单元", []),
        TimeRow("line and gate", "2021-04-14", "乘坐5号线到12号门", []),
        TimeRow("document number", "2021-04-14", "印发第7号文件", []),
        TimeRow("plot and road", "2021-04-14", "18号地块紧邻2号公路", []),
        TimeRow("a day with 号 before a verb is still a day", "2021-04-14", "3号召开会议", ["3号 = 2021-04-03"]),
        TimeRow("a day with 号 and 会议 is a day", "2021-04-14", "12号会议要求", ["12号 = 2021-04-12"]),
        // Festival words inside names of places, schools, buildings and prizes.
        TimeRow("school", "2021-04-14", "六一中学的学生", []),
        TimeRow("building", "2021-04-14", "八一大楼前", []),
        TimeRow("medal", "2021-04-14", "荣获五一劳动奖章", []),
        TimeRow("street and square", "2021-04-14", "五一路与国庆广场交叉口", []),
        TimeRow("red-banner title", "2021-04-14", "评为三八红旗手", []),
        TimeRow("gala", "2021-04-14", "观看春节联欢晚会", []),
        TimeRow("slogan", "2021-04-14", "举办“庆元旦·迎新春”长跑", []),
        TimeRow("festival alone is a date", "2021-04-14", "六一前夕，走访学校", ["六一 = 2021-06-01"]),
        // A festival word before a noun of organisation names a group (新年慰问团), no date.
        TimeRow("a visiting delegation", "2021-04-14", "区新年慰问团一行来到敬老院", []),
        TimeRow("a working group", "2021-04-14", "国庆节工作组进驻", []),
        TimeRow("a service team", "2021-04-14", "春节志愿服务队出发", []),
        TimeRow("an organising committee", "2021-04-14", "端午组委会召开会议", []),
        TimeRow("a team numbered like a festival", "2021-04-14", "十一队获得冠军", []),
        TimeRow("an activity named by its day is dated", "2021-04-14", "元旦长跑活动在湖畔举行", ["元旦 = 2021-01-01"]),
        TimeRow("a festival before its holiday is dated", "2021-04-14", "春节期间走访慰问", ["春节 = 2021-02-12"]),
        // Given names that are festival words.
        TimeRow("given name before a verb", "2021-04-14", "李国庆前往现场", []),
        TimeRow("given name before a comma", "2021-04-14", "副区长王建军、张国庆参加", []),
        TimeRow("National Day before its eve", "2021-09-20", "国庆前夕，看望老党员", ["国庆 = 2021-10-01"]),
        TimeRow("National Day holiday", "2021-09-20", "国庆期间值班", ["国庆 = 2021-10-01"]),
        TimeRow("given name that is a numeric festival", "2021-04-14", "副县长刘八一出席", []),
        TimeRow("numeric festival in quotes before its context", "2021-04-14", "“五一”期间，景区", ["五一 = 2021-05-01"]),
        TimeRow("numeric festival ending a clause", "2021-04-14", "欢度八一。", ["八一 = 2021-08-01"]),
        TimeRow("National Day short form with its holiday", "2021-09-20", "十一长假", ["十一 = 2021-10-01"]),
        TimeRow("eleven as a count", "2021-09-20", "十一个村", []),
        TimeRow("given names listed", "2021-04-14", "王国庆、张八一、李建军", []),
        // Spans that name a campaign.
        TimeRow("three-year action plan", "2021-04-14", "实施三年行动计划", []),
        TimeRow("three-year action in traditional spelling", "2021-04-14", "整治攻堅三年行動小組", []),
        TimeRow("room in traditional spelling", "2021-04-14", "在1號會議室舉行", []),
        TimeRow("National Day short form before its holiday in traditional spelling", "2021-09-20", "十一黃金週前", ["十一 = 2021-10-01"]),
        TimeRow("five-year plan", "2021-04-14", "编制五年规划", []),
        TimeRow("three years, big change", "2021-04-14", "实现三年大变样", []),
        TimeRow("a span of years before another noun is a duration", "2021-04-14", "用三年时间完成", ["三年 = P3Y"]),
        // Words with a part of day or a day inside.
        TimeRow("afternoon tea", "2021-04-14", "举办企业家下午茶活动", []),
        TimeRow("evening gala after a date", "2021-04-14", "4月12日晚会上", ["4月12日 = 2021-04-12"]),
        TimeRow("breakfast", "2021-04-14", "早餐供应", []),
        TimeRow("holiday eve", "2021-04-14", "节日前夕", []),
        TimeRow("working day", "2021-04-14", "三个工作日前提交", []),
        TimeRow("anniversary", "2021-04-14", "建校70周年大会", []),
        TimeRow("grade", "2021-04-14", "三年级学生", []),
        TimeRow("a real deadline", "2021-04-14", "5月10日前完成", ["5月10日前 = 2021-05-10 ON_OR_BEFORE"]),
        TimeRow("three days on the way", "2021-04-14", "三天前往两地", ["三天 = P3D"]),
        TimeRow("nearly is no recent period", "2021-06-14", "将近两个小时，接近三年", ["两个小时 = PT2H", "三年 = P3Y"]),
        TimeRow("a monthly is no month", "2021-06-14", "6月刊", []),
        TimeRow("a little is no clock", "2021-06-14", "请快一点，一点儿也不冷", []),
        TimeRow("the last one is no offset", "2021-06-14", "最后一天", ["一天 = P1D"]),
    ]
}
