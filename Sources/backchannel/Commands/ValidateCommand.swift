import ArgumentParser
import ScenarioFormat
import Reports
import Studies

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files and report every problem with file, line, column and field path.",
        discussion: """
        Examples:
          backchannel validate my-war.yaml
          backchannel validate us-china-2025 us-china-2018     (bundled names work too)

        Exits 0 when every file is valid, 65 when any is not.
        """
    )

    @Argument(help: "Scenario files (or bundled scenario names).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one scenario file") }
    }

    func run() throws {
        var issues: [ScenarioIssue] = []
        for file in files {
            do {
                let scenario = try ScenarioSource.resolve(file).load()
                print("\(file): ok (\(scenario.name), \(scenario.weeks) weeks from \(scenario.start))")
            } catch let error as ScenarioError {
                issues += error.issues
            } catch let error as BadInput {
                issues.append(ScenarioIssue(file: file, line: nil, column: nil, path: "", message: error.message))
            }
        }
        if !issues.isEmpty { throw ScenarioError(issues) }
    }
}
