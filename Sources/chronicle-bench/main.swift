import Chronicle
import Foundation

/// Throughput of the time engine: `make bench`, or
/// `swift build -c release --product chronicle-bench && .build/release/chronicle-bench [CORPUS_DIR] [MEGABYTES]`.
///
/// Tags the corpus documents one after another, round after round, until MEGABYTES of
/// UTF-8 text (default 100) went through `TimeTagger.tag` on one thread, then prints
/// characters (Unicode scalars) per second, MB/s and the peak resident memory, measured
/// after the first tenth and at the end: equal figures mean memory stays flat.
let arguments = CommandLine.arguments.dropFirst()
let corpusPath = arguments.first ?? "Tests/Corpus"
let targetMB = arguments.dropFirst().first.flatMap(Double.init) ?? 100

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("chronicle-bench: \(message)\n".utf8))
    exit(2)
}

let docsURL = URL(fileURLWithPath: corpusPath).appendingPathComponent("docs")
guard let names = try? FileManager.default.contentsOfDirectory(atPath: docsURL.path).filter({ $0.hasSuffix(".txt") }).sorted(),
      !names.isEmpty else {
    fail("no documents in \(docsURL.path): pass the corpus folder (the one holding docs/) as the first argument")
}
var documents: [(text: String, bytes: Int, scalars: Int)] = []
for name in names {
    guard let data = FileManager.default.contents(atPath: docsURL.appendingPathComponent(name).path),
          let text = try? TextDecoder.decode([UInt8](data), source: name) else { fail("\(name): cannot read or decode it") }
    documents.append((text, text.utf8.count, text.unicodeScalars.count))
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

let tagger = TimeTagger()
let reference = LocalDateTime(date: CalendarDate(year: 2021, month: 4, day: 14)!)
let targetBytes = Int(targetMB * 1_000_000)
var bytes = 0, scalars = 0, mentions = 0
var rssAtTenth: Double?
let clock = ContinuousClock()
let start = clock.now
let cpuStart = cpuSeconds()
while bytes < targetBytes {
    for doc in documents {
        mentions += tagger.tag(doc.text, reference: reference).count
        bytes += doc.bytes
        scalars += doc.scalars
    }
    if rssAtTenth == nil && bytes >= targetBytes / 10 { rssAtTenth = peakRSSMegabytes() }
}
let elapsed = start.duration(to: clock.now)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let cpu = cpuSeconds() - cpuStart

func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
print("input       \(fmt(Double(bytes) / 1e6)) MB UTF-8, \(fmt(Double(scalars) / 1e6)) M characters (\(documents.count) documents repeated), \(mentions) mentions")
print("time        \(fmt(seconds, 2)) s wall, \(fmt(cpu, 2)) s CPU, one thread")
print("per core    \(fmt(Double(scalars) / cpu / 1e6, 2)) M characters/s, \(fmt(Double(bytes) / cpu / 1e6, 1)) MB/s (per CPU second)")
print("wall        \(fmt(Double(scalars) / seconds / 1e6, 2)) M characters/s, \(fmt(Double(bytes) / seconds / 1e6, 1)) MB/s")
print("peak RSS    \(fmt(rssAtTenth ?? 0)) MB after the first tenth, \(fmt(peakRSSMegabytes())) MB at the end")
