import Foundation

/// The result of `sensitivity` (JSON contract in docs/commands.md).
public struct SensitivityReport: Codable, Sendable {
    public var scenario: String
    public var scenarioHash: String
    public var method: String
    public var outcome: String
    public var samples: Int
    public var evaluations: Int
    public var distinctEvaluations: Int
    public var runsPerEvaluation: Int
    public var seed: UInt64
    public var version: String
    public var outcomeMean: Double
    public var levels: Int?
    public var bootstrap: Int?
    public var parameters: [Parameter]

    public struct Parameter: Codable, Sendable {
        public var path: String
        public var low: Double
        public var high: Double
        public var morris: Morris.Effect?
        public var sobol: Sobol.Index?

        public init(path: String, low: Double, high: Double, morris: Morris.Effect?, sobol: Sobol.Index?) {
            self.path = path
            self.low = low
            self.high = high
            self.morris = morris
            self.sobol = sobol
        }
    }

    enum CodingKeys: String, CodingKey {
        case scenario, method, outcome, samples, evaluations, seed, version, levels, bootstrap, parameters
        case scenarioHash = "scenario_hash", distinctEvaluations = "distinct_evaluations"
        case runsPerEvaluation = "runs_per_evaluation", outcomeMean = "outcome_mean"
    }

    public init(scenario: String, scenarioHash: String, method: String, outcome: String, samples: Int, evaluations: Int, distinctEvaluations: Int, runsPerEvaluation: Int, seed: UInt64, version: String, outcomeMean: Double, levels: Int?, bootstrap: Int?, parameters: [Parameter]) {
        self.scenario = scenario
        self.scenarioHash = scenarioHash
        self.method = method
        self.outcome = outcome
        self.samples = samples
        self.evaluations = evaluations
        self.distinctEvaluations = distinctEvaluations
        self.runsPerEvaluation = runsPerEvaluation
        self.seed = seed
        self.version = version
        self.outcomeMean = outcomeMean
        self.levels = levels
        self.bootstrap = bootstrap
        self.parameters = parameters
    }
}
