import Randomness

/// Space-filling designs on the unit cube for the estimation (docs/model.md §16).
public enum SpaceFillingDesign {
    /// A Latin hypercube of n points in [0, 1]^k (each axis cut in n strata, one point per
    /// stratum, at its centre), plus the 2k + 1 points of a star around the centre so the
    /// quadratic's curvature is always identified. From `seed` only.
    public static func latinHypercube(points n: Int, factors k: Int, seed: Seed) -> [[Double]] {
        precondition(n >= 1 && k >= 1)
        var rng = seed.derive("latin-hypercube").generator()
        var columns: [[Double]] = []
        for _ in 0..<k {
            var strata = (0..<n).map { (Double($0) + 0.5) / Double(n) }
            rng.shuffle(&strata)
            columns.append(strata)
        }
        var points = (0..<n).map { i in (0..<k).map { columns[$0][i] } }
        points.append([Double](repeating: 0.5, count: k))
        for d in 0..<k {
            for v in [0.1, 0.9] {
                var x = [Double](repeating: 0.5, count: k)
                x[d] = v
                points.append(x)
            }
        }
        return points
    }
}
