import ArgumentParser
import Diplomacy
import Experiments
import Randomness
import ScenarioFormat

/// A scenario with overrides applied, ready to run: what compare, sweep and sensitivity build
/// once per arm, point or evaluation.
struct ScenarioPoint: Sendable {
    let scenario: Scenario
    let setup: EngineSetup
    let makeEconomy: @Sendable () -> any PainModel

    static func load(_ input: ScenarioInput, overrides: [ScenarioOverride]) throws -> ScenarioPoint {
        let scenario = try input.load(overrides: overrides)
        let setup: EngineSetup
        do { setup = try EngineSetup(scenario: scenario) } catch { throw BadInput("\(input.file): \(error)") }
        return ScenarioPoint(scenario: scenario, setup: setup, makeEconomy: try EconomyFactory.make(for: setup))
    }

    var arm: BatchArm { BatchArm(setup: setup, makeEconomy: makeEconomy) }

    /// Parses `path=value` texts (from `--set` or a variant), or a usage error naming `option`.
    static func overrides(_ texts: [String], option: String) throws -> [ScenarioOverride] {
        try texts.map { text in
            guard let o = ScenarioOverride(text) else { throw ValidationError("\(option) takes path=value, got \"\(text)\"") }
            return o
        }
    }
}

/// The master seed: the one given, or one drawn now and printed on stderr.
func masterSeed(_ given: UInt64?) -> Seed {
    Seed(given ?? {
        var system = SystemRandomNumberGenerator()
        let drawn = system.next() >> 1
        Diagnostics.note("seed: \(drawn)")
        return drawn
    }())
}
