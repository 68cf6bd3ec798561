import Foundation
import Randomness
import Testing
import TestSupport
@testable import Diplomacy

/// The war as a process (docs/model.md §11): truces that expire, breakdowns, settlements.
@Suite struct ProcessTests {
    /// The prototype with a truce from week 4 for 6 weeks (expiry in week 10), no talks and no
    /// channel, so only the scripted answers and the rules' hazards move the agreement.
    static func truce(snapback: Bool = true) -> Scenario {
        Fixture.with(Fixture.proto(mode: .noTalks, weeks: 20)) {
            $0.actors[0].tariffs = ["CHN": 60]
            $0.actors[1].tariffs = ["USA": 50]
            $0.events = [Event(kind: .pause, name: "truce", week: 4, snapback: snapback, duration: 6, cut: 0.8)]
            $0.parameters.process.breakdown = 0  // no breakdown but the scripted ones
        }
    }

    static func play(_ s: Scenario, scripts: [[Int: [ScriptedDecider.Part]]], seed: UInt64 = 1, weeks: Int) -> (Simulation, [[Double]]) {
        let setup = Engine.setup(s).scripted(scripts)
        var sim = Simulation(setup: setup, seed: Seed(seed), economy: StylizedPain(setup: setup))
        var tariffs: [[Double]] = []
        for _ in 0..<weeks {
            sim.step()
            tariffs.append(sim.sides.map(\.tariff))
        }
        return (sim, tariffs)
    }

    @Test func aTruceNotExtendedSnapsBackAtExpiry() {
        let lapse: [[Int: [ScriptedDecider.Part]]] = [[10: [.truce(.lapse)]], [:]]
        let (sim, tariffs) = Self.play(Self.truce(), scripts: lapse, weeks: 11)
        let before = tariffs[3], during = tariffs[9], after = tariffs[10]
        #expect(during[0] < before[0] && during[1] < before[1], "the truce cut both tariffs: \(before) → \(during)")
        // The lapsing side's rule decides nothing else that week; both suspended tariffs return.
        #expect(after == before, "snapback to the pre-truce levels: \(before), got \(after)")
        #expect(sim.phase == .war && sim.breakdowns == 1 && sim.milestones.reescalation == 10 && sim.truces == 1)

        // Without snapback the truce lapses and the tariffs stay where it left them.
        let (stay, kept) = Self.play(Self.truce(snapback: false), scripts: lapse, weeks: 11)
        #expect(kept[10] == kept[9] && stay.phase == .war)

        // Both extend: another term of the same length, nothing moves.
        let extend: [[Int: [ScriptedDecider.Part]]] = [[10: [.truce(.extend)]], [10: [.truce(.extend)]]]
        let (held, same) = Self.play(Self.truce(), scripts: extend, weeks: 11)
        #expect(held.agreement?.expiry == 16 && held.agreement?.extensions == 1 && same[10] == same[9] && held.phase == .truce)

        // Both make it lasting: no expiry any more.
        let lasting: [[Int: [ScriptedDecider.Part]]] = [[10: [.truce(.lasting)]], [10: [.truce(.lasting)]]]
        let (deal, _) = Self.play(Self.truce(), scripts: lasting, weeks: 11)
        #expect(deal.agreement?.expiry == nil && deal.phase == .deal)
    }

    /// A pause scheduled while a lasting deal holds changes nothing: a truce in the deal's place
    /// would snap back, when it lapsed, to the war tariffs from before the deal.
    @Test func aPauseDuringALastingDealIsMoot() {
        var s = Self.truce()
        s.events.append(Event(kind: .pause, name: "second", week: 12, snapback: true, duration: 3, cut: 0.5))
        let lasting: [[Int: [ScriptedDecider.Part]]] = [[10: [.truce(.lasting)]], [10: [.truce(.lasting)]]]
        let (deal, tariffs) = Self.play(s, scripts: lasting, weeks: 18)
        #expect(deal.agreement?.expiry == nil && deal.phase == .deal && deal.breakdowns == 0)
        #expect(tariffs[17] == tariffs[10], "the deal's tariffs hold: \(tariffs[10]) → \(tariffs[17])")
    }

