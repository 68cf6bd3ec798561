import Diplomacy
import Foundation
import Testing
@testable import ScenarioFormat

@Suite struct BundledScenarioTests {
    @Test func theRequiredScenariosAreBundled() {
        for name in ["minimal", "us-china-2018", "us-china-2024", "us-china-2025", "us-china-1969"] {
            #expect(BundledScenarios.names.contains(name), "missing bundled scenario \(name)")
        }
    }

    @Test(arguments: BundledScenarios.names)
    func bundledScenarioValidatesAndCitesSources(name: String) throws {
        let text = try #require(BundledScenarios.text(named: name))
        let scenario = try testLoaderAllStrategies.load(yaml: text, file: "\(name).yaml")
        #expect(!scenario.sources.isEmpty)
    }

    @Test func starterScenarioValidates() throws {
        let text = BundledScenarios.starter(name: "my-war", file: "my-war.yaml")
        #expect(text.contains("name: my-war"))
        _ = try testLoaderAllStrategies.load(yaml: text, file: "my-war.yaml")
    }

    @Test(arguments: BundledScenarios.names)
    func roundTripGivesAnEqualScenario(name: String) throws {
        let text = try #require(BundledScenarios.text(named: name))
        let first = try testLoaderAllStrategies.load(yaml: text, file: "a.yaml")
        let encoded = try ScenarioLoader.encode(first)
        let second = try testLoaderAllStrategies.load(yaml: encoded, file: "b.yaml")
        #expect(first == second)
    }

    @Test func defaultsOfSchemaMatchTheModel() throws {
        // The schema's defaults and the Swift initialisers must agree, or a file that omits a
        // field would run differently from code that builds the same scenario.
        let s = try testLoader.load(yaml: validYAML, file: "t.yaml")
        #expect(s.parameters == EngineParameters())
        #expect(s.economy == EconomySettings())
        #expect(s.diplomacy == DiplomacySettings())
        #expect(s.actors[0].leader == Leader(name: "A"))
        #expect(s.actors[0].strategy == StrategySettings())
        #expect(s.actors[0].constituencies[0] == Constituency(name: "Everyone", capability: 1, salience: 1, stance: 50))
    }

    /// The same for the lists: an intermediary, a rung and an event given only their required
    /// fields equal the model's initialisers with their defaults.
    @Test func defaultsOfIntermediariesRungsAndEventsMatchTheModel() throws {
        let yaml = replacing("    tariffs: { CHN: 20 }\n", with: "    tariffs: { CHN: 20 }\n    rungs:\n      - { name: Export controls, pain: 2 }\n")
            + """

            intermediaries:
              - { id: envoy, name: An envoy, access: { USA: 0.5, CHN: 0.4 } }
            events:
              - { kind: summit, week: 3 }
            """
        let s = try testLoader.load(yaml: yaml, file: "t.yaml")
        #expect(s.intermediaries == [Intermediary(id: "envoy", name: "An envoy", access: ["USA": 0.5, "CHN": 0.4])])
        #expect(s.actors[0].rungs == [Rung(name: "Export controls", pain: 2)])
        #expect(s.events == [Event(kind: .summit, week: 3)])
    }
}

let testLoaderAllStrategies = ScenarioLoader(
    strategyIDs: [
        "cooperator", "defector", "tit-for-tat", "grudger", "tit-for-2-tats", "suspicious-tit-for-tat",
        "win-stay-lose-shift", "alternator", "go-by-majority", "two-tits-for-tat", "bully", "random",
        "generous-tit-for-tat", "contrite-tit-for-tat",
    ],
    regionsOfCalibration: { $0 == "calib_2024" ? ["USA", "CHN", "ROW"] : nil }
)
