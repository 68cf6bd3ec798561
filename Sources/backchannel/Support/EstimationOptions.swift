import ArgumentParser
import Studies

/// The settings of an estimation, shared by `estimate` and `hindcast --cross-validate`.
struct EstimationOptions: ParsableArguments {
    @Option(name: .customLong("fit-runs"), help: "Runs per episode and design point of the fit.")
    var fitRuns = 400

    @Option(name: .customLong("design-points"), help: "Latin hypercube points of the fit (a star of 2k + 1 points is added).")
    var designPoints = 40

    @Option(help: "Morris trajectories of the screening.")
    var trajectories = 6

    @Option(name: .customLong("screening-runs"), help: "Runs per episode and screening point.")
    var screeningRuns = 200

    @Option(help: "Posterior draws (the parameter sets `run --posterior` plays, one per run).")
    var draws = 100

    func validate() throws {
        if fitRuns < 1 || screeningRuns < 1 { throw ValidationError("--fit-runs and --screening-runs must be at least 1") }
        if designPoints < 1 { throw ValidationError("--design-points must be at least 1") }
        if trajectories < 2 { throw ValidationError("--trajectories must be at least 2") }
        if draws < 1 { throw ValidationError("--draws must be at least 1") }
    }

    var settings: EstimateStudy.Settings {
        var s = EstimateStudy.Settings()
        s.runs = fitRuns
        s.designPoints = designPoints
        s.trajectories = trajectories
        s.screeningRuns = screeningRuns
        s.draws = draws
        return s
    }
}
