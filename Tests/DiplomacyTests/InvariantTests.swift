@testable import Diplomacy
import Experiments
import Randomness
import TestSupport
import Testing

/// docs/model.md §9, invariants 1–10, on fixed seeds.
@Suite struct InvariantTests {
    // MARK: 1. Determinism

    @Test func sameSeedGivesIdenticalOutcomeTrajectoryAndNarrative() {
        let s = Fixture.with(Fixture.proto(mode: .gate)) {
            for i in $0.actors.indices { $0.actors[i].strategy.perceptionNoise = 0.03; $0.actors[i].strategy.implementationNoise = 0.03 }
            $0.events = [Event(kind: .marketShock, actor: "CHN", weeklyProbability: 0.05, pain: 2)]
        }
        let setup = Engine.setup(s)
        var narratives: Set<[String]> = []
        for seed in 0..<25 as Range<UInt64> {
            var a = Engine.simulation(setup, seed: seed), b = Engine.simulation(setup, seed: seed)
            a.recordNarrative(); b.recordNarrative()
            while a.week < setup.weeks {
                a.step(); b.step()
                #expect(a.sides.map(SideSnapshot.init) == b.sides.map(SideSnapshot.init), "seed \(seed) week \(a.week)")
            }
            #expect(a.outcome == b.outcome, "seed \(seed)")
            #expect(a.narrative == b.narrative, "seed \(seed)")
            #expect(!a.narrative.isEmpty)
            narratives.insert(a.narrative)
        }
        // The seed matters (otherwise determinism would hold trivially).
        #expect(narratives.count > 5)
    }

    // MARK: 2. No noise ⇒ no spiral

    @Test func niceStrategiesAtPeaceWithoutNoiseNeverEscalate() {
        let nice = ["tit-for-tat", "generous-tit-for-tat", "contrite-tit-for-tat", "grudger"]
        for a in nice {
            for b in nice {
                for mode in [DiplomacyMode.gate, .noTalks] {
                    let s = Fixture.with(Fixture.proto(mode: mode, weeks: 30)) {
                        $0.actors[0].tariffs = ["CHN": 10]
                        $0.actors[0].strategy.kind = a
                        $0.actors[1].strategy.kind = b
                        $0.actors[0].leader.bluster = 1  // statements raise K and N but must not move tariffs
                    }
                    let setup = Engine.setup(s)
                    for seed in 0..<10 as Range<UInt64> {
                        let (weeks, sim) = Engine.trajectory(setup, seed: seed)
                        let maxTariff = weeks.flatMap { $0.map(\.tariff) }.max()!
                        #expect(maxTariff == 0.10, "\(a) vs \(b) \(mode) seed \(seed): tariff reached \(maxTariff)")
                        #expect(sim.ending == nil && sim.milestones.talks == nil)
                    }
                }
            }
        }
        // Control: the same start with implementation noise does spiral on some seed.
        let noisy = Engine.setup(Fixture.with(Fixture.proto(mode: .noTalks, weeks: 30)) {
            $0.actors[0].tariffs = ["CHN": 10]
            for i in $0.actors.indices { $0.actors[i].strategy.implementationNoise = 0.05 }
        })
        let spirals = (0..<10 as Range<UInt64>).filter { Engine.trajectory(noisy, seed: $0).weeks.last!.contains { $0.tariff > 0.10 } }
        #expect(!spirals.isEmpty)
    }

    // MARK: 3. Leak probability 1 ⇒ the backchannel is no better than public talks

    @Test(arguments: [DiplomacyMode.backchannel, .gate])
    func certainLeakNeverEndsEarlierThanPublic(mode: DiplomacyMode) {
        let pub = Engine.runs(Fixture.proto(mode: .public))
        let leaky = Engine.runs(Fixture.with(Fixture.proto(mode: mode)) { $0.intermediaries[0].leakRate = 1 })
        var earlier: [String] = []
        for (seed, (p, l)) in zip(pub, leaky).enumerated() where l.duration < p.duration {
            earlier.append("seed \(seed): \(mode) \(l.duration) < public \(p.duration)")
        }
        #expect(earlier.isEmpty, "\(earlier.count) seeds end earlier: \(earlier.prefix(5))")
        #expect(leaky.allSatisfy { $0.leaks == 1 || $0.milestones.backchannelOpen == nil })
    }

