import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat

/// `estimate`: the global parameters that matter most, estimated on an episode library by
/// simulated likelihood of the question outcomes, with an uncertainty clustered by episode
/// (docs/model.md §16).
///
/// 1. Screening: Morris elementary effects of every candidate on the library's forecasts (not
///    on the outcomes, so the choice of what to estimate never sees them): the ranking.
/// 2. The most influential engine constants and the most influential level scale are fitted: a
///    Latin hypercube over their ranges, every episode simulated at every point on common
///    random numbers, each episode's profile log-likelihood — of its forecasts after the
///    recalibration that fits the fitted episodes best at that point — smoothed by a quadratic
///    response surface.
/// 3. A second, local design around the first estimate; the estimate maximises the summed
///    surfaces times a weak prior, the posterior is normal with the cluster-robust (sandwich)
///    covariance over episodes.
public struct EstimateStudy: Sendable {
    /// The parameters that may be estimated, with their search ranges (`Posterior.Parameter`):
    /// engine constants no bundled episode sets itself, and level scales far from their bounds.
    public static let defaultCandidates: [Posterior.Parameter] = [
        .init(path: "parameters.process.breakdown", kind: .value, low: 0.001, high: 0.02, logScale: true, prior: 0.005),
        .init(path: "parameters.process.talks", kind: .value, low: 0.01, high: 0.4, logScale: true, prior: 0.1),
        .init(path: "parameters.beliefs.hazard", kind: .value, low: 0.002, high: 0.2, logScale: true, prior: 0.05),
        .init(path: "parameters.beliefs.receptivity", kind: .value, low: 0.1, high: 0.6, logScale: false, prior: 0.35),
        .init(path: "parameters.audience.first_move", kind: .value, low: 0.25, high: 1.5, logScale: false, prior: 0.75),
        .init(path: "parameters.audience.deal_cut", kind: .value, low: 0.5, high: 1, logScale: false, prior: 0.9),
        .init(path: "parameters.pain.adaptation", kind: .value, low: 0, high: 0.95, logScale: false, prior: 0.5),
        .init(path: "parameters.judgement.noise", kind: .value, low: 0, high: 1, logScale: false, prior: 0),
        .init(path: "levels.resolve", kind: .levelScale, low: 0.5, high: 8, logScale: true, prior: 1),
        .init(path: "levels.bluster", kind: .levelScale, low: 0.5, high: 1.4, logScale: false, prior: 1),
    ]

    public struct Settings: Sendable {
        public var candidates = EstimateStudy.defaultCandidates
        public var trajectories = 6
        public var screeningRuns = 200
        /// How many engine constants are estimated (the most influential level scale comes too).
        public var constants = 3
        public var designPoints = 40
        public var runs = 400
        /// Posterior draws (parameter sets `run --posterior` plays).
        public var draws = 100
        /// Runs per episode of the forecasts the recalibration is fitted on.
        public var calibrationRuns = 500
        /// Width of the normal prior around each default, as a share of the range: weak, it only
        /// settles directions the episodes do not inform.
        public var priorWidth = 0.35
        /// The second, local design: its points, and its half-width around the first estimate
        /// (a share of each range). A quadratic over the whole range misplaces the optimum of a
        /// likelihood that is far from quadratic there; over a small box it is a good local model.
        public var refinePoints = 30
        public var zoom = 0.2
        public init() {}
    }

    public let library: EpisodeLibrary
    public let settings: Settings
    public let seed: Seed

    public init(library: EpisodeLibrary, settings: Settings = Settings(), seed: Seed) {
        self.library = library
        self.settings = settings
        self.seed = seed
    }

