import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct ParagraphRepairTests {
    /// Lines as copied from a page → paragraphs after repair.
    static let cases: [(lines: String, paragraphs: [String])] = [
        ("本报讯 近日,会议要求真正形\n\n成警示和震慑。", ["本报讯 近日,会议要求真正形成警示和震慑。"]),
        ("要抓紧开展排查,于6月1\n\n\n\n0日前完成整治。", ["要抓紧开展排查,于6月10日前完成整治。"]),
        ("他说:“要一网通办”\n推动改革落地。", ["他说:“要一网通办”推动改革落地。"]),
        ("会议结束。”\n下一段。", ["会议结束。”", "下一段。"]),
        ("一、参会人员\n各街道负责同志。", ["一、参会人员", "各街道负责同志。"]),
        ("各街道办事处，区直各单位：\n　　经研究，定于4月16日召开会议。", ["各街道办事处，区直各单位：", "经研究，定于4月16日召开会议。"]),
        ("　　会议要求，各单位要\n　　（一）加强领导。", ["会议要求，各单位要", "（一）加强领导。"]),
        ("　　会议指出，要严格落实\r\n责任制。\r\n　　会议强调，要加强值守。", ["会议指出，要严格落实责任制。", "会议强调，要加强值守。"]),
    ]

    @Test(arguments: cases.indices) func repairs(_ k: Int) {
        let c = Self.cases[k]
        #expect(ParagraphRepair.paragraphs(PageLine.split(c.lines), dates: FurnitureDates(reader: TimeTagger())) == c.paragraphs)
    }
}

extension ParagraphRepair {
    /// The paragraphs of whole lines through the rule Layout applies (`forEachLine`), each
    /// line's traits read here (Layout reads them once, when it classifies a page's lines)
    /// and its text joined as `PageLayout` joins a body's lines.
    static func paragraphs(_ lines: [PageLine], dates: FurnitureDates) -> [String] {
        let traits = lines.map { LineTraits($0, dates: dates) }
        var result: [String] = []
        forEachLine(lines.count, traits: { traits[$0] }) { k, starts in
            if starts { result.append(lines[k].text) } else { result[result.count - 1] += lines[k].text }
        }
        return result
    }
}
