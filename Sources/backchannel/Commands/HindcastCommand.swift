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
        above/below a level on a date; tariff maximum above a level in a window; leak), each with
        `scenario:` (bundled name or path), optional `set: [path=value, …]` and `outcome:`
        true/false. Each question is answered exactly as `run` answers a scenario question.

        Scores: Brier (mean (p − o)², lower is better) and log score (mean ln of the probability
        given to what happened, higher is better; forecasts clipped to [0.01, 0.99]), against two
        references: always 50%, and the base rate of the file's own outcomes (in sample).

        Examples:
          backchannel hindcast us-china-2018-2020 --seed 1
          backchannel hindcast my-questions.yaml --runs 5000 --format json
        """
    )

    @Argument(help: "A questions file, or a bundled one (\(BundledHistory.questionFiles.joined(separator: ", "))).")
    var questions: String

    @OptionGroup var parallel: SeedAndThreads

    @Option(help: "Runs per scenario.")
    var runs = 2000

    @Option(help: "Reliability-table bins.")
    var bins = 5

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if bins < 1 { throw ValidationError("--bins must be at least 1") }
    }

    func run() throws {
        let study = try HindcastStudy(questions: questions)
        let report = try study.run(runs: runs, seed: parallel.master(), bins: bins, threads: parallel.workers)
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(report.table)
        }
    }
}
