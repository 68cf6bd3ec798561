import RealModule

/// Scores of probability forecasts of binary outcomes.
///
/// Brier score: mean (p − o)², 0 best, 0.25 for always 50%. Log score: mean ln of the
/// probability given to what happened, 0 best, ln 0.5 ≈ −0.693 for always 50%; forecasts are
/// clipped to [ε, 1 − ε] with ε = 0.01 first, because a Monte Carlo forecast of exactly 0 or 1
/// would otherwise score −∞ on one miss.
public struct ForecastScore: Codable, Sendable, Equatable {
    public var brier: Double
    public var log: Double

    public static let clip = 0.01

    /// p kept within [clip, 1 − clip], as every scored forecast is.
    public static func clipped(_ p: Double) -> Double { min(1 - clip, max(clip, p)) }

    public init(forecasts p: [Double], outcomes o: [Bool]) {
        precondition(p.count == o.count && !p.isEmpty)
        var b = 0.0, l = 0.0
        for (f, yes) in zip(p, o) {
            let y = yes ? 1.0 : 0.0
            b += (f - y) * (f - y)
            let c = Self.clipped(f)
            l += Double.log(yes ? c : 1 - c)
        }
        brier = b / Double(p.count)
        log = l / Double(p.count)
    }

    /// A reliability table: forecasts in `bins` equal-width bins of [0, 1] (the last bin
    /// includes 1); for each non-empty bin the count, mean forecast and observed frequency.
    public static func reliability(forecasts p: [Double], outcomes o: [Bool], bins: Int = 5) -> [ReliabilityBin] {
        var count = [Int](repeating: 0, count: bins), sum = [Double](repeating: 0, count: bins), yes = count
        for (f, outcome) in zip(p, o) {
            let b = min(bins - 1, max(0, Int(f * Double(bins))))
            count[b] += 1
            sum[b] += f
            if outcome { yes[b] += 1 }
        }
        var table: [ReliabilityBin] = []
        for b in 0..<bins where count[b] > 0 {
            let n = Double(count[b])
            let low = Double(b) / Double(bins), high = Double(b + 1) / Double(bins)
            table.append(ReliabilityBin(low: low, high: high, count: count[b], meanForecast: sum[b] / n,
                                        observed: Double(yes[b]) / n))
        }
        return table
    }
}

public struct ReliabilityBin: Codable, Sendable, Equatable {
    public var low: Double
    public var high: Double
    public var count: Int
    public var meanForecast: Double
    public var observed: Double

    enum CodingKeys: String, CodingKey {
        case low, high, count, observed
        case meanForecast = "mean_forecast"
    }
}
