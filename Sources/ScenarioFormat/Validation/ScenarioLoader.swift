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
        var root = try Self.parse(yaml: yaml, file: file)
        var issues: [ScenarioIssue] = []
        for override in overrides {
            switch override.apply(to: root) {
            case let .success(updated): root = updated
            case let .failure(failure):
                issues.append(ScenarioIssue(file: "--set", line: nil, column: nil, path: override.path, message: failure.message))
            }
        }
        if !issues.isEmpty { throw ScenarioError(issues) }

        var structure = StructuralCheck(file: file)
        let checked = structure.check(root, as: .object(ScenarioSchema.root), path: "", near: nil)

        let scenario: Scenario
        do {
            scenario = try YAMLDecoder().decode(Scenario.self, from: checked)
        } catch {
            // The schema and the Codable types disagree: a bug, not bad input.
            throw ScenarioError([ScenarioIssue(file: file, line: nil, column: nil, path: "", message: "internal error: \(error)")])
        }
        var semantic = SemanticCheck(file: file, marks: structure.marks, strategyIDs: strategyIDs, checkStrategy: checkStrategy,
                                     regionsOfCalibration: regionsOfCalibration)
        semantic.check(scenario)
        // Findings about placeholders (values already reported as wrong) would only repeat them.
        let broken = structure.brokenPaths
        let consequential = semantic.issues.filter { issue in
            !broken.contains { issue.path == $0 || issue.path.hasPrefix($0 + ".") || issue.path.hasPrefix($0 + "[") || $0.isEmpty }
        }
        let found = (structure.issues + consequential).enumerated().sorted { a, b in
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

    static func parse(yaml: String, file: String) throws(ScenarioError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
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
        default:
            return ScenarioIssue(file: file, line: nil, column: nil, path: "", message: "YAML error: \(error)")
        }
    }

    /// Problems in a value that came from `--set` are reported against the override, not a line.
    private func relocated(_ issues: [ScenarioIssue], _ overrides: [ScenarioOverride]) -> [ScenarioIssue] {
        issues.map { issue in
            guard let override = overrides.last(where: { Self.matches(issue.path, $0.path) }) else { return issue }
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

extension ScenarioLoader {
    /// A stable fingerprint of a validated scenario (overrides applied): 64-bit FNV-1a of its
    /// canonical YAML, in hex. Two runs with the same hash ran the same inputs.
    public static func hash(_ scenario: Scenario) -> String {
        StableHash.fingerprint((try? encode(scenario)) ?? "")
    }
}
