@testable import Diplomacy
import Randomness
import TestSupport
import Testing

/// Escalation beyond tariffs (docs/model.md §7, beyond tariffs): climbed once the tariff is at its cap,
/// felt by the other side, lifted by a deal or by the imposer's capitulation.
@Suite struct RungTests {
    /// Both sides at the cap, in no-talks mode, the USA with two rungs of 1.5 and 0.5 pain.
    func atCap(rungs: [Rung]) -> Scenario {
        Fixture.with(Fixture.proto(mode: .noTalks)) { s in
            s.actors[0].tariffs = ["CHN": 150]
            s.actors[1].tariffs = ["USA": 150]
            s.actors[0].rungs = rungs
        }
    }

    @Test func escalationAtTheCapClimbsRungsAndHurtsTheOtherSide() throws {
        let rungs = [Rung(name: "chip controls", pain: 1.5, selfPain: 0.25), Rung(name: "entity list", pain: 0.5)]
        let with = try EngineSetup(scenario: atCap(rungs: rungs))
        let without = try EngineSetup(scenario: atCap(rungs: []))
        var a = Simulation(setup: with, seed: Seed(3), economy: StylizedPain(setup: with))
        var b = Simulation(setup: without, seed: Seed(3), economy: StylizedPain(setup: without))
        a.recordNarrative()
        a.step()  // week 0: tit-for-tat answers China's standing escalation by climbing a rung
        b.step()
        #expect(a.sides[0].rungs == 1)
        #expect(a.sides[0].tariff == 1.5)
        #expect(a.narrative.contains { $0.contains("escalates beyond tariffs: chip controls") })
        a.step()
        b.step()
        // China feels the rung's pain on top of the same tariffs; the USA pays its self-harm.
        #expect(abs((a.sides[1].pain - b.sides[1].pain) - 1.5) < 1e-12)
        #expect(abs((a.sides[0].pain - b.sides[0].pain) - 0.25) < 1e-12)
        // With the rungs exhausted, a further escalation is not possible: at most two.
        for _ in 0..<10 where !a.hasEnded { a.step() }
        #expect(a.sides[0].rungs <= 2)
    }

    @Test func rungsInForceCountAsWarAndDealsLiftThem() throws {
        var s = Fixture.proto(mode: .public)
        s.actors[0].tariffs = ["CHN": 10]
        s.actors[1].tariffs = ["USA": 10]
        s.actors[1].rungs = [Rung(name: "rare-earth controls", pain: 2, inForce: true)]
        let setup = try EngineSetup(scenario: s)
        var sim = Simulation(setup: setup, seed: Seed(1), economy: StylizedPain(setup: setup))
        #expect(sim.isAtWar)
        #expect(sim.sides[1].rungs == 1)
        sim.run()
        if case .deal? = sim.ending {
            #expect(sim.sides[0].rungs == 0 && sim.sides[1].rungs == 0)
        } else if case let .capitulation(by)? = sim.ending {
            #expect(sim.sides[by].rungs == 0)
        }
        #expect(sim.ending != nil)
    }
}

/// Issue 15: a week's rung pain is O(1) in the rungs in force (was a loop over them, so 10 000
/// rungs made a run slow), and bit for bit the loop it replaced.
@Suite struct RungPainIndexTests {
    @Test func theIndexedPainEqualsTheLoopBitForBit() throws {
        var rng = Seed(15).derive("rungs").generator()
        let rungs = (0..<300).map { k in
            Rung(name: "r\(k)", pain: rng.uniform(0, 3), selfPain: k < 40 ? rng.uniform(0, 0.5) : 0, inForce: k < 120)
        }
        let scenario = Fixture.with(Fixture.proto(mode: .noTalks)) { s in
            s.actors[0].rungs = rungs
            s.actors[1].rungs = Array(rungs.reversed().prefix(50)).map { Rung(name: $0.name, pain: $0.pain, selfPain: $0.selfPain) }
        }
        let setup = try EngineSetup(scenario: scenario)
        var sim = Simulation(setup: setup, seed: Seed(1), economy: StylizedPain(setup: setup))
        for (a, b) in [(0, 0), (1, 0), (120, 7), (300, 50), (39, 41), (40, 40), (41, 1)] {
            sim.sides[0].rungs = a
            sim.sides[1].rungs = b
            for i in 0..<2 {
                let j = 1 - i
                var naive = 0.0
                for r in 0..<sim.sides[j].rungs { naive += setup.sides[j].rungs[r].pain }
                for r in 0..<sim.sides[i].rungs { naive += setup.sides[i].rungs[r].selfPain }
                #expect(sim.rungPain(i).bitPattern == naive.bitPattern, "side \(i) with \(a), \(b) rungs")
            }
        }
        #expect(setup.sides[0].rungsWithSelfPain == 40)
        #expect(setup.sides[0].rungPainPrefix.count == 301)
    }
}
