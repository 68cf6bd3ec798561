import Diplomacy
import Randomness
import Synchronization
import Dispatch

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
/// `seed.derive("run", i)` (the seed `run` gives run i, so the arms share random numbers).
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
        let firstBlock = jobs.indices.map { j in work.firstIndex { $0.job == j } ?? work.count }
        let empty = jobs.map { PairedMoments(arms: $0.arms.count, metrics: metrics.count) }
        let state = Mutex(State(totals: empty, nextToMerge: [Int](repeating: 0, count: jobs.count)))
        let items = work
        let workers = max(1, min(threads, items.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var cachedJob = -1
            var economies: [any PainModel] = []
            var trackers: [QuestionTracker] = []
            while true {
                guard let w = state.withLock({ s -> Int? in
                    guard s.nextWork < items.count else { return nil }
                    defer { s.nextWork += 1 }
                    return s.nextWork
                }) else { break }
                let (j, runs) = items[w]
                let job = jobs[j]
                if j != cachedJob {
                    economies = job.arms.map { $0.makeEconomy() }
                    trackers = job.arms.map { QuestionTracker(scenario: $0.setup.scenario) }
                    cachedJob = j
                }
                var block = PairedMoments(arms: job.arms.count, metrics: metrics.count)
                var values = [[Double]](repeating: [Double](repeating: 0, count: metrics.count), count: job.arms.count)
                for i in runs {
                    let seed = job.seed.derive("run", i)
                    for (a, arm) in job.arms.enumerated() {
                        var sim = Simulation(setup: arm.setup, seed: seed, economy: economies[a])
                        trackers[a].reset()
                        for week in 0..<arm.setup.weeks {
                            sim.step()
                            trackers[a].observe(week: week, tariffs: (sim.sides[0].tariff, sim.sides[1].tariff))
                        }
                        economies[a] = sim.economy  // keep the worker's cache warm
                        let outcome = sim.outcome
                        let answers = trackers[a].answers(outcome)
                        for (m, metric) in metrics.enumerated() {
                            values[a][m] = metric.value(outcome, answers: answers, weeks: arm.setup.weeks)
                        }
                    }
                    block.add(values)
                }
                let done = state.withLock { s -> Int in
                    s.finished[w] = block
                    while s.nextToMerge[j] + firstBlock[j] < items.count, items[s.nextToMerge[j] + firstBlock[j]].job == j,
                          let next = s.finished.removeValue(forKey: s.nextToMerge[j] + firstBlock[j]) {
                        s.totals[j].merge(next)
                        s.nextToMerge[j] += 1
                    }
                    s.runsDone += runs.count
                    return s.runsDone
                }
                progress?(done)
            }
        }
        return state.withLock { $0.totals }
    }

    struct State: Sendable {
        var totals: [PairedMoments]
        var nextToMerge: [Int]
        var nextWork = 0
        var finished: [Int: PairedMoments] = [:]
        var runsDone = 0
    }
}
