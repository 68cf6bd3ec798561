import ArgumentParser
import Experiments
import Foundation
import Reports
import ScenarioFormat
import Store
import Studies

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored run again, and re-render its report, without re-running it.",
        discussion: """
        Examples:
          backchannel show 3 --store runs.db                 (the table `run` printed)
          backchannel show 3 --store runs.db --format json   (the run JSON contract)
          backchannel show 3 --store runs.db --report run3.html
        """
    )

    @Argument(help: "The id of the stored run (see `history`).")
    var id: Int64

    @Option(help: ArgumentHelp("The run store (default: $BACKCHANNEL_STORE).", valueName: "file"))
    var store: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Write the run's HTML report to this file.", valueName: "file"))
    var report: String?

    @Flag(help: "Overwrite an existing report file.")
    var force = false

    func run() throws {
        let path = try StoreLocation.required(store)
        let runStore = try StoreLocation.open(path, create: false)
        let stored: StoredRun
        do {
            guard let found = try runStore.run(id: id) else { throw BadInput("\(path): no run \(id) (see `backchannel history`)") }
            stored = found
        } catch let error as BadInput { throw error } catch { throw BadInput("\(path): cannot read run \(id): \(error)") }
        let summary: EnsembleSummary
        do { summary = try JSONDecoder().decode(EnsembleSummary.self, from: Data(stored.summaryJSON.utf8)) } catch {
            throw BadInput("\(path): run \(id) has an unreadable summary: \(error)")
        }
        if let report {
            let outputs = try RunOutputs(out: nil, report: report, force: force)
            defer { outputs.abandon() }
            let (scenario, overrides) = try stored.scenario(path: path)
            let narrative = stored.narrativeJSON.flatMap { try? JSONDecoder().decode(RunNarrative.self, from: Data($0.utf8)) }
            try outputs.finish(summaryJSON: stored.summaryJSON, summary: summary, scenario: scenario, overrides: overrides, narrative: narrative)
        }
        switch format {
        case .json: print(try jsonText(summary))
        case .table: print(RunTable.text(summary))
        }
    }
}
