/// Chinese surnames: a name after a title must start with one (a guard against reading
/// `主任座谈交流` as a title and a name). Compound surnames first.
enum SurnameTable {
    static let compound: [String] = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "长孙", "慕容", "夏侯", "令狐", "宇文", "司徒", "澹台", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "钟离", "申屠", "万俟", "闻人", "赫连", "东郭", "公羊", "拓跋", "完颜",
    ]

    /// Single-character surnames, written as runs for brevity; folded when compiled, so
    /// a traditional variant (於 for 于) is not listed again.
    static let singleRuns: [String] = [
        "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章",
        "云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常",
        "乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞",
        "熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍",
        "虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁",
        "荀羊惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫",
        "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙",
        "池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温",
        "别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧",
        "殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游",
        "竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯赏墨哈谯笪年爱阳",
        "佟虎覃骞",
        // Common today, missing from the old list (肖 beside 萧, 付 beside 傅).
        "肖付丛兰苑隋麦芦苟栗楼邝冼谌粟练鹿邸亓仝揭檀冶",
        // Regional surnames (Hubei, Chongqing, Guangdong, Shandong).
        "庹蹇禤眭矫",
    ]

    static let all: [String] = compound + singleRuns.flatMap { $0.map(String.init) }
}
