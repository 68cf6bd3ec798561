import Foundation
import Randomness

/// The result of `estimate` (JSON contract in docs/commands.md): the estimated global
/// parameters, draws from their posterior, and the screening that chose them. `run --posterior`
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
    public var drawCount: Int
    public var method: String
    /// Every candidate of the screening, most influential first.
    public var screening: [Screened]
    public var parameters: [Parameter]
    /// The parameter sets, in `parameters` order and their units.
    public var draws: [[Double]]
    /// Mean log score per question of the library (the fitted surface) at the estimate.
    public var logScoreAtEstimate: Double
    /// Width of the normal prior around each parameter's default, as a share of its range.
    public var priorWidth: Double
    /// The recalibration of question forecasts fitted with the draws (nil: none).
    public var calibration: LogisticCalibration?

    public struct Parameter: Codable, Sendable, Equatable {
        /// A scenario path (`parameters.process.talks`), or a level scale (`levels.resolve`) whose
        /// default numbers are multiplied by the value.
        public var path: String
        public var kind: Kind
        public var low: Double
        public var high: Double
        /// Searched on a log scale (ratios matter, not differences).
        public var logScale: Bool
        /// The value without estimation (the engine's default; 1 for a level scale): the centre
        /// of the weak normal prior.
        public var prior: Double
        public var estimate: Double
        /// The 5% and 95% quantiles of the draws.
        public var interval: [Double]

        public enum Kind: String, Codable, Sendable { case value, levelScale = "level_scale" }

        public init(path: String, kind: Kind, low: Double, high: Double, logScale: Bool, prior: Double, estimate: Double = .nan, interval: [Double] = []) {
            self.path = path
            self.kind = kind
            self.low = low
            self.high = high
            self.logScale = logScale
            self.prior = prior
            self.estimate = estimate
            self.interval = interval
        }

        /// The parameter's value at x ∈ [0, 1] of its range.
        public func value(_ x: Double) -> Double {
            logScale ? low * Foundation.pow(high / low, x) : low + x * (high - low)
        }

        /// Where `value` lies in the range, in [0, 1].
        public func position(_ value: Double) -> Double {
            let x = logScale ? Foundation.log(value / low) / Foundation.log(high / low) : (value - low) / (high - low)
            return min(1, max(0, x))
        }

        enum CodingKeys: String, CodingKey { case path, kind, low, high, prior, estimate, interval; case logScale = "log_scale" }
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
        case format, version, library, episodes, seed, method, screening, parameters, draws
        case runsPerPoint = "runs_per_point", designPoints = "design_points", drawCount = "draw_count", logScoreAtEstimate = "log_score_at_estimate"
        case priorWidth = "prior_width", calibration
    }

    public init(version: String, library: String, episodes: [String], seed: UInt64, runsPerPoint: Int, designPoints: Int, drawCount: Int,
                method: String, screening: [Screened], parameters: [Parameter], draws: [[Double]], logScoreAtEstimate: Double, priorWidth: Double) {
        format = Self.formatName
        self.version = version
        self.library = library
        self.episodes = episodes
        self.seed = seed
        self.runsPerPoint = runsPerPoint
        self.designPoints = designPoints
        self.drawCount = drawCount
        self.method = method
        self.screening = screening
        self.parameters = parameters
        self.draws = draws
        self.logScoreAtEstimate = logScoreAtEstimate
        self.priorWidth = priorWidth
    }

    /// Which draw run `seed` plays: a stream of its own, so the run's other draws are untouched.
    public static func drawIndex(forRun seed: UInt64, draws: Int) -> Int {
        Int(Seed(seed).derive("posterior-draw").value % UInt64(draws))
    }
}
