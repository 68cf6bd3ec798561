import Foundation
import Randomness

/// The result of `estimate` (JSON contract in docs/commands.md): the estimated global
/// parameters, their bootstrap draws, and the screening that chose them. `run --posterior`
/// plays each run with one draw.
public struct Posterior: Codable, Sendable, Equatable {
    public static let formatName = "backchannel-posterior"

    public var format: String
    public var version: String
    /// The episode library it was fitted on, and its episodes.
    public var library: String
    public var episodes: [String]
    public var seed: UInt64
    public var runsPerPoint: Int
    public var designPoints: Int
    public var bootstrap: Int
    public var method: String
    /// Every candidate of the screening, most influential first.
    public var screening: [Screened]
    public var parameters: [Parameter]
    /// One parameter set per bootstrap resample, in `parameters` order and their units.
    public var draws: [[Double]]
    /// Mean log score per question of the library (the fitted surface) at the estimate.
    public var logScoreAtEstimate: Double

    public struct Parameter: Codable, Sendable, Equatable {
        /// A scenario path (`parameters.process.talks`), or a level scale (`levels.resolve`) whose
        /// default numbers are multiplied by the value.
        public var path: String
        public var kind: Kind
        public var low: Double
        public var high: Double
        /// Searched on a log scale (ratios matter, not differences).
        public var logScale: Bool
        public var estimate: Double
        /// The 5% and 95% quantiles of the draws.
        public var interval: [Double]

        public enum Kind: String, Codable, Sendable { case value, levelScale = "level_scale" }

        public init(path: String, kind: Kind, low: Double, high: Double, logScale: Bool, estimate: Double = .nan, interval: [Double] = []) {
            self.path = path
            self.kind = kind
            self.low = low
            self.high = high
            self.logScale = logScale
            self.estimate = estimate
            self.interval = interval
        }

        /// The parameter's value at x ∈ [0, 1] of its range.
        public func value(_ x: Double) -> Double {
            logScale ? low * Foundation.pow(high / low, x) : low + x * (high - low)
        }

        enum CodingKeys: String, CodingKey { case path, kind, low, high, estimate, interval; case logScale = "log_scale" }
    }

    public struct Screened: Codable, Sendable, Equatable {
        public var path: String
        public var low: Double
        public var high: Double
        /// Mean over the library's questions of the Morris μ* of the forecast (probability
        /// points per full range): how much the parameter moves the forecasts, outcomes unseen.
        public var muStar: Double
        public var sigma: Double
        public var estimated: Bool

        enum CodingKeys: String, CodingKey { case path, low, high, sigma, estimated; case muStar = "mu_star" }

        public init(path: String, low: Double, high: Double, muStar: Double, sigma: Double, estimated: Bool) {
            self.path = path
            self.low = low
            self.high = high
            self.muStar = muStar
            self.sigma = sigma
            self.estimated = estimated
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, version, library, episodes, seed, bootstrap, method, screening, parameters, draws
        case runsPerPoint = "runs_per_point", designPoints = "design_points", logScoreAtEstimate = "log_score_at_estimate"
    }

    public init(version: String, library: String, episodes: [String], seed: UInt64, runsPerPoint: Int, designPoints: Int, bootstrap: Int,
                method: String, screening: [Screened], parameters: [Parameter], draws: [[Double]], logScoreAtEstimate: Double) {
        format = Self.formatName
        self.version = version
        self.library = library
        self.episodes = episodes
        self.seed = seed
        self.runsPerPoint = runsPerPoint
        self.designPoints = designPoints
        self.bootstrap = bootstrap
        self.method = method
        self.screening = screening
        self.parameters = parameters
        self.draws = draws
        self.logScoreAtEstimate = logScoreAtEstimate
    }

    /// Which draw run `seed` plays: a stream of its own, so the run's other draws are untouched.
    public static func drawIndex(forRun seed: UInt64, draws: Int) -> Int {
        Int(Seed(seed).derive("posterior-draw").value % UInt64(draws))
    }
}
