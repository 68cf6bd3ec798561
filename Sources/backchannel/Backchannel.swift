import ArgumentParser
import Diplomacy
import Foundation
import ScenarioFormat
import Studies

@main
struct Backchannel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backchannel",
        abstract: "Simulate trade wars and the backchannel diplomacy that ends them.",
        discussion: """
        Examples:
          backchannel scenarios                      list the bundled scenarios
          backchannel validate my-war.yaml           check a scenario, every problem at once
          backchannel new my-war                     write a commented starter scenario
          backchannel schema > scenario.schema.json  JSON Schema for editors
          backchannel compare --variant diplomacy.mode=public   counterfactual on common random numbers
          backchannel hindcast us-china-2018-2020    score forecasts against 2018–2020
          backchannel run --out results/             summary.json, CSVs and an HTML report
          backchannel history --store runs.db        runs recorded with run --store
          backchannel serve                          live exercises: people and bots take the seats

        Exit codes: 0 ok, 64 usage, 65 bad input data, 70 internal error.
        """,
        version: BackchannelVersion.current,
        subcommands: [
            RunCommand.self, ValidateCommand.self, SchemaCommand.self, ScenariosCommand.self, NewCommand.self,
            TradeCommand.self, TournamentCommand.self, BenchCommand.self, HistoryCommand.self, ShowCommand.self,
            CompareCommand.self, SweepCommand.self, MergeCommand.self, SensitivityCommand.self, HindcastCommand.self, EstimateCommand.self, CasesCommand.self,
            ServeCommand.self,
        ]
    )

    /// Maps failures to the documented exit codes: bad scenario data is 65 with every issue on
    /// stderr; ArgumentParser's usage errors are 64; anything unexpected is 70.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ScenarioError {
            Diagnostics.report(error)
            Foundation.exit(ExitStatus.badInput.rawValue)
        } catch let error as BadInput {
            Diagnostics.error(error.message)
            Foundation.exit(ExitStatus.badInput.rawValue)
        } catch let error as UsageError {
            exit(withError: ValidationError(error.message))
        } catch let error as InternalFailure {
            Diagnostics.error(error.message)
            Foundation.exit(ExitStatus.internalError.rawValue)
        } catch {
            if error is ExitCode || exitCode(for: error) != .failure {
                exit(withError: error)
            }
            Diagnostics.error("internal error: \(error)")
            Foundation.exit(ExitStatus.internalError.rawValue)
        }
    }
}

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks (build with -c release for meaningful figures).",
        subcommands: [BenchEngineCommand.self, BenchTradeCommand.self, BenchGamesCommand.self]
    )
}
