import Foundation

/// A user lexicon file could not be used.
public struct EventLexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public var description: String {
        "\(path): \(problem); see Samples/lexicon.example.json for the format"
    }
}

/// The JSON form of a user lexicon (`--lexicon FILE`), documented by
/// `Samples/lexicon.example.json`:
///
///     {"triggers": {"drill": ["消防演练"], "meeting": ["议事会"]},
///      "titles": ["网格长"], "ignore": ["议事会制度"]}
///
/// Every key is optional. A trigger phrase that the built-in table already has takes the
/// user's kind. Unknown keys are an error, so a misspelt key is not silently ignored.
struct UserLexiconFile: Decodable {
    var comment: String?
    var triggers: [String: [String]]?
    var titles: [String]?
    var ignore: [String]?

    enum CodingKeys: String, CodingKey {
        case comment, triggers, titles, ignore
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        let unknown = c.allKeys.map(\.stringValue).filter { CodingKeys(rawValue: $0) == nil }
        if let key = unknown.first {
            throw DecodingError.dataCorruptedError(forKey: AnyKey(stringValue: key), in: c,
                debugDescription: "unknown key \"\(key)\" (known: comment, triggers, titles, ignore)")
        }
        comment = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "comment"))
        triggers = try c.decodeIfPresent([String: [String]].self, forKey: AnyKey(stringValue: "triggers"))
        titles = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "titles"))
        ignore = try c.decodeIfPresent([String].self, forKey: AnyKey(stringValue: "ignore"))
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

extension EventLexicon {
    /// This lexicon with the kinds, triggers, titles and blockers of a user's JSON file added.
    public func merging(userFile path: String) throws(EventLexiconError) -> EventLexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EventLexiconError(path: path, problem: "cannot read the lexicon file")
        }
        return try merging(json: data, source: path)
    }

    /// As `merging(userFile:)`, from the bytes of such a file; `source` names it in errors.
    public func merging(json data: Data, source: String) throws(EventLexiconError) -> EventLexicon {
        let file: UserLexiconFile
        do {
            file = try JSONDecoder().decode(UserLexiconFile.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw EventLexiconError(path: source, problem: "not a valid lexicon: \(Self.reason(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw EventLexiconError(path: source, problem: "wrong type at \(Self.codingPath(context)): \(context.debugDescription)")
        } catch {
            throw EventLexiconError(path: source, problem: "not a valid lexicon")
        }
        var merged = self
        // The user's entries replace built-in entries of the same phrase, explicitly; two
        // entries of the user's own file for one phrase are refused like any conflict.
        var added: [Trigger] = []
        for kind in (file.triggers ?? [:]).keys.sorted() {
            let name = kind.trimmingSpaces
            guard !name.isEmpty else { throw EventLexiconError(path: source, problem: "an event kind is empty") }
            // A kind is one calendar category: libical writes CATEGORIES as a list, unescaped,
            // so a separator inside a kind would split it in the calendar reader's hands.
            if name.unicodeScalars.contains(where: { Self.kindSeparators.contains($0) || $0.properties.generalCategory == .control }) {
                throw EventLexiconError(path: source, problem: "kind \"\(name.debugDescription.dropFirst().dropLast())\" is one calendar category and cannot hold , ; \\ or control characters; rename it")
            }
            for phrase in file.triggers?[kind] ?? [] {
                let p = phrase.trimmingSpaces
                guard !p.isEmpty else { throw EventLexiconError(path: source, problem: "kind \"\(name)\" has an empty trigger") }
                added.append(Trigger(p, name, weight: 3))
            }
        }
        added += (file.ignore ?? []).map(\.trimmingSpaces).filter { !$0.isEmpty }.map { Trigger($0, nil, weight: 0) }
        do {
            _ = try PhraseTrie.compile(added.map { ($0.phrase, $0.kind ?? "ignore") })
        } catch {
            throw EventLexiconError(path: source, problem: "a phrase is given twice: \(error.phrase)")
        }
        let replaced = Set(added.map { MatchFolding.folded($0.phrase) })
        merged.triggers.removeAll { replaced.contains(MatchFolding.folded($0.phrase)) }
        merged.triggers += added
        let titles = (file.titles ?? []).map(\.trimmingSpaces).filter { !$0.isEmpty }
        let newTitles = Set(titles.map { MatchFolding.folded($0) })
        merged.titles.removeAll { newTitles.contains(MatchFolding.folded($0)) }
        merged.ignoredTitles.removeAll { newTitles.contains(MatchFolding.folded($0)) }
        merged.titles += titles
        if let conflict = merged.conflict {
            throw EventLexiconError(path: source, problem: "a phrase is given twice: \(conflict.phrase)")
        }
        return merged
    }

    /// The first phrase this lexicon lists twice in one table, if any (what
    /// `EventRecognizer` refuses to compile).
    public var conflict: LexiconConflict? {
        do { _ = try CompiledLexicon(self); return nil } catch { return error }
    }

    /// What separates categories (`,`) and values (`;`, `\\`) in an iCalendar line.
    private static let kindSeparators: Set<Unicode.Scalar> = [",", ";", "\\"]

    private static func reason(_ c: DecodingError.Context) -> String {
        let path = codingPath(c)
        let detail = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? c.debugDescription
        return path.isEmpty ? detail : "\(path): \(detail)"
    }

    private static func codingPath(_ c: DecodingError.Context) -> String {
        c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
