import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// Issue 4 "Quality": bad input ends in a clear message or an empty result, in linear time.
@Suite struct EventBadInputTests {
    let issue = CalendarDate(iso: "2021-04-14")

    @Test func emptyFileIsAnEmptyResult() throws {
        let (_, events) = try Pipeline().events(bytes: [], source: "empty.txt", issueDate: issue)
        #expect(events.isEmpty)
    }

    @Test func binaryFileIsOneClearLine() {
        let bytes: [UInt8] = [0x00, 0xFF, 0xFE, 0x80, 0x81, 0xC3, 0x28, 0x00, 0x9F] + Array(repeating: 0xFF, count: 64)
        do {
            _ = try Pipeline().events(bytes: bytes, source: "photo.jpg", issueDate: issue)
            Issue.record("binary input accepted")
        } catch {
            let line = "\(error)"
            #expect(line.contains("photo.jpg"))
            #expect(!line.contains("\n"))
        }
    }

    @Test func missingIssueDateSaysHowToPassOne() {
        do {
            _ = try Pipeline().events(bytes: Array("本报讯 近日，区里召开推进会。".utf8), source: "page.txt", issueDate: nil)
            Issue.record("no issue date, yet no error")
        } catch {
            #expect(error is IssueDateError)
            #expect("\(error)".contains("page.txt"))
        }
    }

    @Test func pageWithoutEventsIsEmpty() throws {
        let text = "以“绣花功夫”守护城市颜值\n\n本报评论员\n\n城市是人民的城市，城市环境好不好，群众最有发言权。创卫不是一阵风，平时不抓、检查前突击，问题就会反弹。\n"
        let (_, events) = try Pipeline().events(bytes: Array(text.utf8), source: "c.txt", issueDate: issue)
        #expect(events.isEmpty)
    }

    @Test func impossibleDateIsNeverAnEventDate() throws {
        let text = "区政府召开安全生产调度会\n\n本报讯 2月30日，区政府召开安全生产调度会，副区长周明主持会议。\n"
        let (_, events) = try Pipeline().events(bytes: Array(text.utf8), source: "p.txt", issueDate: issue)
        for e in events {
            #expect(!e.timex.value.contains("02-30"))
            #expect(e.timex.value.hasPrefix("2021") || e.timex == .vague(.past))
        }
    }

    /// Long single lines: many events, or one event whose report never ends. Time must stay
    /// linear: four times the text may take at most about four times as long.
    @Test(arguments: ["4月12日上午，区长张伟到城东街道督导创卫工作，并到社区座谈交流，",
                      "区长张伟强调，要开好会议，抓好检查，"])
    func longSingleLineStaysLinear(unit: String) {
        func seconds(_ repeats: Int) -> Double {
            let body = "本报讯 4月12日，区长张伟主持召开推进会。" + String(repeating: unit, count: repeats)
            let article = Article(ordinal: 1, headline: "h", byline: nil, body: body, referenceDate: issue!)
            let recognizer = EventRecognizer()
            return ThreadCPUTime.best {
                _ = recognizer.events(in: article, mentions: [], issueDate: issue!, source: "big.txt")
            }
        }
        let small = seconds(2_000), large = seconds(8_000)
        #expect(large < max(small, 0.02) * 8, "4x input took \(large / max(small, 1e-9))x the time")
    }
}
