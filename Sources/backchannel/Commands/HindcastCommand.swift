import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import History
import Randomness
import ScenarioFormat

struct HindcastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindcast",
        abstract: "Score the model's forecasts of dated questions whose outcomes are known.",
        discussion: """
        QUESTIONS is a YAML file (or the bundled us-china-2018-2020): questions of the kinds a
        scenario's outputs.questions use (talks by a date, by channel; summit; deal; tariff
        above/below a level on a date; tariff maximum above a level in a window; leak), each with
        `scenario:` (bundled name or path), optional `set: [path=value, …]` and `outcome:`
        true/false. Each question is answered exactly as `run` answers a scenario question.

        Scores: Brier (mean (p − o)², lower is better) and log score (mean ln of the probability
        given to what happened, higher is better; forecasts clipped to [0.01, 0.99]), against two
        references: always 50%, and the base rate of the file's own outcomes (in sample).

        Examples:
          backchannel hindcast us-china-2018-2020 --seed 1
          backchannel hindcast my-questions.yaml --runs 5000 --format json
        """
    )

    @Argument(help: "A questions file, or a bundled one (\(BundledHistory.questionFiles.joined(separator: ", "))).")
    var questions: String

    @OptionGroup var parallel: SeedAndThreads

    @Option(help: "Runs per scenario.")
    var runs = 2000

    @Option(help: "Reliability-table bins.")
    var bins = 5

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if bins < 1 { throw ValidationError("--bins must be at least 1") }
    }

    func run() throws {
        let (text, file, directory) = try Self.read(questions)
        let hindcast = try HindcastFile.load(yaml: text, file: file)
        // Questions asked of the same scenario with the same overrides share one ensemble.
        var groups: [(scenario: String, overrides: [String], members: [Int])] = []
        for (i, q) in hindcast.questions.enumerated() {
            if let g = groups.firstIndex(where: { $0.scenario == q.scenario && $0.overrides == q.overrides }) {
                groups[g].members.append(i)
            } else {
                groups.append((q.scenario, q.overrides, [i]))
            }
        }
        var issues: [ScenarioIssue] = []
        var loaded: [(scenario: Scenario, members: [Int])] = []
        for g in groups {
            let first = g.members[0]
            let input: ScenarioInput
            do {
                input = try Self.scenarioInput(g.scenario, relativeTo: directory)
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
            let scenario: Scenario
            do {
                scenario = try input.load(overrides: overrides)
            } catch let error as ScenarioError {
                // A bad override is the questions file's problem: locate it there.
                issues += error.issues.map { $0.file.hasPrefix("--set") ? hindcast.issue(first, "set", "\($0.file.dropFirst(6)): \($0.path.isEmpty ? "" : "\($0.path): ")\($0.message)") : $0 }
                continue
            }
            for i in g.members { issues += hindcast.check(i, against: scenario) }
            loaded.append((scenario, g.members))
        }
        if !issues.isEmpty { throw ScenarioError(issues) }

        let master = parallel.master()
        var forecasts = [Double](repeating: 0, count: hindcast.questions.count)
        for (scenario, members) in loaded {
            var asked = scenario
            asked.outputs.questions = members.map { hindcast.questions[$0].question }
            let setup: EngineSetup
            do { setup = try EngineSetup(scenario: asked) } catch { throw BadInput("\(scenario.name): \(error)") }
            let ensemble = Ensemble(setup: setup, seed: master, runs: runs, makeEconomy: try EconomyFactory.make(for: setup))
            let summary = EnsembleSummary(scenarioName: asked.name, scenarioHash: ScenarioLoader.hash(asked), seed: master, setup: setup,
                                          ensemble.run(threads: parallel.workers))
            for (k, i) in members.enumerated() { forecasts[i] = summary.questions[k].probability }
        }
        let report = HindcastReport(file: file, hindcast: hindcast, forecasts: forecasts, runs: runs, seed: master.value, bins: bins)
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(report.table)
        }
    }

    /// The file's text, its name for diagnostics and its directory (for relative scenario paths).
    static func read(_ argument: String) throws -> (String, String, String?) {
        if FileManager.default.fileExists(atPath: argument) {
            let text = try ScenarioLoader.readFile(atPath: argument, file: argument)  // size and UTF-8, located
            return (text, argument, (argument as NSString).deletingLastPathComponent)
        }
        if let text = BundledHistory.questions(named: argument) { return (text, "hindcast-\(argument).yaml", nil) }
        throw BadInput("no questions file or bundled questions named \"\(argument)\" (bundled: \(BundledHistory.questionFiles.joined(separator: ", ")))")
    }

    /// A scenario named in a questions file: a path relative to the file, a path, or a bundled name.
    static func scenarioInput(_ name: String, relativeTo directory: String?) throws -> ScenarioInput {
        if let directory, !directory.isEmpty, !name.hasPrefix("/") {
            let path = (directory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return try ScenarioInput.resolve(path) }
        }
        return try ScenarioInput.resolve(name)
    }
}

