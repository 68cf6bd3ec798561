import Diplomacy
import Experiments
import Foundation
import History
import Randomness
import ScenarioFormat

/// `hindcast`: the model's forecasts of dated questions whose outcomes are known, scored
/// (Brier, log) against always-50% and the base rate. Each question is answered exactly as
/// `run` answers a scenario question; questions asked of the same scenario with the same
/// overrides share one ensemble.
public struct HindcastStudy: Sendable {
    public let file: String
    public let hindcast: HindcastFile
    /// Each group: the scenario it asks (its questions in place of the scenario's own), where
    /// it came from (to load it again at another parameter point) and the indices of its
    /// questions in the file.
    let groups: [Group]

    struct Group: Sendable {
        var source: ScenarioSource
        var overrides: [ScenarioOverride]
        var scenario: Scenario
        var members: [Int]
        /// The source's text parsed once: the scenario with other overrides (a parameter
        /// point, a posterior draw) before the group's own.
        var load: @Sendable ([ScenarioOverride]) throws -> Scenario
    }

    /// A questions file's text, its name for diagnostics and its directory (for relative
    /// scenario paths): a path, or a bundled file (`us-china-2018-2020`).
    public static func read(_ argument: String) throws -> (text: String, file: String, directory: String?) {
        if FileManager.default.fileExists(atPath: argument) {
            let text = try ScenarioLoader.readFile(atPath: argument, file: argument)  // size and UTF-8, located
            return (text, argument, (argument as NSString).deletingLastPathComponent)
        }
        if let text = BundledHistory.questions(named: argument) { return (text, "hindcast-\(argument).yaml", nil) }
        throw BadInput("no questions file or bundled questions named \"\(argument)\" (bundled: \(BundledHistory.questionFiles.joined(separator: ", ")))")
    }

    /// Reads and checks the questions and every scenario they name; all problems at once.
    public init(questions argument: String) throws {
        let (text, file, directory) = try Self.read(argument)
        self.file = file
        let hindcast = try HindcastFile.load(yaml: text, file: file)
        self.hindcast = hindcast
        var grouped: [(scenario: String, overrides: [String], members: [Int])] = []
        for (i, q) in hindcast.questions.enumerated() {
            if let g = grouped.firstIndex(where: { $0.scenario == q.scenario && $0.overrides == q.overrides }) {
                grouped[g].members.append(i)
            } else {
                grouped.append((q.scenario, q.overrides, [i]))
            }
        }
        var issues: [ScenarioIssue] = []
        var loaded: [Group] = []
        for g in grouped {
            let first = g.members[0]
            let source: ScenarioSource
            do {
                source = try ScenarioSource.resolve(g.scenario, relativeTo: directory)
            } catch let error as BadInput {
                issues.append(hindcast.issue(first, "scenario", error.message))
                continue
            }
            var overrides: [ScenarioOverride] = []
            for (k, text) in g.overrides.enumerated() {
                if let o = ScenarioOverride(text) { overrides.append(o) } else {
                    issues.append(hindcast.issue(first, "set[\(k)]", "expected path=value, got \"\(text)\""))
                }
            }
            var scenario: Scenario
            let parsed: @Sendable ([ScenarioOverride]) throws -> Scenario
            do {
                parsed = try source.loader()
                scenario = try parsed(overrides)
            } catch let error as ScenarioError {
                // A bad override is the questions file's problem: locate it there.
                issues += error.issues.map { $0.file.hasPrefix("--set") ? hindcast.issue(first, "set", "\($0.file.dropFirst(6)): \($0.path.isEmpty ? "" : "\($0.path): ")\($0.message)") : $0 }
                continue
            }
            for i in g.members { issues += hindcast.check(i, against: scenario) }
            scenario.outputs.questions = g.members.map { hindcast.questions[$0].question }
            loaded.append(Group(source: source, overrides: overrides, scenario: scenario, members: g.members,
                                load: { [overrides] extra in try parsed(extra + overrides) }))
        }
        if !issues.isEmpty { throw ScenarioError(issues) }
        groups = loaded
    }

    /// How many ensembles a forecast of the file runs (one per scenario and `set`).
    public var groupCount: Int { groups.count }

