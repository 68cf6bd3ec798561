import Diplomacy
import Dispatch
import Randomness
import Synchronization

/// Runs N seeded futures of a scenario in parallel and streams them into an accumulator.
///
/// Run i uses `seed.derive("run", i)`. Runs are grouped into fixed blocks of `blockSize`
/// whatever the thread count; each block is accumulated in run order and blocks are merged in
/// block order, so the result is bit-identical for any number of threads. Memory holds only
/// the blocks in flight, never one record per run.
public struct Ensemble: Sendable {
    public let setup: EngineSetup
    public let seed: Seed
    public let runs: Int
    public static let blockSize = 256
    /// Builds one economy per worker (implementations may cache and are not thread-safe).
    public let makeEconomy: @Sendable () -> any PainModel

    public init(setup: EngineSetup, seed: Seed, runs: Int, makeEconomy: @escaping @Sendable () -> any PainModel) {
        self.setup = setup
        self.seed = seed
        self.runs = runs
        self.makeEconomy = makeEconomy
    }

    /// The seed of run `index`.
    public func runSeed(_ index: Int) -> Seed { seed.derive("run", index) }

    /// One run, with its narrative recorded, for `--trace`.
    public func trace(run index: Int) -> Simulation {
        var sim = Simulation(setup: setup, seed: runSeed(index), economy: makeEconomy())
        sim.recordNarrative()
        return sim
    }

    /// Runs `range` of run indices (the whole ensemble by default) on `threads` workers;
    /// `progress` is called with the number of runs done (from any thread). `sink`, if given,
    /// receives every run's record block by block in run index order, one call at a time
    /// (under the merge lock, so a slow sink slows the ensemble rather than buffering runs):
    /// at most the blocks in flight are held, never one record per run for the whole ensemble.
    public func run(threads: Int, range: Range<Int>? = nil, progress: (@Sendable (Int) -> Void)? = nil,
                    sink: RunSink? = nil) -> EnsembleAccumulator {
        if let sink {
            return run(threads: threads, range: range, progress: progress, prepare: { $0 }, sink: sink)
        }
        return run(threads: threads, range: range, progress: progress, prepare: nil as (@Sendable ([RunRecord]) -> [RunRecord])?,
                   sink: { _ in })
    }

    /// As `run(threads:range:progress:sink:)`, with a `prepare` step that turns each block of
    /// records into whatever the sink consumes (CSV bytes, say) on the worker thread that ran
    /// the block, so that work is parallel; `sink` then receives the prepared blocks in run
    /// order, one at a time.
    public func run<Prepared: Sendable>(threads: Int, range: Range<Int>? = nil, progress: (@Sendable (Int) -> Void)? = nil,
                                        prepare: (@Sendable ([RunRecord]) -> Prepared)?,
                                        sink: @Sendable (Prepared) -> Void) -> EnsembleAccumulator {
        let range = range ?? 0..<runs
        let questions = setup.scenario.outputs.questions.count
        let blocks = stride(from: range.lowerBound, to: range.upperBound, by: Self.blockSize).map {
            $0..<min($0 + Self.blockSize, range.upperBound)
        }
        let state = Mutex(MergeState<Prepared>(total: EnsembleAccumulator(weeks: setup.weeks, questions: questions)))
        let workers = max(1, min(threads, blocks.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var economy = makeEconomy()
            var tracker = QuestionTracker(scenario: setup.scenario)
            while true {
                guard let b = state.withLock({ s -> Int? in
                    guard s.nextBlock < blocks.count else { return nil }
                    defer { s.nextBlock += 1 }
                    return s.nextBlock
                }) else { break }
                var acc = EnsembleAccumulator(weeks: setup.weeks, questions: questions)
                var records: [RunRecord] = []
                if prepare != nil { records.reserveCapacity(blocks[b].count) }
                for index in blocks[b] {
                    let outcome = runOne(index, economy: &economy, tracker: &tracker, into: &acc)
                    if prepare != nil { records.append(RunRecord(index: index, seed: runSeed(index), outcome: outcome)) }
                }
                let prepared = prepare.map { $0(records) }
                let done = state.withLock { s -> Int in
                    s.finished[b] = Finished(accumulator: acc, prepared: prepared)
                    while let next = s.finished.removeValue(forKey: s.nextToMerge) {
                        s.total.merge(next.accumulator)
                        if let block = next.prepared { sink(block) }
                        s.nextToMerge += 1
                    }
                    s.runsDone += blocks[b].count
                    return s.runsDone
                }
                progress?(done)
            }
        }
        return state.withLock { $0.total }
    }

    @discardableResult
    private func runOne(_ index: Int, economy: inout any PainModel, tracker: inout QuestionTracker,
                        into acc: inout EnsembleAccumulator) -> RunOutcome {
        var sim = Simulation(setup: setup, seed: runSeed(index), economy: economy)
        tracker.reset()
        for w in 0..<setup.weeks {
            sim.step()
            acc.recordWeek(w, sim)
            tracker.observe(week: w, tariffs: (sim.sides[0].tariff, sim.sides[1].tariff))
        }
        economy = sim.economy  // keep the worker's cache warm
        let outcome = sim.outcome
        acc.recordRun(outcome, answers: tracker.answers(outcome))
        return outcome
    }

    struct Finished<Prepared: Sendable>: Sendable {
        var accumulator: EnsembleAccumulator
        var prepared: Prepared?
    }

    struct MergeState<Prepared: Sendable>: Sendable {
        var total: EnsembleAccumulator
        var nextBlock = 0
        var nextToMerge = 0
        var finished: [Int: Finished<Prepared>] = [:]
        var runsDone = 0
    }
}
