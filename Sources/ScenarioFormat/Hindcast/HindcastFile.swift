import Diplomacy
import Foundation
import Yams

/// A validated hindcast questions file. Structural problems (unknown keys, wrong kinds, missing
/// fields for a kind) are found when it is loaded, all at once and located; problems that need
/// the scenario (unknown actor, a date outside the horizon) by `check(_:against:)`.
public struct HindcastFile: Sendable {
    public var schemaVersion: Int
    public var name: String
    public var description: String?
    public var questions: [HindcastQuestion]
    /// The file name diagnostics use.
    public let file: String
    private let lines: [String: (line: Int, column: Int)]

    public struct HindcastQuestion: Sendable, Equatable {
        public var question: Question
        public var scenario: String
        public var overrides: [String]
        public var outcome: Bool
    }

    struct Decoded: Decodable {
        var schemaVersion: Int
        var name: String
        var description: String?
        var questions: [Entry]

        struct Entry: Decodable {
            var scenario: String
            var set: [String]
            var outcome: Bool
        }

        enum CodingKeys: String, CodingKey {
            case schemaVersion = "schema_version"
            case name, description, questions
        }
    }

    struct QuestionList: Decodable { var questions: [Question] }

    public static func load(yaml: String, file: String) throws(ScenarioError) -> HindcastFile {
        let root = try ScenarioLoader.parse(yaml: yaml, file: file)
        var structure = StructuralCheck(file: file)
        let checked = structure.check(root, as: .object(HindcastSchema.root), path: "", near: nil)
        var issues = structure.issues
        let decoded: Decoded, questions: [Question]
        do {
            decoded = try YAMLDecoder().decode(Decoded.self, from: checked)
            questions = try YAMLDecoder().decode(QuestionList.self, from: checked).questions
        } catch {
            throw ScenarioError([ScenarioIssue(file: file, line: nil, column: nil, path: "", message: "internal error: \(error)")])
        }
        var lines: [String: (Int, Int)] = [:]
        for (path, mark) in structure.marks { lines[path] = (mark.line, mark.column) }
        var seen: [String: Int] = [:]
        for (i, q) in questions.enumerated() {
            if let first = seen[q.id] {
                let mark = structure.marks["questions[\(i)].id"] ?? structure.marks["questions[\(i)]"]
                issues.append(ScenarioIssue(file: file, line: mark?.line, column: mark?.column, path: "questions[\(i)].id",
                                            message: "duplicate question id \"\(q.id)\" (first at questions[\(first)])"))
            } else {
                seen[q.id] = i
            }
        }
        guard issues.isEmpty else { throw ScenarioError(issues) }
        return HindcastFile(
            schemaVersion: decoded.schemaVersion, name: decoded.name, description: decoded.description,
            questions: zip(questions, decoded.questions).map {
                HindcastQuestion(question: $0, scenario: $1.scenario, overrides: $1.set, outcome: $1.outcome)
            },
            file: file, lines: lines)
    }

    /// The issue for question `index` at `field` (located at the field, or the question).
    public func issue(_ index: Int, _ field: String, _ message: String) -> ScenarioIssue {
        let path = "questions[\(index)].\(field)"
        let at = lines[path] ?? lines["questions[\(index)]"]
        return ScenarioIssue(file: file, line: at?.line, column: at?.column, path: path, message: message)
    }

    /// What is wrong with question `index` for the scenario it is asked of (the checks a
    /// scenario's own questions get: a known actor, dates inside the horizon, a window in order).
    public func check(_ index: Int, against s: Scenario) -> [ScenarioIssue] {
        let q = questions[index].question
        var issues: [ScenarioIssue] = []
        let actorIDs = s.actors.map(\.id)
        if let actor = q.actor, !actorIDs.contains(actor) {
            issues.append(issue(index, "actor", "unknown actor \"\(actor)\" in scenario \(questions[index].scenario)\(Suggestion.hint(for: actor, in: actorIDs)) (actors: \(actorIDs.joined(separator: ", ")))"))
        }
        let end = s.start.adding(weeks: s.weeks)
        for (field, date) in [("by", q.by), ("date", q.date), ("from", q.from), ("to", q.to)] {
            if let date, date < s.start || date >= end {
                issues.append(issue(index, field, "\(date) is outside the horizon of \(questions[index].scenario), \(s.start) – \(end.adding(days: -1))"))
            }
        }
        if let from = q.from, let to = q.to, to < from {
            issues.append(issue(index, "to", "the window ends (\(to)) before it starts (\(from))"))
        }
        return issues
    }
}
