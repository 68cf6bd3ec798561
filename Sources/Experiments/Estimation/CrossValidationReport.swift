/// The result of `hindcast LIBRARY --cross-validate` (JSON contract in docs/commands.md): each
/// episode forecast by the model fitted on the others, scored with the three references.
public struct CrossValidationReport: Codable, Sendable {
    public var library: String
    public var seed: UInt64
    public var runs: Int
    public var version: String
    public var logScoreClip: Double
    public var episodes: [Episode]
    /// Pooled over every question of every held-out episode.
    public var scores: Scores
    public var questions: Int
    public var reliability: [ReliabilityBin]
    /// The screening on the whole library (it ranks how much each parameter moves the
    /// forecasts, without the outcomes, so it is the same for every fold).
    public var screening: [Posterior.Screened]

    public struct Episode: Codable, Sendable {
        public var id: String
        /// The estimates fitted without this episode, by parameter path.
        public var estimates: [Estimate]
        public var items: [Item]
        public var scores: Scores

        public init(id: String, estimates: [Estimate], items: [Item]) {
            self.id = id
            self.estimates = estimates
            self.items = items
            scores = Scores(items)
        }
    }

    public struct Estimate: Codable, Sendable {
        public var path: String
        public var estimate: Double
        public var interval: [Double]

        public init(path: String, estimate: Double, interval: [Double]) {
            self.path = path
            self.estimate = estimate
            self.interval = interval
        }
    }

    public struct Item: Codable, Sendable {
        public var id: String
        public var kind: String
        public var outcome: Bool
        public var forecast: Double
        public var baseRate: Double
        public var persistence: Double
        enum CodingKeys: String, CodingKey { case id, kind, outcome, forecast, persistence; case baseRate = "base_rate" }

        public init(id: String, kind: String, outcome: Bool, forecast: Double, baseRate: Double, persistence: Double) {
            self.id = id
            self.kind = kind
            self.outcome = outcome
            self.forecast = forecast
            self.baseRate = baseRate
            self.persistence = persistence
        }
    }

    public struct Scores: Codable, Sendable {
        public var model: ForecastScore
        public var fiftyPercent: ForecastScore
        public var baseRate: ForecastScore
        public var persistence: ForecastScore
        enum CodingKeys: String, CodingKey {
            case model, persistence
            case fiftyPercent = "fifty_percent", baseRate = "base_rate"
        }

        public init(_ items: [Item]) {
            let o = items.map(\.outcome)
            model = ForecastScore(forecasts: items.map(\.forecast), outcomes: o)
            fiftyPercent = ForecastScore(forecasts: o.map { _ in 0.5 }, outcomes: o)
            baseRate = ForecastScore(forecasts: items.map(\.baseRate), outcomes: o)
            persistence = ForecastScore(forecasts: items.map(\.persistence), outcomes: o)
        }
    }

    enum CodingKeys: String, CodingKey {
        case library, seed, runs, version, episodes, scores, questions, reliability, screening
        case logScoreClip = "log_score_clip"
    }

    public init(library: String, seed: UInt64, runs: Int, version: String, episodes: [Episode], screening: [Posterior.Screened], bins: Int) {
        self.library = library
        self.seed = seed
        self.runs = runs
        self.version = version
        logScoreClip = ForecastScore.clip
        self.episodes = episodes
        self.screening = screening
        let all = episodes.flatMap(\.items)
        scores = Scores(all)
        questions = all.count
        reliability = ForecastScore.reliability(forecasts: all.map(\.forecast), outcomes: all.map(\.outcome), bins: bins)
    }
}
