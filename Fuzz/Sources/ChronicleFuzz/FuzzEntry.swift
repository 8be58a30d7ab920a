import Chronicle

// Built once: compiling the lexicons per input would measure start-up, not the pipeline.
let pipeline = Pipeline()
let tagger = TimeTagger()
let issue = CalendarDate(year: 2021, month: 4, day: 14)!

/// libFuzzer entry: arbitrary bytes through decode → layout → tag → events →
/// timeline → every exporter. Any crash, trap or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func chronicleFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The bytes as a time-engine input too, when they are text.
    let text = String(decoding: bytes, as: UTF8.self)
    Invariants.check(tagger.tag(text, reference: LocalDateTime(date: issue)), scalarCount: text.unicodeScalars.count)
    // An empty timeline's outputs are the same for every input: render only when there are events.
    guard let result = try? pipeline.events(bytes: bytes, source: "fuzz.txt", issueDate: issue),
          !result.events.isEmpty else {
        return 0
    }
    for event in result.events { Invariants.check(event.timex) }
    let timeline = Timeline(events: result.events)
    for format in OutputFormat.allCases {
        _ = try? render(timeline, as: format, options: ExportOptions(sourceDateEpoch: 0))
    }
    return 0
}
