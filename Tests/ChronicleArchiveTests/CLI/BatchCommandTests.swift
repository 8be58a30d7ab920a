import ChronicleArchive
import Foundation
import Testing

/// The commands as cron runs them: the built binary, exit statuses, stderr lines, files.
@Suite(.serialized, .enabled(if: ChronicleProcess.binary != nil, "build the chronicle binary first"))
struct BatchCommandTests {
    typealias P = ChronicleProcess

    @Test func folderWithOneBinaryFileExits1NamesItAndConvertsTheRest() throws {
        let dir = P.temporaryFolder()
        let pages = try P.pages(in: dir, dates: ["2021-04-14", "2021-04-15", "2021-04-16"])
        var noise = [UInt8](repeating: 0, count: 4096)
        for i in noise.indices { noise[i] = UInt8(truncatingIfNeeded: i &* 2654435761 >> 7) }
        try Data(noise).write(to: pages.appendingPathComponent("2021-04-17.txt"))
        let result = try P.run(["convert", "pages", "--out-dir", "out", "--format", "jsonl"], in: dir)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("pages/2021-04-17.txt: ") == true)
        #expect(lines.last == "chronicle convert: 3 pages converted, 1 failed, 27 events")
        for date in ["2021-04-14", "2021-04-15", "2021-04-16"] {
            let out = try Data(contentsOf: dir.appendingPathComponent("out/\(date).jsonl"))
            #expect(!out.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/2021-04-17.jsonl").path))
    }

    /// A folder of pages as people save them: text, and web pages in any case (`.HTM` from
    /// Windows, `.shtml` from government sites) are read; other files are not; `--glob`
    /// narrows the choice.
    @Test func folderTakesTextAndSavedWebPagesInAnyCase() throws {
        let dir = P.temporaryFolder()
        let pages = try P.pages(in: dir, dates: ["2021-04-14"])
        try FileManager.default.copyItem(at: P.sample, to: pages.appendingPathComponent("2021-04-15.HTM"))
        try FileManager.default.copyItem(at: P.sample, to: pages.appendingPathComponent("2021-04-16.shtml"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00]).write(to: pages.appendingPathComponent("2021-04-16.jpg"))
        try Data("备忘".utf8).write(to: pages.appendingPathComponent("notes.md"))
        let all = try P.run(["convert", "pages", "-o", "all.jsonl"], in: dir)
        #expect(all.status == 0)
        #expect(all.stderr == "chronicle convert: 3 pages converted, 27 events\n")
        let text = try P.run(["convert", "pages", "--glob", "*.txt", "-o", "text.jsonl"], in: dir)
        #expect(text.stderr == "chronicle convert: 1 page converted, 9 events\n")
        let none = try P.run(["convert", "pages", "--glob", "*.doc", "--glob", "*.pdf"], in: dir)
        #expect(none.status == 2)
        #expect(none.stderr.hasPrefix("pages: no files matching *.doc *.pdf in this folder"))
    }