    /// The screening's ranking: every candidate's mean μ* on the forecasts, highest first.
    public func screen(threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws -> [Posterior.Screened] {
        let k = settings.candidates.count
        let design = Morris.design(factors: k, trajectories: settings.trajectories, levels: 4, seed: seed.derive("screening"))
        let points = design.points.map { x in Self.overrides(settings.candidates, at: x) }
        let forecasts = try library.forecasts(at: points, runs: settings.screeningRuns, seed: seed.derive("screening-runs"),
                                              threads: threads, progress: progress)
        var muStar = [Double](repeating: 0, count: k), sigma = muStar
        var questions = 0
        for (e, episode) in library.episodes.enumerated() {
            for q in episode.study.hindcast.questions.indices {
                let effects = Morris.analyze(design, outputs: forecasts.map { $0[e][q] })
                for f in 0..<k { muStar[f] += effects[f].muStar; sigma[f] += effects[f].sigma }
                questions += 1
            }
        }
        let ranked = (0..<k).sorted { muStar[$0] > muStar[$1] || (muStar[$0] == muStar[$1] && $0 < $1) }
        let chosen = Set(Self.chosen(ranked, among: settings.candidates, constants: settings.constants))
        return ranked.map { f in
            let c = settings.candidates[f]
            return Posterior.Screened(path: c.path, low: c.low, high: c.high, muStar: muStar[f] / Double(questions),
                                      sigma: sigma[f] / Double(questions), estimated: chosen.contains(f))
        }
    }

    /// The first `constants` engine constants of the ranking and its first level scale.
    static func chosen(_ ranked: [Int], among candidates: [Posterior.Parameter], constants: Int) -> [Int] {
        let values = ranked.filter { candidates[$0].kind == .value }.prefix(constants)
        let scale = ranked.first { candidates[$0].kind == .levelScale }
        return (Array(values) + (scale.map { [$0] } ?? [])).sorted()
    }

    /// The overrides of `parameters` at x ∈ [0, 1]^k.
    static func overrides(_ parameters: [Posterior.Parameter], at x: [Double]) -> [ScenarioOverride] {
        Posterior.overrides(parameters, zip(parameters, x).map { $0.value($1) })
    }

    /// A design: its points in the unit cube of the parameters and every episode's forecasts
    /// there, `[point][episode][question]` (the raw shares of runs).
    public struct Design: Sendable {
        public let points: [[Double]]
        public let forecasts: [[[Double]]]
    }

    /// The first stage: every episode simulated at a Latin hypercube over the parameters' ranges.
    public func design(_ parameters: [Posterior.Parameter], threads: Int, progress: (@Sendable (Int) -> Void)? = nil) throws -> Design {
        let points = SpaceFillingDesign.latinHypercube(points: settings.designPoints, factors: parameters.count, seed: seed.derive("design"))
        let forecasts = try library.forecasts(at: points.map { Self.overrides(parameters, at: $0) }, runs: settings.runs,
                                              seed: seed.derive("estimation-runs"), threads: threads, progress: progress)
        return Design(points: points, forecasts: forecasts)
    }

    /// The response surfaces of `episodes` (in that order) over a design: each episode's profile
    /// log-likelihood at every point, the recalibration fitted on `episodes` alone.
    public func surfaces(_ design: Design, episodes: [Int]) -> [ResponseSurface] {
        let outcomes = library.outcomes, settled = library.settled
        let values = design.forecasts.map { profileLogLikelihoods($0, outcomes: outcomes, settled: settled, episodes: episodes) }
        return episodes.indices.map { k in ResponseSurface(points: design.points, outputs: values.map { $0[k] }) }
    }

    func prior(_ parameters: [Posterior.Parameter]) -> ResponseSurface {
        ResponseSurface.gaussianPrior(centre: parameters.map { $0.position($0.prior) }, width: settings.priorWidth)
    }

    /// The second stage: a Latin hypercube in the box of half-width `zoom` around the first
    /// stage's estimate from `episodes` (`first`: their surfaces, in that order), which alone
    /// are simulated and fitted there.
    public func refine(_ parameters: [Posterior.Parameter], first: [ResponseSurface], episodes: [Int], threads: Int,
                       progress: (@Sendable (Int) -> Void)? = nil) throws -> (box: ResponseSurface.Box, surfaces: [ResponseSurface]) {
        let start = first.reduce(prior(parameters), +).maximum()
        let box = ResponseSurface.Box(around: start, halfWidth: settings.zoom)
        let points = SpaceFillingDesign.latinHypercube(points: settings.refinePoints, factors: parameters.count, seed: seed.derive("refine"))
            .map(box.point)
        let forecasts = try library.forecasts(at: points.map { Self.overrides(parameters, at: $0) }, runs: settings.runs,
                                              seed: seed.derive("refine-runs"), threads: threads, subset: episodes, progress: progress)
        return (box, surfaces(Design(points: points, forecasts: forecasts), episodes: episodes))
    }

    /// Runs the refinement of `k` parameters plays for `episodes` episodes (for progress bars).
    public func refiningRuns(_ k: Int, episodes: Int) -> Int {
        (settings.refinePoints + 2 * k + 1) * settings.runs * library.episodes.prefix(episodes).reduce(0) { $0 + $1.study.groupCount }
    }

    /// The posterior from episode surfaces fitted in `box`.
    func posterior(_ parameters: [Posterior.Parameter], surfaces: [ResponseSurface], box: ResponseSurface.Box, screening: [Posterior.Screened],
                   episodes: [String], drawCount: Int, seed: Seed) -> Posterior {
        let prior = prior(parameters)
        let (estimate, draws) = SandwichPosterior.estimate(surfaces, prior: prior, draws: drawCount, seed: seed, box: box)
        let total = surfaces.dropFirst().reduce(surfaces[0], +)
        var fitted = parameters
        for k in fitted.indices {
            let values = draws.map { parameters[k].value($0[k]) }
            fitted[k].estimate = parameters[k].value(estimate[k])
            fitted[k].interval = [SandwichPosterior.quantile(values, 0.05), SandwichPosterior.quantile(values, 0.95)]
        }
        let questions = library.episodes.filter { episodes.contains($0.id) }.reduce(0) { $0 + $1.study.hindcast.questions.count }
        return Posterior(
            version: BackchannelVersion.current, library: library.name, episodes: episodes, seed: self.seed.value,
            runsPerPoint: settings.runs, designPoints: settings.designPoints + settings.refinePoints + 4 * parameters.count + 2, drawCount: drawCount,
            method: "simulated likelihood of the question outcomes after the recalibration that fits them best at each point (profile likelihood), smoothed per episode by a quadratic response surface over a Latin hypercube, times a weak normal prior around the defaults; posterior: normal with the cluster-robust (sandwich) covariance over episodes, truncated to the ranges, \(drawCount) draws",
            screening: screening, parameters: fitted,
            draws: draws.map { d in zip(parameters, d).map { $0.value($1) } },
            logScoreAtEstimate: total.value(estimate) / Double(max(1, questions)), priorWidth: settings.priorWidth)
    }

    /// Screening, fit and posterior on the whole library.
    public func run(threads: Int, progress: (@Sendable (String, Int, Int) -> Void)? = nil) throws -> Posterior {
        let screening = try screen(threads: threads) { progress?("screening runs", $0, screeningRuns) }
        let parameters = chosenParameters(screening)
        let first = try design(parameters, threads: threads) { progress?("fitting runs", $0, fittingRuns(parameters.count)) }
        let all = Array(library.episodes.indices)
        let (box, surfaces) = try refine(parameters, first: surfaces(first, episodes: all), episodes: all, threads: threads) {
            progress?("refining runs", $0, refiningRuns(parameters.count, episodes: all.count))
        }
        var fitted = posterior(parameters, surfaces: surfaces, box: box, screening: screening, episodes: library.episodes.map(\.id),
                               drawCount: settings.draws, seed: seed.derive("posterior"))
        fitted.calibration = try calibration(for: fitted, episodes: Array(library.episodes.indices), threads: threads) {
            progress?("calibration episodes", $0, library.episodes.count)
        }
        return fitted
    }

    /// The recalibration of the forecasts `posterior` makes for `episodes` (their outcomes
    /// only): maximum likelihood over every question the scenarios do not settle.
    func calibration(for posterior: Posterior, episodes: [Int], threads: Int, progress: ((Int) -> Void)? = nil) throws -> LogisticCalibration {
        var raw = posterior
        raw.calibration = nil
        var forecasts = [[Double]](repeating: [], count: library.episodes.count)
        for (n, e) in episodes.enumerated() {
            progress?(n)
            forecasts[e] = try library.episodes[e].study.forecasts(runs: settings.calibrationRuns, seed: seed.derive("calibration-runs"),
                                                                   threads: threads, posterior: raw)
        }
        progress?(episodes.count)
        return recalibration(forecasts, outcomes: library.outcomes, settled: library.settled, episodes: episodes)
    }

    /// Runs the screening plays, and the fit of k parameters (for progress bars).
    public var screeningRuns: Int { settings.trajectories * (settings.candidates.count + 1) * library.groupCount * settings.screeningRuns }
    public func fittingRuns(_ k: Int) -> Int { (settings.designPoints + 2 * k + 1) * library.groupCount * settings.runs }

    /// The candidates the screening chose, in the candidates' order.
    func chosenParameters(_ screening: [Posterior.Screened]) -> [Posterior.Parameter] {
        settings.candidates.filter { c in screening.contains { $0.path == c.path && $0.estimated } }
    }
}
