import Diplomacy
import Experiments
import Foundation
import Randomness
import TestSupport
import Testing

/// compare's paired differences and the sweep's shards, on a small stylized scenario.
@Suite struct BatchTests {
    static let start = CivilDate(iso: "2025-01-06")!

    /// The engine fixture with noise (so runs differ), 30 weeks, and dated questions.
    static func scenario(mode: DiplomacyMode = .gate, leak: Double = 0.005) -> Scenario {
        Fixture.with(Fixture.proto(mode: mode, weeks: 30)) {
            for i in $0.actors.indices { $0.actors[i].strategy.perceptionNoise = 0.03 }
            $0.intermediaries[0].leakRate = leak
            let mid = Fixture.start.adding(days: 7 * 10 + 3)
            $0.outputs = Outputs(questions: [Question(id: "deal", kind: .deal, by: mid),
                                             Question(id: "talks", kind: .talks, by: mid),
                                             Question(id: "above", kind: .tariffAbove, date: mid, actor: "USA", level: 40)])
        }
    }

    static func arm(_ s: Scenario) -> BatchArm { Fixture.arm(s) }

    @Test func identicalVariantsGiveExactlyZeroDifference() {
        let s = Self.scenario()
        let metrics = OutcomeCatalog(scenario: s).headline
        let m = BatchRunner.run([BatchJob(arms: [Self.arm(s), Self.arm(s), Self.arm(s)], seed: Seed(9), runs: 300)],
                                metrics: metrics, threads: 2)[0]
        for a in 1...2 {
            for k in metrics.indices {
                #expect(m.meanDifference(arm: a, k) == 0)
                #expect(m.differenceStandardError(arm: a, k) == 0)
                #expect(m.mean(arm: a, k) == m.mean(arm: 0, k))
            }
        }
        let catalog = OutcomeCatalog(scenario: s)
        let d = Comparison.differences(m, arm: 1, metrics: metrics, catalog: catalog)
        #expect(d.allSatisfy { $0.difference == 0 && $0.ciLow == 0 && $0.ciHigh == 0 })
        #expect(Comparison.verdict(name: "same", d, focus: ["p_deal"]).contains("no difference"))
    }

    /// A variant that really differs: the paired interval is the normal one from the per-run
    /// differences, and it is narrower than the unpaired one would be.
    @Test func differentVariantHasAPairedInterval() {
        let base = Self.scenario(), variant = Self.scenario(mode: .public)
        let metrics: [OutcomeMetric] = [.deal, .dealByWeek(10), .leak]
        let m = BatchRunner.run([BatchJob(arms: [Self.arm(base), Self.arm(variant)], seed: Seed(9), runs: 600)],
                                metrics: metrics, threads: 2)[0]
        let d = m.meanDifference(arm: 1, 1)
        #expect(abs(d - (m.mean(arm: 1, 1) - m.mean(arm: 0, 1))) < 1e-12)
        let diffs = Comparison.differences(m, arm: 1, metrics: metrics, catalog: OutcomeCatalog(scenario: base))
        #expect(diffs.contains { $0.difference != 0 })
        for x in diffs { #expect(abs(x.ciHigh - x.difference - 1.959963984540054 * x.standardError) < 1e-12) }
    }

    /// The metrics agree with `run`'s summary: P(deal), the questions, and deal by week K = by_week[K].p_deal.
    @Test func metricsAgreeWithTheEnsembleSummary() {
        let s = Self.scenario()
        let setup = try! EngineSetup(scenario: s)
        let summary = EnsembleSummary(scenarioName: "x", scenarioHash: "h", seed: Seed(4), setup: setup,
                                      Ensemble(setup: setup, seed: Seed(4), runs: 400, makeEconomy: { StylizedPain(setup: setup) }).run(threads: 2))
        let metrics: [OutcomeMetric] = [.deal, .dealByWeek(10), .leak, .question(0), .question(1), .question(2), .capitulation(0), .stalemate]
        let m = BatchRunner.run([BatchJob(arms: [Self.arm(s)], seed: Seed(4), runs: 400)], metrics: metrics, threads: 1)[0]
        #expect(m.mean(0) == summary.outcomes.deal)
        #expect(m.mean(1) == summary.byWeek[10].pDeal)
        #expect(m.mean(1) == summary.questions[0].probability)
        #expect(m.mean(2) == summary.leaks.pAny)
        #expect(m.mean(4) == summary.byWeek[10].pTalks)
        #expect(m.mean(3) == summary.questions[0].probability && m.mean(4) == summary.questions[1].probability
                && m.mean(5) == summary.questions[2].probability)
        #expect(m.mean(6) == summary.outcomes.capitulation["USA"] && m.mean(7) == summary.outcomes.stalemate)
    }

