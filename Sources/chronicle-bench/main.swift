import Chronicle
import Foundation

/// Throughput of the time engine and of the whole conversion: `make bench`, or
/// `swift build -c release --product chronicle-bench && .build/release/chronicle-bench [CORPUS_DIR] [MEGABYTES] [tag|convert|folder|page|all]`.
///
/// `tag`: tags the corpus documents one after another, round after round, until MEGABYTES
/// of UTF-8 text (default 100) went through `TimeTagger.tag` on one thread. `convert`: the
/// same documents as pages through the whole path (decode, layout, time, events, timeline,
/// iCalendar), each page on its own. Each prints characters (Unicode scalars) and pages per
/// CPU second, MB/s and the peak resident memory, measured after the first tenth and at the
/// end: equal figures mean memory stays flat.
///
/// `folder` and `page` run the `chronicle` command built beside this one, as a user would:
/// `folder` writes the documents, repeated to MEGABYTES, as a folder of page files and
/// converts the folder into one .ics (`chronicle convert DIR -o FILE`, every core);
/// `page` writes them as one page of MEGABYTES and converts it. Each prints pages and
/// characters per CPU second and the command's peak resident memory (getrusage of the child).
let arguments = CommandLine.arguments.dropFirst()
let corpusPath = arguments.first ?? "Tests/Corpus"
let targetMB = arguments.dropFirst().first.flatMap(Double.init) ?? 100
let mode = arguments.dropFirst(2).first ?? "all"
guard ["tag", "convert", "events", "folder", "page", "all"].contains(mode) else {
    fail("unknown mode \(mode): tag, events, convert, folder, page or all")
}

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
if mode == "tag" || mode == "all" {
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
    let writer = TimelineWriter(format: .ics)   // one writer for every page, as `chronicle convert` has
    let issue = CalendarDate(year: 2021, month: 4, day: 14)!
    measure("convert (decode → layout → time → events → timeline → .ics)") { index in
        let doc = documents[index]
        guard let (_, events) = try? pipeline.events(bytes: doc.raw, source: doc.name, issueDate: issue) else {
            fail("\(doc.name): the conversion failed")
        }
        let count = events.count
        // Handed over, as `chronicle convert` does: the timeline moves the events out of their list.
        guard let ics = try? writer.render(Timeline(events: consume events)) else { fail("\(doc.name): the conversion failed") }
        return ics.isEmpty ? 0 : count
    }
}

/// Runs the `chronicle` command beside this program on what `write` puts into a fresh
/// temporary folder, and reports its CPU time and peak memory (the child's rusage).
@MainActor func measureCommand(_ title: String, _ write: (URL) -> (files: Int, bytes: Int, scalars: Int, largest: Int),
                               arguments: (URL) -> [String]) {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-bench-\(getpid())")
    try? FileManager.default.removeItem(at: work)
    let input = work.appendingPathComponent("pages")
    guard (try? FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)) != nil else {
        fail("cannot create \(input.path)")
    }
    defer { try? FileManager.default.removeItem(at: work) }
    let (files, bytes, scalars, largest) = write(input)
    let command = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("chronicle")
    let process = Process()
    process.executableURL = command
    process.arguments = arguments(work)
    process.environment = ["SOURCE_DATE_EPOCH": "0", "PATH": "/usr/bin:/bin"]
    let clock = ContinuousClock()
    let start = clock.now
    do { try process.run() } catch { fail("cannot run \(command.path): build it with `swift build -c release --product chronicle`") }
    process.waitUntilExit()
    let elapsed = start.duration(to: clock.now)
    guard process.terminationStatus == 0 else { fail("\(command.path) \(process.arguments!.joined(separator: " ")) exited with \(process.terminationStatus)") }
    var u = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &u)
    let cpu = Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let peak = Double(u.ru_maxrss) / 1024
    let output = (try? FileManager.default.attributesOfItem(atPath: work.appendingPathComponent("out.ics").path)[.size] as? Int) ?? 0
    print("== \(title)")
    print("input       \(files) page files, \(fmt(Double(bytes) / 1e6)) MB UTF-8, \(fmt(Double(scalars) / 1e6)) M characters; the largest \(largest < 1_000_000 ? fmt(Double(largest) / 1e3, 1) + " kB" : fmt(Double(largest) / 1e6, 1) + " MB")")
    print("command     chronicle \(process.arguments!.joined(separator: " ").replacingOccurrences(of: work.path + "/", with: "")) (.ics of \(fmt(Double(output) / 1e6, 1)) MB)")
    print("time        \(fmt(seconds, 2)) s wall, \(fmt(cpu, 2)) s CPU")
    let pages = { (s: Double) in files == 1 ? "" : ", \(fmt(Double(files) / s, 0)) pages/s" }
    print("per core    \(fmt(Double(scalars) / cpu / 1e6, 2)) M characters/s\(pages(cpu)) (per CPU second)")
    print("wall        \(fmt(Double(scalars) / seconds / 1e6, 2)) M characters/s\(pages(seconds))")
    print("peak RSS    \(fmt(peak)) MB" + (files == 1 ? " (\(fmt(peak * 1024 * 1024 / Double(max(largest, 1)), 1))× the page)" : ""))
}

/// Writes one generated input; a bench that could not write its input measures nothing, so it stops.
func writeInput(_ data: Data, to url: URL) {
    guard FileManager.default.createFile(atPath: url.path, contents: data) else {
        FileHandle.standardError.write(Data("chronicle-bench: cannot write \(url.path)\n".utf8))
        exit(1)
    }
}

if mode == "folder" || mode == "all" {
    measureCommand("folder of pages → one .ics (the chronicle command, every core)", { folder in
        var bytes = 0, scalars = 0, files = 0, largest = 0
        while bytes < targetBytes {
            for doc in documents {
                // The issue date in the name, as a nightly folder has it.
                let name = String(format: "2021-04-14-%06d.txt", files)
                writeInput(Data(doc.raw), to: folder.appendingPathComponent(name))
                bytes += doc.bytes; scalars += doc.scalars; files += 1; largest = max(largest, doc.raw.count)
            }
        }
        return (files, bytes, scalars, largest)
    }, arguments: { work in ["convert", work.appendingPathComponent("pages").path, "--format", "ics",
                             "-o", work.appendingPathComponent("out.ics").path, "--quiet"] })
}
if mode == "page" || mode == "all" {
    measureCommand("one large page → .ics (the chronicle command)", { folder in
        var page: [UInt8] = [], scalars = 0
        while page.count < targetBytes {
            for doc in documents {
                page += Array(doc.text.utf8) + Array("\n\n".utf8)   // one encoding for the whole page
                scalars += doc.scalars + 2
            }
        }
        writeInput(Data(page), to: folder.appendingPathComponent("2021-04-14.txt"))
        return (1, page.count, scalars, page.count)
    }, arguments: { work in ["convert", work.appendingPathComponent("pages/2021-04-14.txt").path, "--format", "ics",
                             "-o", work.appendingPathComponent("out.ics").path, "--quiet"] })
}
