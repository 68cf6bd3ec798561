import Diplomacy
import Experiments
import Foundation
import History
import Parallel
import Randomness
import ScenarioFormat

/// An episode library: a folder whose `questions/` holds one hindcast questions file per
/// historical episode (asked of scenarios written at the episode's forecast moment). `history`
/// is the bundled library; any folder of the same shape works the same.
public struct EpisodeLibrary: Sendable {
    public struct Episode: Sendable {
        /// The questions file's name without `.yaml`.
        public let id: String
        public let study: HindcastStudy
    }

    public let name: String
    public let episodes: [Episode]

    /// Loads every episode; the problems of all of them are reported at once.
    public init(_ argument: String) throws {
        let folder: String
        if argument == "history" {
            guard let bundled = BundledHistory.libraryFolder else { throw InternalFailure("the bundled episode library is missing") }
            folder = bundled
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw BadInput("no episode library \"\(argument)\": give history (the bundled library) or a folder with a questions/ folder")
            }
            folder = argument
        }
        let questions = (folder as NSString).appendingPathComponent("questions")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: questions)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        guard !names.isEmpty else { throw BadInput("\(questions): no questions files (*.yaml); an episode library keeps one per episode there") }
        var issues: [ScenarioIssue] = []
        var loaded: [Episode] = []
        for name in names {
            let path = (questions as NSString).appendingPathComponent(name)
            do {
                loaded.append(Episode(id: String(name.dropLast(5)), study: try HindcastStudy(questions: path)))
            } catch let error as ScenarioError {
                issues += error.issues
            } catch let error as BadInput {
                issues.append(ScenarioIssue(file: path, line: nil, column: nil, path: "", message: error.message))
            }
        }
        if !issues.isEmpty { throw ScenarioError(issues) }
        self.name = argument
        episodes = loaded
    }

    /// Ensembles per parameter point (every episode's scenarios and `set`s).
    public var groupCount: Int { episodes.reduce(0) { $0 + $1.study.groupCount } }

    public var questionCount: Int { episodes.reduce(0) { $0 + $1.study.hindcast.questions.count } }

    /// The forecast of every question of every episode at each parameter point (its overrides):
    /// `[point][episode][question]`, `runs` runs each on common random numbers, all points and
    /// episodes on all threads at once.
    /// Only `subset` of the episodes is simulated when given (the others' forecasts stay 0).
    func forecasts(at points: [[ScenarioOverride]], runs: Int, seed: Seed, threads: Int, subset: [Int]? = nil,
                   progress: (@Sendable (Int) -> Void)? = nil) throws -> [[[Double]]] {
        var jobs: [BatchJob] = []
        var place: [(point: Int, episode: Int, members: [Int])] = []
        let chosen = Set(subset ?? Array(episodes.indices))
        for (p, overrides) in points.enumerated() {
            for (e, episode) in episodes.enumerated() where chosen.contains(e) {
                for group in try episode.study.prepared(extra: overrides) {
                    jobs.append(BatchJob(arms: [group.prepared.arm], seed: seed, runs: runs))
                    place.append((p, e, group.members))
                }
            }
        }
        let width = place.map(\.members.count).max() ?? 0
        let results = BatchRunner.run(jobs, metrics: (0..<width).map { .question($0) }, threads: threads, progress: progress)
        var out = points.map { _ in episodes.map { [Double](repeating: 0, count: $0.study.hindcast.questions.count) } }
        for (j, at) in place.enumerated() {
            for (k, i) in at.members.enumerated() { out[at.point][at.episode][i] = results[j].mean(k) }
        }
        return out
    }

    /// Every episode's questions forecast and scored as one file (question ids prefixed by the episode's).
    public func hindcast(runs: Int, seed: Seed, bins: Int, threads: Int, posterior: Posterior?) throws -> HindcastReport {
        var items: [HindcastReport.Item] = []
        for episode in episodes {
            let report = try episode.study.run(runs: runs, seed: seed, bins: bins, threads: threads, posterior: posterior)
            items += report.questions.map { q in
                var q = q
                q.id = "\(episode.id)/\(q.id)"
                return q
            }
        }
        return HindcastReport(name: "Episode library \(name) (\(episodes.count) episodes)", file: name, runs: runs, seed: seed.value, bins: bins, items: items)
    }

    /// Each episode's outcomes, in question order.
    var outcomes: [[Bool]] { episodes.map { $0.study.hindcast.questions.map(\.outcome) } }

    /// Each episode's answers its scenario settles (certain whatever the runs), in question order.
    var settled: [[Bool]] { episodes.map(\.study.settledAnswers) }
}

/// The profile log-likelihood of `episodes` at one parameter point: their forecasts
/// (`forecasts[e]`, shares of runs) recalibrated by the recalibration (docs/model.md §16) that
/// fits these episodes best at this point, then each episode's log-likelihood, in `episodes`'
/// order. The question forecasts are scored after recalibration, so a parameter is worth what
/// it adds to the recalibrated forecasts — their power to tell a yes from a no — not how
/// extreme its raw shares are, which the recalibration undoes. Settled answers stay raw, as in
/// every forecast. The recalibration is fitted on `episodes` alone, so a held-out episode's
/// outcomes never reach a fold's surfaces. (The raw shares' first-order simulation bias,
/// ln p̂ ≈ ln p − (1 − p)/(2Rp), is not corrected: a slope below 1 damps it, and the
/// recalibrated forecasts are not shares of runs.)
func profileLogLikelihoods(_ forecasts: [[Double]], outcomes: [[Bool]], settled: [[Bool]], episodes: [Int]) -> [Double] {
    let calibration = recalibration(forecasts, outcomes: outcomes, settled: settled, episodes: episodes)
    return episodes.map { e in
        let recalibrated = forecasts[e].enumerated().map { i, p in settled[e][i] ? p : calibration.apply(p) }
        return logLikelihood(recalibrated, outcomes[e])
    }
}

/// The recalibration that fits `episodes`' forecasts (`forecasts[e]`, by question) best:
/// maximum likelihood over every question their scenarios do not settle.
func recalibration(_ forecasts: [[Double]], outcomes: [[Bool]], settled: [[Bool]], episodes: [Int]) -> LogisticCalibration {
    var free: [Double] = [], freeOutcomes: [Bool] = []
    for e in episodes {
        for (i, p) in forecasts[e].enumerated() where !settled[e][i] {
            free.append(p)
            freeOutcomes.append(outcomes[e][i])
        }
    }
    return LogisticCalibration.fit(forecasts: free, outcomes: freeOutcomes)
}

/// The log-likelihood of an episode's outcomes under its forecasts, clipped as the log score is.
func logLikelihood(_ forecasts: [Double], _ outcomes: [Bool]) -> Double {
    zip(forecasts, outcomes).reduce(0) { sum, pair in
        let c = ForecastScore.clipped(pair.0)
        return sum + Foundation.log(pair.1 ? c : 1 - c)
    }
}
