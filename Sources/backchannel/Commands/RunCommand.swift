import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import ScenarioFormat

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run seeded futures of a scenario and report probabilities (default: the bundled us-china-2025).",
        discussion: """
        Examples:
          backchannel run
          backchannel run us-china-2018 --runs 20000 --seed 7
          backchannel run my-war.yaml --set actors.USA.leader.leak=0.3 --set diplomacy.mode=public
          backchannel run --trace 0            (week-by-week narrative of run 0)
          backchannel run --format json > summary.json

        Without --seed a seed is drawn and printed on stderr; the same seed gives the same
        output byte for byte, whatever --threads.
        """
    )

    @Argument(help: "A scenario file or bundled name.")
    var scenario: String?

    @Option(help: "Number of runs.")
    var runs = 10_000

    @Option(help: "Master seed (default: drawn at random and printed).")
    var seed: UInt64?

    @Option(help: "Override the scenario's horizon in weeks.")
    var weeks: Int?

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int?

    @Option(name: .customLong("set"), help: "Override a scenario value, path=value (repeatable).")
    var overrides: [String] = []

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    @Option(help: "Print the week-by-week narrative of this run instead of the ensemble.")
    var trace: Int?

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let weeks, !(1...520).contains(weeks) { throw ValidationError("--weeks must be in 1…520") }
        if let trace, trace < 0 { throw ValidationError("--trace takes a run number ≥ 0") }
    }

    func run() throws {
        var parsed: [ScenarioOverride] = []
        for text in overrides {
            guard let override = ScenarioOverride(text) else {
                throw ValidationError("--set takes path=value, got \"\(text)\"")
            }
            parsed.append(override)
        }
        if let weeks { parsed.append(ScenarioOverride(path: "weeks", value: String(weeks))) }
        let input = try ScenarioInput.resolve(scenario)
        let loaded = try input.load(overrides: parsed)
        let setup: EngineSetup
        do { setup = try EngineSetup(scenario: loaded) } catch { throw BadInput("\(input.file): \(error)") }
        let masterSeed = Seed(seed ?? {
            var system = SystemRandomNumberGenerator()
            let drawn = system.next() >> 1
            Diagnostics.note("seed: \(drawn)")
            return drawn
        }())
        let ensemble = Ensemble(setup: setup, seed: masterSeed, runs: runs, makeEconomy: try EconomyFactory.make(for: setup))
        if let trace {
            print(RunTrace.text(ensemble: ensemble, run: trace))
            return
        }
        let accumulator = ensemble.run(threads: threads ?? availableCores)
        let summary = EnsembleSummary(scenarioName: loaded.name, scenarioHash: ScenarioLoader.hash(loaded), seed: masterSeed,
                                      setup: setup, accumulator)
        switch format {
        case .json: print(try jsonText(summary))
        case .table: print(RunTable.text(summary))
        }
    }
}
