import ArgumentParser
import ScenarioFormat
import Reports
import Studies

struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the bundled scenarios.",
        discussion: "Example:\n  backchannel scenarios\n  backchannel scenarios --show us-china-2018   (print one as YAML)"
    )

    @Option(help: "Print the YAML of this bundled scenario.")
    var show: String?

    func run() throws {
        if let show {
            guard let text = BundledScenarios.text(named: show) else {
                throw BadInput("no bundled scenario \"\(show)\" (bundled: \(BundledScenarios.names.joined(separator: ", ")))")
            }
            print(text, terminator: "")
            return
        }
        for name in BundledScenarios.names {
            let input = try ScenarioSource.resolve(name)
            let scenario = try input.load()
            let mark = name == BundledScenarios.defaultName ? " (default)" : ""
            print("\(name)\(mark)\n    \(scenario.name); \(scenario.start), \(scenario.weeks) weeks, \(scenario.economy.model.rawValue) economy")
        }
    }
}
