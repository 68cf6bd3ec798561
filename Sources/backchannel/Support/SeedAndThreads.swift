import ArgumentParser
import Foundation
import Randomness

/// `--seed` and `--threads`, shared by every command that runs ensembles.
struct SeedAndThreads: ParsableArguments {
    @Option(help: "Master seed (default: drawn at random and printed on stderr).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores); results do not depend on it.")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// The master seed: the one given, or one drawn now and printed on stderr.
    func master() -> Seed {
        Seed(seed ?? {
            var system = SystemRandomNumberGenerator()
            let drawn = system.next() >> 1
            Diagnostics.note("seed: \(drawn)")
            return drawn
        }())
    }

    var workers: Int { threads ?? availableCores }
}
