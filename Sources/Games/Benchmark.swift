import Randomness

/// The `bench games` workload: the 11 deterministic reference strategies of docs/model.md §11
/// (all 12 except Random), 200 turns, 50 repetitions, no noise, simulated turn by turn.
public enum GamesBenchmark {
    public static let strategies: [StrategyKind] = StrategyRegistry.deterministicReference
    public static let turns = 200
    public static let repetitions = 50

    public static func tournament(seed: Seed = Seed(0)) -> Tournament {
        // The inputs are valid by construction.
        try! Tournament(strategies: strategies.map { Strategy($0) }, turns: turns,
                        repetitions: repetitions, noise: 0, seed: seed)
    }

    /// Runs the workload until at least `minimumSeconds` have passed; returns turns per second
    /// and a checksum of all scores (so the work cannot be optimised away).
    public static func measure(threads: Int, minimumSeconds: Double = 1.0) -> (turnsPerSecond: Double, checksum: Int) {
        let tournament = tournament()
        let clock = ContinuousClock()
        var turnsDone = 0
        var checksum = 0
        var elapsed = Duration.zero
        _ = tournament.run(threads: threads)  // warm-up
        while elapsed < .seconds(minimumSeconds) {
            let start = clock.now
            let result = tournament.run(threads: threads)
            elapsed += clock.now - start
            turnsDone += result.turnsSimulated
            checksum &+= result.scores.reduce(0, &+)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return (Double(turnsDone) / seconds, checksum)
    }
}
