import Foundation
import Randomness

/// The estimate and its uncertainty from per-episode response surfaces of the simulated
/// log-likelihood (docs/model.md §16).
///
/// The estimate maximises the summed surfaces plus a weak prior. Its uncertainty treats the
/// episode, not the question, as the unit sampled from history: the questions of one episode
/// share its scenario and story and are far from independent, so the curvature of the summed
/// likelihood alone would be overconfident. The cluster-robust (sandwich) covariance
/// V = A⁻¹ (Σ_e g_e g_eᵀ) A⁻¹, with A = −∇²(total) and g_e episode e's gradient at the estimate,
/// is the large-sample equivalent of a bootstrap over episodes; a literal bootstrap was tried and
/// with 17 episodes its resampled optima jump to the corners of the box. Draws are normal with
/// that covariance, truncated to the box (the unit cube).
public enum SandwichPosterior {
    /// `box`: where the surfaces were fitted (the estimate is sought there; a quadratic is not
    /// trusted far outside its design). The draws may leave it, not the unit cube.
    public static func estimate(_ surfaces: [ResponseSurface], prior: ResponseSurface, draws: Int, seed: Seed,
                                box: ResponseSurface.Box? = nil) -> (estimate: [Double], draws: [[Double]]) {
        precondition(!surfaces.isEmpty)
        let total = surfaces.reduce(prior, +)
        let x = total.maximum(in: box)
        let k = x.count
        // A = −H, made positive definite by the smallest ridge that does it (a flat or saddle
        // direction then gets a wide, not an infinite, spread).
        var a = total.hessian.map { $0.map { -$0 } }
        var ridge = 0.0
        while cholesky(a) == nil {
            ridge = max(1e-6, ridge * 10)
            for i in 0..<k { a[i][i] += ridge }
            if ridge > 1e6 { break }
        }
        let inverse = invert(a)
        var meat = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for s in surfaces {
            let g = s.gradient(x)
            for i in 0..<k { for j in 0..<k { meat[i][j] += g[i] * g[j] } }
        }
        var v = multiply(multiply(inverse, meat), inverse)
        for i in 0..<k { v[i][i] += 1e-9 }
        let l = cholesky(v) ?? diagonalRoot(v)
        var out: [[Double]] = []
        for d in 0..<draws {
            var rng = seed.derive("posterior-draw", d).generator()
            var point = x
            // A normal draw inside the box: rejection, then the last try clamped.
            for attempt in 0..<100 {
                let z = (0..<k).map { _ in rng.normal() }
                point = x
                for i in 0..<k { for j in 0...i { point[i] += l[i][j] * z[j] } }
                if point.allSatisfy({ (0...1).contains($0) }) { break }
                if attempt == 99 { point = point.map { min(1, max(0, $0)) } }
            }
            out.append(point)
        }
        return (x, out)
    }

    /// The lower-triangular L with L·Lᵀ = m, or nil if m is not positive definite.
    static func cholesky(_ m: [[Double]]) -> [[Double]]? {
        let n = m.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var s = m[i][j]
                for p in 0..<j { s -= l[i][p] * l[j][p] }
                if i == j {
                    guard s > 0 else { return nil }
                    l[i][i] = Foundation.sqrt(s)
                } else {
                    l[i][j] = s / l[j][j]
                }
            }
        }
        return l
    }

    /// The square roots of the diagonal, for a covariance Cholesky cannot take.
    static func diagonalRoot(_ v: [[Double]]) -> [[Double]] {
        var l = [[Double]](repeating: [Double](repeating: 0, count: v.count), count: v.count)
        for i in v.indices { l[i][i] = Foundation.sqrt(max(0, v[i][i])) }
        return l
    }

    static func invert(_ m: [[Double]]) -> [[Double]] {
        let n = m.count
        return (0..<n).map { j in ResponseSurface.solve(m, (0..<n).map { $0 == j ? 1 : 0 }) }  // columns; m is symmetric
    }

    static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let n = a.count, m = b[0].count
        return (0..<n).map { i in (0..<m).map { j in b.indices.reduce(0) { $0 + a[i][$1] * b[$1][j] } } }
    }

    /// The q-quantile of values (linear interpolation between order statistics).
    public static func quantile(_ values: [Double], _ q: Double) -> Double {
        values.isEmpty ? .nan : interpolatedQuantile(values.sorted(), q)
    }
}
