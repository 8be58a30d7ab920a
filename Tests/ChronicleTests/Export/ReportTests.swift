import Foundation
import Testing
@testable import Chronicle

/// The 大事记 report: the row every layout shares (`--layout report`, xlsx, text), then
/// each writer.
@Suite struct ReportTests {
    typealias S = SampleEvents

    /// What each shape of date becomes in a report row: the day it is filed under (always
    /// one that sorts), whether that day is approximate, the 时间 column, and the date as
    /// the text report says it. The issue date is 2021-04-14.
    static let dateRows: [(Timex, TimexModifier?, String?, day: String, approximate: Bool, time: String, spoken: String)] = [
        (.date(S.day(4, 12)), nil, "4月12日", "2021-04-12", false, "", "4月12日"),
        (.partOfDay(S.day(4, 12), .morning), nil, "4月12日上午", "2021-04-12", false, "上午", "4月12日上午"),
        (.partOfDay(S.day(3, 30), .evening), nil, "3月30日晚", "2021-03-30", false, "晚上", "3月30日晚上"),
        (.dateTime(S.day(4, 13), S.time(15)), nil, "4月13日下午3时", "2021-04-13", false, "15:00", "4月13日15:00"),
        (.range(.date(S.day(4, 7)), .date(S.day(4, 9))), nil, "4月7日至9日", "2021-04-07", false, "至9日", "4月7日至9日"),
        (.range(.date(S.day(3, 30)), .date(S.day(4, 2))), nil, "3月30日至4月2日", "2021-03-30", false, "至4月2日", "3月30日至4月2日"),
        (.range(.dateTime(S.day(4, 10), S.time(9)), .dateTime(S.day(4, 10), S.time(11, 30))), nil, "4月10日9时至11时30分",
         "2021-04-10", false, "09:00–11:30", "4月10日09:00–11:30"),
        (.vague(.past), nil, "近日", "2021-04-14", true, "约（近日）", "约4月14日（近日）"),
        (.vague(.past), nil, nil, "2021-04-14", true, "约", "约4月14日"),
        (.duration("P3D"), nil, "为期3天", "2021-04-14", true, "约（为期3天）", "约4月14日（为期3天）"),
        (.month(year: 2021, month: 3), nil, "3月份", "2021-03-01", true, "约（3月份）", "3月份"),
        (.quarter(year: 2021, quarter: 1), nil, "一季度", "2021-01-01", true, "约（一季度）", "一季度"),
        (.year(2020), nil, "去年", "2021-04-14", true, "约（去年）", "约4月14日（去年）"),
        (.date(S.day(5, 31)), .onOrBefore, "5月底前", "2021-05-31", true, "约（5月底前）", "5月底前"),
    ]

    @Test(arguments: dateRows.indices)
    func everyRowHasADayThatSorts(_ i: Int) {
        let c = Self.dateRows[i]
        let timeline = Timeline(events: [S.event(c.0, modifier: c.1, dateText: c.2)])
        let row = ReportRows.rows(timeline)[0]
        #expect(row.day.description == c.day)
        #expect(row.approximate == c.approximate)
        #expect(row.time == c.time)
        #expect(row.spokenDate == c.spoken)
    }

