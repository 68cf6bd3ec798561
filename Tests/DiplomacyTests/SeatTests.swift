@testable import Diplomacy
import Randomness
import TestSupport
import Testing

/// The decision seam: what a seat sees, what a script changes, what the engine refuses, and
/// who sees which event.
@Suite struct SeatTests {
    static func randomSetups(_ n: Int) -> [EngineSetup] {
        var rng = Seed(99).generator()
        return (0..<n).map { Engine.setup(RandomScenario.make(&rng, index: $0)) }
    }

    /// Changing the other side's private state — its beliefs, stocks, pending signals, the
    /// audience costs it has paid — leaves a side's view exactly as it was. (Its political cost,
    /// commitment, nationalism and election calendar follow from the public record: published.)
    @Test func aViewNeverReadsTheOtherSidesPrivateState() {
        var rng = Seed(5).generator()
        for (k, setup) in Self.randomSetups(40).enumerated() {
            var sim = Engine.simulation(setup, seed: UInt64(k))
            for _ in 0..<Int(rng.uniform() * Double(setup.weeks - 1)) { sim.step() }
            for i in 0..<2 {
                let before = sim.view(of: i, reviews: true)
                var changed = sim
                let j = 1 - i
                func r() -> Double { rng.uniform() * 50 }
                Self.scramblePrivateState(of: j, in: &changed, &rng)
                #expect(changed.view(of: i, reviews: true) == before, "setup \(k), side \(i)")
                // …while its own private state does show.
                changed.sides[i].commitment += 1
                #expect(changed.view(of: i, reviews: true) != before)
            }
        }
    }

    /// Random values for every private field of side j.
    static func scramblePrivateState(of j: Side, in sim: inout Simulation, _ rng: inout BackchannelRNG) {
        func r() -> Double { rng.uniform() * 50 }
        sim.sides[j].hazard = r(); sim.sides[j].receptivity = r(); sim.sides[j].share = r(); sim.sides[j].pressure = r()
        sim.sides[j].dealSupport = r(); sim.sides[j].painStock = r(); sim.sides[j].signalLogOdds = r()
        sim.sides[j].audienceCostPaid = r(); sim.sides[j].hazardMultiplier = r(); sim.sides[j].otherHazardMultiplier = r()
        sim.sides[j].exportPainStock = r(); sim.sides[j].importPainStock = r(); sim.sides[j].pain = r()
        sim.sides[j].adjustedPain = r(); sim.sides[j].increaseToAnswer = r(); sim.sides[j].perceivedOtherEscalated.toggle()
    }

