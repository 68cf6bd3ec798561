import Randomness

/// `bench engine`: ensemble throughput with one thread and with all, and the process's peak
/// resident memory after 10⁵ and after 10⁶ runs (memory must not grow with the number of runs).
public enum EngineBenchmark {
    public struct Report: Encodable, Sendable {
        public let benchmark = "engine"
        public let scenario: String
        public let runsPerSecond1Thread: Double
        public let runsPerSecondAllThreads: Double
        public let threads: Int
        public let peakRssMb: [String: Double]?
        enum CodingKeys: String, CodingKey {
            case benchmark, scenario, threads
            case runsPerSecond1Thread = "runs_per_second_1_thread"
            case runsPerSecondAllThreads = "runs_per_second_all_threads"
            case peakRssMb = "peak_rss_mb"
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
        return Report(scenario: name, runsPerSecond1Thread: single.rounded(), runsPerSecondAllThreads: parallel.rounded(),
                      threads: all, peakRssMb: peak)
    }
}
