/// The characters most of any Chinese news text is written with (about 670 with the common surnames, simplified:
/// traditional ones fold to them), to tell text decoded in the right legacy encoding from
/// bytes of another one read as if they were it. Three in four characters of a news page
/// are among them; Big5 bytes read as GB18030 give about one in nine.
enum CommonCharacters {
    static let simplified = ScalarSet("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞讯届召座谈督检视察考待培训仪启揭牌签席讲副镇街村乡协厅署推落贯彻神坚项企防汛疫控服班审案措施善升促障卫健康旅游环境态护振兴城础午晚昨陪汇详询访慰困职庭春旦庆秋端妇女童校医司园贸投招李刘陈杨黄赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫雷侯陶黎贺顾郝龚邵钱覃武戴莫孔汤".unicodeScalars)

    /// Fewer characters than this are too few to judge by.
    static let minimumSample = 20
    /// The opening characters that tell a page's encoding as well as the whole would.
    static let enoughSample = 4000
    /// The share of common characters at or above which decoded text reads as Chinese.
    static let plausibleShare = 0.3

    /// How much of `text` reads as Chinese: the share of its characters beyond ASCII that
    /// are common Chinese characters (traditional ones folded), punctuation and full-width
    /// ASCII left out; nil when it holds too few to tell. Bytes of another encoding come
    /// out as rare characters, kana, Greek or box-drawing pieces: all count against it.
    static func share(_ text: String) -> Double? {
        var sample = 0, common = 0
        // The tables read once, not per character; Unicode's category is asked only off the
        // ideographs (none of which is punctuation or a space), so of a few characters.
        let simplified = Self.simplified
        MatchFolding.table.withUnsafeBufferPointer { table in
            for s in text.unicodeScalars where s.value >= 0x80 {
                let folded = s.value < 0x10000 ? table[Int(s.value)] : s
                if simplified.contains(folded) {
                    common += 1
                } else if folded.isASCII || !ScalarClass.isHan(s) && isPunctuation(s) {
                    continue
                }
                sample += 1
                if sample == enoughSample { break }
            }
        }
        return sample < minimumSample ? nil : Double(common) / Double(sample)
    }

    /// Punctuation and spaces (full-width ASCII folds to ASCII above): Chinese text has
    /// them, but so may garbage.
    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .spaceSeparator:
            return true
        default:
            return false
        }
    }
}
