import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import ScenarioFormat

enum SensitivityMethod: String, ExpressibleByArgument, CaseIterable {
    case morris
    case sobol
}

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Which parameters drive an outcome: Morris elementary effects or Sobol indices.",
        discussion: """
        Each --param path=lo..hi is a factor, scaled to [0, 1] over its range (both bounds
        integers ⇒ values are rounded to integers). Every evaluation runs --runs runs on the same
        seeds (common random numbers) and takes the mean of --outcome, one of:
          \(OutcomeCatalog.formsHelp)

        morris: --samples trajectories r (default 10) on a --levels p grid (default 4);
        r(k + 1) evaluations. μ* ranks the factors (the mean |effect| of moving a factor across
        its whole range); σ flags non-linearity or interactions.
        sobol: Saltelli sampling with --samples N rows (default 64) of matrices A and B from the
        seeded generator; N(k + 2) evaluations. S1 (Saltelli 2010) and ST (Jansen), with
        bootstrap 95% intervals (--bootstrap resamples). Monte Carlo noise in each evaluation adds
        to the indices' error: use enough --runs.

        Examples:
          backchannel sensitivity --param actors.USA.leader.resolve=20..60 --param 'intermediaries.*.leak_rate=0..0.05' \\
              --param actors.CHN.leader.determination=0.2..0.8 --outcome p_deal_by_week:12 --seed 1
          backchannel sensitivity us-china-2018 --method sobol --samples 128 --param … --outcome weeks_to_end
        """
    )

    @Argument(help: "A scenario file or bundled name (default us-china-2025).")
    var scenario: String?

    @OptionGroup var parallel: SeedAndThreads

    @Option(name: .customLong("param"), help: "A factor, path=lo..hi (repeatable).")
    var params: [String] = []

    @Option(help: "morris or sobol.")
    var method: SensitivityMethod = .morris

    @Option(help: "Morris trajectories (default 10) or Sobol base samples N (default 64).")
    var samples: Int?

    @Option(help: "Morris grid levels p (even).")
    var levels = 4

    @Option(help: "Outcome: \(OutcomeCatalog.formsHelp).")
    var outcome = "p_deal"

    @Option(help: "Runs per evaluation.")
    var runs = 200

    @Option(help: "Sobol bootstrap resamples for the confidence intervals.")
    var bootstrap = 200

    @Option(name: .customLong("set"), help: "Override for every evaluation, path=value (repeatable).")
    var overrides: [String] = []

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    struct Factor {
        var path: String
        var low: Double
        var high: Double
        var integer: Bool

        func value(_ x: Double) -> String {
            let v = low + x * (high - low)
            if integer { return String(Int(v.rounded())) }
            return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
        }
    }

    func validate() throws {
        if params.isEmpty { throw ValidationError("give at least one --param path=lo..hi") }
        if let samples, samples < 2 { throw ValidationError("--samples must be at least 2") }
        if levels < 2 || levels % 2 != 0 { throw ValidationError("--levels must be an even number ≥ 2") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be ≥ 0") }
    }

    func factors() throws -> [Factor] {
        try params.map { text in
            guard let o = ScenarioOverride(text) else { throw ValidationError("--param takes path=lo..hi, got \"\(text)\"") }
            let bounds = o.value.components(separatedBy: "..")
            guard bounds.count == 2, let lo = Double(bounds[0]), let hi = Double(bounds[1]), lo.isFinite, hi.isFinite, lo < hi else {
                throw ValidationError("--param \(text): the range must be lo..hi with numbers lo < hi")
            }
            return Factor(path: o.path, low: lo, high: hi, integer: Int(bounds[0]) != nil && Int(bounds[1]) != nil)
        }
    }

    func run() throws {
        let factors = try factors()
        let common = try ScenarioPoint.overrides(overrides, option: "--set")
        let input = try ScenarioInput.resolve(scenario)
        let base = try ScenarioPoint.load(input, overrides: common)
        let catalog = OutcomeCatalog(scenario: base.scenario)
        let metric: OutcomeMetric
        switch catalog.parse(outcome) {
        case let .success(m): metric = m
        case let .failure(e): throw ValidationError("--outcome: \(e.message)")
        }
        let master = parallel.master()
        let k = factors.count
        let points: [[Double]]
        var morris: Morris.Design?
        let n = samples ?? (method == .morris ? 10 : 64)
        switch method {
        case .morris:
            let d = Morris.design(factors: k, trajectories: n, levels: levels, seed: master)
            morris = d
            points = d.points
        case .sobol:
            points = Sobol.design(factors: k, samples: n, seed: master)
        }
        // Identical points (Morris trajectories revisit grid points) are loaded and run once.
        var index: [[Double]: Int] = [:]
        var unique: [[Double]] = []
        for p in points where index[p] == nil {
            index[p] = unique.count
            unique.append(p)
        }
        let jobs = try unique.map { x in
            let point = try ScenarioPoint.load(input, overrides: common + zip(factors, x).map { ScenarioOverride(path: $0.path, value: $0.value($1)) })
            return BatchJob(arms: [point.arm], seed: master, runs: runs)
        }
        let results = BatchRunner.run(jobs, metrics: [metric], threads: parallel.workers)
        let y = points.map { results[index[$0]!].mean(0) }
        var report = SensitivityReport(
            scenario: base.scenario.name, scenarioHash: ScenarioLoader.hash(base.scenario), method: method.rawValue,
            outcome: catalog.name(metric), samples: n, evaluations: points.count, distinctEvaluations: unique.count,
            runsPerEvaluation: runs, seed: master.value, version: BackchannelVersion.current,
            outcomeMean: y.reduce(0, +) / Double(y.count), levels: method == .morris ? levels : nil,
            bootstrap: method == .sobol ? bootstrap : nil, parameters: [])
        switch method {
        case .morris:
            let effects = Morris.analyze(morris!, outputs: y)
            report.parameters = zip(factors, effects).map { f, e in
                .init(path: f.path, low: f.low, high: f.high, morris: e, sobol: nil)
            }
        case .sobol:
            let indices = Sobol.analyze(outputs: y, factors: k, samples: n, bootstrap: bootstrap, seed: master)
            report.parameters = zip(factors, indices).map { f, s in
                .init(path: f.path, low: f.low, high: f.high, morris: nil, sobol: s)
            }
        }
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(report.table)
        }
    }
}

