import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import ScenarioFormat

/// `backchannel bench engine`: ensemble throughput on the default scenario (us-china-2025,
/// 52 weeks, `ge` economy) with one thread and with all, and the process's peak resident
/// memory after 10⁵ and after 10⁶ runs (memory must not grow with the number of runs).
struct BenchEngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Measure ensemble throughput (runs per second) and peak memory.",
        discussion: "Example:\n  swift run -c release backchannel bench engine --format json"
    )

    struct Report: Encodable {
        let benchmark = "engine"
        let scenario: String
        let runsPerSecond1Thread: Double
        let runsPerSecondAllThreads: Double
        let threads: Int
        let peakRssMb: [String: Double]?
        enum CodingKeys: String, CodingKey {
            case benchmark, scenario, threads
            case runsPerSecond1Thread = "runs_per_second_1_thread"
            case runsPerSecondAllThreads = "runs_per_second_all_threads"
            case peakRssMb = "peak_rss_mb"
        }
    }

    @Argument(help: "Scenario (default: us-china-2025).")
    var scenario: String?

    @Option(help: "Runs per throughput measurement.")
    var runs = 20_000

    @Option(help: "Threads for the parallel measurement (default: all cores).")
    var threads: Int?

    @Flag(help: "Skip the 10⁵ / 10⁶-run memory measurement.")
    var skipMemory = false

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let input = try ScenarioInput.resolve(scenario)
        let loaded = try input.load()
        let setup: EngineSetup
        do { setup = try EngineSetup(scenario: loaded) } catch { throw BadInput("\(input.file): \(error)") }
        let factory = try EconomyFactory.make(for: setup)
        let all = threads ?? availableCores
        func throughput(threads: Int, runs: Int) -> Double {
            let ensemble = Ensemble(setup: setup, seed: Seed(1), runs: runs, makeEconomy: factory)
            let start = DispatchTime.now().uptimeNanoseconds
            _ = ensemble.run(threads: threads)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return Double(runs) / seconds
        }
        _ = throughput(threads: 1, runs: min(runs, 1_000))  // warm up
        let single = throughput(threads: 1, runs: runs)
        let parallel = throughput(threads: all, runs: runs)
        var memory: [String: Double]?
        if !skipMemory {
            var m: [String: Double] = [:]
            for n in [100_000, 1_000_000] {
                _ = Ensemble(setup: setup, seed: Seed(2), runs: n, makeEconomy: factory).run(threads: all)
                m[String(n)] = PeakMemory.megabytes()
            }
            memory = m
        }
        let report = Report(scenario: input.name, runsPerSecond1Thread: single.rounded(), runsPerSecondAllThreads: parallel.rounded(),
                            threads: all, peakRssMb: memory)
        switch format {
        case .json:
            print(try jsonText(report))
        case .table:
            print("engine: \(input.name), \(setup.weeks) weeks, \(setup.scenario.economy.model.rawValue) economy, \(runs) runs")
            print("  1 thread:    \(fixed(single, 0)) runs/s")
            print("  \(all) threads: \(fixed(parallel, 0)) runs/s (×\(fixed(parallel / single, 2)))")
            if let memory {
                print("  peak RSS after 10⁵ runs: \(fixed(memory["100000"] ?? 0, 1)) MB; after 10⁶ runs: \(fixed(memory["1000000"] ?? 0, 1)) MB")
            }
        }
    }
}

/// The process's peak resident set size (VmHWM on Linux, ru_maxrss elsewhere).
enum PeakMemory {
    static func megabytes() -> Double {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kb = Double(line.split(separator: " ").dropFirst().first ?? "") {
            return kb / 1024
        }
        return 0
        #else
        var usage = rusage()
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes on Darwin
        #endif
    }
}
