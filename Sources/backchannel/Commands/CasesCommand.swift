import ArgumentParser
import Experiments
import Foundation
import ScenarioFormat
import History
import Reports
import Studies

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "The Diplomat's opening rule on historical backchannel cases.",
        discussion: """
        Reads the bundled backchannel_cases.csv (or --file), applies the rule — open a backchannel
        when determination, domestic opposition and anticipated receptivity are all high — and
        compares how often the cases it favours succeeded (outcome_class = success) with the base
        rate. The scores were assigned with hindsight by people who knew the outcomes.

        Examples:
          backchannel cases
          backchannel cases --format json
        """
    )

    @Option(help: "A cases CSV with the same columns (default: the bundled copy).")
    var file: String?

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let name: String, text: String
        if let file {
            let t = try ScenarioLoader.readFile(atPath: file, file: file)  // size and UTF-8, located
            (name, text) = (file, t)
        } else {
            guard let t = BundledHistory.casesCSV else { throw InternalFailure("the bundled backchannel_cases.csv is missing") }
            (name, text) = ("backchannel_cases.csv", t)
        }
        let cases: [HistoricalCase]
        do { cases = try CasesCSV.read(text, file: name) } catch { throw BadInput(error.description) }
        if cases.isEmpty { throw BadInput("\(name): no cases") }
        let report = OpeningRuleCases.report(cases, file: name)
        switch format {
        case .json: print(try jsonText(report))
        case .table: print(report.table)
        }
    }
}