/// The result of `hindcast` (JSON contract in docs/commands.md).
struct HindcastReport: Codable {
    var name: String
    var file: String
    var runs: Int
    var seed: UInt64
    var version: String
    var logScoreClip: Double
    var questions: [Item]
    var scores: Scores
    var baseRate: Double
    var reliability: [ReliabilityBin]

    struct Item: Codable {
        var id: String
        var scenario: String
        var set: [String]
        var kind: String
        var text: String?
        var forecast: Double
        var outcome: Bool
        var brier: Double
    }

    struct Scores: Codable {
        var model: ForecastScore
        var fiftyPercent: ForecastScore
        var baseRate: ForecastScore
        enum CodingKeys: String, CodingKey {
            case model
            case fiftyPercent = "fifty_percent", baseRate = "base_rate"
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, file, runs, seed, version, questions, scores, reliability
        case logScoreClip = "log_score_clip", baseRate = "base_rate"
    }

    init(file: String, hindcast: HindcastFile, forecasts: [Double], runs: Int, seed: UInt64, bins: Int) {
        name = hindcast.name
        self.file = file
        self.runs = runs
        self.seed = seed
        version = BackchannelVersion.current
        logScoreClip = ForecastScore.clip
        let outcomes = hindcast.questions.map(\.outcome)
        questions = zip(hindcast.questions, forecasts).map { q, p in
            Item(id: q.question.id, scenario: q.scenario, set: q.overrides, kind: q.question.kind.rawValue, text: q.question.text,
                 forecast: p, outcome: q.outcome, brier: (p - (q.outcome ? 1 : 0)) * (p - (q.outcome ? 1 : 0)))
        }
        let rate = Double(outcomes.filter { $0 }.count) / Double(outcomes.count)
        baseRate = rate
        scores = Scores(model: ForecastScore(forecasts: forecasts, outcomes: outcomes),
                        fiftyPercent: ForecastScore(forecasts: outcomes.map { _ in 0.5 }, outcomes: outcomes),
                        baseRate: ForecastScore(forecasts: outcomes.map { _ in rate }, outcomes: outcomes))
        reliability = ForecastScore.reliability(forecasts: forecasts, outcomes: outcomes, bins: bins)
    }

    var table: String {
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s + " " : s + String(repeating: " ", count: w - s.count) }
        let width = max(8, questions.map(\.id.count).max() ?? 0) + 2
        var out = ["\(name) — \(questions.count) questions, \(runs) runs per scenario, seed \(seed)", "",
                   pad("question", width) + pad("forecast", 10) + pad("outcome", 9) + "Brier"]
        for q in questions {
            out.append(pad(q.id, width) + pad(fixed(100 * q.forecast, 1) + "%", 10) + pad(q.outcome ? "yes" : "no", 9) + fixed(q.brier, 3))
        }
        out += ["", pad("forecaster", 22) + pad("Brier", 9) + "log score",
                pad("model", 22) + pad(fixed(scores.model.brier, 3), 9) + fixed(scores.model.log, 3),
                pad("always 50%", 22) + pad(fixed(scores.fiftyPercent.brier, 3), 9) + fixed(scores.fiftyPercent.log, 3),
                pad("base rate \(fixed(100 * baseRate, 1))%", 22) + pad(fixed(scores.baseRate.brier, 3), 9) + fixed(scores.baseRate.log, 3),
                "Brier: lower is better. Log score: mean ln p(what happened), higher is better, forecasts clipped to [\(ForecastScore.clip), \(1 - ForecastScore.clip)].",
                "The base rate is the file's own share of yes outcomes (an in-sample reference).",
                "", "reliability", pad("forecast bin", 16) + pad("questions", 11) + pad("mean forecast", 15) + "observed"]
        for b in reliability {
            out.append(pad("\(fixed(100 * b.low, 0))–\(fixed(100 * b.high, 0))%", 16) + pad(String(b.count), 11)
                       + pad(fixed(100 * b.meanForecast, 1) + "%", 15) + fixed(100 * b.observed, 1) + "%")
        }
        return out.joined(separator: "\n")
    }
}
