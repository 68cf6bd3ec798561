import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Studies

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
        let common = try parseOverrides(overrides, option: "--set")
        let variants = try self.variants.enumerated().map { k, text in
            CompareStudy.Variant(name: k < names.count ? names[k] : text, overrides: try parseOverrides(
                text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }, option: "--variant"))
        }
        let study = try CompareStudy(source: try ScenarioSource.resolve(scenario), common: common, variants: variants,
                                     runs: runs, seed: parallel.master())
        let comparison = study.run(threads: parallel.workers)
        switch format {
        case .json: print(try jsonText(comparison))
        case .table: print(comparison.table)
        }
    }
}
