import Foundation

/// A recalibration of the simulated forecasts (docs/model.md §16): p' = σ(a + b·logit(p)),
/// p clipped to [0.01, 0.99] first. Fitted by maximum likelihood on an episode library's
/// outcomes; b < 1 says the raw shares of runs are more extreme than the record supports.
/// Settled answers (the scenario makes them certain) are never recalibrated.
public struct LogisticCalibration: Codable, Sendable, Equatable {
    public var intercept: Double
    public var slope: Double

    public static let identity = LogisticCalibration(intercept: 0, slope: 1)

    public init(intercept: Double, slope: Double) {
        self.intercept = intercept
        self.slope = slope
    }

    public func apply(_ p: Double) -> Double {
        1 / (1 + Foundation.exp(-(intercept + slope * Self.logit(p))))
    }

    static func logit(_ p: Double) -> Double {
        let c = ForecastScore.clipped(p)
        return Foundation.log(c / (1 - c))
    }

    /// The (a, b) that maximise the likelihood of the outcomes times a unit normal prior around
    /// the identity (a ~ N(0, 1), b ~ N(1, 1): negligible with a library's questions, but it keeps
    /// a sample that a threshold separates from sending b to infinity). Newton's method with
    /// step halving, so every step raises the objective.
    public static func fit(forecasts: [Double], outcomes: [Bool]) -> LogisticCalibration {
        precondition(forecasts.count == outcomes.count)
        let x = forecasts.map(logit), y = outcomes.map { $0 ? 1.0 : 0.0 }
        func objective(_ a: Double, _ b: Double) -> Double {
            var l = -0.5 * (a * a + (b - 1) * (b - 1))
            for (xi, yi) in zip(x, y) {
                let z = a + b * xi
                // log σ(z) and log(1 − σ(z)) without overflow.
                l += yi * -softplus(-z) + (1 - yi) * -softplus(z)
            }
            return l
        }
        var a = 0.0, b = 1.0, current = objective(a, b)
        for _ in 0..<100 {
            var g0 = -a, g1 = -(b - 1), h00 = 1.0, h01 = 0.0, h11 = 1.0
            for (xi, yi) in zip(x, y) {
                let p = 1 / (1 + Foundation.exp(-(a + b * xi)))
                let w = p * (1 - p)
                g0 += yi - p
                g1 += (yi - p) * xi
                h00 += w
                h01 += w * xi
                h11 += w * xi * xi
            }
            let det = h00 * h11 - h01 * h01
            guard det > 0 else { break }
            var da = (h11 * g0 - h01 * g1) / det, db = (h00 * g1 - h01 * g0) / det
            var step = false
            for _ in 0..<40 {
                let next = objective(a + da, b + db)
                if next >= current { a += da; b += db; current = next; step = true; break }
                da /= 2
                db /= 2
            }
            if !step || abs(da) + abs(db) < 1e-12 { break }
        }
        return LogisticCalibration(intercept: a, slope: b)
    }

    static func softplus(_ z: Double) -> Double { z > 30 ? z : Foundation.log1p(Foundation.exp(z)) }
}
