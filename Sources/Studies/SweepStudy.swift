import Diplomacy
import Experiments
import Foundation
import Parallel
import Randomness
import Reports
import ScenarioFormat

/// `sweep`: a scenario over a grid or design of points, each point × replicate a unit on its
/// own seed, optionally one shard of the units (a partial result for `merge`).
public struct SweepStudy: Sendable {
    public let plan: SweepPlan
    public let shard: (index: Int, count: Int)?
    public let base: PreparedScenario
    let points: [PreparedScenario]

    /// The result: the CSV, or the partial result (JSON) of a shard, and what ran.
    public struct Result: Sendable {
        public var text: String
        public var units: Range<Int>
        public var runs: Int
        public var simulationSeconds: Double
    }

    /// Loads (and so validates) every point, on `threads` workers: every shard loads all points,
    /// so all shards fail alike.
    public init(source: ScenarioSource, common: [ScenarioOverride], paths: [String], points: [[String]],
                replicates: Int, runs: Int, seed: Seed, shard: (index: Int, count: Int)?, threads: Int) throws {
        base = try PreparedScenario.load(source, overrides: common)
        plan = SweepPlan(paths: paths, points: points, replicates: replicates, runs: runs, seed: seed)
        self.shard = shard
        self.points = try OrderedExecutor.map(points, threads: threads) { point in
            try PreparedScenario.load(source, overrides: common + zip(paths, point).map { ScenarioOverride(path: $0, value: $1) })
        }
        try OutcomeCatalog(scenario: base.scenario).requireSameOutcomes(self.points) { k in
            "point " + zip(paths, points[k]).map { "\($0)=\($1)" }.joined(separator: ", ")
        }
    }

    public var units: Range<Int> { shard.map { plan.units(shard: $0.index, of: $0.count) } ?? 0..<plan.units }

    public func run(threads: Int) throws -> Result {
        let catalog = OutcomeCatalog(scenario: base.scenario)
        let metrics = catalog.headline
        let units = self.units
        let jobs = units.map { u in BatchJob(arms: [points[plan.point(ofUnit: u)].arm], seed: plan.seed(ofUnit: u), runs: plan.runs) }
        let clock = ContinuousClock()
        let started = clock.now
        let results = BatchRunner.run(jobs, metrics: metrics, threads: threads)
        let elapsed = started.duration(to: clock.now)
        let names = metrics.map(catalog.name)
        let table = SweepTable(paths: plan.paths, outcomes: names)
        let rows = zip(units, results).map { SweepTable.row(plan: plan, unit: $0, moments: $1) }
        let text: String
        if let shard {
            let identity = SweepPartial.Identity(scenario: base.scenario.name, scenarioHash: ScenarioLoader.hash(base.scenario), plan: plan,
                                                 outcomes: names, version: BackchannelVersion.current)
            let partial = SweepPartial(identity: identity, shard: .init(index: shard.index, count: shard.count, units: units),
                                       header: table.header, rows: zip(units, rows).map { SweepPartial.Row(unit: $0, line: $1) })
            text = try jsonText(partial) + "\n"
        } else {
            text = table.text(rows: rows)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Result(text: text, units: units, runs: units.count * plan.runs, simulationSeconds: seconds)
    }
}
