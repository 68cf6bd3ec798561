import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import ScenarioFormat

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare variants of a scenario with its baseline on common random numbers.",
        discussion: """
        Each --variant is one variant: one or more path=value overrides separated by commas
        (values cannot contain commas). Repeat --variant for more variants; the i-th
        --variant-name names the i-th variant (default: its overrides). --set applies to the
        baseline and every variant.

        Run i of every variant uses the baseline's seed for run i, so the differences are paired
        run by run. Each difference is reported with a 95% confidence interval d̄ ± 1.96·s_d/√n
        from the per-run paired differences (normal approximation).

        Examples:
          backchannel compare --variant diplomacy.mode=public --variant-name "public talks" --seed 1
          backchannel compare us-china-2018 --variant 'intermediaries.*.leak_rate=0.05' \\
              --variant 'diplomacy.mode=backchannel,actors.USA.leader.leak=0' --runs 20000
        """
    )

    @Argument(help: "A scenario file or bundled name (default us-china-2025).")
    var scenario: String?

    @OptionGroup var parallel: SeedAndThreads

    @Option(name: .customLong("variant"), help: "A variant: path=value[,path=value…] (repeatable).")
    var variants: [String] = []

    @Option(name: .customLong("variant-name"), help: "Name of the variant in the same position (repeatable).")
    var names: [String] = []

    @Option(name: .customLong("set"), help: "Override for the baseline and all variants, path=value (repeatable).")
    var overrides: [String] = []

    @Option(help: "Runs per variant.")
    var runs = 10_000

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if variants.isEmpty { throw ValidationError("give at least one --variant path=value[,path=value…]") }
        if names.count > variants.count {
            throw ValidationError("\(names.count) --variant-name for \(variants.count) --variant; names pair with variants in order")
        }
        if runs < 2 { throw ValidationError("--runs must be at least 2 (a confidence interval needs two runs)") }
    }

    func run() throws {
        let common = try ScenarioPoint.overrides(overrides, option: "--set")
        let groups = try variants.map { text in
            try ScenarioPoint.overrides(text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }, option: "--variant")
        }
        let input = try ScenarioInput.resolve(scenario)
        let baseline = try ScenarioPoint.load(input, overrides: common)
        let arms = try [baseline] + groups.map { try ScenarioPoint.load(input, overrides: common + $0) }
        let catalog = OutcomeCatalog(scenario: baseline.scenario)
        for (k, arm) in arms.enumerated().dropFirst() {
            let c = OutcomeCatalog(scenario: arm.scenario)
            if c.actorIDs != catalog.actorIDs || c.questionIDs != catalog.questionIDs {
                throw BadInput("variant \(k) (\(variants[k - 1])) changes the actors or forecast questions; compare needs the same outcomes in every variant")
            }
        }
        let metrics = catalog.headline
        let master = parallel.master()
        let moments = BatchRunner.run([BatchJob(arms: arms.map(\.arm), seed: master, runs: runs)], metrics: metrics,
                                      threads: parallel.workers)[0]
        let weeks = baseline.scenario.weeks
        let focusWeek = catalog.dealQuestionWeeks.first { (0..<weeks).contains($0) } ?? min(12, weeks - 1)
        let focus = ["p_deal_by_week:\(focusWeek)", "p_deal"]
        let comparison = Comparison(
            scenario: baseline.scenario.name, scenarioHash: ScenarioLoader.hash(baseline.scenario), seed: master.value, runs: runs,
            version: BackchannelVersion.current,
            variants: groups.indices.map { k in
                let name = k < names.count ? names[k] : variants[k]
                let outcomes = Comparison.differences(moments, arm: k + 1, metrics: metrics, catalog: catalog)
                return Comparison.Variant(name: name, overrides: groups[k].map(\.description),
                                          scenarioHash: ScenarioLoader.hash(arms[k + 1].scenario),
                                          verdict: Comparison.verdict(name: name, outcomes, focus: focus), outcomes: outcomes)
            })
        switch format {
        case .json: print(try jsonText(comparison))
        case .table: print(Self.table(comparison))
        }
    }

    static func table(_ c: Comparison) -> String {
        var out = ["\(c.scenario) — \(c.runs) paired runs per variant, seed \(c.seed)",
                   "differences are variant − baseline with 95% CIs from the per-run paired differences; probabilities in percentage points"]
        func level(_ d: Comparison.Difference, _ v: Double) -> String {
            d.probability ? fixed(100 * v, 1) + "%" : fixed(v, 2)
        }
        let width = max(20, c.variants.flatMap { $0.outcomes.map(\.label.count) }.max() ?? 0) + 2
        for v in c.variants {
            out.append("")
            out.append("\(v.name)  (\(v.overrides.joined(separator: ", ")))")
            out.append("  " + pad("outcome", width) + pad("baseline", 11) + pad("variant", 11) + "difference [95% CI]")
            for d in v.outcomes {
                let diff = "\(Comparison.signed(d, d.difference)) [\(Comparison.signed(d, d.ciLow, unit: false)), \(Comparison.signed(d, d.ciHigh, unit: false))]"
                out.append("  " + pad(d.label, width) + pad(level(d, d.baseline), 11) + pad(level(d, d.variant), 11) + diff)
            }
        }
        out.append("")
        out += c.variants.map(\.verdict)
        return out.joined(separator: "\n")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
