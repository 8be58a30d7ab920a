import Foundation
import Testing

/// What a person types: kinds by label, leaders in either script, stats as JSON, the
/// same UIDs from a renamed file or standard input, removals named by `ingest -v`.
@Suite(.serialized, .enabled(if: ChronicleProcess.binary != nil, "build the chronicle binary first"))
struct ArchiveFilterCommandTests {
    typealias P = ChronicleProcess

    static func uids(_ output: Data) -> [String] {
        String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["uid"] as? String
        }
    }

    static func archive() throws -> URL {
        let dir = P.temporaryFolder()
        _ = try P.pages(in: dir, dates: ["2021-04-14"])
        #expect(try P.run(["ingest", "pages", "--db", "a.sqlite"], in: dir).status == 0)
        return dir
    }

    @Test func kindTakesItsLabelAndRefusesAnUnknownKindListingTheKinds() throws {
        let dir = try Self.archive()
        let byCode = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl", "--kind", "inspection"], in: dir)
        let byLabel = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl", "--kind", "调研督导"], in: dir)
        let byTraditional = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl", "--kind", "調研督導"], in: dir)
        #expect(byCode.status == 0 && !Self.uids(byCode.stdout).isEmpty)
        #expect(byLabel.stdout == byCode.stdout && byTraditional.stdout == byCode.stdout)
        for wrong in ["inspect", "调研", "会"] {
            let refused = try P.run(["export", "--db", "a.sqlite", "--kind", wrong], in: dir)
            #expect(refused.status == 2, "\(wrong)")
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr.contains("--kind \(wrong)") && refused.stderr.contains("inspection (调研督导)")
                    && refused.stderr.contains("meeting (会议)") && refused.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func leaderMatchesEitherScriptAndTheNameAlone() throws {
        let dir = try Self.archive()
        let simplified = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl", "--leader", "虎强"], in: dir)
        let traditional = try P.run(["export", "--db", "a.sqlite", "--format", "jsonl", "--leader", "區委書記虎強"], in: dir)
        #expect(!Self.uids(simplified.stdout).isEmpty)
        #expect(Set(Self.uids(traditional.stdout)).isSubset(of: Set(Self.uids(simplified.stdout))))
        #expect(!Self.uids(traditional.stdout).isEmpty)
        #expect(Self.uids(try P.run(["export", "--db", "a.sqlite", "--format", "jsonl", "--leader", "无此人"], in: dir).stdout).isEmpty)
    }

    @Test func statsAsJSONCountsPeopleByName() throws {
        let dir = try Self.archive()
        let result = try P.run(["stats", "--db", "a.sqlite", "--format", "json", "--check"], in: dir)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["issues"] as? Int == 1)
        #expect((object["problems"] as? [String])?.isEmpty == true)
        let people = try #require(object["by_leader"] as? [[String: Any]])
        let names = people.compactMap { $0["key"] as? String }
        #expect(names.contains("虎强") && Set(names).count == names.count)
        #expect(!names.contains { $0.contains("书记") })
        let months = try #require(object["by_month"] as? [[String: Any]])
        #expect(months.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == object["events"] as? Int)
    }

    @Test func aRenamedFileAndStandardInputGiveTheSameUIDs() throws {
        let dir = P.temporaryFolder()
        let pages = try P.pages(in: dir, dates: ["2021-04-14"])
        try FileManager.default.copyItem(at: pages.appendingPathComponent("2021-04-14.txt"),
                                         to: dir.appendingPathComponent("renamed.txt"))
        let original = try P.run(["convert", "pages/2021-04-14.txt", "--format", "jsonl"], in: dir)
        let renamed = try P.run(["convert", "renamed.txt", "--issue-date", "2021-04-14", "--format", "jsonl"], in: dir)
        let piped = try P.run(["convert", "-", "--issue-date", "2021-04-14", "--format", "jsonl"], in: dir,
                              stdin: dir.appendingPathComponent("renamed.txt"))
        #expect(!Self.uids(original.stdout).isEmpty)
        #expect(Self.uids(renamed.stdout) == Self.uids(original.stdout))
        #expect(Self.uids(piped.stdout) == Self.uids(original.stdout))
    }

    /// An article cut from a corrected page: its events go, `ingest -v` names them, the
    /// other events keep their UIDs.
    @Test func ingestVerboseNamesTheEventsAPageNoLongerHas() throws {
        let dir = try Self.archive()
        let before = Self.uids(try P.run(["export", "--db", "a.sqlite", "--format", "jsonl"], in: dir).stdout)
        let page = dir.appendingPathComponent("pages/2021-04-14.txt")
        let text = try String(contentsOf: page, encoding: .utf8)
        // Cut the page's last article (its headline and what follows).
        let headline = try #require(text.range(of: "金星啤酒厂 片区改造项目推进会召开"))
        let lastBreak = try #require(text[..<headline.lowerBound].range(of: "\n", options: .backwards))
        try String(text[..<lastBreak.upperBound]).write(to: page, atomically: true, encoding: .utf8)
        let result = try P.run(["ingest", "pages", "--db", "a.sqlite", "--verbose"], in: dir)
        #expect(result.status == 0)
        let removed = result.stderr.split(separator: "\n").filter { $0.contains(": removed chronicle-") }
        #expect(!removed.isEmpty, "\(result.stderr)")
        let after = Self.uids(try P.run(["export", "--db", "a.sqlite", "--format", "jsonl"], in: dir).stdout)
        #expect(Set(after).isSubset(of: Set(before)) && after.count == before.count - removed.count)
        for line in removed {
            let uid = line.split(separator: " ").first { $0.hasPrefix("chronicle-") }.map(String.init) ?? ""
            #expect(before.contains(uid) && !after.contains(uid))
        }
    }
}
