import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleCore

/// The whole pipeline over every document of `Tests/Corpus` (the invented development corpus the repository
/// lays it out), scored against `gold.jsonl`:
/// - (kind, date) F1: an event matches a gold event of the same kind (or one of its
///   `alt_kinds`) whose date or one of its `accept` values equals the event's TIMEX3 value;
/// - leader recall by name, over the leaders of all gold events;
/// - attendees (the other officials present) by name, recall and precision over matched events;
/// - the issue date: found in the file when the gold says the file holds it, else the
///   pipeline must stop with `IssueDateError`.
///
/// `swift test --filter CorpusEventTests` prints the figures; set `CHRONICLE_CORPUS_REPORT=1`
/// to also list every miss and every spurious event.
@Suite struct CorpusEventTests {
    /// A little below what the recognizer reaches, so that a regression fails.
    static let minimumF1 = 0.96
    static let minimumLeaderRecall = 0.95
    static let minimumLeaderPrecision = 0.90
    static let minimumAttendeeRecall = 0.90
    static let minimumAttendeePrecision = 0.90

    @Test func corpusScores() throws {
        let score = try CorpusScorer.run()
        print(score.report)
        #expect(score.f1 >= Self.minimumF1, "\(score.report)")
        #expect(score.leaderRecall >= Self.minimumLeaderRecall, "\(score.report)")
        #expect(score.leaderPrecision >= Self.minimumLeaderPrecision, "\(score.report)")
        #expect(score.attendeeRecall >= Self.minimumAttendeeRecall, "\(score.report)")
        #expect(score.attendeePrecision >= Self.minimumAttendeePrecision, "\(score.report)")
        #expect(score.issueDateFailures.isEmpty, "\(score.issueDateFailures)")
        #expect(score.documents == 45)
    }
}

struct GoldDocument: Decodable {
    struct GoldArticle: Decodable {
        var headline: String
        var events: [GoldEvent]
    }
    struct GoldEvent: Decodable {
        var kind: String
        var alt_kinds: [String]?
        var date: String
        var accept: [String]?
        var leaders: [String]
        var attendees: [String]?
        var location: String?
        var planned: Bool?
    }
    var id: String
    var file: String
    var issue_date: String
    var issue_date_text: String?
    var articles: [GoldArticle]
}

struct CorpusScore {
    var documents = 0
    var truePositives = 0, falsePositives = 0, falseNegatives = 0
    var goldLeaders = 0, foundLeaders = 0
    /// Leaders of matched events, and those of them the gold lists too.
    var predictedLeaders = 0, rightLeaders = 0
    /// Attendees of matched events: in the gold, found, predicted, predicted and right.
    var goldAttendees = 0, foundAttendees = 0, predictedAttendees = 0, rightAttendees = 0
    /// Matched events whose place agrees with the gold (containment, or both none).
    var rightLocations = 0
    var plannedRight = 0, plannedGold = 0
    var issueDateFailures: [String] = []
    var details: [String] = []

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var leaderRecall: Double { Double(foundLeaders) / Double(max(1, goldLeaders)) }
    var leaderPrecision: Double { Double(rightLeaders) / Double(max(1, predictedLeaders)) }
    var attendeeRecall: Double { Double(foundAttendees) / Double(max(1, goldAttendees)) }
    var attendeePrecision: Double { Double(rightAttendees) / Double(max(1, predictedAttendees)) }
    var locationAccuracy: Double { Double(rightLocations) / Double(max(1, truePositives)) }

    var report: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        var lines = [
            "corpus: \(documents) documents  events tp=\(truePositives) fp=\(falsePositives) fn=\(falseNegatives)",
            "  (kind, date) precision=\(f(precision)) recall=\(f(recall)) F1=\(f(f1))",
            "  leader recall by name=\(f(leaderRecall)) (\(foundLeaders)/\(goldLeaders))  precision=\(f(leaderPrecision)) (\(rightLeaders)/\(predictedLeaders))  planned \(plannedRight)/\(plannedGold)",
            "  attendees of matched events: recall=\(f(attendeeRecall)) (\(foundAttendees)/\(goldAttendees))  precision=\(f(attendeePrecision)) (\(rightAttendees)/\(predictedAttendees))",
            "  location of matched events=\(f(locationAccuracy)) (\(rightLocations)/\(truePositives))",
            "  issue dates: \(issueDateFailures.isEmpty ? "all found (or refused where the file holds none)" : issueDateFailures.joined(separator: "; "))",
        ]
        if ProcessInfo.processInfo.environment["CHRONICLE_CORPUS_REPORT"] != nil { lines += details }
        return lines.joined(separator: "\n")
    }
}

enum CorpusScorer {
    static let corpusFolder = TestPaths.corpus