    /// Whether the scenario itself settles each question (those are never recalibrated).
    public var settledAnswers: [Bool] {
        var settled = [Bool](repeating: false, count: hindcast.questions.count)
        for g in groups {
            let tracker = QuestionTracker(scenario: g.scenario)
            for (k, i) in g.members.enumerated() { settled[i] = tracker.settled[k] != nil }
        }
        return settled
    }

    /// Persistence's answer to every question (the state at the forecast moment stays).
    public var persistenceAnswers: [Bool] {
        var answers = [Bool](repeating: false, count: hindcast.questions.count)
        for g in groups { for i in g.members { answers[i] = Persistence.answer(hindcast.questions[i].question, in: g.scenario) } }
        return answers
    }

    /// The groups loaded again with `extra` overrides before their own (a parameter point: the
    /// file's `set` wins), ready to run.
    func prepared(extra: [ScenarioOverride]) throws -> [(prepared: PreparedScenario, members: [Int])] {
        try groups.map { g in
            if extra.isEmpty { return (try PreparedScenario(scenario: g.scenario, file: g.source.file), g.members) }
            var scenario = try g.load(extra)
            scenario.outputs.questions = g.scenario.outputs.questions
            return (try PreparedScenario(scenario: scenario, file: g.source.file), g.members)
        }
    }

    /// The forecast of every question, each group from its own ensemble; with a posterior,
    /// each run plays one of its draws.
    public func forecasts(runs: Int, seed: Seed, threads: Int, posterior: Posterior? = nil) throws -> [Double] {
        var forecasts = [Double](repeating: 0, count: hindcast.questions.count)
        for g in groups {
            let prepared = try PreparedScenario(scenario: g.scenario, file: g.source.file)
            let draws = try posterior?.setups(base: prepared, load: g.load) ?? []
            let summary = EnsembleSummary(scenarioName: g.scenario.name, scenarioHash: ScenarioLoader.hash(g.scenario), seed: seed,
                                          setup: prepared.setup, prepared.ensemble(seed: seed, runs: runs, draws: draws).run(threads: threads))
                .calibrated(by: posterior?.calibration)
            for (k, i) in g.members.enumerated() { forecasts[i] = summary.questions[k].probability }
        }
        return forecasts
    }

    public func run(runs: Int, seed: Seed, bins: Int, threads: Int, posterior: Posterior? = nil) throws -> HindcastReport {
        let forecasts = try forecasts(runs: runs, seed: seed, threads: threads, posterior: posterior)
        return HindcastReport(file: file, hindcast: hindcast, forecasts: forecasts, runs: runs, seed: seed.value, bins: bins)
    }
}

extension HindcastReport {
    /// Scores `forecasts` (one per question of `hindcast`, in order) against the outcomes.
    public init(file: String, hindcast: HindcastFile, forecasts: [Double], runs: Int, seed: UInt64, bins: Int) {
        self.init(name: hindcast.name, file: file, runs: runs, seed: seed, bins: bins, items: zip(hindcast.questions, forecasts).map { q, p in
            Item(id: q.question.id, scenario: q.scenario, set: q.overrides, kind: q.question.kind.rawValue, text: q.question.text,
                 forecast: p, outcome: q.outcome, brier: (p - (q.outcome ? 1 : 0)) * (p - (q.outcome ? 1 : 0)))
        })
    }

    /// Scores forecast items against their outcomes.
    public init(name: String, file: String, runs: Int, seed: UInt64, bins: Int, items: [Item]) {
        let outcomes = items.map(\.outcome), forecasts = items.map(\.forecast)
        let rate = Double(outcomes.filter { $0 }.count) / Double(outcomes.count)
        self.init(
            name: name, file: file, runs: runs, seed: seed, version: BackchannelVersion.current, logScoreClip: ForecastScore.clip,
            questions: items,
            scores: Scores(model: ForecastScore(forecasts: forecasts, outcomes: outcomes),
                           fiftyPercent: ForecastScore(forecasts: outcomes.map { _ in 0.5 }, outcomes: outcomes),
                           baseRate: ForecastScore(forecasts: outcomes.map { _ in rate }, outcomes: outcomes)),
            baseRate: rate,
            reliability: ForecastScore.reliability(forecasts: forecasts, outcomes: outcomes, bins: bins))
    }
}