    /// Shards of a sweep, merged, give the bytes of the whole sweep — for several shard counts
    /// and thread counts, through JSON as `merge` reads them.
    @Test func shardsMergeToTheSingleMachineBytes() throws {
        let leaks = ["0", "0.05", "0.5"], modes: [DiplomacyMode] = [.gate, .public]
        let plan = SweepPlan(paths: ["intermediaries.*.leak_rate", "diplomacy.mode"],
                             points: SweepPlan.grid([("intermediaries.*.leak_rate", leaks), ("diplomacy.mode", modes.map(\.rawValue))]),
                             replicates: 2, runs: 40, seed: Seed(11))
        #expect(plan.points.first == ["0", "gate"] && plan.points[1] == ["0", "public"] && plan.units == 12)
        let arms = plan.points.map { p in Self.arm(Self.scenario(mode: DiplomacyMode(rawValue: p[1])!, leak: Double(p[0])!)) }
        let catalog = OutcomeCatalog(scenario: Self.scenario())
        let metrics = catalog.headline
        let table = SweepTable(paths: plan.paths, outcomes: metrics.map(catalog.name))
        func rows(_ units: Range<Int>, threads: Int) -> [String] {
            let jobs = units.map { BatchJob(arms: [arms[plan.point(ofUnit: $0)]], seed: plan.seed(ofUnit: $0), runs: plan.runs) }
            return zip(units, BatchRunner.run(jobs, metrics: metrics, threads: threads)).map { SweepTable.row(plan: plan, unit: $0, moments: $1) }
        }
        let whole = table.text(rows: rows(0..<plan.units, threads: 1))
        #expect(table.text(rows: rows(0..<plan.units, threads: 3)) == whole)
        let identity = SweepPartial.Identity(scenario: "t", scenarioHash: "h", plan: plan, outcomes: metrics.map(catalog.name), version: "v")
        for count in [1, 2, 5, 12] {
            var partials: [(name: String, partial: SweepPartial)] = []
            for i in (0..<count).reversed() {  // order of the files must not matter
                let units = plan.units(shard: i, of: count)
                let p = SweepPartial(identity: identity, shard: .init(index: i, count: count, units: units), header: table.header,
                                     rows: zip(units, rows(units, threads: 2)).map { SweepPartial.Row(unit: $0, line: $1) })
                let decoded = try JSONDecoder().decode(SweepPartial.self, from: JSONEncoder().encode(p))
                partials.append(("part-\(i)", decoded))
            }
            #expect(try SweepPartial.merge(partials).get() == whole, "\(count) shards")
            if count > 1 {
                // A missing shard, a repeated shard and a foreign sweep are refused.
                #expect((try? SweepPartial.merge(Array(partials.dropFirst())).get()) == nil)
                #expect((try? SweepPartial.merge(partials + [partials[0]]).get()) == nil)
                var foreign = partials[0]
                foreign.partial = SweepPartial(identity: SweepPartial.Identity(scenario: "t", scenarioHash: "other", plan: plan,
                                                                               outcomes: identity.outcomes, version: "v"),
                                               shard: foreign.partial.shard, header: foreign.partial.header, rows: foreign.partial.rows)
                #expect((try? SweepPartial.merge(Array(partials.dropFirst()) + [foreign]).get()) == nil)
            }
        }
    }
}
