import Testing
@testable import Chronicle
@testable import ChronicleCore

@Suite struct CSVTests {
    typealias S = SampleEvents

    /// A small RFC 4180 reader, to check what a spreadsheet would see.
    static func records(_ bytes: [UInt8]) -> [[String]] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r" && scalars.first == "\n" { scalars.removeFirst(); record.append(field); records.append(record); record = []; field = "" }
            else { field.unicodeScalars.append(c) }
        }
        return records
    }

    @Test func rfc4180WithCRLFAndABOMByDefault() throws {
        let bytes = try render(Timeline(events: S.everyShape + S.hostile), as: .csv, options: .init())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        // No LF without its CR outside quotes: every record ends in CRLF.
        let rows = Self.records(bytes)
        #expect(rows.first == EventsCSV.header)
        #expect(rows.count == S.everyShape.count + S.hostile.count + 1)
        #expect(rows.allSatisfy { $0.count == EventsCSV.header.count })
        let noBOM = try render(Timeline(events: S.everyShape), as: .csv, options: ExportOptions(bom: false))
        #expect(String(decoding: noBOM, as: UTF8.self).hasPrefix("uid,kind,"))
    }

    @Test func columnsCarryTheDesignedValues() throws {
        let rows = Self.records(try render(Timeline(events: [S.everyShape[1]]), as: .csv, options: .init()))
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["timex"] == "2021-04-12TMO")
        #expect(row["start"] == "2021-04-12T09:00:00+08:00" && row["end"] == "2021-04-12T12:00:00+08:00")
        #expect(row["all_day"] == "false" && row["precision"] == "part_of_day")
        #expect(row["date_text"] == "4月12日上午" && row["kind"] == "inspection" && row["kind_label"] == "调研督导")
        #expect(row["leaders"] == "汐河区委书记韩立诚" && row["location"] == "区行政中心")
        #expect(row["issue_date"] == "2021-04-14" && row["source"] == "xihe-2021-04-14.txt")
        let vague = Self.records(try render(Timeline(events: [S.event(.vague(.past), dateText: "近日")]), as: .csv, options: .init()))
        let v = Dictionary(uniqueKeysWithValues: zip(vague[0], vague[1]))
        #expect(v["timex"] == "PAST_REF" && v["start"] == "" && v["precision"] == "vague" && v["approximate"] == "true")
    }

    /// Attendees: a column right after the leaders, and a 出席 line in the calendar's DESCRIPTION.
    @Test func attendeesFollowTheLeaders() throws {
        var event = S.everyShape[1]
        event.attendees = ["区长苏婉清", "副区长马骁"]
        let rows = Self.records(try render(Timeline(events: [event]), as: .csv, options: .init()))
        #expect(rows[0].firstIndex(of: "attendees") == rows[0].firstIndex(of: "leaders").map { $0 + 1 })
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["attendees"] == "区长苏婉清、副区长马骁")
        let lines = EntryText(entry: Timeline(events: [event]).entries[0]).descriptionText.split(separator: "\n")
        #expect(lines.contains("出席：区长苏婉清、副区长马骁"))
        #expect(!EntryText(entry: Timeline(events: [S.everyShape[1]]).entries[0]).descriptionText.split(separator: "\n")
            .contains { $0.hasPrefix("出席") })
    }

    /// A hostile headline, leader or sentence such as `=HYPERLINK(…)` comes out as text.
    @Test func formulaInjectionIsNeutralised() throws {
        let hostile = S.event(.date(S.day(4, 12)), summary: "=HYPERLINK(\"http://evil.example\",\"点击\")",
                              leaders: ["@SUM(A1:A9)", "区长苏婉清"], location: "+1-1",
                              sentence: "-2+3 =cmd|' /C calc'!A0", headline: "\t=HYPERLINK(\"http://evil.example\")",
                              byline: " =1+1", source: "=evil.txt")
        let rows = Self.records(try render(Timeline(events: [hostile]), as: .csv, options: .init()))
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["summary"] == "'=HYPERLINK(\"http://evil.example\",\"点击\")")
        #expect(row["leaders"] == "'@SUM(A1:A9)、区长苏婉清")
        #expect(row["location"] == "'+1-1")
        #expect(row["sentence"] == "'-2+3 =cmd|' /C calc'!A0")
        #expect(row["headline"] == "'=HYPERLINK(\"http://evil.example\")")
        #expect(row["byline"] == "'=1+1")
        #expect(row["source"] == "'=evil.txt")
        for cell in rows[1] {
            #expect(!(cell.first.map { "=+-@\t\r\n".contains($0) } ?? false), "\(cell)")
        }
        let tjs = Self.records(try render(Timeline(events: [hostile]), as: .timelinejs, options: .init()))
        for cell in tjs.dropFirst().flatMap({ $0 }) {
            #expect(!(cell.first.map { "=+-@\t\r\n".contains($0) } ?? false), "\(cell)")
        }
    }

    @Test(arguments: [("=1", "'=1"), ("+1", "'+1"), ("-1", "'-1"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "\"'\rx\""),
                      ("\nx", "\"'\nx\""), ("  =x", "'  =x"), ("a=b", "a=b"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
                      ("", ""), ("２０２１", "２０２１")])
    func fields(_ raw: String, _ written: String) {
        #expect(CSVTable.field(raw) == written)
    }

    @Test func timelineJSColumnsAndDisplayDates() throws {
        let rows = Self.records(try render(Timeline(events: S.everyShape), as: .timelinejs, options: ExportOptions(calendarName: "汐河区大事记")))
        #expect(rows[0] == TimelineJSCSV.header)
        #expect(rows[0] == ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                            "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"])
        #expect(rows[1][15] == "title" && rows[1][9] == "汐河区大事记")
        func row(_ headlineSuffix: String) -> [String]? { rows.first { $0[9].hasSuffix(headlineSuffix) } }
        #expect(row("苏婉清暗访督导背街小巷整治").map { Array($0[0...8]) } == ["2021", "4", "12", "09:00", "2021", "4", "12", "12:00", "2021年4月12日 上午"])
        #expect(row("举办基层干部培训班").map { Array($0[0...8]) } == ["2021", "4", "7", "", "2021", "4", "9", "", "2021年4月7日至9日"])
        #expect(row("领导小组召开全体会议").map { [$0[0], $0[1], $0[2], $0[8], $0[9]] } == ["2021", "4", "14", "日期不详（近日）", "〔约〕领导小组召开全体会议"])
        #expect(row("召开经济运行分析会").map { [$0[0], $0[1], $0[2], $0[8]] } == ["2021", "3", "", "约2021年3月"])
        #expect(row("开展集中学习").map { Array($0[0...6]) } == ["2021", "1", "", "", "2021", "3", ""])
        #expect(row("苏婉清暗访督导背街小巷整治")?[16] == "调研督导")
    }
}
