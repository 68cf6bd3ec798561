import ArgumentParser
import Diplomacy
import ScenarioFormat

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario (default: the bundled us-china-2025).",
        discussion: """
        Examples:
          backchannel run
          backchannel run us-china-2018 --set diplomacy.mode=public
          backchannel run my-war.yaml --set actors.USA.leader.leak=0.3

        The simulation engine is not built yet: for now `run` validates the scenario, applies
        the overrides and describes what would be simulated.
        """
    )

    @Argument(help: "A scenario file or bundled name.")
    var scenario: String?

    @Option(name: .customLong("set"), help: "Override a scenario value, path=value (repeatable).")
    var overrides: [String] = []

    func run() throws {
        var parsed: [ScenarioOverride] = []
        for text in overrides {
            guard let override = ScenarioOverride(text) else {
                throw ValidationError("--set takes path=value, got \"\(text)\"")
            }
            parsed.append(override)
        }
        let input = try ScenarioInput.resolve(scenario)
        let s = try input.load(overrides: parsed)
        print(ScenarioSummary.text(s))
    }
}
