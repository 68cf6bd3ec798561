import ArgumentParser
import Games
import Reports

/// `backchannel bench games`: turns per second of the Games engine on the reference workload
/// (`GamesBenchmark`: the 11 deterministic reference strategies, i.e. all 12 except Random;
/// 200 turns, 50 repetitions, no noise, every turn simulated), with one thread and with all.
struct BenchGamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "games",
        abstract: "Measure tournament throughput (turns per second).",
        discussion: "Example:\n  swift run -c release backchannel bench games --format json"
    )

    struct Report: Encodable {
        let benchmark = "games"
        let turnsPerSecond1Thread: Double
        let turnsPerSecondAllThreads: Double
        let threads: Int
        enum CodingKeys: String, CodingKey {
            case benchmark, threads
            case turnsPerSecond1Thread = "turns_per_second_1_thread"
            case turnsPerSecondAllThreads = "turns_per_second_all_threads"
        }
    }

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(help: "Threads for the parallel run (default: all cores).")
    var threads: Int?

    @Option(help: "Minimum measuring time per configuration, in seconds.")
    var seconds: Double = 1.0

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if !(seconds > 0) { throw ValidationError("--seconds must be positive") }
    }

    func run() throws {
        let all = threads ?? availableCores
        let single = GamesBenchmark.measure(threads: 1, minimumSeconds: seconds)
        let parallel = GamesBenchmark.measure(threads: all, minimumSeconds: seconds)
        let report = Report(turnsPerSecond1Thread: single.turnsPerSecond.rounded(),
                            turnsPerSecondAllThreads: parallel.turnsPerSecond.rounded(), threads: all)
        switch format {
        case .json:
            print(try jsonText(report))
        case .table:
            let matches = GamesBenchmark.strategies.count * (GamesBenchmark.strategies.count + 1) / 2
            print("games: \(GamesBenchmark.strategies.count) strategies (\(matches) matches), \(GamesBenchmark.turns) turns, \(GamesBenchmark.repetitions) repetitions")
            print("  1 thread:    \(fixed(single.turnsPerSecond / 1e6, 1)) M turns/s")
            print("  \(all) threads: \(fixed(parallel.turnsPerSecond / 1e6, 1)) M turns/s")
        }
    }
}