    @Test(arguments: [DiplomacyMode.backchannel, .gate])
    func certainLeakWithoutContactCostIsExactlyPublicTalks(mode: DiplomacyMode) {
        func costless(_ s: inout Scenario) { s.parameters.audience.contact = 0; s.parameters.audience.nationalismLeak = 0 }
        let pub = Engine.runs(Fixture.with(Fixture.proto(mode: .public), costless))
        let leaky = Engine.runs(Fixture.with(Fixture.proto(mode: mode)) { costless(&$0); $0.intermediaries[0].leakRate = 1 })
        var diffs: [String] = []
        for (seed, (p, l)) in zip(pub, leaky).enumerated() where p.end != l.end || p.ending != l.ending || p.audienceCost != l.audienceCost {
            diffs.append("seed \(seed): public \(String(describing: p.ending))@\(p.end ?? -1) vs \(String(describing: l.ending))@\(l.end ?? -1)")
        }
        #expect(diffs.isEmpty, "\(diffs.count) seeds differ: \(diffs.prefix(5))")
        if mode == .backchannel { #expect(leaky.allSatisfy { $0.leaks == 1 && $0.milestones.leak == 0 }) }
    }

    // MARK: 4. Zero audience cost, no latency, no escrow ⇒ backchannel ≡ public talks

    /// θ_rat = 0.5 (default) blocks every deal at α = 0 (all runs are capitulations), so the
    /// comparison is also run with the ratification test off, where deals happen.
    @Test(arguments: [0.5, 0.0])
    func zeroAudienceCostBackchannelEqualsPublicPerSeed(ratification: Double) {
        func flat(_ s: inout Scenario) {
            s.parameters.politics.ratification = ratification
            for i in s.actors.indices { s.actors[i].leader.audience = 0 }
            s.intermediaries[0].latency = 0
            s.intermediaries[0].escrow = 0
            // A leaders' meeting the backchannel arranges has no public counterpart.
            s.parameters.process.summitAfter = 0
        }
        let pub = Engine.setup(Fixture.with(Fixture.proto(mode: .public), flat))
        let back = Engine.setup(Fixture.with(Fixture.proto(mode: .backchannel), flat))
        var diffs: [String] = []
        var deals = 0
        for seed in 0..<300 as Range<UInt64> {
            let (tp, p) = Engine.trajectory(pub, seed: seed)
            let (tb, b) = Engine.trajectory(back, seed: seed)
            let rp = Engine.record(p), rb = Engine.record(b)
            // The first round: after it, leaks of the open channel move nationalism and so the
            // breakdown hazard, which public talks do not.
            let round = (rp.end ?? pub.weeks) + 1
            if rp.end != rb.end || rp.isDeal != rb.isDeal || rp.capitulator != rb.capitulator
                || tp.prefix(round).map({ $0.map(\.tariff) }) != tb.prefix(round).map({ $0.map(\.tariff) }) {
                diffs.append("seed \(seed): public \(String(describing: rp.ending))@\(rp.end ?? -1) vs back \(String(describing: rb.ending))@\(rb.end ?? -1)")
            }
            if rp.isDeal { deals += 1 }
        }
        #expect(diffs.isEmpty, "\(diffs.count) seeds differ: \(diffs.prefix(5))")
        if ratification == 0 { #expect(deals > 0) }  // the comparison covers deals, not only capitulations
    }

    // MARK: 5. PCE

    @Test func condorcetUnanimousFavouriteGetsProbabilityOne() {
        let groups = Fixture.usa().constituencies
        // Every group sits exactly on an option.
        let exact = CondorcetElection(constituencies: groups, stances: [30, 30, 30, 30], options: [0, 15, 30, 50])
        #expect(exact.probability == [0, 0, 1, 0])
        // Every group prefers option 40 to every other option without sitting on it.
        let near = CondorcetElection(constituencies: groups, stances: [35, 45, 40, 42], options: [0, 40, 80, 100])
        #expect(abs(near.probability[1] - 1) < 1e-15)
        #expect(near.prefer(1, over: 0) == 1 && near.prefer(0, over: 1) == 0)
    }

    @Test func condorcetProbabilitiesSumToOne() {
        var rng = Seed(55).generator()
        for _ in 0..<500 {
            let n = 1 + Int(rng.uniform() * 6)
            let groups = (0..<n).map { k in
                Constituency(name: "g\(k)", capability: rng.uniform() * 50, salience: rng.uniform(), stance: rng.uniform() * 100)
            }
            let stances = groups.map(\.stance)
            let sq = rng.uniform() * 100
            let options = [0, sq / 2, sq, min(100, sq + 20)]
            let e = CondorcetElection(constituencies: groups, stances: stances, options: options)
            #expect(abs(e.probability.reduce(0, +) - 1) < 1e-12)
            #expect(e.probability.allSatisfy { (0...1).contains($0) })
            for a in 0..<4 { for b in 0..<4 where a != b { #expect(abs(e.prefer(a, over: b) + e.prefer(b, over: a) - 1) < 1e-12) } }
        }
    }

    @Test func unanimousDovesGiveFullPressureInTheSimulation() {
        // All groups at stance 0: the PCE puts everything on "remove the tariff" (Q = 1, O = 0).
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 3)) {
            for i in $0.actors.indices { for k in $0.actors[i].constituencies.indices { $0.actors[i].constituencies[k].stance = 0 } }
        }
        let (weeks, _) = Engine.trajectory(Engine.setup(s), seed: 1)
        #expect(weeks[0][0].pressure == 1 && weeks[0][0].opposition == 0)
    }

    // MARK: 6. Bargaining shares

    @Test func sharesSumToOneAndFollowRubinsteinRatios() {
        let setup = Engine.setup(Fixture.with(Fixture.proto(mode: .gate)) {
            $0.actors[1].leader.resolve = 55
            for i in $0.actors.indices { $0.actors[i].strategy.perceptionNoise = 0.03 }
        })
        for seed in 0..<50 as Range<UInt64> {
            for (w, snap) in Engine.trajectory(setup, seed: seed).weeks.enumerated() {
                #expect(abs(snap[0].share + snap[1].share - 1) < 1e-12, "seed \(seed) week \(w)")
                let r = (0..<2).map { snap[$0].cost / setup.sides[$0].resolve }
                if r[0] + r[1] > 0 { #expect(abs(snap[0].share - r[1] / (r[0] + r[1])) < 1e-12) }
            }
        }
    }

    @Test func equalCostsAndResolveGiveHalf() {
        // Mirror-image actors: equal costs every week, so s = ½; then double A's resolve: s_A = 2/3.
        let twin = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 30)) {
            $0.actors[1].constituencies = $0.actors[0].constituencies
            $0.actors[1].leader = $0.actors[0].leader
            $0.actors[0].tariffs = ["CHN": 35]
            $0.actors[1].tariffs = ["USA": 35]
        }
        let weeks = Engine.trajectory(Engine.setup(twin), seed: 3).weeks
        #expect(weeks.contains { $0[0].cost > 0 })
        for snap in weeks { #expect(snap[0].share == 0.5 && snap[1].share == 0.5) }
        let patient = Fixture.with(twin) { $0.actors[0].leader.resolve = 80 }
        let (pw, _) = Engine.trajectory(Engine.setup(patient), seed: 3)
        for snap in pw where snap[0].cost > 0 && abs(snap[0].cost - snap[1].cost) < 1e-12 * snap[0].cost {
            #expect(abs(snap[0].share - 2.0 / 3) < 1e-12)
        }
    }

    // MARK: 8. Bounds

    @Test func stateStaysInBoundsUnderRandomParameters() {
        var rng = Seed(2024).generator()
        var checkedWeeks = 0
        for k in 0..<160 {
            let s = RandomScenario.make(&rng, index: k)
            let setup = Engine.setup(s)
            let seed = UInt64(k)
            var sim = Engine.simulation(setup, seed: seed)
            var lastPaid = [0.0, 0.0]
            while sim.week < setup.weeks {
                sim.step()
                checkedWeeks += 1
                for i in 0..<2 {
                    let x = sim.sides[i], sd = setup.sides[i]
                    let ctx = "scenario \(k) week \(sim.week - 1) side \(i)"
                    #expect(x.tariff >= sd.baselineTariff - 1e-12 && x.tariff <= setup.maxTariff + 1e-12, "\(ctx): τ \(x.tariff)")
                    #expect(x.pain >= 0 && x.painStock >= 0 && x.cost >= 0, "\(ctx): pain \(x.pain) Π \(x.painStock) c \(x.cost)")
                    #expect(x.commitment >= 0 && x.nationalism >= 0, "\(ctx): K \(x.commitment) N \(x.nationalism)")
                    #expect((0...1).contains(x.receptivity) && (0...1).contains(x.hazard), "\(ctx): R \(x.receptivity) h \(x.hazard)")
                    #expect((0...1).contains(x.share) && (0...1).contains(x.pressure) && (0...1).contains(x.opposition)
                            && (0...1).contains(x.dealSupport), "\(ctx)")
                    #expect(x.audienceCostPaid >= lastPaid[i], "\(ctx): audience cost paid decreased")
                    lastPaid[i] = x.audienceCostPaid
                }
            }
        }
        #expect(checkedWeeks > 1000)
    }

    @Test func ensembleProbabilitiesStayInUnitInterval() throws {
        var rng = Seed(77).generator()
        for k in 0..<6 {
            var s = RandomScenario.make(&rng, index: k)
            s.outputs.questions = [
                Question(id: "talks", kind: .talks, by: s.date(ofWeek: 8)),
                Question(id: "deal", kind: .deal, by: s.date(ofWeek: 20)),
                Question(id: "above", kind: .tariffAbove, date: s.date(ofWeek: 10), actor: s.actors[0].id, level: 30),
            ]
            let setup = Engine.setup(s)
            let acc = Ensemble(setup: setup, seed: Seed(UInt64(k)), runs: 60, makeEconomy: { StylizedPain(setup: setup) }).run(threads: 1)
            let sum = EnsembleSummary(scenarioName: "r", scenarioHash: "h", seed: Seed(UInt64(k)), setup: setup, acc)
            var ps = [sum.outcomes.deal, sum.outcomes.stalemate, sum.leaks.pAny] + sum.outcomes.capitulation.values + sum.dealChannel.values
            ps += sum.questions.map(\.probability)
            for w in sum.byWeek { ps += [w.pTalks, w.pFormalTalks, w.pBackchannelOpen, w.pSummit, w.pLeak, w.pDeal, w.pEnded] }
            #expect(ps.allSatisfy { (0...1).contains($0) }, "scenario \(k)")
            #expect(abs(sum.outcomes.deal + sum.outcomes.stalemate + sum.outcomes.capitulation.values.reduce(0, +) - 1) < 1e-12)
            for (a, b) in zip(sum.byWeek, sum.byWeek.dropFirst()) {
                #expect(b.pEnded >= a.pEnded && b.pTalks >= a.pTalks && b.pDeal >= a.pDeal && b.pLeak >= a.pLeak)
            }
        }
    }

    // MARK: 9. Private moves cost nothing unless they leak; exposures are charged once

    @Test func leakFreeChannelChargesNothingBeforeTheDeal() {
        // No arranged summit: a leaders' meeting is public, with public audience costs.
        let s = Fixture.with(Fixture.proto(mode: .backchannel)) { Fixture.leakFree(&$0); $0.parameters.process.summitAfter = 0 }
        let setup = Engine.setup(s)
        let a = s.parameters.audience
        var deals = 0
        for seed in 0..<300 as Range<UInt64> {
            let (weeks, sim) = Engine.trajectory(setup, seed: seed)
            let end = sim.milestones.end ?? setup.weeks
            for w in 0..<min(end, setup.weeks) {
                #expect(weeks[w][0].audienceCostPaid == 0 && weeks[w][1].audienceCostPaid == 0, "seed \(seed) week \(w)")
            }
            guard end < setup.weeks, case let .deal(channel)? = sim.ending else { continue }
            deals += 1
            #expect(channel == .backchannel)
            for i in 0..<2 {
                // Only the visible part AC_i(f(1−r)) = φ α (1 + a_N N) K f(1−r).
                let sd = setup.sides[i], x = weeks[end][i]
                let visible = sd.face * sd.audience * (1 + sd.nationalismWeight * x.nationalism) * x.commitment * a.dealCut * (1 - a.reciprocity)
                #expect(abs(x.audienceCostPaid - visible) <= 1e-9 * max(1, visible), "seed \(seed) side \(i): paid \(x.audienceCostPaid), visible part \(visible)")
            }
        }
        #expect(deals > 200)
    }

    @Test func eachExposedItemIsChargedAtMostOnce() {
        // Leaky, slow channel: leaks hit open contacts, pending offers and scheduled deals.
        let s = Fixture.with(Fixture.proto(mode: .backchannel)) {
            $0.intermediaries[0].leakRate = 0.15
            $0.intermediaries[0].latency = 2
        }
        let setup = Engine.setup(s)
        let a = s.parameters.audience
        var leaked = 0
        for seed in 0..<300 as Range<UInt64> {
            let (weeks, sim) = Engine.trajectory(setup, seed: seed)
            #expect(sim.leaks <= 1, "seed \(seed): \(sim.leaks) leaks")
            // The first round: later rounds charge their own offers and deals in any week.
            guard let lw = sim.milestones.leak, lw <= (sim.milestones.end ?? Int.max) else { continue }
            leaked += 1
            if lw == sim.milestones.end || lw == sim.milestones.formalTalks { continue }
            let before = lw == 0 ? [0.0, 0.0] : weeks[lw - 1].map(\.audienceCostPaid)
            let paid = (0..<2).map { weeks[lw][$0].audienceCostPaid - before[$0] }
            let payers = (0..<2).filter { paid[$0] > 0 }
            #expect(payers.count <= 1, "seed \(seed): both sides charged in the leak week")
            for i in payers {
                let sd = setup.sides[i], x = weeks[lw][i]
                let unit = sd.face * sd.audience * (1 + sd.nationalismWeight * x.nationalism) * x.commitment * (1 + a.leakPenalty)
                // N already includes the leak's ζ_leak in the snapshot; the charge used N before it.
                let unitBefore = sd.face * sd.audience * (1 + sd.nationalismWeight * (x.nationalism - a.nationalismLeak)) * x.commitment * (1 + a.leakPenalty)
                let candidates = [unit, unitBefore].flatMap { [$0 * a.contact, $0 * a.firstMove] }
                #expect(candidates.contains { abs($0 - paid[i]) <= 1e-9 * max(1, $0) }, "seed \(seed): leak charge \(paid[i]) is not one item of \(candidates)")
            }
        }
        #expect(leaked > 50)
    }

    // MARK: 10. Symmetry

    /// Zero noise and bluster 0 or 1, so per-side draws do not matter.
    static func deterministicProto(_ mode: DiplomacyMode) -> Scenario {
        Fixture.with(Fixture.proto(mode: mode, weeks: 40)) {
            $0.actors[0].leader.bluster = 1
            $0.actors[1].leader.bluster = 0
        }
    }

    /// Seeds whose swapped run is not the mirror image of the original: `state` lists breaks in
    /// anything but audience cost paid (tariffs, stocks, beliefs, endings, milestones); `charges`
    /// lists runs that mirror in everything except who paid an audience cost.
    static func mirrorMismatches(_ s: Scenario, seeds: Range<UInt64>) -> (state: [String], charges: [String]) {
        let setup = Engine.setup(s), mirror = Engine.setup(Fixture.swapped(s))
        var state: [String] = [], charges: [String] = []
        for seed in seeds {
            let (ta, a) = Engine.trajectory(setup, seed: seed)
            let (tb, b) = Engine.trajectory(mirror, seed: seed)
            let mirroredEnding: Ending? = b.ending.map {
                if case let .capitulation(by) = $0 { return .capitulation(by: 1 - by) }
                return $0
            }
            var mirroredMilestones = b.milestones  // who gave in, by side, swaps with the sides
            mirroredMilestones.gaveIn = PerSide(b.milestones.gaveIn.second, b.milestones.gaveIn.first)
            if a.ending != mirroredEnding || a.milestones != mirroredMilestones || a.leaks != b.leaks {
                state.append("seed \(seed): \(String(describing: a.ending))@\(a.milestones.end ?? -1) vs mirrored \(String(describing: mirroredEnding))@\(b.milestones.end ?? -1)")
                continue
            }
            func strip(_ x: SideSnapshot) -> SideSnapshot { var y = x; y.audienceCostPaid = 0; return y }
            if let w = ta.indices.first(where: { strip(ta[$0][0]).distance(to: strip(tb[$0][1])) > 1e-9 || strip(ta[$0][1]).distance(to: strip(tb[$0][0])) > 1e-9 }) {
                state.append("seed \(seed): trajectories part at week \(w)")
            } else if let w = ta.indices.first(where: { ta[$0][0].distance(to: tb[$0][1]) > 1e-9 || ta[$0][1].distance(to: tb[$0][0]) > 1e-9 }) {
                charges.append("seed \(seed) week \(w): paid \(ta[w].map(\.audienceCostPaid)) vs mirrored \(tb[w].reversed().map(\.audienceCostPaid))")
            }
        }
        return (state, charges)
    }

    @Test(arguments: [DiplomacyMode.noTalks, .public, .gate, .backchannel])
    func swappingActorsMirrorsTheTrajectory(mode: DiplomacyMode) {
        let diffs = Self.mirrorMismatches(Self.deterministicProto(mode), seeds: 0..<150)
        #expect(diffs.state.isEmpty, "\(diffs.state.count) seeds break symmetry: \(diffs.state.prefix(5))")
        // Who opens the channel (and so pays for an exposed contact) is a label-based tie-break.
        #expect(diffs.charges.isEmpty, "\(diffs.charges.count) seeds charge the mirrored side: \(diffs.charges.prefix(3))")
    }

    // MARK: Market shock size (docs/model.md §8 / Event.pain: "pain added in the week it hits")

    @Test func marketShockAddsItsFullPainInTheWeekItHits() {
        let s = Fixture.with(Fixture.proto(mode: .noTalks, weeks: 6)) {
            $0.actors[0].tariffs = ["CHN": 10]  // peace: no tariff pain, so pain is the shock alone
            $0.events = [Event(kind: .marketShock, week: 2, actor: "CHN", pain: 10)]
        }
        let weeks = Engine.trajectory(Engine.setup(s), seed: 0).weeks
        #expect(weeks[1][1].pain == 0)
        #expect(abs(weeks[2][1].pain - 10) < 1e-12, "week of the shock: pain \(weeks[2][1].pain), expected 10")
        #expect(abs(weeks[3][1].pain - 7) < 1e-12, "a week later: pain \(weeks[3][1].pain), expected 10 × 0.7")
        #expect(weeks[2][0].pain == 0)
    }
}

/// Random scenarios for the bounds invariants: everything drawn from wide ranges.
enum RandomScenario {
    static func make(_ rng: inout BackchannelRNG, index: Int) -> Scenario {
        func u(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * rng.uniform() }
        let strategies = ["tit-for-tat", "generous-tit-for-tat", "contrite-tit-for-tat", "grudger", "defector", "random", "win-stay-lose-shift"]
        let modes = DiplomacyMode.allCases
        var s = Fixture.proto(mode: modes[Int(u(0, Double(modes.count) - 1e-9))], weeks: 30 + Int(u(0, 22)))
        s.actors[0].tariffs = ["CHN": u(10, 150)]
        s.actors[1].tariffs = ["USA": u(5, 60)]
        for i in 0..<2 {
            s.actors[i].leader.resolve = u(1, 100)
            s.actors[i].leader.audience = u(0, 4)
            s.actors[i].leader.nationalism = u(0, 2)
            s.actors[i].leader.painWeight = u(0.01, 1.5)
            s.actors[i].leader.bluster = u(0, 1)
            s.actors[i].leader.leak = u(0, 0.2)
            s.actors[i].leader.determination = u(0, 1)
            s.actors[i].leader.face = u(0, 3)
            s.actors[i].strategy.kind = strategies[Int(u(0, Double(strategies.count) - 1e-9))]
            s.actors[i].strategy.perceptionNoise = u(0, 0.15)
            s.actors[i].strategy.implementationNoise = u(0, 0.15)
            for k in s.actors[i].constituencies.indices {
                s.actors[i].constituencies[k].stance = u(0, 100)
                s.actors[i].constituencies[k].pain = u(0, 3)
                s.actors[i].constituencies[k].nationalism = u(0, 10)
            }
        }
        s.intermediaries[0].leakRate = u(0, 0.3)
        s.intermediaries[0].latency = Int(u(0, 4))
        s.intermediaries[0].escrow = u(0, 1)
        s.intermediaries[0].authority = u(0.2, 1)
        s.intermediaries[0].credibility = u(0, 1)
        s.economy.stylized.exposure = u(0.2, 2)
        s.parameters.tariffs.step = u(5, 40)
        s.parameters.audience.commitmentWar = u(0, 5)
        s.parameters.beliefs.firstOfferJump = u(0, 2)
        let actor = index % 2 == 0 ? "USA" : "CHN"
        s.events = [
            Event(kind: .marketShock, actor: actor, weeklyProbability: u(0, 0.2), pain: u(0, 10)),
            Event(kind: .election, week: Int(u(1, 29)), actor: actor),
            Event(kind: .pause, week: Int(u(1, 20)), duration: Int(u(1, 12)), cut: u(0, 1)),
            Event(kind: .costlySignal, week: Int(u(0, 29)), actor: actor, cost: u(0, 8)),
            Event(kind: .cheapTalk, week: Int(u(0, 29)), actor: actor, channel: index % 3 == 0 ? .private : .public),
            Event(kind: .justification, week: Int(u(0, 29)), actor: actor),
            Event(kind: .summit, week: Int(u(0, 29))),
            Event(kind: .protestAllowed, week: Int(u(0, 29)), actor: "CHN"),
            Event(kind: .protestRepressed, week: Int(u(0, 29)), actor: "CHN"),
        ]
        return s
    }
}

/// The engine's allocation-free election must agree with the full election it stands for.
@Suite struct ElectionAgreementTests {
    @Test func evaluateMatchesTheFullElection() {
        var rng = Seed(5).generator()
        for _ in 0..<200 {
            let n = 1 + Int(rng.uniform(below: 6))
            let groups = (0..<n).map { k in
                Constituency(name: "g\(k)", capability: rng.uniform(0, 50), salience: rng.uniform(0, 1), stance: rng.uniform(0, 100),
                             pain: rng.uniform(0, 2), nationalism: rng.uniform(0, 3),
                             exposedTo: Exposure.allCases[Int(rng.uniform(below: 3))])
            }
            let stocks = (economy: rng.uniform(0, 30), exports: rng.uniform(0, 40), imports: rng.uniform(0, 40))
            let nationalism = rng.uniform(0, 3), sq = rng.uniform(0, 100), deal = sq * rng.uniform(0, 1)
            let stances = groups.map { g -> Double in
                let stock = g.exposedTo == .economy ? stocks.economy : (g.exposedTo == .exports ? stocks.exports : stocks.imports)
                return min(100, max(0, g.stance - g.pain * stock + g.nationalism * nationalism))
            }
            let options = [0, sq / 2, sq, min(100, sq + 20)]
            let full = CondorcetElection(constituencies: groups, stances: stances, options: options)
            let fast = CondorcetElection.evaluate(constituencies: groups, stocks: stocks, nationalism: nationalism,
                                                  statusQuo: sq, escalation: 20, deal: deal)
            #expect(abs(fast.pressure - (full.probability[0] + full.probability[1])) < 1e-12)
            #expect(fast.opposition == full.prefer(2, over: 0))
            let support = CondorcetElection(constituencies: groups, stances: stances, options: [deal, sq]).prefer(0, over: 1)
            #expect(fast.dealSupport == support)
        }
    }
}
