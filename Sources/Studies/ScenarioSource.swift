import Diplomacy
import Foundation
import ScenarioFormat

/// A scenario argument resolved to its text: a path to a YAML file, or a bundled name
/// (`us-china-2025`).
public struct ScenarioSource: Sendable {
    /// The name or path as given.
    public let name: String
    public let text: String
    /// What diagnostics call the file.
    public let file: String

    public init(name: String, text: String, file: String) {
        self.name = name
        self.text = text
        self.file = file
    }

    /// A path if one exists, else a bundled name; nil means the default scenario.
    public static func resolve(_ argument: String?) throws -> ScenarioSource {
        let argument = argument ?? BundledScenarios.defaultName
        if FileManager.default.fileExists(atPath: argument) {
            let text = try ScenarioLoader.readFile(atPath: argument, file: argument)  // size and UTF-8, located
            return ScenarioSource(name: argument, text: text, file: argument)
        }
        if let bundled = bundled(argument) { return bundled }
        var message = "no scenario file or bundled scenario named \"\(argument)\""
        let names = BundledScenarios.names
        if !names.isEmpty { message += " (bundled: \(names.joined(separator: ", ")))" }
        throw BadInput(message)
    }

    /// A bundled scenario by name (never a path), or nil.
    public static func bundled(_ name: String) -> ScenarioSource? {
        BundledScenarios.text(named: name).map { ScenarioSource(name: name, text: $0, file: "\(name).yaml") }
    }

    /// A scenario named in another file (a questions file): relative to that file's directory
    /// if such a file exists there, else as `resolve` finds it.
    public static func resolve(_ name: String, relativeTo directory: String?) throws -> ScenarioSource {
        if let directory, !directory.isEmpty, !name.hasPrefix("/") {
            let path = (directory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) { return try resolve(path) }
        }
        return try resolve(name)
    }

    /// The validated scenario with `overrides` applied (a `ScenarioError` lists every problem).
    public func load(overrides: [ScenarioOverride] = []) throws -> Scenario {
        try ScenarioLoader.standard.load(yaml: text, file: file, overrides: overrides)
    }

    /// A loader that parses the text once and checks it anew for each set of overrides.
    public func loader() throws -> @Sendable ([ScenarioOverride]) throws -> Scenario {
        let parsed = try ScenarioLoader.parsed(yaml: text, file: file), file = self.file
        return { overrides in try ScenarioLoader.standard.load(parsed: parsed, file: file, overrides: overrides) }
    }
}
