import Diplomacy
import Experiments
import Randomness
import ScenarioFormat

/// A scenario with overrides applied, ready to run: its engine setup and how to build its
/// economy. Every study starts from one (per arm, point or evaluation).
public struct PreparedScenario: Sendable {
    public let scenario: Scenario
    public let setup: EngineSetup
    public let makeEconomy: @Sendable () -> any PainModel

    public init(scenario: Scenario, file: String) throws {
        self.scenario = scenario
        do { setup = try EngineSetup(scenario: scenario) } catch { throw BadInput("\(file): \(error)") }
        makeEconomy = try EconomyFactory.make(for: setup)
    }

    private init(scenario: Scenario, setup: EngineSetup, makeEconomy: @escaping @Sendable () -> any PainModel) {
        self.scenario = scenario
        self.setup = setup
        self.makeEconomy = makeEconomy
    }

    /// The same scenario with a decisions file taking seats in its weeks.
    public func playing(_ decisions: DecisionsFile) -> PreparedScenario {
        let setup = self.setup.scripted(decisions.scripts)
        return PreparedScenario(scenario: scenario, setup: setup, makeEconomy: makeEconomy)
    }

    /// Reads a decisions file (a path) and checks it against this scenario.
    public func decisions(at path: String) throws -> DecisionsFile {
        let text = try ScenarioLoader.readFile(atPath: path, file: path)  // size and UTF-8, located
        return try DecisionsFile.load(yaml: text, file: path, scenario: scenario)
    }

    /// Loads `source` with `overrides` (scenario errors are located in the file or the override).
    public static func load(_ source: ScenarioSource, overrides: [ScenarioOverride] = []) throws -> PreparedScenario {
        try PreparedScenario(scenario: try source.load(overrides: overrides), file: source.file)
    }

    public var arm: BatchArm { BatchArm(setup: setup, makeEconomy: makeEconomy) }

    public func ensemble(seed: Seed, runs: Int, draws: [EngineSetup] = []) -> Ensemble {
        Ensemble(setup: setup, seed: seed, runs: runs, draws: draws, makeEconomy: makeEconomy)
    }
}

extension OutcomeCatalog {
    /// Compare arms and sweep points must ask the same outcomes: the same actors and questions.
    /// `describe` names the offending arm or point.
    public func requireSameOutcomes(_ others: [PreparedScenario], describe: (Int) -> String) throws {
        for (k, other) in others.enumerated() {
            let c = OutcomeCatalog(scenario: other.scenario)
            if c.actorIDs != actorIDs || c.questionIDs != questionIDs {
                throw BadInput("\(describe(k)) changes the actors or forecast questions; every arm must have the same outcomes")
            }
        }
    }
}
