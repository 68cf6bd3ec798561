import Diplomacy
import Experiments
import Randomness
import Reports
import ScenarioFormat

/// `hindcast LIBRARY --cross-validate`: leave-one-episode-out. For each episode the parameters
/// are fitted on the other episodes only (their response surfaces; the held-out episode's
/// outcomes are never read), the held-out episode is forecast with the fold's posterior (each
/// run one draw), and scored against 50%, the training folds' base rate and persistence with
/// its confidence fitted on the training folds.
public struct CrossValidationStudy: Sendable {
    public let estimate: EstimateStudy
    /// Runs per held-out forecast, and posterior draws per fold.
    public let runs: Int
    public let foldDraws: Int

    public init(estimate: EstimateStudy, runs: Int, foldDraws: Int = 30) {
        self.estimate = estimate
        self.runs = runs
        self.foldDraws = foldDraws
    }

    public func run(threads: Int, bins: Int, progress: (@Sendable (String, Int, Int) -> Void)? = nil) throws -> CrossValidationReport {
        let library = estimate.library
        let screening = try estimate.screen(threads: threads) { progress?("screening runs", $0, estimate.screeningRuns) }
        let parameters = estimate.chosenParameters(screening)
        let first = try estimate.design(parameters, threads: threads) { progress?("fitting runs", $0, estimate.fittingRuns(parameters.count)) }
        let outcomes = library.outcomes
        var episodes: [CrossValidationReport.Episode] = []
        for (e, episode) in library.episodes.enumerated() {
            progress?("held-out episodes", e, library.episodes.count)
            let training = library.episodes.indices.filter { $0 != e }
            // The fold's own surfaces (their recalibration fitted on its training episodes only),
            // and its own second stage around their estimate, on them only.
            let (box, surfaces) = try estimate.refine(parameters, first: estimate.surfaces(first, episodes: training), episodes: training,
                                                      threads: threads)
            var posterior = estimate.posterior(parameters, surfaces: surfaces, box: box, screening: screening,
                                               episodes: training.map { library.episodes[$0].id }, drawCount: foldDraws,
                                               seed: estimate.seed.derive("fold", e))
            posterior.calibration = try estimate.calibration(for: posterior, episodes: training, threads: threads)
            let forecasts = try episode.study.forecasts(runs: runs, seed: estimate.seed.derive("held-out"), threads: threads, posterior: posterior)
            // References from the training folds only.
            let trainingOutcomes = training.flatMap { outcomes[$0] }
            let baseRate = Double(trainingOutcomes.filter { $0 }.count) / Double(trainingOutcomes.count)
            let confidence = Persistence.confidence(answers: training.flatMap { library.episodes[$0].study.persistenceAnswers },
                                                    outcomes: trainingOutcomes)
            let answers = episode.study.persistenceAnswers
            let items = episode.study.hindcast.questions.enumerated().map { i, q in
                CrossValidationReport.Item(id: q.question.id, kind: q.question.kind.rawValue, outcome: q.outcome, forecast: forecasts[i],
                                           baseRate: baseRate, persistence: Persistence.forecast(answer: answers[i], confidence: confidence))
            }
            var estimates = posterior.parameters.map { CrossValidationReport.Estimate(path: $0.path, estimate: $0.estimate, interval: $0.interval) }
            if let c = posterior.calibration {
                estimates += [.init(path: "calibration.intercept", estimate: c.intercept, interval: []),
                              .init(path: "calibration.slope", estimate: c.slope, interval: [])]
            }
            episodes.append(CrossValidationReport.Episode(id: episode.id, estimates: estimates, items: items))
        }
        progress?("held-out episodes", library.episodes.count, library.episodes.count)
        return CrossValidationReport(library: library.name, seed: estimate.seed.value, runs: runs, version: BackchannelVersion.current,
                                     episodes: episodes, screening: screening, bins: bins)
    }
}
