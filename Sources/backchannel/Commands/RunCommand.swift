import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Store
import Studies

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run seeded futures of a scenario and report probabilities (default: the bundled us-china-2025).",
        discussion: """
        Examples:
          backchannel run
          backchannel run us-china-2018 --runs 20000 --seed 7
          backchannel run my-war.yaml --set actors.USA.leader.leak=0.3 --set diplomacy.mode=public
          backchannel run --trace 0            (week-by-week narrative of run 0)
          backchannel run --trace 0 --view CHN (run 0 as China saw it)
          backchannel run --decisions china-moves-first.yaml   (scripted seats; the rules play the rest)
          backchannel run --format json > summary.json
          backchannel run --out results/       (summary.json, by_week.csv, runs.csv, report.html)
          backchannel run --report war.html    (only the HTML report)
          backchannel run --store runs.db      (record the run; see `history` and `show`)

        Output files are written under temporary names and renamed into place at the end; an
        existing file is kept unless --force. A progress bar appears when stderr is a terminal.
        Without --seed a seed is drawn and printed on stderr; the same seed gives the same
        output byte for byte, whatever --threads.
        """
    )

    @Argument(help: "A scenario file or bundled name.")
    var scenario: String?

    @OptionGroup var parallel: SeedAndThreads

    @Option(help: "Number of runs.")
    var runs = 10_000

    @Option(help: "Override the scenario's horizon in weeks.")
    var weeks: Int?

    @Option(name: .customLong("set"), help: "Override a scenario value, path=value (repeatable).")
    var overrides: [String] = []

    /// `run` also prints the by-week aggregates as CSV (docs/commands.md).
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: "table, json (the summary contract) or csv (the by-week aggregates, as by_week.csv).")
    var format: Format = .table

    @Option(help: "Print the week-by-week narrative of this run instead of the ensemble.")
    var trace: Int?

    @Option(help: ArgumentHelp("With --trace: the run as this actor saw it (only the events it saw, when it learnt of them).", valueName: "actor"))
    var view: String?

    @Flag(name: .customLong("every-week"), help: "With --trace: print every week, not only those in which something happened.")
    var everyWeek = false

    @Option(help: ArgumentHelp("Parameter draws, one per run: default (the bundled posterior, fitted on the episode library), none (the scenario's own constants), or a posterior file from `estimate`.", valueName: "posterior"))
    var posterior: String?

    @Option(help: ArgumentHelp("Play these dated decisions for some seats (docs/decisions-format.md); the rules play the rest.", valueName: "file"))
    var decisions: String?

    @Option(help: ArgumentHelp("Write summary.json, by_week.csv, runs.csv and report.html into this directory.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Write the HTML report to this file.", valueName: "file"))
    var report: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    @Option(help: ArgumentHelp("Record the run in this SQLite run store (default: $BACKCHANNEL_STORE, else off).", valueName: "file"))
    var store: String?

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
        if let weeks, !(1...520).contains(weeks) { throw ValidationError("--weeks must be in 1…520") }
        if let trace, trace < 0 { throw ValidationError("--trace takes a run number ≥ 0") }
        if view != nil, trace == nil { throw ValidationError("--view shows one run: give --trace RUN too") }
        if everyWeek, trace == nil { throw ValidationError("--every-week is for --trace RUN") }
        if trace != nil, out != nil || report != nil || store != nil {
            throw ValidationError("--trace prints one run; it cannot be combined with --out, --report or --store")
        }
    }

    func run() throws {
        var parsed = try parseOverrides(overrides, option: "--set")
        if let weeks { parsed.append(ScenarioOverride(path: "weeks", value: String(weeks))) }
        let study = try RunStudy(source: try ScenarioSource.resolve(scenario), overrides: parsed, runs: runs, seed: parallel.master(),
                                 decisions: decisions, posterior: try Posterior.resolve(posterior))
        if let trace {
            print(try study.trace(run: trace, view: view, everyWeek: everyWeek))
            return
        }
        // Fail on a bad destination before any work: nothing is written until the end.
        let outputs = try RunOutputs(out: out, report: report, force: force)
        defer { outputs.abandon() }
        let storePath = StoreLocation.path(store)
        let runStore = try storePath.map { try StoreLocation.open($0, create: true) }

        let setup = study.prepared.setup
        let csv = outputs.runsHandle.map { RunsCSVWriter(handle: $0, setup: setup) }
        let collector = outputs.wantsReport || runStore != nil ? try RunCollector(weeks: setup.weeks, csv: csv) : nil
        let bar = ProgressBar.onTerminal(total: runs)
        var progress: (@Sendable (Int) -> Void)?
        if let bar { progress = { done in bar.update(done) } }
        let summary = try study.run(threads: parallel.workers, progress: progress, collector: collector)
        bar?.finish()
        let summaryJSON = try jsonText(summary)
        let narrative = collector.flatMap { RunNarrative.representative(study.ensemble, finder: $0.finder) }
        let overrideTexts = overrides + (weeks.map { ["weeks=\($0)"] } ?? [])
        try outputs.finish(summaryJSON: summaryJSON, summary: summary, scenario: study.scenario, overrides: overrideTexts, narrative: narrative)
        if let runStore, let storePath {
            let id = try study.record(in: runStore, path: storePath, summary: summary, summaryJSON: summaryJSON, overrides: overrideTexts,
                                      narrative: narrative, failpoint: StoreTestHooks.failpoint)
            Diagnostics.note("recorded as run \(id) in \(storePath)")
        }
        switch format {
        case .json: print(summaryJSON)
        case .table: print(RunTable.text(summary))
        case .csv: FileHandle.standardOutput.write(try ByWeekCSV.data(summary))
        }
    }
}
