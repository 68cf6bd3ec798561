import Foundation
import Diplomacy
import Randomness
import Yams

/// Reads a scenario: YAML text → located tree → structural check (with defaults) → decoded
/// `Scenario` → semantic check. Every problem is reported, with file, line, column and path;
/// a scenario is either valid or not returned at all.
public struct ScenarioLoader: Sendable {
    /// Strategy ids a leader may use (the Games registry).
    public var strategyIDs: [String]
    /// Checks a whole strategy spec (`random:0.3`): nil if it builds, else why not.
    public var checkStrategy: @Sendable (String) -> String?
    /// Regions of a calibration by name or path, or nil when it does not exist.
    public var regionsOfCalibration: @Sendable (String) -> [String]?

    public init(strategyIDs: [String], regionsOfCalibration: @escaping @Sendable (String) -> [String]?,
                checkStrategy: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.strategyIDs = strategyIDs
        self.checkStrategy = checkStrategy
        self.regionsOfCalibration = regionsOfCalibration
    }

    public func load(yaml: String, file: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        try load(parsed: try Self.parse(yaml: yaml, file: file), file: file, overrides: overrides)
    }

    /// A parsed scenario (`ParsedScenario`) with `overrides`: the same checks, without parsing
    /// the text again (a posterior loads one scenario once per draw).
    public func load(parsed: ParsedScenario, file: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        try load(parsed: parsed.root, file: file, overrides: overrides)
    }

    func load(parsed root: Node, file: String, overrides: [ScenarioOverride]) throws(ScenarioError) -> Scenario {
        var root = root
        var issues: [ScenarioIssue] = []
        for override in overrides {
            switch override.apply(to: root) {
            case let .success(updated): root = updated
            case let .failure(failure):
                issues.append(ScenarioIssue(file: "--set", line: nil, column: nil, path: override.path, message: failure.message))
            }
        }
        if !issues.isEmpty { throw ScenarioError(issues) }

        // Levels (`resolve: high`) become numbers as the tree is checked, by the file's own scales.
        let levels = LevelScales.table(in: root)
        var structure = StructuralCheck(file: file, levels: levels)
        let checked = structure.check(root, as: .object(ScenarioSchema.root), path: "", near: nil)
        // Past the limit only part of the tree was checked: the semantic checks would be partial.
        if structure.overBudget { throw ScenarioError(relocated(structure.issues, overrides)) }
        var levelIssues: [ScenarioIssue] = []
        for scale in LevelScales.unordered(levels) {
            let mark = structure.marks["levels.\(scale)"]
            levelIssues.append(ScenarioIssue(file: file, line: mark?.line, column: mark?.column, path: "levels.\(scale)",
                                             message: "the numbers must rise from very_low to very_high, got \(levels[scale]!.map(StructuralCheck.format).joined(separator: ", "))"))
        }

        let scenario: Scenario
        do {
            scenario = try CheckedTree.decode(Scenario.self, from: checked)
        } catch {
            // The schema and the Codable types disagree: a bug, not bad input.
            throw ScenarioError([ScenarioIssue(file: file, line: nil, column: nil, path: "", message: "internal error: \(error)")])
        }
        var semantic = SemanticCheck(file: file, marks: structure.marks, strategyIDs: strategyIDs, checkStrategy: checkStrategy,
                                     regionsOfCalibration: regionsOfCalibration)
        // Findings about placeholders (values already reported as wrong) would only repeat them;
        // with a wrong start or horizon, every date check would be a follow-on error.
        let broken = structure.brokenPaths
        semantic.horizonKnown = !broken.contains("start") && !broken.contains("weeks") && !broken.contains("")
        semantic.check(scenario)
        // A set and a walk up each path's ancestors: linear in the issues (a list scan per issue
        // was quadratic with many placeholders).
        let brokenSet = Set(broken)
        let consequential = semantic.issues.filter { issue in !Self.isUnder(issue.path, anyOf: brokenSet) }
        let found = (structure.issues + levelIssues + consequential).enumerated().sorted { a, b in
            // By position in the file (stable), so the list reads top to bottom.
            let ka = (a.element.line ?? .max, a.element.column ?? .max, a.offset)
            let kb = (b.element.line ?? .max, b.element.column ?? .max, b.offset)
            return ka < kb
        }.map(\.element)
        guard found.isEmpty else { throw ScenarioError(relocated(found, overrides)) }
        return scenario
    }

