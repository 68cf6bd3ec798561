import Diplomacy
import Experiments
import Randomness
import Reports
import ScenarioFormat

/// `sensitivity`: which parameters drive an outcome, by Morris elementary effects or Sobol
/// indices. Every evaluation runs the same seeds (common random numbers).
public struct SensitivityStudy: Sendable {
    public enum Method: String, Sendable, CaseIterable {
        case morris
        case sobol
    }

    /// A factor: a scenario path varied over [low, high], scaled to [0, 1].
    public struct Factor: Sendable {
        public var path: String
        public var low: Double
        public var high: Double
        /// Both bounds were integers: values are rounded to integers.
        public var integer: Bool

        public init(path: String, low: Double, high: Double, integer: Bool) {
            self.path = path
            self.low = low
            self.high = high
            self.integer = integer
        }

        /// The scenario value at x ∈ [0, 1].
        public func value(_ x: Double) -> String {
            let v = low + x * (high - low)
            return integer ? String(Int(v.rounded())) : plainNumber(v)
        }
    }

    public let source: ScenarioSource
    public let common: [ScenarioOverride]
    public let factors: [Factor]
    public let method: Method
    /// Morris trajectories r, or Sobol base samples N.
    public let samples: Int
    public let levels: Int
    public let runs: Int
    public let bootstrap: Int
    public let seed: Seed
    public let base: PreparedScenario
    public let metric: OutcomeMetric

    /// `outcome` is an outcome name (`OutcomeCatalog.formsHelp`); a bad one throws `OutcomeCatalog.ParseError`.
    public init(source: ScenarioSource, common: [ScenarioOverride], factors: [Factor], method: Method, samples: Int?, levels: Int,
                outcome: String, runs: Int, bootstrap: Int, seed: Seed) throws {
        self.source = source
        self.common = common
        self.factors = factors
        self.method = method
        self.samples = samples ?? (method == .morris ? 10 : 64)
        self.levels = levels
        self.runs = runs
        self.bootstrap = bootstrap
        self.seed = seed
        base = try PreparedScenario.load(source, overrides: common)
        metric = try OutcomeCatalog(scenario: base.scenario).parse(outcome).get()
    }

    public func run(threads: Int) throws -> SensitivityReport {
        let catalog = OutcomeCatalog(scenario: base.scenario)
        let k = factors.count, n = samples
        let points: [[Double]]
        var morris: Morris.Design?
        switch method {
        case .morris:
            let d = Morris.design(factors: k, trajectories: n, levels: levels, seed: seed)
            morris = d
            points = d.points
        case .sobol:
            points = Sobol.design(factors: k, samples: n, seed: seed)
        }
        // Identical points (Morris trajectories revisit grid points) are loaded and run once.
        var index: [[Double]: Int] = [:]
        var unique: [[Double]] = []
        for p in points where index[p] == nil {
            index[p] = unique.count
            unique.append(p)
        }
        let jobs = try unique.map { x in
            let point = try PreparedScenario.load(source, overrides: common + zip(factors, x).map { ScenarioOverride(path: $0.path, value: $0.value($1)) })
            return BatchJob(arms: [point.arm], seed: seed, runs: runs)
        }
        let results = BatchRunner.run(jobs, metrics: [metric], threads: threads)
        let y = points.map { results[index[$0]!].mean(0) }
        var report = SensitivityReport(
            scenario: base.scenario.name, scenarioHash: ScenarioLoader.hash(base.scenario), method: method.rawValue,
            outcome: catalog.name(metric), samples: n, evaluations: points.count, distinctEvaluations: unique.count,
            runsPerEvaluation: runs, seed: seed.value, version: BackchannelVersion.current,
            outcomeMean: y.reduce(0, +) / Double(y.count), levels: method == .morris ? levels : nil,
            bootstrap: method == .sobol ? bootstrap : nil, parameters: [])
        switch method {
        case .morris:
            let effects = Morris.analyze(morris!, outputs: y)
            report.parameters = zip(factors, effects).map { .init(path: $0.path, low: $0.low, high: $0.high, morris: $1, sobol: nil) }
        case .sobol:
            let indices = Sobol.analyze(outputs: y, factors: k, samples: n, bootstrap: bootstrap, seed: seed)
            report.parameters = zip(factors, indices).map { .init(path: $0.path, low: $0.low, high: $0.high, morris: nil, sobol: $1) }
        }
        return report
    }
}
