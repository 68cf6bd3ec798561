import Diplomacy
import Randomness
import Parallel

/// One arm of a job: a scenario's setup and how to build its economy (one per worker).
public struct BatchArm: Sendable {
    public let setup: EngineSetup
    public let makeEconomy: @Sendable () -> any PainModel

    public init(setup: EngineSetup, makeEconomy: @escaping @Sendable () -> any PainModel) {
        self.setup = setup
        self.makeEconomy = makeEconomy
    }
}

/// A unit of work: `runs` runs of every arm, run i of each arm on the seed
/// `seed.run(i)` (the seed `run` gives run i, so the arms share random numbers).
public struct BatchJob: Sendable {
    public let arms: [BatchArm]
    public let seed: Seed
    public let runs: Int

    public init(arms: [BatchArm], seed: Seed, runs: Int) {
        self.arms = arms
        self.seed = seed
        self.runs = runs
    }
}

/// Runs many jobs (sweep points, sensitivity evaluations, the arms of a comparison) on all
/// workers at once, streaming every run's outcome metrics into `PairedMoments`.
///
/// Each job's runs are cut into fixed blocks of `Ensemble.blockSize`; workers take blocks in
/// a fixed order and each job's blocks are merged in block order, so every job's result is
/// bit-identical for any number of threads and whichever other jobs run beside it.
public enum BatchRunner {
    public static func run(_ jobs: [BatchJob], metrics: [OutcomeMetric], threads: Int,
                           progress: (@Sendable (Int) -> Void)? = nil) -> [PairedMoments] {
        var work: [(job: Int, runs: Range<Int>)] = []
        for (j, job) in jobs.enumerated() {
            for start in stride(from: 0, to: job.runs, by: Ensemble.blockSize) {
                work.append((j, start..<min(start + Ensemble.blockSize, job.runs)))
            }
        }
        let items = work
        // Items merge in work order, which is each job's block order: a job's total does not
        // depend on the thread count or on the other jobs.
        let merged = OrderedExecutor.run(
            count: items.count, threads: threads,
            into: (totals: jobs.map { PairedMoments(arms: $0.arms.count, metrics: metrics.count) }, runsDone: 0),
            local: { Worker() },
            work: { w, worker in
                let (j, runs) = items[w]
                let job = jobs[j]
                if j != worker.job {
                    worker.economies = job.arms.map { $0.makeEconomy() }
                    worker.trackers = job.arms.map { QuestionTracker(scenario: $0.setup.scenario) }
                    worker.setups = job.arms.map { $0.setup.workerCopy() }
                    worker.job = j
                }
                var block = PairedMoments(arms: job.arms.count, metrics: metrics.count)
                var values = [[Double]](repeating: [Double](repeating: 0, count: metrics.count), count: job.arms.count)
                for i in runs {
                    let seed = job.seed.run(i)
                    for (a, arm) in job.arms.enumerated() {
                        let run = SeededRun.play(worker.setups[a], seed: seed, economy: &worker.economies[a], tracker: &worker.trackers[a]) { _, _ in }
                        for (m, metric) in metrics.enumerated() {
                            values[a][m] = metric.value(run.outcome, answers: run.answers, weeks: arm.setup.weeks)
                        }
                    }
                    block.add(values)
                }
                return block
            },
            merge: { total, w, block in
                total.totals[items[w].job].merge(block)
                total.runsDone += items[w].runs.count
                progress?(total.runsDone)
            })
        return merged.totals
    }

    /// A worker's economies and trackers, rebuilt when it moves on to another job.
    struct Worker {
        var job = -1
        var economies: [any PainModel] = []
        var trackers: [QuestionTracker] = []
        var setups: [EngineSetup] = []
    }
}
