import ArgumentParser
import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Store

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

    /// `run` also prints the by-week aggregates as CSV (DESIGN §7).
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: "table, json (the summary contract) or csv (the by-week aggregates, as by_week.csv).")
    var format: Format = .table

    @Option(help: "Print the week-by-week narrative of this run instead of the ensemble.")
    var trace: Int?

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
        if trace != nil, out != nil || report != nil || store != nil {
            throw ValidationError("--trace prints one run; it cannot be combined with --out, --report or --store")
        }
    }

    func run() throws {
        var parsed: [ScenarioOverride] = []
        for text in overrides {
            guard let override = ScenarioOverride(text) else {
                throw ValidationError("--set takes path=value, got \"\(text)\"")
            }
            parsed.append(override)
        }
        if let weeks { parsed.append(ScenarioOverride(path: "weeks", value: String(weeks))) }
        let input = try ScenarioInput.resolve(scenario)
        let loaded = try input.load(overrides: parsed)
        let setup: EngineSetup
        do { setup = try EngineSetup(scenario: loaded) } catch { throw BadInput("\(input.file): \(error)") }
        let master = parallel.master()
        let ensemble = Ensemble(setup: setup, seed: master, runs: runs, makeEconomy: try EconomyFactory.make(for: setup))
        if let trace {
            print(RunTrace.text(ensemble: ensemble, run: trace))
            return
        }
        // Fail on a bad destination before any work: nothing is written until the end.
        let outputs = try RunOutputs(out: out, report: report, force: force)
        defer { outputs.abandon() }
        let storePath = StoreLocation.path(store)
        let runStore = try storePath.map { try StoreLocation.open($0, create: true) }

        let csv = outputs.runsHandle.map { RunsCSVWriter(handle: $0, setup: setup) }
        let collector = outputs.wantsReport || runStore != nil ? try RunCollector(weeks: setup.weeks, csv: csv) : nil
        let bar = ProgressBar.onTerminal(total: runs)
        var progress: (@Sendable (Int) -> Void)?
        if let bar { progress = { done in bar.update(done) } }
        let accumulator: EnsembleAccumulator
        if let collector {
            accumulator = ensemble.run(threads: parallel.workers, progress: progress,
                                       prepare: { collector.prepare($0) }, sink: { collector.receive($0) })
        } else {
            accumulator = ensemble.run(threads: parallel.workers, progress: progress)
        }
        bar?.finish()
        if let error = collector?.error { throw BadInput("\(error)") }
        let summary = EnsembleSummary(scenarioName: loaded.name, scenarioHash: ScenarioLoader.hash(loaded), seed: master,
                                      setup: setup, accumulator)
        let summaryJSON = try jsonText(summary)
        let narrative = collector.flatMap { RunNarrative.representative(ensemble, finder: $0.finder) }
        let overrideTexts = overrides + (weeks.map { ["weeks=\($0)"] } ?? [])
        if outputs.wantsReport {
            let reportInput = ReportInput(summary: summary, scenario: loaded, overrides: overrideTexts, narrative: narrative,
                                    history: try ReportHistory.bundled())
            try outputs.finish(summaryJSON: summaryJSON, summary: summary, report: HTMLReport.render(reportInput))
        }
        if let runStore, let storePath {
            let record = NewRun(createdAt: WallClock.isoNow(), scenarioSource: input.name, scenarioText: input.text,
                                overrides: overrideTexts, summary: summary, summaryJSON: summaryJSON,
                                narrativeJSON: try narrative.map { try jsonText($0) })
            let id: Int64
            do { id = try runStore.record(record, failpoint: StoreTestHooks.failpoint) } catch let error as RunStoreError {
                throw BadInput("\(error)")  // a full disk, a read-only or damaged file: the environment (65)
            } catch {
                throw InternalFailure("\(storePath): cannot record the run: \(error)")
            }
            Diagnostics.note("recorded as run \(id) in \(storePath)")
        }
        switch format {
        case .json: print(summaryJSON)
        case .table: print(RunTable.text(summary))
        case .csv: FileHandle.standardOutput.write(try ByWeekCSV.data(summary))
        }
    }
}
