import Diplomacy
import Experiments
import Randomness
import Reports
import TestSupport

/// A small real ensemble (stylized economy, 300 runs, 20 weeks) and its report input.
enum ReportFixture {
    static let scenario = Fixture.with(Fixture.proto(weeks: 20)) {
        $0.name = "Report fixture <A & B>"
        $0.description = "Two states, stylized economy."
        $0.start = CivilDate(iso: "2025-04-10")!
        $0.actors[0].tariffs = ["CHN": 125]
        $0.actors[1].tariffs = ["USA": 84]
        $0.sources = [Source(title: "A source", url: "https://example.org/a", note: "note")]
    }

    static func run(runs: Int = 300) throws -> (ensemble: Ensemble, summary: EnsembleSummary, records: [RunRecord]) {
        let ensemble = Fixture.ensemble(scenario, seed: Seed(3), runs: runs)
        let setup = ensemble.setup
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
