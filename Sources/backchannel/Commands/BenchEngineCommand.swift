import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Studies

/// `backchannel bench engine`: ensemble throughput on the default scenario (us-china-2025,
/// cut to 52 weeks, `ge` economy) with one thread and with all, in runs and run-weeks per second, and the process's peak resident
/// memory after 10⁵ and after 10⁶ runs (memory must not grow with the number of runs).
struct BenchEngineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Measure ensemble throughput (runs per second) and peak memory.",
        discussion: "Example:\n  swift run -c release backchannel bench engine --format json"
    )

    @Argument(help: "Scenario (default: us-china-2025).")
    var scenario: String?

    @Option(help: "Runs per throughput measurement.")
    var runs = 20_000

    @Option(help: "Horizon of the measured runs, in weeks (runs go to the horizon; default 52, 0: the scenario's own).")
    var weeks = 52

    @Option(help: "Threads for the parallel measurement (default: all cores).")
    var threads: Int?

    @Flag(help: "Skip the 10⁵ / 10⁶-run memory measurement.")
    var skipMemory = false

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if weeks < 0 || weeks > 520 { throw ValidationError("--weeks must be 0 (the scenario's own) or 1–520") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let input = try ScenarioSource.resolve(scenario)
        let prepared = try PreparedScenario.load(input, overrides: weeks > 0 ? [ScenarioOverride(path: "weeks", value: String(weeks))] : [])
        let all = threads ?? availableCores
        let report = EngineBenchmark.measure(prepared, name: input.name, runs: runs, threads: all, memory: !skipMemory)
        let (single, parallel, memory) = (report.runsPerSecond1Thread, report.runsPerSecondAllThreads, report.peakRssMb)
        let setup = prepared.setup
        switch format {
        case .json:
            print(try jsonText(report))
        case .table:
            print("engine: \(input.name), \(setup.weeks) weeks, \(setup.scenario.economy.model.rawValue) economy, \(runs) runs")
            let w = Double(setup.weeks)
            print("  1 thread:    \(fixed(single, 0)) runs/s, \(fixed(single * w, 0)) run-weeks/s")
            print("  \(all) threads: \(fixed(parallel, 0)) runs/s, \(fixed(parallel * w, 0)) run-weeks/s (×\(fixed(parallel / single, 2)))")
            if let memory {
                print("  peak RSS after 10⁵ runs: \(fixed(memory["100000"] ?? 0, 1)) MB; after 10⁶ runs: \(fixed(memory["1000000"] ?? 0, 1)) MB")
            }
        }
    }
}
