import ArgumentParser
import Foundation
import Studies

/// `backchannel bench trade`: median microseconds per counterfactual solve (cold start, one
/// thread) for the 3-region calibration, random worlds and the world30 data. A benchmark, not a
/// test: numbers depend on the machine; build with `-c release`.
struct BenchTradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trade",
        abstract: "Benchmark the trade model's counterfactual solve (median µs per solve, one thread).",
        discussion: "Example:\n  swift run -c release backchannel bench trade --format json"
    )

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Option(help: "Target time per case in seconds (at least 5 timed solves each).")
    var seconds: Double = 0.5

    @Option(help: "Seed of the random worlds.")
    var seed: UInt64 = 42

    @Option(name: .customLong("only"), help: "Run only the named case (repeatable).")
    var only: [String] = []

    func validate() throws {
        guard seconds.isFinite, seconds > 0 else { throw ValidationError("--seconds must be positive") }
    }

    func run() throws {
        let output = try TradeBenchmark(seconds: seconds, seed: seed, only: only).run()
        let cases = output.cases
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
        case .table:
            print("trade benchmark: median µs per counterfactual solve (cold start, 1 thread)")
            print("case".padding(toLength: 16, withPad: " ", startingAt: 0) + "    n   median µs  iterations   solves")
            for c in cases {
                print(c.name.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(format: "%5d %11.2f %11d %8d", c.n, c.medianUs, c.iterations, c.solves))
            }
        }
    }
}
