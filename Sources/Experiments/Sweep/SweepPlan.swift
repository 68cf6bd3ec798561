import Randomness

/// The points of a sweep and how its work is cut: a full grid of axes (in the order given,
/// the last axis fastest) or the rows of a design, each point run `replicates` times.
///
/// A *unit* is one (point, replicate); unit u = point · replicates + replicate. Its runs use
/// the master seed derived by ("point", p) then ("replicate", r), and run i of a unit uses
/// that seed's `derive("run", i)`, so any slice of units reproduces exactly.
public struct SweepPlan: Sendable, Equatable {
    /// Scenario paths, one per column of a point.
    public let paths: [String]
    /// The values of each point, as text (what `--set` receives).
    public let points: [[String]]
    public let replicates: Int
    public let runs: Int
    public let seed: Seed

    public init(paths: [String], points: [[String]], replicates: Int, runs: Int, seed: Seed) {
        precondition(points.allSatisfy { $0.count == paths.count })
        self.paths = paths
        self.points = points
        self.replicates = replicates
        self.runs = runs
        self.seed = seed
    }

    /// A full grid: every combination of the axes' values, the last axis varying fastest.
    public static func grid(_ axes: [(path: String, values: [String])]) -> [[String]] {
        var points: [[String]] = [[]]
        for axis in axes {
            points = points.flatMap { prefix in axis.values.map { prefix + [$0] } }
        }
        return points
    }

    public var units: Int { points.count * replicates }

    public func point(ofUnit u: Int) -> Int { u / replicates }
    public func replicate(ofUnit u: Int) -> Int { u % replicates }

    /// The master seed of a unit's runs.
    public func seed(ofUnit u: Int) -> Seed {
        seed.derive("point", point(ofUnit: u)).derive("replicate", replicate(ofUnit: u))
    }

    /// The contiguous slice of units shard `index` of `count` runs (0-based; sizes differ by at most 1).
    public func units(shard index: Int, of count: Int) -> Range<Int> {
        precondition(count > 0 && (0..<count).contains(index))
        return (units * index / count)..<(units * (index + 1) / count)
    }
}