    /// The scenario as YAML in the file format (keys sorted, all defaults written out).
    public static func encode(_ scenario: Scenario) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        encoder.options.allowUnicode = true
        return try encoder.encode(scenario)
    }

    /// Plain scalars resolve to `StructuralCheck.plainTag` (their meaning is the field's type);
    /// quoted ones to `!!str`; explicit tags stay as written, so they can be checked.
    nonisolated(unsafe) static let resolver = Resolver.basic.appending(try! Resolver.Rule(StructuralCheck.plainTag, "^"))

    /// The text of a file's bytes: at most `ScenarioLimits.fileBytes`, and UTF-8, else a
    /// located error (the line and column of the first byte that is not UTF-8).
    public static func text(of data: Data, file: String) throws(ScenarioError) -> String {
        guard data.count <= ScenarioLimits.fileBytes else {
            throw ScenarioError([ScenarioIssue(file: file, line: 1, column: 1, path: "",
                                               message: "the file has \(data.count) bytes; the limit is \(ScenarioLimits.fileBytes) (1 MiB)")])
        }
        if let text = String(validating: data, as: UTF8.self) { return text }  // the fast path
        let bytes = [UInt8](data)
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: break loop
            case .error:
                let (line, column) = position(ofByte: offset, in: bytes)
                throw ScenarioError([ScenarioIssue(file: file, line: line, column: column, path: "",
                                                   message: "not UTF-8 text (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset))")])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads the file at `path` (called `file` in diagnostics) as scenario text: the size is
    /// checked before the bytes are read, then `text(of:file:)`.
    public static func readFile(atPath path: String, file: String) throws(ScenarioError) -> String {
        func fail(_ message: String) -> ScenarioError { ScenarioError([ScenarioIssue(file: file, line: nil, column: nil, path: "", message: message)]) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size > ScenarioLimits.fileBytes {
            throw ScenarioError([ScenarioIssue(file: file, line: 1, column: 1, path: "",
                                               message: "the file has \(size) bytes; the limit is \(ScenarioLimits.fileBytes) (1 MiB)")])
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot open the file") }
        defer { try? handle.close() }
        // One byte past the limit is enough to know it is too big (a file that grew, a pipe).
        guard let data = try? handle.read(upToCount: ScenarioLimits.fileBytes + 1) else { throw fail("cannot read the file") }
        return try text(of: data, file: file)
    }

    /// The 1-based line and column (in characters) of a byte offset into UTF-8 text.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let prefix = bytes[..<min(max(offset, 0), bytes.count)]
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = 1 + prefix.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = 1 + String(decoding: bytes[lineStart..<prefix.endIndex], as: UTF8.self).unicodeScalars.count
        return (line, column)
    }

    /// The YAML tree of a scenario's text, to load with different overrides.
    public static func parsed(yaml: String, file: String) throws(ScenarioError) -> ParsedScenario {
        ParsedScenario(root: try parse(yaml: yaml, file: file))
    }

    static func parse(yaml: String, file: String) throws(ScenarioError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: yaml, resolver) else {
                throw ScenarioError([ScenarioIssue(file: file, line: 1, column: 1, path: "", message: "the file is empty")])
            }
            return node
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            throw ScenarioError([issue(from: error, file: file)])
        } catch {
            throw ScenarioError([ScenarioIssue(file: file, line: nil, column: nil, path: "", message: "cannot read YAML: \(error)")])
        }
    }

    static func issue(from error: YamlError, file: String) -> ScenarioIssue {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return ScenarioIssue(file: file, line: mark.line, column: mark.column, path: "", message: "YAML syntax error: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ScenarioIssue(file: file, line: context.mark.line, column: context.mark.column, path: "",
                                 message: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping")
        case let .reader(problem, offset, value, yaml):
            let bytes = Array(yaml.utf8)
            let (line, column) = offset.map { position(ofByte: $0, in: bytes) } ?? (1, 1)
            let what = value >= 0 ? " (character U+\(String(value, radix: 16, uppercase: true)))" : ""
            return ScenarioIssue(file: file, line: line, column: column, path: "", message: "YAML error: \(problem)\(what)")
        default:
            return ScenarioIssue(file: file, line: 1, column: 1, path: "", message: "YAML error: \(error)")
        }
    }

    /// Whether `path` or one of its ancestors (`a.b[2].c` → `a.b[2]`, `a.b`, `a`, ``) is in `set`.
    static func isUnder(_ path: String, anyOf set: Set<String>) -> Bool {
        if set.isEmpty { return false }
        var probe = Substring(path)
        while true {
            if set.contains(String(probe)) { return true }
            guard let cut = probe.lastIndex(where: { $0 == "." || $0 == "[" }) else { return set.contains("") }
            probe = probe[..<cut]
        }
    }

    /// Problems in a value that came from `--set` are reported against the override, not a line.
    private func relocated(_ issues: [ScenarioIssue], _ overrides: [ScenarioOverride]) -> [ScenarioIssue] {
        issues.map { issue in
            // A level scale's order is checked as a whole: it belongs to the --set that changed one of its numbers.
            guard let override = overrides.last(where: {
                Self.matches(issue.path, $0.path) || (issue.path.hasPrefix("levels.") && $0.path.hasPrefix(issue.path + "."))
            }) else { return issue }
            return ScenarioIssue(file: "--set \(override)", line: nil, column: nil, path: issue.path, message: issue.message)
        }
    }

    /// Whether the indexed path `actors[0].leader.leak` can come from `actors.USA.leader.leak`.
    static func matches(_ indexed: String, _ addressed: String) -> Bool {
        let a = indexed.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "").split(separator: ".")
        let b = addressed.split(separator: ".")
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { $0 == $1 || $1 == "*" || Int($0) != nil }
    }
}