    /// Rows are in date order whatever the order of the events, approximate ones after the
    /// dated ones of the same day.
    @Test func rowsAreInDateOrder() {
        let events = S.everyShape
        for rotation in [0, 5, 11] {
            let rotated = Array(events[rotation...] + events[..<rotation])
            let rows = ReportRows.rows(Timeline(events: rotated))
            #expect(rows.count == events.count)
            #expect(zip(rows, rows.dropFirst()).allSatisfy { a, b in
                a.day < b.day || (a.day == b.day && (!a.approximate || b.approximate))
            })
        }
    }

    /// A summary that opens with a leader's name opens, in the text report, with the
    /// leader as written; other summaries are left alone.
    static let leaderRows: [(summary: String, leaders: [String], expected: String)] = [
        ("韩立诚主持召开专题会议", ["汐河区委书记韩立诚"], "汐河区委书记韩立诚主持召开专题会议"),
        ("苏婉清暗访督导背街小巷整治", ["区委副书记、区长苏婉清"], "区委副书记、区长苏婉清暗访督导背街小巷整治"),
        ("欧阳澜带队调研", ["区委常委欧阳澜", "副区长谢婧"], "区委常委欧阳澜带队调研"),
        ("谢婧到桐溪镇调研", ["区委常委欧阳澜", "副区长谢婧"], "副区长谢婧到桐溪镇调研"),
        ("区委常委会召开会议", ["汐河区委书记韩立诚"], "区委常委会召开会议"),
        ("领导小组召开全体会议", [], "领导小组召开全体会议"),
        // The leader as written is already the summary's opening: nothing doubles.
        ("区长苏婉清主持会议", ["区长苏婉清"], "区长苏婉清主持会议"),
    ]

    @Test(arguments: leaderRows.indices)
    func textReportNamesTheLeaderWithTitle(_ i: Int) {
        let c = Self.leaderRows[i]
        #expect(ChronicleText.withLeaderTitle(c.summary, leaders: c.leaders) == c.expected)
    }

    @Test func textReportHasMonthHeadingsAndOneLinePerEvent() {
        let events = [
            S.event(.date(S.day(3, 30)), dateText: "3月30日", summary: "苏婉清主持召开常务会议", leaders: ["区长苏婉清"], article: 1),
            S.event(.partOfDay(S.day(4, 12), .morning), dateText: "4月12日上午", summary: "韩立诚暗访督导背街小巷整治。",
                    leaders: ["汐河区委书记韩立诚"], article: 2),
            S.event(.vague(.past), dateText: "近日", summary: "领导小组召开全体会议", leaders: [], article: 3),
        ]
        let text = String(decoding: ChronicleText.render(Timeline(events: events.reversed())), as: UTF8.self)
        #expect(text == """
            2021年3月
            3月30日　区长苏婉清主持召开常务会议。

            2021年4月
            4月12日上午　汐河区委书记韩立诚暗访督导背街小巷整治。
            约4月14日（近日）　领导小组召开全体会议。

            """)
    }

    @Test func reportCSVHasTheOfficeColumnsAndSortableDates() throws {
        let bytes = try render(Timeline(events: S.everyShape + S.hostile), as: .csv, options: ExportOptions(csvLayout: .report))
        let rows = CSVTests.records(bytes)
        #expect(rows.first == ["日期", "时间", "类别", "事项", "领导", "出席", "地点", "原文", "来源", "报道日期"])
        #expect(rows.count == S.everyShape.count + S.hostile.count + 1)
        for row in rows.dropFirst() {
            #expect(row.count == 10)
            #expect(CalendarDate(iso: row[0]) != nil, "not a sortable date: \(row[0])")
            #expect(CalendarDate(iso: row[9]) != nil)
        }
        // Formula-like text is neutralised as in every CSV.
        #expect(rows.contains { $0[3].hasPrefix("'=HYPERLINK") })
        #expect(rows.contains { $0[4] == "'+区长苏婉清、@副区长常浩然" })
    }

    @Test func attendeesHaveTheirOwnColumn() throws {
        var event = S.event(.date(S.day(4, 12)))
        event.attendees = ["组织部长杜春阳", "宣传部长林雅琴"]
        let rows = CSVTests.records(try render(Timeline(events: [event]), as: .csv, options: ExportOptions(csvLayout: .report)))
        #expect(rows[1][4] == "汐河区委书记韩立诚")
        #expect(rows[1][5] == "组织部长杜春阳、宣传部长林雅琴")
    }

    @Test func columnNamesAreSpreadsheetLetters() {
        #expect((0..<3).map(XLSXWorkbook.columnName) == ["A", "B", "C"])
        #expect(XLSXWorkbook.columnName(25) == "Z")
        #expect(XLSXWorkbook.columnName(26) == "AA")
        #expect(XLSXWorkbook.columnName(701) == "ZZ")
        #expect(XLSXWorkbook.serial(S.day(1, 1, year: 1900)) == 1)
        #expect(XLSXWorkbook.serial(S.day(2, 28, year: 1900)) == 59)
        #expect(XLSXWorkbook.serial(S.day(3, 1, year: 1900)) == 61)   // 60 is Excel's 1900-02-29
        #expect(XLSXWorkbook.serial(S.day(4, 14)) == 44300)
        #expect(XLSXWorkbook.serial(S.day(12, 31, year: 1899)) == nil)
    }

    /// The workbook read back by an independent reader (openpyxl): the sheet, the frozen
    /// header, the filter, the widths, true date cells, Chinese intact, and hostile text
    /// (control characters XML cannot carry) written safely.
    @Test(.enabled(if: ExternalICS.python3 != nil, ExternalICS.skipReason))
    func workbookReadsBackWithRealDates() throws {
        let events = S.everyShape + S.hostile
        let bytes = try render(Timeline(events: events), as: .xlsx, options: .init())
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))   // a zip
        #expect(try render(Timeline(events: events.reversed()), as: .xlsx, options: .init()) == bytes)
        let url = try ExternalICS.write([("report.xlsx", bytes)])[0]
        let book = try ExternalICS.xlsxCells(url)
        #expect(book.sheet == ExportLexicon.defaultCalendarName)
        #expect(book.freeze == "A2")
        #expect(book.filter == "A1:J\(events.count + 1)")
        #expect(book.widths["D"] == 48)
        #expect(book.rows.first == ReportRows.header)
        #expect(book.rows.count == events.count + 1)
        let expected = ReportRows.rows(Timeline(events: events))
        for (row, want) in zip(book.rows.dropFirst(), expected) {
            #expect(row[0] == "date:\(want.day)")
            #expect(row[9] == "date:\(want.issueDate)")
            #expect(row[3] == want.summary.filter { !$0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" } })
        }
        #expect(book.rows.contains { $0[3] == "区委常委会召开会议" && $0[2] == "会议" })
    }
}