    struct MissingCorpus: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path): corpus not found: the repository carries it under Tests/Corpus" }
    }

    static func run(pipeline: Pipeline = Pipeline()) throws -> CorpusScore {
        let goldURL = corpusFolder.appendingPathComponent("gold.jsonl")
        guard let data = FileManager.default.contents(atPath: goldURL.path) else { throw MissingCorpus(path: goldURL.path) }
        var score = CorpusScore()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
            let doc = try JSONDecoder().decode(GoldDocument.self, from: Data(line.utf8))
            score.documents += 1
            try score.add(doc, pipeline: pipeline, folder: corpusFolder)
        }
        return score
    }
}

extension CorpusScore {
    mutating func add(_ doc: GoldDocument, pipeline: Pipeline, folder: URL) throws {
        let path = folder.appendingPathComponent(doc.file).path
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusScorer.MissingCorpus(path: path) }
        let bytes = [UInt8](data)
        let gold = CalendarDate(iso: doc.issue_date)
        let result: (page: Page, events: [Event])
        if doc.issue_date_text != nil {
            do {
                result = try pipeline.events(bytes: bytes, source: doc.file, issueDate: nil)
            } catch {
                issueDateFailures.append("\(doc.id): \(error)")
                result = try pipeline.events(bytes: bytes, source: doc.file, issueDate: gold)
            }
            if result.page.issueDate != gold { issueDateFailures.append("\(doc.id): found \(result.page.issueDate), gold \(doc.issue_date)") }
        } else {
            do {
                _ = try pipeline.events(bytes: bytes, source: doc.file, issueDate: nil)
                issueDateFailures.append("\(doc.id): the file holds no issue date, yet none was asked for")
            } catch is IssueDateError {
            }
            result = try pipeline.events(bytes: bytes, source: doc.file, issueDate: gold)
        }
        score(doc, result.events)
    }

    private mutating func score(_ doc: GoldDocument, _ predicted: [Event]) {
        var unmatched = Array(predicted.indices)
        for goldEvent in doc.articles.flatMap(\.events) {
            let kinds = [goldEvent.kind] + (goldEvent.alt_kinds ?? [])
            let dates = [goldEvent.date] + (goldEvent.accept ?? [])
            goldLeaders += goldEvent.leaders.count
            if goldEvent.planned == true { plannedGold += 1 }
            guard let k = unmatched.firstIndex(where: { kinds.contains(predicted[$0].kind) && dates.contains(predicted[$0].timex.value) }) else {
                falseNegatives += 1
                details.append("  MISS \(doc.id) \(goldEvent.kind) \(goldEvent.date)")
                continue
            }
            let event = predicted[unmatched.remove(at: k)]
            truePositives += 1
            if goldEvent.planned == true, event.planned { plannedRight += 1 }
            predictedLeaders += event.leaders.count
            for leader in event.leaders where goldEvent.leaders.contains(where: { Self.sameName($0, leader) }) {
                rightLeaders += 1
            }
            for leader in event.leaders where !goldEvent.leaders.contains(where: { Self.sameName($0, leader) }) {
                details.append("  EXTRA LEADER \(doc.id) \(leader) not in \(goldEvent.leaders)")
            }
            switch (goldEvent.location, event.location) {
            case (nil, nil): rightLocations += 1
            case (let g?, let p?) where g.contains(p) || p.contains(g): rightLocations += 1
            default: details.append("  LOCATION \(doc.id) \(goldEvent.location ?? "none") ≠ \(event.location ?? "none")")
            }
            let attendees = goldEvent.attendees ?? []
            goldAttendees += attendees.count
            predictedAttendees += event.attendees.count
            for a in event.attendees {
                if attendees.contains(where: { Self.sameName($0, a) }) {
                    rightAttendees += 1
                } else {
                    details.append("  EXTRA ATTENDEE \(doc.id) \(a) not in \(attendees)")
                }
            }
            for a in attendees {
                if event.attendees.contains(where: { Self.sameName($0, a) }) {
                    foundAttendees += 1
                } else {
                    details.append("  ATTENDEE \(doc.id) \(a) not in \(event.attendees)")
                }
            }
            for leader in goldEvent.leaders {
                if event.leaders.contains(where: { Self.sameName($0, leader) }) {
                    foundLeaders += 1
                } else {
                    details.append("  LEADER \(doc.id) \(leader) not in \(event.leaders)")
                }
            }
        }
        falsePositives += unmatched.count
        for i in unmatched {
            details.append("  SPURIOUS \(doc.id) \(predicted[i].kind) \(predicted[i].timex.value) «\(predicted[i].trigger)» \(predicted[i].sentence.prefix(30))")
        }
    }

    /// Leaders are compared by name: equal, one the other's tail, or sharing a tail of at
    /// least two characters (a title never ends in two characters of someone's name).
    static func sameName(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        var n = 0
        while n < min(x.count, y.count), x[x.count - 1 - n] == y[y.count - 1 - n] { n += 1 }
        return n == min(x.count, y.count) || n >= 2
    }
}
