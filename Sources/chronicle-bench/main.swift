import Chronicle
import Foundation

/// Throughput of the time engine and of the whole conversion: `make bench`, or
/// `swift build -c release --product chronicle-bench && .build/release/chronicle-bench [CORPUS_DIR] [MEGABYTES] [tag|convert|all]`.
///
/// `tag`: tags the corpus documents one after another, round after round, until MEGABYTES
/// of UTF-8 text (default 100) went through `TimeTagger.tag` on one thread. `convert`: the
/// same documents as pages through the whole path (decode, layout, time, events, timeline,
/// iCalendar), each page on its own. Each prints characters (Unicode scalars) and pages per
/// CPU second, MB/s and the peak resident memory, measured after the first tenth and at the
/// end: equal figures mean memory stays flat.
let arguments = CommandLine.arguments.dropFirst()
let corpusPath = arguments.first ?? "Tests/Corpus"
let targetMB = arguments.dropFirst().first.flatMap(Double.init) ?? 100
let mode = arguments.dropFirst(2).first ?? "all"
guard ["tag", "convert", "events", "all"].contains(mode) else { fail("unknown mode \(mode): tag, events, convert or all") }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("chronicle-bench: \(message)\n".utf8))
    exit(2)
}

let docsURL = URL(fileURLWithPath: corpusPath).appendingPathComponent("docs")
guard let names = try? FileManager.default.contentsOfDirectory(atPath: docsURL.path).filter({ $0.hasSuffix(".txt") }).sorted(),
      !names.isEmpty else {
    fail("no documents in \(docsURL.path): pass the corpus folder (the one holding docs/) as the first argument")
}
typealias Document = (name: String, raw: [UInt8], text: String, bytes: Int, scalars: Int)
let documents: [Document] = names.map { name in
    guard let data = FileManager.default.contents(atPath: docsURL.appendingPathComponent(name).path),
          let text = try? TextDecoder.decode([UInt8](data), source: name) else { fail("\(name): cannot read or decode it") }
    return (name, [UInt8](data), text, text.utf8.count, text.unicodeScalars.count)
}

func usage() -> rusage {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return u
}

func peakRSSMegabytes() -> Double { Double(usage().ru_maxrss) / 1024 }   // kilobytes on Linux

/// CPU seconds (user + system) this process used: the per-core figure, robust on a busy machine.
func cpuSeconds() -> Double {
    let u = usage()
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }

let targetBytes = Int(targetMB * 1_000_000)

/// Runs `work` on every document, round after round, until `targetBytes` went through;
/// `work` returns what it found (mentions, events) for the report.
@MainActor func measure(_ title: String, _ work: (Int) -> Int) {
    var bytes = 0, scalars = 0, pages = 0, found = 0
    var rssAtTenth: Double?
    let clock = ContinuousClock()
    let start = clock.now
    let cpuStart = cpuSeconds()
    while bytes < targetBytes {
        for index in documents.indices {
            found += work(index)
            bytes += documents[index].bytes
            scalars += documents[index].scalars
            pages += 1
        }
        if rssAtTenth == nil && bytes >= targetBytes / 10 { rssAtTenth = peakRSSMegabytes() }
    }
    let elapsed = start.duration(to: clock.now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let cpu = cpuSeconds() - cpuStart
    print("== \(title)")
    print("input       \(fmt(Double(bytes) / 1e6)) MB UTF-8, \(fmt(Double(scalars) / 1e6)) M characters, \(pages) pages (\(documents.count) documents repeated), \(found) found")
    print("time        \(fmt(seconds, 2)) s wall, \(fmt(cpu, 2)) s CPU, one thread")
    print("per core    \(fmt(Double(scalars) / cpu / 1e6, 2)) M characters/s, \(fmt(Double(bytes) / cpu / 1e6, 1)) MB/s, \(fmt(Double(pages) / cpu, 0)) pages/s (per CPU second)")
    print("wall        \(fmt(Double(scalars) / seconds / 1e6, 2)) M characters/s, \(fmt(Double(bytes) / seconds / 1e6, 1)) MB/s")
    print("peak RSS    \(fmt(rssAtTenth ?? 0)) MB after the first tenth, \(fmt(peakRSSMegabytes())) MB at the end")
}

let reference = LocalDateTime(date: CalendarDate(year: 2021, month: 4, day: 14)!)
if mode != "convert" {
    let tagger = TimeTagger()
    measure("tag (the time engine)") { tagger.tag(documents[$0].text, reference: reference).count }
}
if mode == "events" {
    let pipeline = Pipeline()
    let issue = CalendarDate(year: 2021, month: 4, day: 14)!
    measure("events (decode → layout → time → events)") { index in
        let doc = documents[index]
        guard let (_, events) = try? pipeline.events(bytes: doc.raw, source: doc.name, issueDate: issue) else { fail("\(doc.name): failed") }
        return events.count
    }
}
if mode == "convert" || mode == "all" {
    let pipeline = Pipeline()
    let issue = CalendarDate(year: 2021, month: 4, day: 14)!
    measure("convert (decode → layout → time → events → timeline → .ics)") { index in
        let doc = documents[index]
        guard let (_, events) = try? pipeline.events(bytes: doc.raw, source: doc.name, issueDate: issue),
              let ics = try? render(Timeline(events: events), as: .ics) else { fail("\(doc.name): the conversion failed") }
        return ics.isEmpty ? 0 : events.count
    }
}
