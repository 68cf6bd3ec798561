import Randomness

/// Morris elementary effects (Morris 1991; μ* from Campolongo, Cariboni & Saltelli 2007) on the
/// unit cube [0, 1]^k: `r` trajectories of k + 1 points on a p-level grid, each moving one
/// factor at a time by Δ = p / (2(p − 1)).
///
/// Effects are per unit of the scaled factor, so μ* reads "the change in the outcome when the
/// factor moves across its whole range" (for a linear function, exactly its slope × range).
public enum Morris {
    public struct Design: Sendable, Equatable {
        public let factors: Int
        public let trajectories: Int
        public let levels: Int
        /// r · (k + 1) points, trajectory by trajectory.
        public let points: [[Double]]
        /// For each trajectory and step s = 1…k, the factor that changed between points s − 1 and s.
        public let moved: [[Int]]
    }

    public struct Effect: Sendable, Equatable, Codable {
        /// Mean elementary effect.
        public var mu: Double
        /// Mean absolute elementary effect (the ranking measure).
        public var muStar: Double
        /// Standard deviation of the elementary effects (non-linearity and interactions).
        public var sigma: Double

        enum CodingKeys: String, CodingKey {
            case mu, sigma
            case muStar = "mu_star"
        }
    }

    public static func delta(levels p: Int) -> Double { Double(p) / (2 * Double(p - 1)) }

    /// The trajectories, from `seed` only. `levels` must be even (4 is usual).
    public static func design(factors k: Int, trajectories r: Int, levels p: Int = 4, seed: Seed) -> Design {
        precondition(k >= 1 && r >= 2 && p >= 2 && p % 2 == 0)
        var rng = seed.derive("morris").generator()
        let d = delta(levels: p)
        var points: [[Double]] = []
        var moved: [[Int]] = []
        for _ in 0..<r {
            var x = (0..<k).map { _ in Double(rng.uniform(below: UInt64(p))) / Double(p - 1) }
            var order = Array(0..<k)
            rng.shuffle(&order)
            points.append(x)
            for i in order {
                // Up by Δ from the lower half of the grid, down from the upper half: stays on the grid.
                x[i] = x[i] + d <= 1 + 1e-12 ? x[i] + d : x[i] - d
                points.append(x)
            }
            moved.append(order)
        }
        return Design(factors: k, trajectories: r, levels: p, points: points, moved: moved)
    }

    /// μ, μ*, σ per factor from the outputs at the design's points (in order).
    public static func analyze(_ design: Design, outputs y: [Double]) -> [Effect] {
        precondition(y.count == design.points.count)
        let k = design.factors
        var effects = [[Double]](repeating: [], count: k)
        for t in 0..<design.trajectories {
            let base = t * (k + 1)
            for (s, i) in design.moved[t].enumerated() {
                let step = design.points[base + s + 1][i] - design.points[base + s][i]
                effects[i].append((y[base + s + 1] - y[base + s]) / step)
            }
        }
        return effects.map { e in
            let n = Double(e.count)
            let mu = e.reduce(0, +) / n
            let muStar = e.reduce(0) { $0 + abs($1) } / n
            let variance = e.count > 1 ? e.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / (n - 1) : 0
            return Effect(mu: mu, muStar: muStar, sigma: variance.squareRoot())
        }
    }
}
