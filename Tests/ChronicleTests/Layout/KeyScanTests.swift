import Testing
@testable import ChronicleCore

/// `KeyScan`, the one walk of a short line's key: a bit it leaves unset must mean the key
/// holds none of what the bit names (the classifier then skips that test's own walk).
@Suite struct KeyScanTests {
    static let marks = KeyScan.Marks(mastheadCues: MarkerSet(LayoutLexicon.mastheadCues),
                                      chromeContains: MarkerSet(LayoutLexicon.chromeContains),
                                      pageClose: MatchFolding.fold(LayoutLexicon.pageNumberMarks.close).first,
                                      issueClose: MatchFolding.fold(LayoutLexicon.issueNumberClose).first)

    /// Invented lines of every kind the scan serves: headlines, mastheads, furniture rows,
    /// stamps, sentences, lines with none of the marks.
    static let lines = [
        "汐河区举办秋季农产品展销活动", "南渚周报 2022年1月3日 星期一 第2版 第1234期", "来源:区政府办公室 2021-04-15 10:23",
        "2025-07-24 阅读:56 次", "东岚区融媒体中心 编辑:林一凡", "资金来源:区财政拨款。", "A3版", "首页 > 新闻中心 > 本地要闻",
        "农历三月初五", "全文1200字 阅读约3分钟", "区长走访慰问困难群众,送去米面油;", "", "   ", "Copyright 2024",
    ]

    @Test(arguments: lines) func agreesWithTheWalks(_ line: String) {
        let key = MatchFolding.fold(line)[...]
        let scan = KeyScan(key, Self.marks)
        #expect(scan.wasScanned)
        #expect(scan.holds(.headlineForbidden) == key.contains(where: LayoutLexicon.headlineForbidden.contains))
        #expect(scan.holds(.mastheadForbidden) == key.contains(where: LayoutLexicon.mastheadForbidden.contains))
        #expect(scan.holds(.digit) == key.contains { ScalarClass.isASCIIDigit($0.value) })
        #expect(scan.holds(.dateMark) == key.contains(where: LayoutLexicon.dateMarks.contains))
        #expect(scan.holds(.fieldColon) == key.contains(LayoutLexicon.fieldColon))
        #expect(scan.holds(.pageClose) == key.contains("版"))
        #expect(scan.holds(.issueClose) == key.contains("期"))
        #expect(scan.spaces == key.filter { $0 == " " }.count)
        // Where a marker occurs, its first scalar was seen.
        if MarkerSet(LayoutLexicon.mastheadCues).firstOccurrence(in: key) != nil { #expect(scan.holds(.mastheadCueStart)) }
        if MarkerSet(LayoutLexicon.chromeContains).firstOccurrence(in: key) != nil { #expect(scan.holds(.chromeMarkerStart)) }
    }

    /// Every test reading the scan is asked of lines within one of these limits.
    @Test func everyLengthATestAsksAboutIsScanned() {
        for limit in [LayoutLexicon.maxChromeLength, LayoutLexicon.maxMastheadLength, LayoutLexicon.maxHeadlineLength] {
            #expect(limit <= LineClassifier.longestScanned)
        }
    }
}
