import Diplomacy
import Experiments
import Randomness
import ScenarioFormat

/// `compare`: variants of a scenario against its baseline on common random numbers (run i of
/// every arm on the seed of run i), each difference with a paired 95% interval.
public struct CompareStudy: Sendable {
    public struct Variant: Sendable {
        public var name: String
        public var overrides: [ScenarioOverride]
        public init(name: String, overrides: [ScenarioOverride]) {
            self.name = name
            self.overrides = overrides
        }
    }

    public let variants: [Variant]
    public let runs: Int
    public let seed: Seed
    /// The baseline first, then one arm per variant.
    public let arms: [PreparedScenario]

    public init(source: ScenarioSource, common: [ScenarioOverride], variants: [Variant], runs: Int, seed: Seed) throws {
        self.variants = variants
        self.runs = runs
        self.seed = seed
        arms = try [PreparedScenario.load(source, overrides: common)]
            + variants.map { try PreparedScenario.load(source, overrides: common + $0.overrides) }
        try OutcomeCatalog(scenario: arms[0].scenario).requireSameOutcomes(Array(arms.dropFirst())) { k in
            "variant \(k + 1) (\(variants[k].name))"
        }
    }

    public func run(threads: Int) -> Comparison {
        let baseline = arms[0].scenario
        let catalog = OutcomeCatalog(scenario: baseline)
        let metrics = catalog.headline
        let moments = BatchRunner.run([BatchJob(arms: arms.map(\.arm), seed: seed, runs: runs)], metrics: metrics, threads: threads)[0]
        let focusWeek = catalog.dealQuestionWeeks.first { (0..<baseline.weeks).contains($0) } ?? min(12, baseline.weeks - 1)
        let focus = ["p_deal_by_week:\(focusWeek)", "p_deal"]
        return Comparison(
            scenario: baseline.name, scenarioHash: ScenarioLoader.hash(baseline), seed: seed.value, runs: runs,
            version: BackchannelVersion.current,
            variants: variants.indices.map { k in
                let name = variants[k].name
                let outcomes = Comparison.differences(moments, arm: k + 1, metrics: metrics, catalog: catalog)
                return Comparison.Variant(name: name, overrides: variants[k].overrides.map(\.description),
                                          scenarioHash: ScenarioLoader.hash(arms[k + 1].scenario),
                                          verdict: Comparison.verdict(name: name, outcomes, focus: focus), outcomes: outcomes)
            })
    }
}