    /// A side's beliefs (hazard, share, receptivity) never read the other side's private state:
    /// scrambling it leaves them bit for bit the same. (Before the beliefs read the other only
    /// through the published record, its hazard multiplier J moved them.)
    @Test func beliefsNeverReadTheOtherSidesPrivateState() {
        var rng = Seed(11).generator()
        var checked = 0
        for (k, setup) in Self.randomSetups(40).enumerated() {
            var sim = Engine.simulation(setup, seed: UInt64(k))
            for _ in 0..<Int(rng.uniform() * Double(setup.weeks - 1)) { sim.step() }
            for i in 0..<2 {
                var base = sim, changed = sim
                Self.scramblePrivateState(of: 1 - i, in: &changed, &rng)
                base.updateBeliefs()
                changed.updateBeliefs()
                let a = base.sides[i], b = changed.sides[i]
                #expect(a.hazard.bitPattern == b.hazard.bitPattern && a.share.bitPattern == b.share.bitPattern
                        && a.receptivity.bitPattern == b.receptivity.bitPattern, "setup \(k), side \(i)")
                checked += 1
            }
        }
        #expect(checked == 80)
    }

    static func script(_ side: Side, week: Int, _ parts: [ScriptedDecider.Part]) -> [[Int: [ScriptedDecider.Part]]] {
        var scripts: [[Int: [ScriptedDecider.Part]]] = [[:], [:]]
        scripts[side][week] = parts
        return scripts
    }

    /// A scripted part replaces exactly that seat's choice that week: the weeks before are
    /// identical, the other seat decides exactly as in the baseline, and the scripted seat's
    /// decision differs only in the scripted part.
    @Test func aScriptedDecisionReplacesExactlyThatSeatsChoice() {
        var checked = 0
        for (k, setup) in Self.randomSetups(30).enumerated() {
            let week = 3
            var base = Engine.simulation(setup, seed: UInt64(k))
            base.recordNarrative()
            var scripted = Simulation(setup: setup.scripted(Self.script(0, week: week, [.statement(.hawkish)])), seed: Seed(UInt64(k)),
                                      economy: StylizedPain(setup: setup))
            for w in 0...week {
                base.step()
                scripted.step()
                guard !base.hasEnded else { break }
                if w < week {
                    #expect(base.sides.map(\.tariff) == scripted.sides.map(\.tariff))
                    #expect(base.lastDecisions == scripted.lastDecisions.map { var d = $0; d.firm = []; return d })
                } else {
                    #expect(scripted.lastDecisions[1] == base.lastDecisions[1], "setup \(k): the other seat's decision changed")
                    var expected = base.lastDecisions[0]
                    expected.statement = .hawkish
                    expected.firm = [.statement]
                    #expect(scripted.lastDecisions[0] == expected, "setup \(k)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10)
    }

    /// An illegal decision is refused with its reason, on the deciding side's record only.
    @Test func anIllegalDecisionIsRefusedWithItsReason() {
        let setup = Engine.setup(Fixture.proto(mode: .public, weeks: 20))
        var sim = Simulation(setup: setup.scripted(Self.script(1, week: 2, [.tariff(.level(50)), .channel(.open(intermediary: 0))])),
                             seed: Seed(1), economy: StylizedPain(setup: setup))
        sim.run()
        let refused = sim.events.filter { $0.kind == .refused }
        #expect(refused.count == 2)
        #expect(refused.contains { $0.text.contains("outside") && $0.text.contains("5000%") })
        #expect(refused.contains { $0.text.contains("diplomacy.mode public allows no backchannel") })
        #expect(refused.allSatisfy { $0.week == 2 && $0.visibility == .side(1) })
        #expect(sim.seenEvents(by: 0).allSatisfy { $0.kind != .refused })
        #expect(sim.seenEvents(by: 1).filter { $0.kind == .refused }.count == 2)
    }

    /// A legal scripted cut takes effect that week.
    @Test func aScriptedTariffLevelTakesEffect() {
        let setup = Engine.setup(Fixture.proto(mode: .noTalks, weeks: 10))
        var sim = Simulation(setup: setup.scripted(Self.script(0, week: 1, [.tariff(.level(0.2))])), seed: Seed(2),
                             economy: StylizedPain(setup: setup))
        sim.step()
        sim.step()
        #expect(sim.sides[0].tariff == 0.2)
        #expect(sim.events.contains { $0.kind == .move && $0.text.contains("sets its tariff to 20%") })
    }

    /// No side ever sees an event of a room it is not in: its own-only events stay its own,
    /// and the other learns of a private offer only through a leak, in the leak's week.
    @Test func privateEventsReachOnlyTheirRoom() {
        var sawPrivateOffer = false, sawExposure = false
        // Random wars, and a leaky channel with a long latency (so offers in escrow do leak).
        let leaky = Engine.setup(Fixture.with(Fixture.proto(mode: .backchannel, weeks: 40)) {
            $0.intermediaries[0].leakRate = 0.25
            $0.intermediaries[0].latency = 4
        })
        for (k, setup) in (Self.randomSetups(60) + Array(repeating: leaky, count: 100)).enumerated() {
            var sim = Engine.simulation(setup, seed: UInt64(k))
            sim.recordNarrative()
            sim.run()
            let leakWeeks = Set(sim.events.filter { $0.kind == .leak }.map(\.week))
            for e in sim.events {
                guard case let .side(owner) = e.visibility else { continue }
                sawPrivateOffer = sawPrivateOffer || e.kind == .privateOffer
                if let learnt = e.learned[1 - owner] {
                    #expect(e.kind == .privateOffer && leakWeeks.contains(learnt), "setup \(k): \(e.text)")
                    sawExposure = true
                }
            }
            for i in 0..<2 {
                let seen = sim.seenEvents(by: i)
                #expect(seen.allSatisfy { $0.learned[i] != nil })
                #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.learned[i]! <= $1.learned[i]! })
            }
        }
        #expect(sawPrivateOffer)
        #expect(sawExposure)
    }
}
