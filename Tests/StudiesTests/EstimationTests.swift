import Diplomacy
import Experiments
import Foundation
import Randomness
import ScenarioFormat
import Testing
@testable import Studies

/// `estimate` and `hindcast --cross-validate` on a small synthetic library whose outcomes were
/// simulated with known parameters (docs/model.md §16).
@Suite(.serialized) struct EstimationTests {
    /// Weekly chance formal talks open, and the concession hazard, of the synthetic history.
    static let truth = ["parameters.process.talks": 0.12, "parameters.beliefs.hazard": 0.03]
    static let candidates: [Posterior.Parameter] = [
        .init(path: "parameters.process.talks", kind: .value, low: 0.01, high: 0.4, logScale: true, prior: 0.1),
        .init(path: "parameters.beliefs.hazard", kind: .value, low: 0.005, high: 0.2, logScale: true, prior: 0.05),
    ]

    static func scenario(_ k: Int) -> String {
        let resolve = ["low", "medium", "high"][k % 3], stance = ["medium", "high", "very_high"][(k / 3) % 3]
        return """
        schema_version: 1
        name: Synthetic episode \(k)
        start: 2020-01-06
        weeks: 30
        economy: { model: stylized }
        parameters: { tariffs: { baseline: 0, review: 0.2 } }
        actors:
          - id: A
            name: A
            leader: { name: a, resolve: \(resolve), determination: medium }
            tariffs: { B: \(10 + 5 * (k % 4)) }
            constituencies: [{ name: All, capability: 1, salience: high, stance: \(stance) }]
          - id: B
            name: B
            leader: { name: b, resolve: medium }
            tariffs: { A: 10 }
            constituencies: [{ name: All, capability: 1, salience: medium, stance: medium }]
        """
    }

    static let questions: [(id: String, kind: String, field: String)] = [
        ("talks-2", "talks", "by: 2020-01-20"), ("talks-6", "talks", "by: 2020-02-17"), ("talks-12", "talks", "by: 2020-03-30"),
        ("deal-8", "deal", "by: 2020-03-02"), ("deal-20", "deal", "by: 2020-05-25"), ("deal-28", "deal", "by: 2020-07-20"),
        ("A-above-20", "tariff_above", "actor: A, level: 0, date: 2020-05-25"),
    ]