/// A scenario's text parsed into its YAML tree (not yet checked).
public struct ParsedScenario: @unchecked Sendable {
    let root: Node

    /// How many events the scenario lists (the first added event is `events[eventCount]`).
    public var eventCount: Int {
        root.mapping?.first { $0.key.string == "events" }?.value.sequence?.count ?? 0
    }

    /// The scenario with `events` (each one mapping's YAML or JSON text) after its own. They
    /// are checked with the whole scenario when it loads, at paths `events[eventCount]` on; a
    /// text that is not one mapping is refused here, as `event[k]`.
    public func appending(events texts: [String], file: String) throws(ScenarioError) -> ParsedScenario {
        var added: [Node] = []
        var issues: [ScenarioIssue] = []
        for (k, text) in texts.enumerated() {
            let node = try ScenarioLoader.parse(yaml: text, file: file)
            guard case .mapping = node else {
                issues.append(ScenarioIssue(file: file, line: nil, column: nil, path: "event[\(k)]", message: "an event is a mapping of its fields"))
                continue
            }
            added.append(node)
        }
        if !issues.isEmpty { throw ScenarioError(issues) }
        guard !added.isEmpty, var mapping = root.mapping else { return self }
        if let i = mapping.firstIndex(where: { $0.key.string == "events" }) {
            if var list = mapping[i].value.sequence {
                list.append(contentsOf: added)
                mapping[i] = (mapping[i].key, .sequence(list))
            } else if let value = mapping[i].value.scalar, ["", "~", "null", "Null", "NULL"].contains(value.string) {
                // `events:` with nothing after it (every entry commented out) is no events.
                mapping[i] = (mapping[i].key, .sequence(Node.Sequence(added)))
            } else {
                return self  // not a list: loading reports it
            }
        } else {
            // The key as the loader's resolver tags a plain scalar.
            let key = try ScenarioLoader.parse(yaml: "events: []", file: file).mapping!.first!.key
            mapping[key] = .sequence(Node.Sequence(added))
        }
        return ParsedScenario(root: .mapping(mapping))
    }
}

extension ScenarioLoader {
    /// A stable fingerprint of a validated scenario (overrides applied): 64-bit FNV-1a of its
    /// canonical YAML, in hex. Two runs with the same hash ran the same inputs.
    public static func hash(_ scenario: Scenario) -> String {
        StableHash.fingerprint((try? encode(scenario)) ?? "")
    }
}
