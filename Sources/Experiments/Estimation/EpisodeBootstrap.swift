import Randomness

/// The estimate and its uncertainty from per-episode response surfaces of the simulated
/// log-likelihood (docs/model.md §16). Episodes, not questions, are resampled: the questions of
/// one episode share its scenario and history and are far from independent, so a likelihood
/// that multiplied them would be overconfident; the episode is the unit that was sampled from
/// history.
public enum EpisodeBootstrap {
    /// The maximiser of the summed surfaces (the point estimate, on the unit cube) and one
    /// maximiser per resample of the episodes with replacement, from `seed` only.
    public static func estimate(_ surfaces: [ResponseSurface], resamples: Int, seed: Seed) -> (estimate: [Double], draws: [[Double]]) {
        precondition(!surfaces.isEmpty)
        let total = surfaces.dropFirst().reduce(surfaces[0], +)
        let estimate = total.maximum()
        var draws: [[Double]] = []
        for b in 0..<resamples {
            var rng = seed.derive("episode-bootstrap", b).generator()
            var counts = [Int](repeating: 0, count: surfaces.count)
            for _ in surfaces.indices { counts[Int(rng.uniform(below: UInt64(surfaces.count)))] += 1 }
            var sum = ResponseSurface(factors: total.factors, coefficients: [Double](repeating: 0, count: total.coefficients.count))
            for (s, c) in zip(surfaces, counts) where c > 0 { sum = sum + s.scaled(Double(c)) }
            draws.append(sum.maximum())
        }
        return (estimate, draws)
    }

    /// The q-quantile of values (linear interpolation between order statistics).
    public static func quantile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        guard sorted.count > 1 else { return sorted.first ?? .nan }
        let h = q * Double(sorted.count - 1)
        let i = Int(h.rounded(.down)), f = h - Double(i)
        return i + 1 < sorted.count ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i]
    }
}
