import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import History
import Randomness
import Reports
import ScenarioFormat
import Studies

struct HindcastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindcast",
        abstract: "Score the model's forecasts of dated questions whose outcomes are known.",
        discussion: """
        QUESTIONS is a YAML file (or the bundled us-china-2018-2020): questions of the kinds a
        scenario's outputs.questions use (talks by a date, by channel; summit; deal; tariff
        above/below a level on a date; tariff maximum above a level in a window; leak; truce or
        deal in force; re-escalation), each with `scenario:` (bundled name or path), optional
        `set: [path=value, …]` and `outcome:` true/false. Each question is answered exactly as
        `run` answers a scenario question. QUESTIONS may also be an episode library: `history`
        (the bundled one) or a folder with a questions/ folder, one file per episode.

        Scores: Brier (mean (p − o)², lower is better) and log score (mean ln of the probability
        given to what happened, higher is better; forecasts clipped to [0.01, 0.99]), against
        always 50% and the base rate of the questions' own outcomes (in sample).

        The runs play the bundled posterior's draws (--posterior; fitted on the bundled library,
        so its scores on that library are in sample). --cross-validate (a library only) scores
        leave-one-episode-out: each episode forecast by the model fitted on the others, against
        50%, the training folds' base rate and persistence (the state at the forecast moment
        stays, with one confidence level fitted on the training folds). It runs the estimation
        (see `estimate`), a few minutes on the bundled library.

        Examples:
          backchannel hindcast us-china-2018-2020 --seed 1
          backchannel hindcast history --cross-validate --seed 1 --report cv.html
          backchannel hindcast my-questions.yaml --runs 5000 --format json --posterior none
        """
    )

    @Argument(help: "A questions file, a bundled one (\(BundledHistory.questionFiles.joined(separator: ", "))), or an episode library (history, or a folder).")
    var questions: String

    @OptionGroup var parallel: SeedAndThreads

    @Option(help: "Runs per scenario (per held-out forecast with --cross-validate).")
    var runs = 2000

    @Option(help: "Reliability-table bins.")
    var bins = 5

    @Option(help: ArgumentHelp("Parameter draws: default (the bundled posterior), none, or a posterior file from `estimate`.", valueName: "posterior"))
    var posterior: String?

    @Flag(name: .customLong("cross-validate"), help: "Leave-one-episode-out scores on an episode library (fits the parameters once per fold).")
    var crossValidate = false

    @OptionGroup var estimation: EstimationOptions

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Also write an HTML page: the scores, the reliability chart and the questions.", valueName: "file"))
    var report: String?

    @Flag(help: "Overwrite an existing report file.")
    var force = false

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if bins < 1 { throw ValidationError("--bins must be at least 1") }
        if crossValidate, posterior != nil { throw ValidationError("--cross-validate fits its own posterior in every fold; leave out --posterior") }
    }

    var isLibrary: Bool {
        var isDirectory: ObjCBool = false
        return questions == "history" || (FileManager.default.fileExists(atPath: questions, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    func run() throws {
        let staged = StagedFiles(force: force)
        let reportURL = report.map { URL(fileURLWithPath: $0) }
        if let reportURL { try staged.stage(reportURL) }  // a bad or existing destination fails before any work
        func write(_ html: String) throws {
            guard let reportURL else { return }
            try staged.write(Data(html.utf8), to: reportURL)
            try staged.commit()
        }
        if crossValidate {
            guard isLibrary else { throw ValidationError("--cross-validate needs an episode library (history, or a folder with questions/), not one file") }
            let study = CrossValidationStudy(estimate: EstimateStudy(library: try EpisodeLibrary(questions), settings: estimation.settings,
                                                                     seed: parallel.master()), runs: runs)
            let bar = StagedProgress()
            let report = try study.run(threads: parallel.workers, bins: bins) { bar.update($0, $1, $2) }
            bar.finish()
            try write(report.html)
            switch format {
            case .json: print(try jsonText(report))
            case .table: print(report.table)
            }
            return
        }
        let draws = try Posterior.resolve(posterior)
        let report: HindcastReport
        if isLibrary {
            report = try EpisodeLibrary(questions).hindcast(runs: runs, seed: parallel.master(), bins: bins, threads: parallel.workers, posterior: draws)
        } else {
            report = try HindcastStudy(questions: questions).run(runs: runs, seed: parallel.master(), bins: bins, threads: parallel.workers, posterior: draws)
        }
        try write(report.html)
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(report.table)
        }
    }
}
