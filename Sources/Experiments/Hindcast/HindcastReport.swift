import Foundation

/// The result of `hindcast` (JSON contract in docs/commands.md).
public struct HindcastReport: Codable, Sendable {
    public var name: String
    public var file: String
    public var runs: Int
    public var seed: UInt64
    public var version: String
    public var logScoreClip: Double
    public var questions: [Item]
    public var scores: Scores
    public var baseRate: Double
    public var reliability: [ReliabilityBin]

    public struct Item: Codable, Sendable {
        public var id: String
        public var scenario: String
        public var set: [String]
        public var kind: String
        public var text: String?
        public var forecast: Double
        public var outcome: Bool
        public var brier: Double

        public init(id: String, scenario: String, set: [String], kind: String, text: String?, forecast: Double, outcome: Bool, brier: Double) {
            self.id = id
            self.scenario = scenario
            self.set = set
            self.kind = kind
            self.text = text
            self.forecast = forecast
            self.outcome = outcome
            self.brier = brier
        }
    }

    public struct Scores: Codable, Sendable {
        public var model: ForecastScore
        public var fiftyPercent: ForecastScore
        public var baseRate: ForecastScore
        enum CodingKeys: String, CodingKey {
            case model
            case fiftyPercent = "fifty_percent", baseRate = "base_rate"
        }

        public init(model: ForecastScore, fiftyPercent: ForecastScore, baseRate: ForecastScore) {
            self.model = model
            self.fiftyPercent = fiftyPercent
            self.baseRate = baseRate
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, file, runs, seed, version, questions, scores, reliability
        case logScoreClip = "log_score_clip", baseRate = "base_rate"
    }

    public init(name: String, file: String, runs: Int, seed: UInt64, version: String, logScoreClip: Double, questions: [Item], scores: Scores, baseRate: Double, reliability: [ReliabilityBin]) {
        self.name = name
        self.file = file
        self.runs = runs
        self.seed = seed
        self.version = version
        self.logScoreClip = logScoreClip
        self.questions = questions
        self.scores = scores
        self.baseRate = baseRate
        self.reliability = reliability
    }
}
