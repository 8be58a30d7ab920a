import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Hostile input through the whole library path (issue 7): every case ends in a clear
/// result — an error naming the file, or an empty or partial result — never a crash or
/// a hang. Sizes are large enough that a quadratic step would time the suite out.
@Suite struct AdversarialInputTests {
    static let issue = CalendarDate(year: 2021, month: 4, day: 14)!
    let pipeline = Pipeline()

    /// Runs the whole path, the exporters included, and returns the events (nil: refused).
    func run(_ bytes: [UInt8], source: String = "hostile.txt") -> [Event]? {
        guard let result = try? pipeline.events(bytes: bytes, source: source, issueDate: Self.issue) else { return nil }
        let timeline = Timeline(events: result.events)
        for format in OutputFormat.allCases {
            #expect(throws: Never.self) { _ = try render(timeline, as: format, options: ExportOptions(sourceDateEpoch: 0)) }
        }
        return result.events
    }

    @Test func aMillionMonthCharacters() {
        let text = String(repeating: "月", count: 1_000_000)
        #expect(TimeTagger().tag(text, reference: LocalDateTime(date: Self.issue)).isEmpty)
        #expect(run(Array(text.utf8))?.isEmpty == true)
    }

    @Test func repeatedDatePiecesStayLinear() {
        // Long runs of partial expressions (4月4月4月…, 12日12日…, 至至至…) through the whole
        // path: four times the input may take at most about four times as long (8× allows noise).
        func seconds(_ piece: String, _ count: Int) -> Double {
            let bytes = Array(String(repeating: piece, count: count).utf8)
            return ThreadCPUTime.best { _ = run(bytes) }
        }
        for piece in ["4月", "12日", "至", "上午", "二〇", "第"] {
            let small = seconds(piece, 1_000), large = seconds(piece, 4_000)
            #expect(large < max(small, 0.02) * 8, "\(piece): 1000 repeats \(small) s, 4000 repeats \(large) s")
        }
    }

    @Test func randomBytesAreRefusedOrRead() {
        var rng = SplitMix64(seed: 0x5eed)
        for round in 0..<200 {
            let count = Int(rng.next() % 4096)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            do {
                _ = try pipeline.events(bytes: bytes, source: "random-\(round).bin", issueDate: Self.issue)
            } catch let error as DecodeError {
                #expect(error.description.hasPrefix("random-\(round).bin: "))
                #expect(error.offset >= 0 && error.offset <= count)
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    @Test func invalidUTF8InTheMiddleNamesTheOffset() {
        let head = Array("本报讯 4月12日上午，区长张三到北塘街道督导创卫工作。".utf8)
        let tail = Array("记者 李四\n".utf8)
        let bytes = head + [0xFF, 0xFE, 0xC3] + tail
        #expect(throws: DecodeError(source: "bad.txt", offset: head.count)) {
            _ = try pipeline.events(bytes: bytes, source: "bad.txt", issueDate: Self.issue)
        }
    }

    @Test func impossibleDatesNeverReachTheTimeline() {
        for date in ["2月30日", "13月5日", "4月31日", "0月0日"] {
            let page = "区长督导创卫工作\n\n本报讯 \(date)上午，区长张三到北塘街道督导创卫工作。\n\n记者 李四\n"
            let events = run(Array(page.utf8)) ?? []
            for event in events {
                if let day = event.timex.firstDay {
                    #expect(day.description != "2021-02-30" && day.month != 13, "\(date) → \(event.timex.value)")
                }
            }
            // No mention may cover the impossible date (a bare 上午 after it is the reference day's).
            let width = date.unicodeScalars.count
            let mentions = TimeTagger().tag("\(date)上午开会", reference: LocalDateTime(date: Self.issue))
            #expect(mentions.allSatisfy { $0.start >= width || $0.timex.firstDay == nil },
                    "\(date): \(mentions.map(\.timex.value))")
        }
    }

    @Test func hugeNumbersAreNotDates() {
        let digits = String(repeating: "9", count: 200)
        let chinese = String(repeating: "九", count: 200)
        for text in ["\(digits)年", "\(digits)月\(digits)日", "\(chinese)年\(chinese)月", "第\(digits)号", "\(digits)"] {
            let mentions = TimeTagger().tag(text, reference: LocalDateTime(date: Self.issue))
            #expect(mentions.allSatisfy { $0.timex.firstDay == nil }, "\(text.prefix(12))…: \(mentions.map(\.timex.value))")
            _ = run(Array(text.utf8))
        }
    }

    @Test func emptyAndWhitespaceOnlyPagesHaveNoEvents() {
        for text in ["", "\n\n\n", "　　\r\n　　", "\u{FEFF}"] {
            #expect(run(Array(text.utf8))?.isEmpty ?? true)
        }
    }
}
