import Diplomacy
import Experiments
import Randomness
import Reports

/// A small real ensemble (stylized economy, 300 runs, 20 weeks) and its report input.
enum ReportFixture {
    static let scenario = Scenario(
        name: "Report fixture <A & B>", description: "Two states, stylized economy.", start: CivilDate(iso: "2025-04-10")!, weeks: 20,
        economy: EconomySettings(model: .stylized),
        actors: [
            Actor(id: "USA", name: "United States", leader: Leader(name: "US leader"), tariffs: ["CHN": 125],
                  constituencies: [Constituency(name: "Business", capability: 1, salience: 1, stance: 40, pain: 1)]),
            Actor(id: "CHN", name: "China", leader: Leader(name: "CN leader"), tariffs: ["USA": 84],
                  constituencies: [Constituency(name: "Exporters", capability: 1, salience: 1, stance: 40, pain: 1)]),
        ],
        intermediaries: [Intermediary(id: "envoy", name: "Envoy", access: ["USA": 1, "CHN": 1])],
        sources: [Source(title: "A source", url: "https://example.org/a", note: "note")])

    static func run(runs: Int = 300) throws -> (ensemble: Ensemble, summary: EnsembleSummary, records: [RunRecord]) {
        let setup = try EngineSetup(scenario: scenario)
        let ensemble = Ensemble(setup: setup, seed: Seed(3), runs: runs) { StylizedPain(setup: setup) }
        final class Box: @unchecked Sendable { var records: [RunRecord] = [] }
        let box = Box()
        let acc = ensemble.run(threads: 2, sink: { box.records += $0 })
        let summary = EnsembleSummary(scenarioName: scenario.name, scenarioHash: "fnv1a64:0000000000000000", seed: Seed(3),
                                      setup: setup, acc)
        return (ensemble, summary, box.records)
    }

    static func input() throws -> ReportInput {
        let (ensemble, summary, records) = try run()
        var finder = RepresentativeRunFinder(weeks: scenario.weeks)
        for r in records { finder.observe(r) }
        return ReportInput(summary: summary, scenario: scenario, overrides: ["actors.USA.leader.leak=0.3"],
                           narrative: RunNarrative.representative(ensemble, finder: finder), history: try TariffHistory.bundled())
    }
}