/// The result of `sensitivity` (JSON contract in docs/commands.md).
struct SensitivityReport: Codable {
    var scenario: String
    var scenarioHash: String
    var method: String
    var outcome: String
    var samples: Int
    var evaluations: Int
    var distinctEvaluations: Int
    var runsPerEvaluation: Int
    var seed: UInt64
    var version: String
    var outcomeMean: Double
    var levels: Int?
    var bootstrap: Int?
    var parameters: [Parameter]

    struct Parameter: Codable {
        var path: String
        var low: Double
        var high: Double
        var morris: Morris.Effect?
        var sobol: Sobol.Index?
    }

    enum CodingKeys: String, CodingKey {
        case scenario, method, outcome, samples, evaluations, seed, version, levels, bootstrap, parameters
        case scenarioHash = "scenario_hash", distinctEvaluations = "distinct_evaluations"
        case runsPerEvaluation = "runs_per_evaluation", outcomeMean = "outcome_mean"
    }

    var table: String {
        var out = ["\(scenario) — \(method) on \(outcome), \(evaluations) evaluations (\(distinctEvaluations) distinct) × \(runsPerEvaluation) runs, seed \(seed)",
                   "mean of \(outcome) over the evaluations: \(fixed(outcomeMean, 4))", ""]
        let width = max(10, parameters.map(\.path.count).max() ?? 0) + 2
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? s + " " : s + String(repeating: " ", count: w - s.count) }
        if method == "morris" {
            out.append(pad("parameter", width) + pad("range", 16) + pad("μ*", 12) + pad("μ", 12) + "σ")
            let ranked = parameters.enumerated().sorted { ($0.element.morris?.muStar ?? 0) > ($1.element.morris?.muStar ?? 0) }
            for (_, p) in ranked {
                guard let e = p.morris else { continue }
                out.append(pad(p.path, width) + pad("\(SensitivityCommand.Factor.plain(p.low))..\(SensitivityCommand.Factor.plain(p.high))", 16)
                           + pad(fixed(e.muStar, 4), 12) + pad(fixed(e.mu, 4), 12) + fixed(e.sigma, 4))
            }
            out.append("")
            out.append("μ*: mean |change in \(outcome)| when the parameter moves across its whole range (ranked); σ: spread of those effects (non-linearity, interactions).")
        } else {
            out.append(pad("parameter", width) + pad("range", 16) + pad("S1 [95% CI]", 26) + "ST [95% CI]")
            for p in parameters {
                guard let s = p.sobol else { continue }
                out.append(pad(p.path, width) + pad("\(SensitivityCommand.Factor.plain(p.low))..\(SensitivityCommand.Factor.plain(p.high))", 16)
                           + pad("\(fixed(s.s1, 3)) [\(fixed(s.s1Low, 3)), \(fixed(s.s1High, 3))]", 26)
                           + "\(fixed(s.st, 3)) [\(fixed(s.stLow, 3)), \(fixed(s.stHigh, 3))]")
            }
            out.append("")
            out.append("S1: share of the outcome's variance due to the parameter alone; ST: including its interactions. Intervals: bootstrap percentiles.")
        }
        return out.joined(separator: "\n")
    }
}

extension SensitivityCommand.Factor {
    static func plain(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }
}
