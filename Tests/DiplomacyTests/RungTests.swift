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
