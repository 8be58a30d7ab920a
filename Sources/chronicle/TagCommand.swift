import ArgumentParser
import Chronicle
import Foundation

/// `chronicle tag`: the time engine alone, for people (a table) and for pipelines (JSON lines).
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Find and resolve the temporal expressions in a text.",
        discussion: """
            Examples:
              chronicle tag "4月12日上午开会" --ref 2021-04-14
                  prints a table of the mentions
              chronicle tag --jsonl < in.jsonl > out.jsonl
                  reads {"id","text","ref"} lines, writes one {"id","mentions"} line each
            """
    )

    @Argument(help: "The text to tag (omit with --jsonl).")
    var text: String?

    @Option(help: "Reference (issue) date or time, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], Asia/Shanghai wall time.")
    var ref: String?

    @Flag(help: "Read JSON lines on standard input, write one result line per input line.")
    var jsonl = false

    func validate() throws {
        if let ref, LocalDateTime(iso: ref) == nil {
            throw ValidationError("--ref \(ref): not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        }
        if jsonl && text != nil { throw ValidationError("give either a TEXT or --jsonl, not both") }
        if !jsonl && text == nil { throw ValidationError("no text: pass TEXT, or --jsonl to read JSON lines on standard input") }
        if !jsonl && ref == nil {
            throw ValidationError("no reference date: pass --ref YYYY-MM-DD (the issue date the text is read against)")
        }
    }

    func run() throws {
        let tagger = TimeTagger()
        let defaultRef = ref.flatMap { LocalDateTime(iso: $0) }
        if jsonl {
            TagStream(tagger: tagger, defaultReference: defaultRef).run()
            return
        }
        guard let text, let reference = defaultRef else { return }
        print(TagTable.render(tagger.tag(text, reference: reference)), terminator: "")
    }
}

/// The readable table of `chronicle tag TEXT`.
enum TagTable {
    static func render(_ mentions: [TimeMention]) -> String {
        if mentions.isEmpty { return "(no temporal expressions)\n" }
        var rows = [["span", "type", "value", "mod", "future", "text"]]
        for m in mentions {
            rows.append(["\(m.start)-\(m.end)", m.type.rawValue, m.timex.value, m.modifier?.rawValue ?? "",
                         m.isFuture ? "yes" : "", m.text])
        }
        let widths = (0..<6).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in c == 5 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}

/// Streams the `--jsonl` protocol (`TagProtocol`): line in, line out, flat memory.
struct TagStream {
    let tagger: TimeTagger
    let defaultReference: LocalDateTime?

    func run() {
        let protocolHandler = TagProtocol(tagger: tagger, defaultReference: defaultReference)
        var out = FileHandleOutput()
        while let line = readLine(strippingNewline: true) {
            out.write(protocolHandler.respond(to: line))
            out.write("\n")
        }
        out.flush()
    }
}

/// Buffered standard output: written in chunks so a long stream stays fast and flat.
struct FileHandleOutput {
    private var buffer = Data()

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
