import Diplomacy
import Experiments
import Randomness
import TestSupport
import Synchronization
import Testing

/// The ensemble's run sink: every run once, in index order, the same for any thread count, and
/// the same outcomes the accumulator counted.
@Suite struct RunSinkTests {
    func records(threads: Int, runs: Int = 700) throws -> (records: [Experiments.RunRecord], calls: Int, summary: EnsembleAccumulator) {
        let setup = try EngineSetup(scenario: Fixture.proto(weeks: 20))
        let ensemble = Ensemble(setup: setup, seed: Seed(11), runs: runs) { StylizedPain(setup: setup) }
        let collected = Mutex<([Experiments.RunRecord], Int)>(([], 0))
        let acc = ensemble.run(threads: threads, sink: { block in collected.withLock { $0.0 += block; $0.1 += 1 } })
        let (records, calls) = collected.withLock { $0 }
        return (records, calls, acc)
    }

    @Test func deliversEveryRunInOrderWhateverTheThreads() throws {
        let one = try records(threads: 1), two = try records(threads: 2)
        #expect(one.records.map(\.index) == Array(0..<700))
        #expect(one.calls == 3)  // blocks of 256, 256, 188
        #expect(one.records == two.records)
        #expect(one.records[5].seed == Seed(11).derive("run", 5))
        let deals = one.records.filter { if case .deal = $0.outcome.ending { return true } else { return false } }.count
        let summary = EnsembleSummary(scenarioName: "x", scenarioHash: "h", seed: Seed(11),
                                      setup: try EngineSetup(scenario: Fixture.proto(weeks: 20)), one.summary)
        #expect(abs(summary.outcomes.deal - Double(deals) / 700) < 1e-12)
    }

    @Test func representativeRunHasTheModalOutcomeAndMedianWeek() throws {
        let (records, _, _) = try records(threads: 2)
        var finder = RepresentativeRunFinder(weeks: 20)
        for r in records { finder.observe(r) }
        let (run, kind) = try #require(finder.pick())
        let kinds = records.map { OutcomeKind($0.outcome.ending) }
        let modal = OutcomeKind.allCases.max { a, b in
            let ca = kinds.filter { $0 == a }.count, cb = kinds.filter { $0 == b }.count
            return ca < cb || (ca == cb && a > b)
        }!
        #expect(kind == modal)
        #expect(OutcomeKind(records[run].outcome.ending) == modal)
        let weeks = records.filter { OutcomeKind($0.outcome.ending) == modal }.map { $0.outcome.milestones.end ?? 20 }.sorted()
        let median = weeks[(weeks.count + 1) / 2 - 1]
        #expect((records[run].outcome.milestones.end ?? 20) == median)
        #expect(records.first { OutcomeKind($0.outcome.ending) == modal && ($0.outcome.milestones.end ?? 20) == median }?.index == run)
    }

    @Test func finderPicksLowestIndexAndNilWhenEmpty() {
        #expect(RepresentativeRunFinder(weeks: 5).pick() == nil)
    }
}
