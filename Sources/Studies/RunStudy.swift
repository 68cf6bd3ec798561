import Diplomacy
import Experiments
import Randomness
import Reports
import ScenarioFormat

/// `run`: N seeded futures of one scenario, summarised; or one of them traced week by week.
public struct RunStudy: Sendable {
    public let source: ScenarioSource
    public let prepared: PreparedScenario
    public let ensemble: Ensemble

    /// The posterior whose draws the runs play (nil: the scenario's own constants).
    public let posterior: Posterior?

    /// `decisions`: a decisions file (a path) whose dated decisions take the seats in their weeks.
    /// `posterior`: each run plays one of its draws (docs/model.md §16).
    public init(source: ScenarioSource, overrides: [ScenarioOverride], runs: Int, seed: Seed, decisions: String? = nil,
                posterior: Posterior? = nil) throws {
        self.source = source
        self.posterior = posterior
        let loaded = try PreparedScenario.load(source, overrides: overrides)
        prepared = try decisions.map { try loaded.playing(loaded.decisions(at: $0)) } ?? loaded
        var draws: [EngineSetup] = []
        if let posterior {
            let parsed = try source.loader()
            draws = try posterior.setups(base: prepared) { try parsed($0 + overrides) }
        }
        ensemble = prepared.ensemble(seed: seed, runs: runs, draws: draws)
    }

    public var scenario: Scenario { prepared.scenario }

    /// Run `index` week by week (`run --trace`), or as actor `view` saw it (`--view`): the weeks
    /// in which something happened, or all of them (`everyWeek`).
    public func trace(run index: Int, view: String? = nil, everyWeek: Bool = false) throws -> String {
        guard let view else { return RunTrace.text(ensemble: ensemble, run: index, everyWeek: everyWeek) }
        let ids = prepared.setup.sides.map(\.id)
        guard let side = ids.firstIndex(of: view) else {
            throw UsageError("--view \(view): no such actor (actors: \(ids.joined(separator: ", ")))")
        }
        return RunTrace.text(ensemble: ensemble, run: index, as: side, everyWeek: everyWeek)
    }

    /// Runs the ensemble; `collector`, if given, receives every run (for runs.csv and the
    /// representative run) in run order.
    public func run(threads: Int, progress: (@Sendable (Int) -> Void)? = nil, collector: RunCollector? = nil) throws -> EnsembleSummary {
        let accumulator: EnsembleAccumulator
        if let collector {
            accumulator = ensemble.run(threads: threads, progress: progress,
                                       prepare: { collector.prepare($0) }, sink: { collector.receive($0) })
            if let error = collector.error { throw BadInput("\(error)") }
        } else {
            accumulator = ensemble.run(threads: threads, progress: progress)
        }
        return EnsembleSummary(scenarioName: scenario.name, scenarioHash: ScenarioLoader.hash(scenario), seed: ensemble.seed,
                               setup: prepared.setup, accumulator).calibrated(by: posterior?.calibration)
    }
}
