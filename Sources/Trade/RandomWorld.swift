import Randomness
import RealModule

/// Random but plausible worlds for property tests and benchmarks: log-normal country sizes,
/// home bias (own shares mostly 0.5–0.9), bilateral flows proportional to the partners' sizes
/// with noise, unbalanced trade, and random baseline tariffs. The randomness is injected.
public enum RandomWorld {
    /// A baseline with `count` regions named `R00`, `R01`, …; baseline tariffs uniform on
    /// `[0, maxTariff)` off the diagonal.
    public static func make(count n: Int, maxTariff: Double = 0.15, using rng: inout some RandomNumberGenerator) -> Baseline {
        precondition(n >= 2, "a world needs at least two regions")
        let size = (0..<n).map { _ in Double.exp(rng.normal()) }
        let total = size.reduce(0, +)
        var flows = [Double](repeating: 0, count: n * n)
        var tariffs = TariffMatrix(zeros: n)
        for i in 0..<n {
            for j in 0..<n {
                if i == j {
                    flows[i * n + j] = size[i] * total * rng.uniform(1, 4)
                } else {
                    flows[i * n + j] = size[i] * size[j] * rng.uniform(0.1, 1)
                    tariffs[exporter: i, importer: j] = maxTariff * rng.uniform()
                }
            }
        }
        let names = (0..<n).map { $0 < 10 ? "R0\($0)" : "R\($0)" }
        // The draws are positive and finite by construction, so calibration cannot fail.
        return try! Baseline(regions: names, flatFlows: flows, tariffs: tariffs)
    }
}
