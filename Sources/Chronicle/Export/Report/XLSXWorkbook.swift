import Foundation
import ZIPFoundation

/// `--format xlsx`: the 大事记 report as a real workbook (Office Open XML SpreadsheetML in a
/// zip, written through ZIPFoundation): one sheet, shared strings, true date cells that
/// Excel and WPS sort and filter as dates, a frozen bold header row with an auto-filter,
/// and column widths fit for Chinese text.
///
/// The bytes depend only on the events: every zip entry carries the same fixed time.
enum XLSXWorkbook {
    /// Column widths, in characters of the default font, in `ReportRows.header` order.
    static let columnWidths: [Double] = [12, 16, 10, 48, 28, 28, 20, 60, 40, 12]
    /// Columns written as date cells.
    static let dateColumns: Set<Int> = [0, 9]

    static func render(_ timeline: Timeline, options: ExportOptions) throws(ExportError) -> [UInt8] {
        let rows = ReportRows.rows(timeline)
        var strings = SharedStrings()
        var sheet = XMLBuilder()
        let lastRow = rows.count + 1
        let lastColumn = columnName(ReportRows.header.count - 1)
        sheet.raw(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        sheet.raw(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#)
        sheet.raw(#"<dimension ref="A1:\#(lastColumn)\#(lastRow)"/>"#)
        sheet.raw(#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#)
        sheet.raw(#"<sheetFormatPr defaultRowHeight="15"/><cols>"#)
        for (i, width) in columnWidths.enumerated() {
            sheet.raw(#"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(width)" customWidth="1"/>"#)
        }
        sheet.raw("</cols><sheetData>")
        sheet.raw(#"<row r="1">"#)
        for (i, title) in ReportRows.header.enumerated() {
            sheet.raw(#"<c r="\#(columnName(i))1" t="s" s="\#(Style.header.rawValue)"><v>\#(strings.index(title))</v></c>"#)
        }
        sheet.raw("</row>")
        for (r, row) in rows.enumerated() {
            let number = r + 2
            sheet.raw(#"<row r="\#(number)">"#)
            for (i, text) in ReportRows.cells(row).enumerated() {
                let ref = "\(columnName(i))\(number)"
                if dateColumns.contains(i), let day = CalendarDate(iso: text), let number = serial(day) {
                    sheet.raw(#"<c r="\#(ref)" s="\#(Style.date.rawValue)"><v>\#(number)</v></c>"#)
                } else if !text.isEmpty {
                    sheet.raw(#"<c r="\#(ref)" t="s" s="\#(Style.text.rawValue)"><v>\#(strings.index(text))</v></c>"#)
                }
            }
            sheet.raw("</row>")
        }
        sheet.raw("</sheetData>")
        sheet.raw(#"<autoFilter ref="A1:\#(lastColumn)\#(lastRow)"/>"#)
        sheet.raw(#"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#)

        let sheetName = XMLBuilder.escaped(String(options.calendarName.prefix(31)).filter { !"[]:*?/\\".contains($0) })
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbook(sheetName: sheetName.isEmpty ? "Sheet1" : sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/sharedStrings.xml", strings.xml),
            ("xl/worksheets/sheet1.xml", sheet.text),
        ]
        return try zip(parts)
    }

    /// Excel's day number (1 is 1900-01-01). Excel counts a 29 February 1900 that never
    /// was, so from March 1900 on the count runs from 1899-12-30; days before 1900 have
    /// no number and are written as text.
    static func serial(_ day: CalendarDate) -> Int? {
        if day < firstSerialDay { return nil }
        return day.dayNumber - (day < leapBugDay ? firstSerialDay.adding(days: -1) : excelEpoch).dayNumber
    }
    private static let excelEpoch = CalendarDate(year: 1899, month: 12, day: 30)!
    private static let firstSerialDay = CalendarDate(year: 1900, month: 1, day: 1)!
    private static let leapBugDay = CalendarDate(year: 1900, month: 3, day: 1)!

    /// A, B, …, Z, AA, …
    static func columnName(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 {
            let rest = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + rest))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The cell formats of styles.xml, by index.
    enum Style: Int {
        case text = 0, date = 1, header = 2
    }

    /// Every zip entry gets this time (1980-01-01, the zip format's first day), so the same
    /// events give the same bytes.
    private static let entryTime = Date(timeIntervalSince1970: 315_532_800)

    private static func zip(_ parts: [(String, String)]) throws(ExportError) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryTime, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ExportError.workbook("the workbook was not kept in memory") }
            return Array(data)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.workbook(String(describing: error))
        }
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static func workbook(sheetName: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    }

    private static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    /// Cell formats in `Style` order: text (top-aligned, wrapped), date (yyyy-mm-dd), header (bold).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}

/// The workbook's shared-string table: each distinct text once, cells refer to it by index.
private struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let i = indexes[text] { return i }
        indexes[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var out = XMLBuilder()
        out.raw(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        out.raw(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(ordered.count)">"#)
        for text in ordered {
            // xml:space keeps leading and trailing spaces a cell may have.
            out.raw(#"<si><t xml:space="preserve">"# + XMLBuilder.escaped(text) + "</t></si>")
        }
        out.raw("</sst>")
        return out.text
    }
}

/// Text of an XML part, appended piece by piece.
private struct XMLBuilder {
    var text = ""

    mutating func raw(_ piece: String) { text += piece }

    /// Escaped for element text and attribute values, without the characters XML 1.0
    /// cannot carry at all (most C0 controls, U+FFFE, U+FFFF).
    static func escaped(_ value: String) -> String {
        HTMLText.escape(String(String.UnicodeScalarView(value.unicodeScalars.filter(isXMLCharacter))))
    }

    static func isXMLCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