    /// Inside a folder: subfolders are searched, hidden files and folders are not, a link to
    /// a page is a page; a page longer than one read (a megabyte) is read whole.
    @Test func folderSearchesSubfoldersSkipsHiddenOnesFollowsLinksReadsLongPages() throws {
        let dir = P.temporaryFolder()
        let pages = try P.pages(in: dir, dates: ["2021-04-14"])
        let fm = FileManager.default
        try fm.createDirectory(at: pages.appendingPathComponent("week2"), withIntermediateDirectories: true)
        try fm.copyItem(at: P.sample, to: pages.appendingPathComponent("week2/2021-04-21.txt"))
        try fm.createDirectory(at: pages.appendingPathComponent(".drafts"), withIntermediateDirectories: true)
        try fm.copyItem(at: P.sample, to: pages.appendingPathComponent(".drafts/2021-04-22.txt"))
        try fm.copyItem(at: P.sample, to: pages.appendingPathComponent(".2021-04-23.txt"))
        try fm.createSymbolicLink(at: pages.appendingPathComponent("2021-04-24.txt"), withDestinationURL: P.sample)
        // The sample repeated past a megabyte, its reports kept apart by blank lines.
        let sample = try Data(contentsOf: P.sample)
        var long = Data()
        while long.count <= 1 << 20 { long += sample + Data("\n\n".utf8) }
        try long.write(to: pages.appendingPathComponent("2021-04-25.txt"))
        let result = try P.run(["convert", "pages", "--out-dir", "out", "--format", "jsonl"], in: dir)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("chronicle convert: 4 pages converted, "))
        let written = Set(try fm.subpathsOfDirectory(atPath: dir.appendingPathComponent("out").path)
            .filter { $0.hasSuffix(".jsonl") })
        #expect(written == ["2021-04-14.jsonl", "week2/2021-04-21.jsonl", "2021-04-24.jsonl", "2021-04-25.jsonl"])
        let one = try Data(contentsOf: dir.appendingPathComponent("out/2021-04-14.jsonl"))
        let longOut = try Data(contentsOf: dir.appendingPathComponent("out/2021-04-25.jsonl"))
        #expect(!one.isEmpty && longOut.count > one.count)
    }

    @Test func mergedOutputStillWrittenWhenOneInputFails() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        let result = try P.run(["convert", "pages/2021-04-14.txt", "pages/missing.txt", "-o", "all.csv"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "pages/missing.txt: no such file or folder; check the path\n"
                + "chronicle convert: 1 page converted, 1 failed, 9 events\n")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("all.csv").path))
    }

    @Test func singleMissingFileExits2WithOneLine() throws {
        let result = try P.run(["convert", "nowhere.txt"], in: P.temporaryFolder())
        #expect(result.status == 2)
        #expect(result.stderr == "nowhere.txt: no such file or folder; check the path\n")
    }

    @Test func pageWithoutIssueDateExits2SayingHowToPassOne() throws {
        let dir = P.temporaryFolder()
        try FileManager.default.copyItem(at: P.sample, to: dir.appendingPathComponent("page.txt"))
        let result = try P.run(["convert", "page.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("page.txt: ") && result.stderr.contains("--issue-date"))
    }

    @Test func usageErrorsExit2() throws {
        let dir = P.temporaryFolder()
        #expect(try P.run(["convert", "x.txt", "-o", "a.ics", "--out-dir", "d"], in: dir).status == 2)
        #expect(try P.run(["convert", "x.txt", "--issue-date", "14/04/2021"], in: dir).status == 2)
        #expect(try P.run(["export", "--from", "yesterday", "--db", "a.sqlite"], in: dir).status == 2)
    }

    /// Same input, any TZ and LANG: the same bytes.
    @Test func outputIsReproducibleWhateverTheLocale() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        let a = try P.run(["convert", "pages", "--format", "ics", "--quiet"], in: dir, env: ["TZ": "America/New_York", "LANG": "C"])
        let b = try P.run(["convert", "pages", "--format", "ics"], in: dir, env: ["TZ": "UTC", "LANG": "zh_CN.UTF-8"])
        #expect(a.status == 0 && b.status == 0)
        #expect(!a.stdout.isEmpty && a.stdout == b.stdout)
        #expect(a.stderr.isEmpty, "a successful run under --quiet (as from cron) is silent")
        #expect(b.stderr == "chronicle convert: 1 page converted, 9 events\n")
    }

    @Test func ingestingTheSameIssueTwiceChangesNothing() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14", "2021-04-15"])
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir).status == 0)
        let export1 = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl"], in: dir)
        let again = try P.run(["ingest", "pages", "--db", "a.sqlite", "--verbose"], in: dir)
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 events added, 0 updated, 0 removed"))
        let export2 = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl"], in: dir)
        #expect(!export1.stdout.isEmpty && export1.stdout == export2.stdout)
    }

    /// Each paper's folder holds its own `2021-04-14.txt`: both are archived, and naming a
    /// page by another path (absolute, from another folder) is still that one page.
    @Test func namesakePagesOfTwoPapersAreBothArchived() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        let other = dir.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "西河日报 2021年4月14日\n\n区长周可调研农贸市场\n\n4月13日上午，区长周可到城北农贸市场调研食品安全工作。\n"
            .write(to: other.appendingPathComponent("2021-04-14.txt"), atomically: true, encoding: .utf8)
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir).status == 0)
        let one = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl"], in: dir).stdout
        #expect(try P.run(["ingest", "other", "--db", "a.sqlite"], in: dir).status == 0)
        let both = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl"], in: dir).stdout
        let lines = { (data: Data) in String(decoding: data, as: UTF8.self).split(separator: "\n") }
        #expect(lines(both).count == lines(one).count + 1)
        #expect(String(decoding: both, as: UTF8.self).contains("农贸市场"))
        let db = dir.appendingPathComponent("a.sqlite").path
        let again = try P.run(["ingest", dir.appendingPathComponent("pages").path, "--db", db, "--verbose"], in: other)
        #expect(again.status == 0 && again.stderr.contains("0 events added, 0 updated, 0 removed"))
    }

    /// A corrected page keeps every UID, and the changed events get SEQUENCE 1 and a new LAST-MODIFIED.
    @Test func correctedPageUpdatesTheSubscribedCalendar() throws {
        let dir = P.temporaryFolder()
        let pages = try P.pages(in: dir, dates: ["2021-04-14"])
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir).status == 0)
        let before = String(decoding: try P.run(["export", "--db", "a.sqlite"], in: dir).stdout, as: UTF8.self)
        let page = pages.appendingPathComponent("2021-04-14.txt")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "柴琳琳", with: "柴琳").write(to: page, atomically: true, encoding: .utf8)
        let day2 = ["SOURCE_DATE_EPOCH": "1618444800"]
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir, env: day2).status == 0)
        let after = String(decoding: try P.run(["export", "--db", "a.sqlite"], in: dir).stdout, as: UTF8.self)
        func lines(_ ics: String, _ name: String) -> [Substring] {
            ics.split(separator: "\r\n").filter { $0.hasPrefix(name + ":") }
        }
        #expect(!lines(before, "UID").isEmpty && lines(before, "UID") == lines(after, "UID"))
        #expect(lines(before, "SEQUENCE").allSatisfy { $0 == "SEQUENCE:0" })
        #expect(lines(after, "SEQUENCE").contains("SEQUENCE:1"))
        #expect(lines(after, "LAST-MODIFIED").contains("LAST-MODIFIED:20210415T000000Z"))
        #expect(lines(after, "CREATED").allSatisfy { $0 == "CREATED:20210414T000000Z" })
    }

    @Test func statsCountsByMonthKindAndLeader() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14", "2021-05-20"])
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir).status == 0)
        let stats = try P.run(["stats", "--db", "a.sqlite", "--check"], in: dir)
        let text = String(decoding: stats.stdout, as: UTF8.self)
        #expect(stats.status == 0 && stats.stderr.isEmpty)
        #expect(text.hasPrefix("issues 2  pages 2  "))
        for section in ["by month", "by kind", "by leader"] { #expect(text.contains("\n\(section)\n")) }
        #expect(text.contains("  2021-04 "))
        #expect(try P.run(["stats", "--db", "missing.sqlite"], in: dir).status == 2)
    }

    @Test func twoConcurrentIngestsLeaveAConsistentArchive() throws {
        let dir = P.temporaryFolder()
        let dates = (10...19).map { "2021-04-\($0)" }
        _ = try P.pages(in: dir, dates: dates)
        let first = try P.start(["ingest", "pages", "--db", "a.sqlite"], in: dir)
        let second = try P.start(["ingest", "pages", "--db", "a.sqlite"], in: dir)
        let r1 = P.finish(first.0, first.1, first.2), r2 = P.finish(second.0, second.1, second.2)
        #expect(r1.status == 0 && r2.status == 0, "\(r1.stderr)\(r2.stderr)")
        #expect(try P.run(["ingest", "pages", "--db", "serial.sqlite"], in: dir).status == 0)
        let together = try Archive(path: dir.appendingPathComponent("a.sqlite").path, create: false)
        let serial = try Archive(path: dir.appendingPathComponent("serial.sqlite").path, create: false)
        #expect(try together.problems().isEmpty)
        #expect(try together.events() == serial.events())
        #expect(try together.stats() == serial.stats())
    }

    /// The format follows the output's extension; one no format writes is refused with
    /// the list (never a calendar under a spreadsheet's name), and nothing is written.
    @Test func outputExtensionChoosesTheFormatOrIsRefused() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        let refused = try P.run(["convert", "pages", "-o", "out.docx"], in: dir)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("out.docx") && refused.stderr.contains(".xlsx") && refused.stderr.contains("--format"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
        #expect(try P.run(["convert", "pages", "-o", "report.xlsx"], in: dir).status == 0)
        let workbook = try Data(contentsOf: dir.appendingPathComponent("report.xlsx"))
        #expect(workbook.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try P.run(["convert", "pages", "-o", "dashiji.txt"], in: dir).status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("dashiji.txt"), encoding: .utf8)
        #expect(text.hasPrefix("2021年4月\n"))
        #expect(try P.run(["convert", "pages", "-o", "report.csv", "--layout", "report"], in: dir).status == 0)
        let csv = try Data(contentsOf: dir.appendingPathComponent("report.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF] + Array("日期,时间,类别,事项,领导,出席,地点,原文,来源,报道日期\r\n".utf8)))
    }

    /// A folder of pages whose names carry no date: a manifest gives each its date, a line
    /// naming no input is reported, a second --issue-date is refused, a date guessed from
    /// a bare date line is said on standard error, and the batch ends with one summary line.
    @Test func issueDatesForABatch() throws {
        let dir = P.temporaryFolder()
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let sample = try Data(contentsOf: P.sample)
        try sample.write(to: pages.appendingPathComponent("zhengwu-a.txt"))
        try sample.write(to: pages.appendingPathComponent("zhengwu-b.txt"))
        try Data("2019年3月2日\n\n区长调研\n\n本报讯 3月1日，区长到白鹭河调研。\n".utf8).write(to: pages.appendingPathComponent("banner.txt"))
        try Data("文件\t日期\npages/zhengwu-a.txt\t2021-04-14\nzhengwu-b.txt\t2021-04-15\nmissing.txt\t2021-04-16\n".utf8)
            .write(to: dir.appendingPathComponent("dates.tsv"))
        let run = try P.run(["convert", "pages", "--issue-dates", "dates.tsv", "-o", "all.jsonl"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = String(decoding: try Data(contentsOf: dir.appendingPathComponent("all.jsonl")), as: UTF8.self).split(separator: "\n")
        // zhengwu-b retells zhengwu-a's events a day later: merged, the earlier issue stands
        // for them (the same-event rule); converted alone, it carries its own manifest date.
        #expect(!lines.contains { $0.contains(#""issue_date": "2021-04-15""#) })
        let alone = try P.run(["convert", "pages/zhengwu-b.txt", "--issue-dates", "dates.tsv", "--format", "jsonl"], in: dir)
        #expect(String(decoding: alone.stdout, as: UTF8.self).contains(#""issue_date": "2021-04-15", "issue_date_source": "manifest""#))
        #expect(lines.contains { $0.contains(#""issue_date": "2021-04-14", "issue_date_source": "manifest""#) })
        #expect(lines.contains { $0.contains(#""issue_date": "2019-03-02", "issue_date_source": "guessed""#) })
        #expect(run.stderr.contains("dates.tsv:4: missing.txt names none of the inputs"))
        #expect(run.stderr.contains("banner.txt: issue date 2019-03-02 guessed"))
        #expect(run.stderr.hasSuffix("chronicle convert: 3 pages converted, 19 events\n"), "\(run.stderr)")
        let twice = try P.run(["convert", "pages", "--issue-date", "2021-04-14", "--issue-date", "2021-04-15"], in: dir)
        #expect(twice.status == 2 && twice.stderr.contains("--issue-date was given 2 times"))
        try Data("pages/zhengwu-a.txt,2021-04-31\n".utf8).write(to: dir.appendingPathComponent("bad.csv"))
        let bad = try P.run(["convert", "pages", "--issue-dates", "bad.csv"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("bad.csv:1: '2021-04-31' is not a date"))
    }

    @Test func secondRunWithNoWaitExits2WhileLocked() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        let db = dir.appendingPathComponent("a.sqlite").path
        let held = try ArchiveLock(databasePath: db, wait: false)
        let result = try P.run(["ingest", "pages", "--db", "a.sqlite", "--no-wait"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("a.sqlite.lock") && result.stderr.split(separator: "\n").count == 1)
        _ = held
    }

    /// A run that must wait says whom for, and `--wait-timeout` bounds the wait: exit 2
    /// with one line naming the lock and the holder's pid.
    @Test func waitingRunSaysSoAndGivesUpAfterItsTimeout() throws {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        let db = dir.appendingPathComponent("a.sqlite").path
        let held = try ArchiveLock(databasePath: db, wait: false)
        let result = try P.run(["ingest", "pages", "--db", "a.sqlite", "--wait-timeout", "0.2"], in: dir)
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.contains("waiting for") == true && lines.first?.contains("held by pid \(getpid())") == true)
        #expect(lines.last?.contains("a.sqlite.lock") == true && lines.last?.contains("after 0.2 s") == true)
        let usage = try P.run(["ingest", "pages", "--db", "a.sqlite", "--wait-timeout", "-1"], in: dir)
        #expect(usage.status == 2 && usage.stderr.contains("--wait-timeout"))
        _ = held
    }

    /// SIGKILL an export at each moment of its write (the command's CHRONICLE_TEST_KILL_AT
    /// hook, so no timer decides where it dies): the calendar on disk is still the earlier
    /// file, byte for byte; a run that is not killed then replaces it whole.
    @Test(arguments: ["created", "half-written", "before-rename"])
    func killedExportLeavesTheEarlierFileIntact(_ stage: String) throws {
        let dir = P.temporaryFolder()
        let dates = (1...3).map { String(format: "2021-03-%02d", $0) }
        _ = try P.pages(in: dir, dates: dates)
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir).status == 0)
        #expect(try P.run(["export", "--db", "a.sqlite", "-o", "cal.ics"], in: dir).status == 0)
        let earlier = try Data(contentsOf: dir.appendingPathComponent("cal.ics"))
        // Change the archive so a completed export would differ from the earlier file.
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        #expect(try P.run(["ingest", "pages/2021-04-14.txt", "--db", "a.sqlite"], in: dir).status == 0)

        let killed = try P.run(["export", "--db", "a.sqlite", "-o", "cal.ics"], in: dir, env: ["CHRONICLE_TEST_KILL_AT": stage])
        #expect(killed.killed, "the export was not stopped at \(stage)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("cal.ics")) == earlier)

        #expect(try P.run(["export", "--db", "a.sqlite", "-o", "cal.ics"], in: dir).status == 0)
        let completed = try Data(contentsOf: dir.appendingPathComponent("cal.ics"))
        #expect(completed != earlier)
        #expect(completed.suffix(15) == Data("END:VCALENDAR\r\n".utf8))
    }
}
