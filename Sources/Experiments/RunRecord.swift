import Diplomacy
import Randomness

/// One finished run of an ensemble, as delivered to a run sink (`Ensemble.run(…, sink:)`).
public struct RunRecord: Sendable, Equatable {
    public var index: Int
    public var seed: Seed
    public var outcome: RunOutcome

    public init(index: Int, seed: Seed, outcome: RunOutcome) {
        self.index = index
        self.seed = seed
        self.outcome = outcome
    }
}

/// Receives the runs of an ensemble block by block, in run index order, one call at a time
/// (never concurrently), whatever the thread count. The sink is the caller's: the ensemble
/// itself stays pure; the CLI's sink streams rows to a file.
public typealias RunSink = @Sendable (_ block: [RunRecord]) -> Void
