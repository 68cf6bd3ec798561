import Diplomacy
import Randomness
import Parallel

/// Runs N seeded futures of a scenario in parallel and streams them into an accumulator.
///
/// Run i uses `seed.run(i)`. Runs are grouped into fixed blocks of `blockSize`
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
    /// The setups of a posterior's parameter draws (docs/model.md §16): run i plays the draw
    /// its seed picks (`Posterior.drawIndex`). Empty: every run plays `setup`. The draws
    /// differ in engine constants only, so they share `setup`'s economy, horizon and questions.
    public let draws: [EngineSetup]

    public init(setup: EngineSetup, seed: Seed, runs: Int, draws: [EngineSetup] = [], makeEconomy: @escaping @Sendable () -> any PainModel) {
        self.setup = setup
        self.seed = seed
        self.runs = runs
        self.draws = draws
        self.makeEconomy = makeEconomy
    }

    /// The seed of run `index`.
    public func runSeed(_ index: Int) -> Seed { seed.run(index) }

    /// Which of `draws` run `index` plays (0 without draws).
    public func drawIndex(run index: Int) -> Int {
        draws.isEmpty ? 0 : Posterior.drawIndex(forRun: runSeed(index).value, draws: draws.count)
    }

    /// The setup run `index` plays.
    public func setup(run index: Int) -> EngineSetup { draws.isEmpty ? setup : draws[drawIndex(run: index)] }

    /// One run, with its narrative recorded, for `--trace`.
    public func trace(run index: Int) -> Simulation {
        var sim = Simulation(setup: setup(run: index), seed: runSeed(index), economy: makeEconomy())
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
        let (setup, weeks, draws) = (self.setup, self.setup.weeks, self.draws)
        return OrderedExecutor.run(
            count: blocks.count, threads: threads, into: EnsembleAccumulator(weeks: weeks, questions: questions),
            local: { (economy: makeEconomy(), tracker: QuestionTracker(scenario: setup.scenario),
                      setups: draws.isEmpty ? [setup.workerCopy()] : draws.map { $0.workerCopy() }) },
            work: { b, worker in
                var acc = EnsembleAccumulator(weeks: weeks, questions: questions)
                var records: [RunRecord] = []
                if prepare != nil { records.reserveCapacity(blocks[b].count) }
                for index in blocks[b] {
                    let run = SeededRun.play(worker.setups[drawIndex(run: index)], seed: runSeed(index), economy: &worker.economy, tracker: &worker.tracker) { w, sim in
                        acc.recordWeek(w, sim.sides, phase: sim.phase)
                    }
                    acc.recordRun(run.outcome, answers: run.answers)
                    if prepare != nil { records.append(RunRecord(index: index, seed: runSeed(index), outcome: run.outcome)) }
                }
                return Finished(accumulator: acc, prepared: prepare.map { $0(records) })
            },
            merge: { total, b, finished in
                total.merge(finished.accumulator)
                if let block = finished.prepared { sink(block) }
                progress?(blocks[b].upperBound - range.lowerBound)
            })
    }

    struct Finished<Prepared: Sendable>: Sendable {
        var accumulator: EnsembleAccumulator
        var prepared: Prepared?
    }
}
