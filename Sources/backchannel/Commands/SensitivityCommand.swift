import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Studies

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
    var method: SensitivityStudy.Method = .morris

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

    func validate() throws {
        if params.isEmpty { throw ValidationError("give at least one --param path=lo..hi") }
        if let samples, samples < 2 { throw ValidationError("--samples must be at least 2") }
        if levels < 2 || levels % 2 != 0 { throw ValidationError("--levels must be an even number ≥ 2") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be ≥ 0") }
    }

    func factors() throws -> [SensitivityStudy.Factor] {
        try params.map { text in
            guard let o = ScenarioOverride(text) else { throw ValidationError("--param takes path=lo..hi, got \"\(text)\"") }
            let bounds = o.value.components(separatedBy: "..")
            guard bounds.count == 2, let lo = Double(bounds[0]), let hi = Double(bounds[1]), lo.isFinite, hi.isFinite, lo < hi else {
                throw ValidationError("--param \(text): the range must be lo..hi with numbers lo < hi")
            }
            return SensitivityStudy.Factor(path: o.path, low: lo, high: hi, integer: Int(bounds[0]) != nil && Int(bounds[1]) != nil)
        }
    }

    func run() throws {
        let factors = try factors()
        let study: SensitivityStudy
        do {
            study = try SensitivityStudy(source: try ScenarioSource.resolve(scenario), common: try parseOverrides(overrides, option: "--set"),
                                         factors: factors, method: method, samples: samples, levels: levels, outcome: outcome,
                                         runs: runs, bootstrap: bootstrap, seed: parallel.master())
        } catch let error as OutcomeNameError {
            throw ValidationError("--outcome: \(error.message)")
        }
        let report = try study.run(threads: parallel.workers)
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(report.table)
        }
    }
}

extension SensitivityStudy.Method: ExpressibleByArgument {}
