/// Streamed sums of outcome metrics over runs, for one or more arms run on common random
/// numbers: per arm Σx and Σx², and per arm a ≥ 1 the paired differences from arm 0
/// (Σ(x_a − x_0) and Σ(x_a − x_0)²). Memory is O(arms × metrics), never O(runs). Blocks are
/// merged in block order, so the floating sums are identical for any thread count or shard split.
public struct PairedMoments: Sendable, Equatable {
    public let arms: Int
    public let metrics: Int
    public private(set) var runs = 0
    var sum: [Double], sumSquares: [Double]
    var diffSum: [Double], diffSquares: [Double]

    public init(arms: Int, metrics: Int) {
        self.arms = arms
        self.metrics = metrics
        sum = [Double](repeating: 0, count: arms * metrics)
        sumSquares = sum
        diffSum = sum
        diffSquares = sum
    }

    /// Adds one run: `values[a][m]` is metric m of arm a.
    public mutating func add(_ values: [[Double]]) {
        runs += 1
        for a in 0..<arms {
            for m in 0..<metrics {
                let x = values[a][m]
                sum[a * metrics + m] += x
                sumSquares[a * metrics + m] += x * x
                if a > 0 {
                    let d = x - values[0][m]
                    diffSum[a * metrics + m] += d
                    diffSquares[a * metrics + m] += d * d
                }
            }
        }
    }

    /// Adds a later block (call in block order).
    public mutating func merge(_ b: PairedMoments) {
        precondition(b.arms == arms && b.metrics == metrics)
        runs += b.runs
        for k in sum.indices {
            sum[k] += b.sum[k]
            sumSquares[k] += b.sumSquares[k]
            diffSum[k] += b.diffSum[k]
            diffSquares[k] += b.diffSquares[k]
        }
    }

    /// The mean of metric m in arm a over the runs.
    public func mean(arm a: Int = 0, _ m: Int) -> Double {
        runs == 0 ? 0 : sum[a * metrics + m] / Double(runs)
    }

    /// The standard error of that mean (sample standard deviation / √n).
    public func standardError(arm a: Int = 0, _ m: Int) -> Double {
        Self.standardError(sum[a * metrics + m], sumSquares[a * metrics + m], runs)
    }

    /// The mean paired difference arm a − arm 0 of metric m.
    public func meanDifference(arm a: Int, _ m: Int) -> Double {
        runs == 0 ? 0 : diffSum[a * metrics + m] / Double(runs)
    }

    /// The standard error of the mean paired difference.
    public func differenceStandardError(arm a: Int, _ m: Int) -> Double {
        Self.standardError(diffSum[a * metrics + m], diffSquares[a * metrics + m], runs)
    }

    static func standardError(_ s: Double, _ s2: Double, _ n: Int) -> Double {
        guard n > 1 else { return 0 }
        let nn = Double(n)
        let variance = max(0, (s2 - s * s / nn) / (nn - 1))
        return (variance / nn).squareRoot()
    }
}
