import Randomness

/// Variance-based sensitivity indices on the unit cube [0, 1]^k by Saltelli sampling:
/// matrices A and B (n rows of independent uniforms from our seeded generator), and for each
/// factor i the matrix A_B^(i) (A with column i from B) — n(k + 2) evaluations in all.
///
/// First-order index (Saltelli et al. 2010, eq. (b)): S_i = mean(f(B)(f(A_B^i) − f(A))) / V;
/// total index (Jansen 1999): ST_i = mean((f(A) − f(A_B^i))²) / (2V); V is the variance of
/// f over A and B together. 95% intervals are bootstrap percentiles: rows resampled with
/// replacement from a seeded stream.
public enum Sobol {
    public struct Index: Sendable, Equatable, Codable {
        public var s1: Double
        public var s1Low: Double
        public var s1High: Double
        public var st: Double
        public var stLow: Double
        public var stHigh: Double

        enum CodingKeys: String, CodingKey {
            case s1, st
            case s1Low = "s1_ci95_low", s1High = "s1_ci95_high", stLow = "st_ci95_low", stHigh = "st_ci95_high"
        }
    }

    /// The n(k + 2) points in evaluation order: A, B, A_B^(0), …, A_B^(k−1).
    public static func design(factors k: Int, samples n: Int, seed: Seed) -> [[Double]] {
        precondition(k >= 1 && n >= 2)
        var rng = seed.derive("saltelli").generator()
        var a: [[Double]] = [], b: [[Double]] = []
        for _ in 0..<n {
            // One row of A then one of B, so a longer design starts with the shorter one.
            a.append((0..<k).map { _ in rng.uniform() })
            b.append((0..<k).map { _ in rng.uniform() })
        }
        var points = a + b
        for i in 0..<k {
            points += (0..<n).map { r in
                var row = a[r]
                row[i] = b[r][i]
                return row
            }
        }
        return points
    }

    /// S1 and ST per factor from outputs in `design` order, with bootstrap intervals.
    public static func analyze(outputs y: [Double], factors k: Int, samples n: Int,
                               bootstrap resamples: Int = 200, seed: Seed) -> [Index] {
        precondition(y.count == n * (k + 2))
        let fA = Array(y[0..<n]), fB = Array(y[n..<2 * n])
        let fAB = (0..<k).map { i in Array(y[(2 + i) * n..<(3 + i) * n]) }
        let all = Array(0..<n)
        let point = (0..<k).map { estimate(fA, fB, fAB[$0], rows: all) }
        var rng = seed.derive("bootstrap").generator()
        var s1s = [[Double]](repeating: [], count: k), sts = s1s
        for _ in 0..<resamples {
            let rows = (0..<n).map { _ in Int(rng.uniform(below: UInt64(n))) }
            for i in 0..<k {
                let e = estimate(fA, fB, fAB[i], rows: rows)
                s1s[i].append(e.s1)
                sts[i].append(e.st)
            }
        }
        return (0..<k).map { i in
            let (s1Low, s1High) = percentiles(s1s[i])
            let (stLow, stHigh) = percentiles(sts[i])
            return Index(s1: point[i].s1, s1Low: s1Low, s1High: s1High, st: point[i].st, stLow: stLow, stHigh: stHigh)
        }
    }

    /// The two estimators on the given rows (all rows, or a bootstrap resample).
    static func estimate(_ fA: [Double], _ fB: [Double], _ fABi: [Double], rows: [Int]) -> (s1: Double, st: Double) {
        let n = Double(rows.count)
        var mean = 0.0
        for r in rows { mean += fA[r] + fB[r] }
        mean /= 2 * n
        var v = 0.0, first = 0.0, total = 0.0
        for r in rows {
            v += (fA[r] - mean) * (fA[r] - mean) + (fB[r] - mean) * (fB[r] - mean)
            first += fB[r] * (fABi[r] - fA[r])
            total += (fA[r] - fABi[r]) * (fA[r] - fABi[r])
        }
        v /= 2 * n
        guard v > 0 else { return (0, 0) }
        return (first / n / v, total / (2 * n) / v)
    }

    /// The 2.5% and 97.5% percentiles (linear interpolation between order statistics).
    static func percentiles(_ values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        let sorted = values.sorted()
        return (interpolatedQuantile(sorted, 0.025), interpolatedQuantile(sorted, 0.975))
    }
}

/// The p-quantile of sorted values, interpolated linearly between order statistics.
func interpolatedQuantile(_ sorted: [Double], _ p: Double) -> Double {
    let h = p * Double(sorted.count - 1)
    let lo = Int(h), hi = min(lo + 1, sorted.count - 1)
    return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
}
