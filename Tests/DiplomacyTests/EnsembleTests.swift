@testable import Diplomacy
import Experiments
import Foundation
import Randomness
import TestSupport
import Testing

/// The ensemble runner: bit-identical summaries whatever the threads, and forecast questions
/// consistent with `by_week`.
@Suite struct EnsembleTests {
    static let talksWeek = 8, dealWeek = 12, tariffWeek = 6

    /// The prototype with noise (so runs differ) and dated questions; dates fall mid-week to
    /// check "the week containing the date".
    static func scenario() -> Scenario {
        Fixture.with(Fixture.proto(mode: .gate, weeks: 40)) {
            for i in $0.actors.indices { $0.actors[i].strategy.perceptionNoise = 0.03 }
            let mid = { (w: Int) in Fixture.start.adding(days: 7 * w + 3) }
            $0.outputs.questions = [
                Question(id: "talks", kind: .talks, by: mid(talksWeek)),
                Question(id: "backchannel", kind: .talks, channel: .backchannel, by: mid(talksWeek)),
                Question(id: "deal", kind: .deal, by: mid(dealWeek)),
                Question(id: "above", kind: .tariffAbove, date: mid(tariffWeek), actor: "USA", level: 100),
                Question(id: "below", kind: .tariffBelow, date: mid(dealWeek), actor: "CHN", level: 50),
            ]
        }
    }

    static func summary(_ setup: EngineSetup, runs: Int, threads: Int) -> (EnsembleSummary, Data) {
        let acc = Ensemble(setup: setup, seed: Seed(1), runs: runs, makeEconomy: { StylizedPain(setup: setup) }).run(threads: threads)
        let s = EnsembleSummary(scenarioName: "x", scenarioHash: "h", seed: Seed(1), setup: setup, acc)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (s, try! encoder.encode(s))
    }

    /// 300 = one full 256-run block and a partial one; 100 = a single partial block.
    @Test(arguments: [300, 100])
    func summaryIsBitIdenticalForAnyThreadCount(runs: Int) {
        let setup = Engine.setup(Self.scenario())
        let (one, bytes1) = Self.summary(setup, runs: runs, threads: 1)
        let (_, bytes2) = Self.summary(setup, runs: runs, threads: 2)
        #expect(one.runs == runs)
        #expect(bytes1 == bytes2)
        if runs == 300 { #expect(bytes1 == Self.summary(setup, runs: runs, threads: 3).1) }
    }

    @Test func blocksMergeToTheWholeEnsemble() {
        // Running the index range in two pieces and merging equals running it at once.
        let setup = Engine.setup(Self.scenario())
        let e = Ensemble(setup: setup, seed: Seed(1), runs: 300, makeEconomy: { StylizedPain(setup: setup) })
        var parts = e.run(threads: 1, range: 0..<256)
        parts.merge(e.run(threads: 1, range: 256..<300))
        let whole = e.run(threads: 2)
        let a = EnsembleSummary(scenarioName: "x", scenarioHash: "h", seed: Seed(1), setup: setup, parts)
        let b = EnsembleSummary(scenarioName: "x", scenarioHash: "h", seed: Seed(1), setup: setup, whole)
        #expect(a == b)
    }

    @Test func questionsAgreeWithByWeekAndWithASeparatePass() {
        let s = Self.scenario()
        let setup = Engine.setup(s)
        let runs = 300
        let (sum, _) = Self.summary(setup, runs: runs, threads: 2)
        let answer = Dictionary(uniqueKeysWithValues: sum.questions.map { ($0.id, $0.probability) })
        #expect(answer["talks"] == sum.byWeek[Self.talksWeek].pTalks)
        #expect(answer["backchannel"] == sum.byWeek[Self.talksWeek].pBackchannelOpen)
        #expect(answer["deal"] == sum.byWeek[Self.dealWeek].pDeal)
        #expect(sum.byWeek[Self.talksWeek].pTalks > 0 && sum.byWeek[Self.dealWeek].pDeal > 0)

        // A separate single-thread pass over the same run seeds.
        let e = Ensemble(setup: setup, seed: Seed(1), runs: runs, makeEconomy: { StylizedPain(setup: setup) })
        var above = 0, below = 0, talks = 0, deals = 0, ended = 0
        for k in 0..<runs {
            var sim = Simulation(setup: setup, seed: e.runSeed(k), economy: StylizedPain(setup: setup))
            for w in 0..<setup.weeks {
                sim.step()
                if w == Self.tariffWeek, sim.sides[0].tariff > 1.0 { above += 1 }
                if w == Self.dealWeek, sim.sides[1].tariff < 0.5 { below += 1 }
            }
            if let t = sim.milestones.talks, t <= Self.talksWeek { talks += 1 }
            if case .deal? = sim.ending, let end = sim.milestones.end, end <= Self.dealWeek { deals += 1 }
            if sim.ending != nil { ended += 1 }
        }
        let n = Double(runs)
        #expect(answer["above"] == Double(above) / n, "tariff_above: \(answer["above"] ?? -1) vs \(Double(above) / n)")
        #expect(answer["below"] == Double(below) / n, "tariff_below: \(answer["below"] ?? -1) vs \(Double(below) / n)")
        #expect(answer["talks"] == Double(talks) / n && answer["deal"] == Double(deals) / n)
        #expect(above > 0 && above < runs)
        #expect(sum.byWeek.last!.pEnded == Double(ended) / n)
        #expect(abs(sum.outcomes.deal + sum.outcomes.capitulation.values.reduce(0, +) - Double(ended) / n) < 1e-12)
    }
}
