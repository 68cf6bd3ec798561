import Randomness

/// `bench engine`: ensemble throughput with one thread and with all, and the process's peak
/// resident memory after 10⁵ and after 10⁶ runs (memory must not grow with the number of runs).
public enum EngineBenchmark {
    public struct Report: Encodable, Sendable {
        public let benchmark = "engine"
        public let scenario: String
        public let weeks: Int
        public let runsPerSecond1Thread: Double
        public let runsPerSecondAllThreads: Double
        public let threads: Int
        public let peakRssMb: [String: Double]?
        /// Runs go to the horizon, so a week is the unit of work.
        public var runWeeksPerSecond1Thread: Double { runsPerSecond1Thread * Double(weeks) }
        public var runWeeksPerSecondAllThreads: Double { runsPerSecondAllThreads * Double(weeks) }
        enum CodingKeys: String, CodingKey {
            case benchmark, scenario, threads, weeks
            case runWeeksPerSecond1Thread = "run_weeks_per_second_1_thread"
            case runWeeksPerSecondAllThreads = "run_weeks_per_second_all_threads"
            case runsPerSecond1Thread = "runs_per_second_1_thread"
            case runsPerSecondAllThreads = "runs_per_second_all_threads"
            case peakRssMb = "peak_rss_mb"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(benchmark, forKey: .benchmark)
            try c.encode(scenario, forKey: .scenario)
            try c.encode(weeks, forKey: .weeks)
            try c.encode(threads, forKey: .threads)
            try c.encode(runsPerSecond1Thread, forKey: .runsPerSecond1Thread)
            try c.encode(runsPerSecondAllThreads, forKey: .runsPerSecondAllThreads)
            try c.encode(runWeeksPerSecond1Thread, forKey: .runWeeksPerSecond1Thread)
            try c.encode(runWeeksPerSecondAllThreads, forKey: .runWeeksPerSecondAllThreads)
            try c.encodeIfPresent(peakRssMb, forKey: .peakRssMb)
        }
    }

    public static func measure(_ prepared: PreparedScenario, name: String, runs: Int, threads all: Int, memory: Bool) -> Report {
        _ = prepared.throughput(threads: 1, runs: min(runs, 1_000))  // warm up
        let single = prepared.throughput(threads: 1, runs: runs)
        let parallel = prepared.throughput(threads: all, runs: runs)
        var peak: [String: Double]?
        if memory {
            var m: [String: Double] = [:]
            for n in [100_000, 1_000_000] {
                _ = prepared.ensemble(seed: Seed(2), runs: n).run(threads: all)
                m[String(n)] = PeakMemory.megabytes()
            }
            peak = m
        }
        return Report(scenario: name, weeks: prepared.setup.weeks, runsPerSecond1Thread: single.rounded(), runsPerSecondAllThreads: parallel.rounded(),
                      threads: all, peakRssMb: peak)
    }
}
