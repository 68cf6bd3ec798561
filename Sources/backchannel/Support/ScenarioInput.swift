import ArgumentParser
import Diplomacy
import Foundation
import ScenarioFormat

/// Resolves a scenario argument: a bundled name (`us-china-2025`) or a path to a YAML file.
struct ScenarioInput {
    let name: String
    let text: String
    /// What diagnostics call the file.
    let file: String

    static func resolve(_ argument: String?) throws -> ScenarioInput {
        let argument = argument ?? BundledScenarios.defaultName
        if FileManager.default.fileExists(atPath: argument) {
            let text = try ScenarioLoader.readFile(atPath: argument, file: argument)  // size and UTF-8, located
            return ScenarioInput(name: argument, text: text, file: argument)
        }
        if let text = BundledScenarios.text(named: argument) {
            return ScenarioInput(name: argument, text: text, file: "\(argument).yaml")
        }
        var message = "no scenario file or bundled scenario named \"\(argument)\""
        let names = BundledScenarios.names
        if !names.isEmpty { message += " (bundled: \(names.joined(separator: ", ")))" }
        throw BadInput(message)
    }

    func load(overrides: [ScenarioOverride] = []) throws -> Scenario {
        try ScenarioLoader.standard.load(yaml: text, file: file, overrides: overrides)
    }
}

extension ScenarioLoader {
    /// The loader with the project's strategy registry and calibrations.
    static let standard = ScenarioLoader(strategyIDs: KnownStrategies.ids, regionsOfCalibration: CalibrationRegions.regions,
                                         checkStrategy: KnownStrategies.problem)
}
