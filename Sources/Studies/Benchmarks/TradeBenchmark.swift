import Foundation
import Randomness
import Trade
import TradeData

/// `bench trade`: median microseconds per counterfactual solve (cold start, one thread) for the
/// 3-region calibration, random worlds and the world30 data. Numbers depend on the machine.
public struct TradeBenchmark: Sendable {
    /// Target time per case (at least 5 timed solves each).
    public var seconds: Double
    /// Seed of the random worlds.
    public var seed: UInt64
    /// Only these cases (all if empty).
    public var only: [String]

    public init(seconds: Double, seed: UInt64, only: [String]) {
        self.seconds = seconds
        self.seed = seed
        self.only = only
    }

    public struct Case: Encodable, Sendable {
        public var name: String
        public var n: Int
        public var medianUs: Double
        public var iterations: Int
        public var solves: Int
        enum CodingKeys: String, CodingKey { case name, n, medianUs = "median_us", iterations, solves }
    }

    public struct Output: Encodable, Sendable {
        public var benchmark = "trade"
        public var threads = 1
        public var cases: [Case]
    }

    public func run() throws -> Output {
        var cases: [Case] = []
        let wanted = { (name: String) in only.isEmpty || only.contains(name) }
        // calib_2024: USA on CHN 145 %, CHN on USA 125 %, ε = 4, fixed deficits
        let calib = CalibrationLoader.bundledOrFail("calib_2024").baseline
        if wanted("calib_2024") {
            cases.append(try measure(name: "calib_2024", baseline: calib, a: try calib.index(of: "USA"), b: try calib.index(of: "CHN")))
        }
        let root = Seed(seed)
        for n in [10, 40, 100, 200] where wanted("random_\(n)") {
            var rng = root.derive("bench-trade-world", n).generator()
            let world = RandomWorld.make(count: n, using: &rng)
            cases.append(try measure(name: "random_\(n)", baseline: world, a: 0, b: 1))
        }
        let world30 = CalibrationLoader.bundledOrFail("world30_2006").baseline
        if wanted("world30_2006") {
            cases.append(try measure(name: "world30_2006", baseline: world30, a: try world30.index(of: "USA"), b: try world30.index(of: "CHN")))
        }

        return Output(cases: cases)
    }

    /// Times cold-start solves of "a on b = 145 %, b on a = 125 %" with one reused workspace.
    func measure(name: String, baseline: Baseline, a: Int, b: Int) throws -> Case {
        let solver = try HatSolver(baseline: baseline, elasticity: 4)
        var tariffs = baseline.tariffs
        tariffs[exporter: b, importer: a] = 1.45
        tariffs[exporter: a, importer: b] = 1.25
        let clock = ContinuousClock()
        // warm-up, and an estimate of the cost
        let warm = clock.now
        let stats = try solver.update(tariffs: tariffs, warmStart: .none)
        let estimate = max(clock.now - warm, .nanoseconds(100))
        let budget = Duration.seconds(seconds)
        let solves = max(5, min(100_000, Int(budget / estimate)))
        var times = [Double](repeating: 0, count: solves)
        for k in 0..<solves {
            let start = clock.now
            try solver.update(tariffs: tariffs, warmStart: .none)
            let d = (clock.now - start).components
            times[k] = Double(d.seconds) * 1e6 + Double(d.attoseconds) * 1e-12
        }
        times.sort()
        let median = solves % 2 == 1 ? times[solves / 2] : 0.5 * (times[solves / 2 - 1] + times[solves / 2])
        return Case(name: name, n: baseline.count, medianUs: median, iterations: stats.iterations, solves: solves)
    }
}