    /// Share of runs in which an agreement in force from week 2 for the rest of the run breaks down.
    static func breakdownShare(_ change: (inout Scenario) -> Void) -> Double {
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 40)) {
            $0.events = [Event(kind: .pause, name: "long truce", week: 2, snapback: true, duration: 200, cut: 0.9)]
            change(&$0)
        }
        let setup = Engine.setup(s)
        let broke = (0..<400 as Range<UInt64>).filter { seed in
            var sim = Engine.simulation(setup, seed: seed)
            sim.run()
            return sim.breakdowns > 0
        }
        return Double(broke.count) / 400
    }

    @Test func reescalationIsMoreLikelyWithBlusterAndShocksAndLessWithTrust() {
        let base = Self.breakdownShare { _ in }
        let blustery = Self.breakdownShare { s in for i in s.actors.indices { s.actors[i].leader.bluster = 0.9 } }
        let calm = Self.breakdownShare { s in for i in s.actors.indices { s.actors[i].leader.bluster = 0 } }
        let shocked = Self.breakdownShare { s in
            s.events.append(Event(kind: .marketShock, name: "shocks", actor: "USA", weeklyProbability: 0.2, pain: 4))
        }
        let trusting = Self.breakdownShare { $0.parameters.process.trustGrowth = 0.2 }
        #expect(calm < base && base < blustery, "bluster: 0 → \(calm), default → \(base), 0.9 → \(blustery)")
        #expect(shocked > base, "shocks: \(shocked) vs \(base)")
        #expect(trusting < base, "trust growth 0.2: \(trusting) vs \(base)")
        #expect(base > 0.05 && base < 0.95, "the base case must leave room both ways: \(base)")
    }

    @Test func theBreakdownHazardMovesTheRightWayInEveryInput() {
        var rng = Seed(7).generator()
        let p = EngineParameters()
        for _ in 0..<200 {
            var s = Engine.setup(Fixture.proto()).sides[0]
            var state = SideState(tariff: 0.3, receptivity: 0.3)
            s.bluster = rng.uniform()
            state.shock = 5 * rng.uniform()
            state.nationalism = 2 * rng.uniform()
            let trust = 0.9 * rng.uniform()
            let h = RuleDecider.breakdownHazard(s, state, p, trust: trust)
            var more = s; more.bluster += 0.1
            var shocked = state; shocked.shock += 1
            var angry = state; angry.nationalism += 0.5
            #expect(RuleDecider.breakdownHazard(more, state, p, trust: trust) > h)
            #expect(RuleDecider.breakdownHazard(s, shocked, p, trust: trust) > h)
            #expect(RuleDecider.breakdownHazard(s, angry, p, trust: trust) > h)
            var aggrieved = state; aggrieved.spilloverGrievance += 0.5
            var wronged = state; wronged.violationGrievance += 0.5
            #expect(RuleDecider.breakdownHazard(s, aggrieved, p, trust: trust) > h)
            #expect(RuleDecider.breakdownHazard(s, wronged, p, trust: trust) > h)
            #expect(RuleDecider.breakdownHazard(s, state, p, trust: trust + 0.05) < h)
        }
    }

    /// USA coerces CHN for a demand; CHN complies (gives in) in week 3.
    static func coercion(lifts: Double) -> (Simulation, Scenario) {
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 6)) {
            $0.actors[0].tariffs = ["CHN": 60]
            $0.actors[0].demand = Demand(text: "release the detainee", lifts: lifts)
            $0.parameters.process.breakdown = 0
            $0.parameters.process.initialTrust = 0.4
        }
        let (sim, _) = Self.play(s, scripts: [[:], [3: [.giveIn]]], weeks: 4)
        return (sim, s)
    }

    @Test func aCoercerWhoseDemandIsMetLiftsWhatItPromised() {
        let (kept, s) = Self.coercion(lifts: 1)
        let t0 = s.parameters.tariffs.baseline / 100
        #expect(kept.ending == .capitulation(by: 1) && kept.phase == .deal, "a settlement is a lasting agreement")
        #expect(abs(kept.sides[0].tariff - t0) < 1e-12 && abs(kept.sides[1].tariff - t0) < 1e-12, "both at peacetime: \(kept.sides.map(\.tariff))")

        // A coercer whose rule keeps half: half its war tariff stays, and trust is halved.
        let (half, _) = Self.coercion(lifts: 0.5)
        let before = Self.play(s, scripts: [[:], [:]], weeks: 3).1[2][0]
        #expect(abs(half.sides[0].tariff - (t0 + 0.5 * (before - t0))) < 1e-9, "USA keeps half: \(half.sides[0].tariff) from \(before)")
        #expect(abs(half.sides[1].tariff - t0) < 1e-12)
        #expect(half.trust < kept.trust, "a broken promise costs trust: \(half.trust) vs \(kept.trust)")

        // One that lifts nothing keeps it all.
        let (none, _) = Self.coercion(lifts: 0)
        #expect(abs(none.sides[0].tariff - before) < 1e-12)

        // Compliance answered by lifting is a joint de-escalation (a deal question's yes);
        // compliance answered by nothing is not.
        #expect(kept.milestones.firstDeal == 3 && half.milestones.firstDeal == 3)
        #expect(none.milestones.firstDeal == nil)
    }

    @Test func aPartialComplianceIsAnsweredByAPartialLift() {
        let s = Self.coercion(lifts: 1).1
        let t0 = s.parameters.tariffs.baseline / 100
        let before = Self.play(s, scripts: [[:], [:]], weeks: 3).1[2]
        let (partly, _) = Self.play(s, scripts: [[:], [3: [.comply(0.4)]]], weeks: 4)
        // CHN meets 40% of the demand: 40% of its war tariff goes; USA lifts 40% of its measures.
        #expect(abs(partly.sides[1].tariff - (t0 + 0.6 * (before[1] - t0))) < 1e-9, "CHN: \(partly.sides[1].tariff) from \(before[1])")
        #expect(abs(partly.sides[0].tariff - (t0 + 0.6 * (before[0] - t0))) < 1e-9, "USA: \(partly.sides[0].tariff) from \(before[0])")
        #expect(partly.ending == nil && partly.milestones.gaveIn[1] == nil, "a partial climb-down is not a capitulation")
        #expect(partly.milestones.firstDeal == 3 && partly.phase == .deal, "but it is a settlement, and a joint de-escalation")
        // In full, comply(1) is giving in.
        let (full, _) = Self.play(s, scripts: [[:], [3: [.comply(1)]]], weeks: 4)
        #expect(full.ending == .capitulation(by: 1))
    }

    /// σ_J = 0 leaves every run as written; σ_J > 0 draws each run's leaders from the run's
    /// own stream: reproducible, different between runs, centred on the written values.
    @Test func judgementNoiseDrawsTheLeadersPerRun() throws {
        let s = Fixture.proto(mode: .gate, weeks: 4)
        let setup = try EngineSetup(scenario: s)
        #expect(setup.drawingJudgement(Seed(1)).sides.map(\.resolve) == setup.sides.map(\.resolve))
        var noisy = s
        noisy.parameters.judgement.noise = 0.5
        let n = try EngineSetup(scenario: noisy)
        let a = n.drawingJudgement(Seed(1)), b = n.drawingJudgement(Seed(1)), c = n.drawingJudgement(Seed(2))
        #expect(a.sides.map(\.resolve) == b.sides.map(\.resolve) && a.sides.map(\.determination) == b.sides.map(\.determination))
        #expect(a.sides.map(\.resolve) != c.sides.map(\.resolve))
        #expect(a.seatContexts[0].profile.resolve == a.sides[0].resolve, "the seats read the drawn values")
        let logs = (0..<2000).map { Foundation.log(n.drawingJudgement(Seed(UInt64($0))).sides[0].resolve / n.sides[0].resolve) }
        let mean = logs.reduce(0, +) / 2000, sd = (logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 1999).squareRoot()
        #expect(abs(mean) < 0.05 && abs(sd - 0.5) < 0.05, "log-normal around the written value: mean \(mean), sd \(sd)")
        #expect((0..<200).allSatisfy { (0...1).contains(n.drawingJudgement(Seed(UInt64($0))).sides[1].bluster) })
    }

    @Test func aThreatenedStepIsCalledOffUnderAnAgreementAndGoesAheadAtWar() {
        func run(_ conditional: Bool?, pause: Bool) -> Simulation {
            let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 8)) {
                // No rule moves: only the step and the truce change tariffs.
                for i in $0.actors.indices { $0.actors[i].strategy = StrategySettings(kind: "cooperator") }
                $0.parameters.process.breakdown = 0
                $0.events = [Event(kind: .tariff, name: "tranche", week: 5, actor: "USA", level: 80, conditional: conditional)]
                if pause { $0.events.append(Event(kind: .pause, week: 2, snapback: true, duration: 20, cut: 0.5)) }
            }
            return Self.play(s, scripts: [[:], [:]], weeks: 6).0
        }
        #expect(abs(run(nil, pause: false).sides[0].tariff - 0.8) < 1e-12, "at war the step goes ahead")
        let calledOff = run(nil, pause: true)
        #expect(calledOff.sides[0].tariff < 0.8 && calledOff.phase == .truce && calledOff.breakdowns == 0)
        let regardless = run(false, pause: true)
        #expect(abs(regardless.sides[0].tariff - 0.8) < 1e-12 && regardless.breakdowns == 1 && regardless.phase == .war)
    }

    @Test func aOneSidedSuspensionHoldsThenReturnsUnlessAnAgreementCame() {
        func run(pause: Bool) -> [[Double]] {
            let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 10)) {
                $0.actors[0].tariffs = ["CHN": 60]
                $0.parameters.process.breakdown = 0
                $0.events = [Event(kind: .suspension, name: "goodwill", week: 2, actor: "USA", duration: 4, cut: 0.5)]
                if pause { $0.events.append(Event(kind: .pause, week: 4, snapback: true, duration: 20, cut: 0.5)) }
            }
            return Self.play(s, scripts: [[:], [:]], weeks: 8).1
        }
        let alone = run(pause: false)
        let before = alone[1][0], t0 = 0.1
        #expect(abs(alone[2][0] - (t0 + 0.5 * (before - t0))) < 1e-12, "half the war tariff suspended: \(alone[1][0]) → \(alone[2][0])")
        #expect(alone[3][0] == alone[2][0] && alone[5][0] == alone[2][0], "held while suspended (its rule does not raise)")
        #expect(alone[6][0] >= before, "the suspended part returns in week 6: \(alone[6][0]) vs \(before)")
        let agreed = run(pause: true)
        #expect(agreed[6][0] < before, "an agreement since then keeps it down: \(agreed[6][0])")
    }

    @Test func theFormalChannelHasReachAndAuthorityLikeAnIntermediary() {
        func runs(_ formal: FormalChannel?) -> (formalDeals: Int, repudiations: Int, talks: Int) {
            let setup = Engine.setup(Fixture.with(Fixture.proto(mode: .public, weeks: 30)) { $0.diplomacy.formal = formal })
            var deals = 0, repudiations = 0, talks = 0
            for seed in 0..<200 as Range<UInt64> {
                var sim = Engine.simulation(setup, seed: seed)
                sim.run()
                if sim.ending == .deal(channel: .formal) { deals += 1 }
                repudiations += sim.repudiations
                if sim.milestones.formalTalks != nil { talks += 1 }
            }
            return (deals, repudiations, talks)
        }
        let full = runs(nil), trusted = runs(FormalChannel(name: "Ministers"))
        #expect(full == trusted, "a formal channel with full reach and authority is the default")
        #expect(full.formalDeals > 20 && full.repudiations == 0)
        let powerless = runs(FormalChannel(name: "Junior envoys", authority: 0))
        #expect(powerless.formalDeals == 0 && powerless.repudiations > 0, "every deal at the table is repudiated: \(powerless)")
        let halfway = runs(FormalChannel(name: "Envoys", authority: 0.5))
        #expect(halfway.repudiations > 0 && halfway.formalDeals > 0)
    }

    /// Breakdowns per trigger over 400 runs of the long-truce fixture.
    static func breakdownTriggers(_ change: (inout Scenario) -> Void) -> (share: Double, byTrigger: [BreakdownTrigger: Int]) {
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 40)) {
            $0.events = [Event(kind: .pause, name: "long truce", week: 2, snapback: true, duration: 200, cut: 0.9)]
            change(&$0)
        }
        let setup = Engine.setup(s)
        var broke = 0
        var byTrigger: [BreakdownTrigger: Int] = [:]
        for seed in 0..<400 as Range<UInt64> {
            var sim = Engine.simulation(setup, seed: seed)
            sim.run()
            if sim.breakdowns > 0 { broke += 1 }
            for t in BreakdownTrigger.allCases { byTrigger[t, default: 0] += sim.breakdownsByTrigger[t.index] }
            #expect(sim.breakdownsByTrigger.reduce(0, +) == sim.breakdowns, "every breakdown has one trigger")
        }
        return (Double(broke) / 400, byTrigger)
    }

    @Test func exportControlsAndPerceivedViolationsAreDistinctBreakdownTriggers() {
        let base = Self.breakdownTriggers { _ in }
        // Spillover: USA imposes export controls in week 6 while the truce holds; CHN's grievance
        // rises. The truce is not broken by the controls themselves.
        // The weights are set above this fixture's nationalism (N ≈ 2 after its escalations), so
        // a fresh grievance is the largest term of the hazard for a while.
        let spill = Self.breakdownTriggers { s in
            s.parameters.process.spillover = 6
            s.events.append(Event(kind: .exportControl, name: "chip controls", week: 6, actor: "USA", pain: 0.5))
        }
        // A perceived violation by CHN in week 6 (purchases not made): USA's grievance rises.
        let violated = Self.breakdownTriggers { s in
            s.parameters.process.violation = 6
            s.events.append(Event(kind: .violation, name: "purchases short", week: 6, actor: "CHN"))
        }
        #expect(spill.share > base.share, "export controls raise the chance of a breakdown: \(base.share) → \(spill.share)")
        #expect(violated.share > base.share, "a perceived violation raises it: \(base.share) → \(violated.share)")
        #expect(base.byTrigger[.spillover, default: 0] == 0 && base.byTrigger[.violation, default: 0] == 0)
        #expect(spill.byTrigger[.spillover, default: 0] > 0 && spill.byTrigger[.violation, default: 0] == 0, "\(spill.byTrigger)")
        #expect(violated.byTrigger[.violation, default: 0] > 0 && violated.byTrigger[.spillover, default: 0] == 0)
        // With no grievance weight, the events change nothing (bit for bit the same runs).
        let weightless = Self.breakdownTriggers { s in
            s.parameters.process.spillover = 0
            s.parameters.process.violation = 0
            s.events.append(Event(kind: .violation, name: "purchases short", week: 6, actor: "CHN"))
            s.events.append(Event(kind: .exportControl, name: "controls, painless", week: 6, actor: "USA"))
        }
        #expect(weightless.share == base.share && weightless.byTrigger == base.byTrigger)
    }

    @Test func grievancesFadeAndExportControlsHurtWhileInForce() {
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 12)) {
            $0.events = [
                Event(kind: .pause, name: "truce", week: 1, snapback: true, duration: 100, cut: 0.9),
                Event(kind: .exportControl, name: "controls", week: 3, actor: "USA", duration: 4, pain: 2),
                Event(kind: .violation, name: "accusation", week: 3, actor: "USA"),
                Event(kind: .violation, name: "no agreement to violate", week: 0, actor: "CHN"),
            ]
            $0.parameters.process.breakdown = 0
        }
        let setup = Engine.setup(s)
        var sim = Engine.simulation(setup, seed: 3)
        var grievance: [Double] = [], control: [Double] = [], usaGrievance: [Double] = []
        for _ in 0..<12 {
            sim.step()
            grievance.append(sim.sides[1].spilloverGrievance + sim.sides[1].violationGrievance)
            usaGrievance.append(sim.sides[0].violationGrievance)
            control.append(sim.sides[1].controlPain)
        }
        let p = EngineParameters().process
        #expect(usaGrievance[0] == 0, "no agreement in week 0: nothing to violate")
        #expect(grievance[2] == 0 && abs(grievance[3] - (p.spillover + p.violation)) < 1e-12)
        #expect(abs(grievance[4] - grievance[3] * p.grievanceMemory) < 1e-12, "grievances fade by ρ_G a week")
        #expect(control[2] == 0 && control[3] == 2 && control[6] == 2 && control[7] == 0, "in force weeks 3–6: \(control)")
        #expect(sim.phase == .truce, "the controls break nothing by themselves")
    }

    @Test func aFormalChannelEventChangesReachAndAuthorityMidRun() {
        /// Talks the formal channel opened in week 10 or later, and repudiations, over 200 runs.
        func runs(_ events: [Event]) -> (talksFromWeek10: Int, repudiations: Int) {
            let setup = Engine.setup(Fixture.with(Fixture.proto(mode: .public, weeks: 30)) {
                $0.events = events
                $0.parameters.process.talks = 0.3
            })
            var late = 0, repudiations = 0
            for seed in 0..<200 as Range<UInt64> {
                var sim = Engine.simulation(setup, seed: seed)
                sim.recordNarrative()
                sim.run()
                late += sim.events.filter { $0.week >= 10 && $0.text.hasPrefix("formal talks open") }.count
                repudiations += sim.repudiations
            }
            return (late, repudiations)
        }
        let base = runs([])
        let cut = runs([Event(kind: .formalChannel, name: "envoys recalled", week: 10, access: 0)])
        let weak = runs([Event(kind: .formalChannel, name: "junior envoys", week: 0, authority: 0)])
        #expect(base.talksFromWeek10 > 0 && cut.talksFromWeek10 == 0, "no talks open after the channel is cut: \(base) → \(cut)")
        #expect(base.repudiations == 0 && weak.repudiations > 0, "deals at a table without authority are repudiated: \(weak)")
    }

    @Test func retaliationInKindMatchesTheOthersIncrease() {
        // CHN (tit-for-tat) answers a 30-point US step with 30 points, not the 25-point step.
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 4)) {
            $0.actors[0].tariffs = ["CHN": 10]
            $0.events = [Event(kind: .tariff, week: 0, actor: "USA", level: 40)]
        }
        let (_, tariffs) = Self.play(s, scripts: [[:], [:]], weeks: 2)
        #expect(tariffs[0][1] == 0.1 && abs(tariffs[1][1] - 0.4) < 1e-12, "CHN answers next week, +30: \(tariffs)")
        let fixed = Fixture.with(s) { $0.parameters.tariffs.inKind = false }
        let (_, ladder) = Self.play(fixed, scripts: [[:], [:]], weeks: 2)
        #expect(abs(ladder[1][1] - 0.35) < 1e-12, "fixed step +25: \(ladder)")
    }

    @Test func aHeldMeasureHurtsLessOverTime() {
        // Same tariffs all run (no talks, no rule moves): pain falls as the economy adapts.
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 60)) {
            $0.actors[0].strategy = StrategySettings(kind: "cooperator")
            $0.actors[1].strategy = StrategySettings(kind: "cooperator")
            $0.actors[1].tariffs = ["USA": 35]
            for i in $0.actors.indices { $0.actors[i].leader.bluster = 0 }
            $0.parameters.process.breakdown = 0
        }
        func pains(_ a: Double) -> [Double] {
            let setup = Engine.setup(Fixture.with(s) { $0.parameters.pain.adaptation = a })
            var sim = Engine.simulation(setup, seed: 3)
            var out: [Double] = []
            for _ in 0..<60 { sim.step(); out.append(sim.sides[1].pain) }
            return out
        }
        let adapted = pains(0.5), fixed = pains(0)
        #expect(fixed[59] == fixed[1], "no adaptation: the same pain every week")
        #expect(adapted[0] == fixed[0] && adapted[59] < 0.75 * fixed[59] && adapted[59] > 0.5 * fixed[59] - 1e-12,
                "week 0 \(adapted[0]) vs \(fixed[0]); week 59 \(adapted[59]) vs \(fixed[59])")
    }
}