    static func questionsFile(_ k: Int, outcomes: [Bool]) -> String {
        var lines = ["schema_version: 1", "name: Synthetic \(k)", "questions:"]
        for (q, o) in zip(questions, outcomes) {
            lines.append("  - { id: \(q.id), scenario: ../scenarios/ep\(k).yaml, kind: \(q.kind), \(q.field), outcome: \(o) }")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A library of `n` episodes whose outcomes are one run each at the true parameters.
    static func makeLibrary(_ n: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bc-synthetic-\(n)-\(UUID().uuidString)").path
        for sub in ["scenarios", "questions"] { try FileManager.default.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true) }
        for k in 0..<n {
            try scenario(k).write(toFile: "\(folder)/scenarios/ep\(k).yaml", atomically: true, encoding: .utf8)
            try questionsFile(k, outcomes: questions.map { _ in false }).write(toFile: "\(folder)/questions/ep\(k).yaml", atomically: true, encoding: .utf8)
        }
        let draft = try EpisodeLibrary(folder)
        let truth = truth.sorted { $0.key < $1.key }.map { ScenarioOverride(path: $0.key, value: String($0.value)) }
        for (e, episode) in draft.episodes.enumerated() {
            // One run each, on a seed of its own: the episode's history.
            let forecasts = try draft.forecasts(at: [truth], runs: 1, seed: Seed(UInt64(1000 + e)), threads: 2)[0]
            let k = Int(episode.id.dropFirst(2))!
            try questionsFile(k, outcomes: forecasts[e].map { $0 > 0.5 }).write(toFile: "\(folder)/questions/ep\(k).yaml", atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func settings() -> EstimateStudy.Settings {
        var s = EstimateStudy.Settings()
        s.candidates = candidates
        s.constants = 2
        s.trajectories = 2
        s.screeningRuns = 20
        s.designPoints = 8
        s.refinePoints = 8
        // Fewer runs per point and the Monte Carlo noise of the surfaces makes the stated
        // intervals too narrow (with 100 they miss the truth): the library uses 400 too.
        s.runs = 400
        s.draws = 60
        s.calibrationRuns = 40
        return s
    }

    @Test func theEstimatorRecoversTheParametersThatMadeTheHistory() throws {
        let library = try EpisodeLibrary(try Self.makeLibrary(16))
        let posterior = try EstimateStudy(library: library, settings: Self.settings(), seed: Seed(4)).run(threads: 2)
        #expect(posterior.parameters.map(\.path) == Self.candidates.map(\.path))
        for p in posterior.parameters {
            let truth = Self.truth[p.path]!
            #expect(p.interval[0] <= truth && truth <= p.interval[1], "\(p.path): \(truth) outside \(p.interval)")
            // Informative: the interval is well inside the search range (on its own scale).
            #expect(p.position(p.interval[1]) - p.position(p.interval[0]) < 0.8, "\(p.path): \(p.interval) is uninformative")
        }
        #expect(posterior.draws.count == 60)
        #expect(posterior.calibration != nil)
    }

    /// Flipping the held-out episode's outcomes changes nothing in its own fold (it is never
    /// read there) and changes the other folds (where it is training data).
    @Test func crossValidationNeverSeesTheHeldOutEpisode() throws {
        let folder = try Self.makeLibrary(6)
        func report() throws -> CrossValidationReport {
            try CrossValidationStudy(estimate: EstimateStudy(library: EpisodeLibrary(folder), settings: Self.settings(), seed: Seed(2)),
                                     runs: 80, foldDraws: 8).run(threads: 2, bins: 5)
        }
        let before = try report()
        let path = "\(folder)/questions/ep0.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let flipped = text.replacingOccurrences(of: "outcome: true", with: "outcome: TMP").replacingOccurrences(of: "outcome: false", with: "outcome: true")
            .replacingOccurrences(of: "outcome: TMP", with: "outcome: false")
        try flipped.write(toFile: path, atomically: true, encoding: .utf8)
        let after = try report()
        let held = (before.episodes[0], after.episodes[0])
        #expect(held.0.items.map(\.forecast) == held.1.items.map(\.forecast))
        #expect(held.0.items.map(\.baseRate) == held.1.items.map(\.baseRate))
        #expect(held.0.items.map(\.persistence) == held.1.items.map(\.persistence))
        #expect(held.0.items.map(\.outcome) == held.1.items.map { !$0.outcome })
        let others = zip(before.episodes.dropFirst(), after.episodes.dropFirst())
        #expect(others.contains { $0.items.map(\.forecast) != $1.items.map(\.forecast) || $0.items.map(\.baseRate) != $1.items.map(\.baseRate) })
    }

    @Test func aBadLibraryIsReportedWholeAndLocated() throws {
        let folder = try Self.makeLibrary(2)
        try "schema_version: 1\nname: x\nquestions:\n  - { id: a, scenario: ../scenarios/ep0.yaml, kind: deal, by: 2020-03-02, outcom: true }\n"
            .write(toFile: "\(folder)/questions/ep0.yaml", atomically: true, encoding: .utf8)
        try "schema_version: 1\nname: y\nquestions:\n  - { id: b, scenario: ../scenarios/nowhere.yaml, kind: deal, by: 2020-03-02, outcome: true }\n"
            .write(toFile: "\(folder)/questions/ep1.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try EpisodeLibrary(folder)
            Issue.record("a bad library loaded")
        } catch let error as ScenarioError {
            let lines = error.issues.map(\.description)
            #expect(lines.contains { $0.contains("ep0.yaml:4:") && $0.contains("outcom") })
            #expect(lines.contains { $0.contains("ep1.yaml") && $0.contains("nowhere.yaml") })
        }
        #expect(throws: BadInput.self) { try EpisodeLibrary("\(folder)/no-such-folder") }
    }

    @Test func aRunPlaysOneDrawPerRunWhateverTheThreads() throws {
        let posterior = try #require(try Posterior.resolve("default"))
        #expect(!posterior.draws.isEmpty && posterior.calibration != nil)
        let source = try ScenarioSource.resolve("minimal")
        func summary(_ threads: Int) throws -> EnsembleSummary {
            try RunStudy(source: source, overrides: [], runs: 300, seed: Seed(5), posterior: posterior).run(threads: threads)
        }
        #expect(try summary(1) == summary(2))
        let study = try RunStudy(source: source, overrides: [], runs: 300, seed: Seed(5), posterior: posterior)
        // Each run plays the draw its seed picks, and the runs use many of them.
        let used = Set((0..<300).map { study.ensemble.drawIndex(run: $0) })
        #expect(used.count > posterior.draws.count / 2)
        #expect(study.ensemble.setup(run: 7).parameters == study.ensemble.draws[study.ensemble.drawIndex(run: 7)].parameters)
        // None: the scenario's own constants.
        #expect(try Posterior.resolve("none") == nil)
    }

    @Test func aBadPosteriorFileIsExplained() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-posterior-\(UUID().uuidString).json").path
        var posterior = try #require(try Posterior.resolve("default"))
        posterior.draws[3] = [1]
        try (try jsonString(posterior)).write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try Posterior.resolve(path) } throws: { ($0 as? BadInput)?.message.contains("draws[3]: 1 values") == true }
        try "{}".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try Posterior.resolve(path) } throws: { ($0 as? BadInput)?.message.contains("missing") == true }
    }

    func jsonString(_ p: Posterior) throws -> String { String(decoding: try JSONEncoder().encode(p), as: UTF8.self) }
}

