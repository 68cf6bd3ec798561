@testable import Diplomacy
import Randomness
import TestSupport
import Testing

/// docs/model.md §9, comparative statics: means over 300 seeds with common random numbers (the
/// same seeds 0..<300 for every variant), unless per seed.
@Suite struct ComparativeStaticsTests {
    static let seeds = 300

    static func runs(_ s: Scenario) -> [RunRecord] { Engine.runs(s, seeds: seeds) }

    static func zeroAudience(_ s: inout Scenario) { for i in s.actors.indices { s.actors[i].leader.audience = 0 } }

    // MARK: 1. Zero audience cost ⇒ sequential public concession ends the war faster

    @Test func zeroAudienceCostPublicTalksEndTheWarFasterThanNoTalks() {
        let pub = Self.runs(Fixture.with(Fixture.proto(mode: .public), Self.zeroAudience))
        let none = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks), Self.zeroAudience))
        #expect(pub.meanDuration < none.meanDuration,
                "public \(pub.meanDuration) weeks (deals \(pub.share(\.isDeal))) vs no talks \(none.meanDuration)")
    }

    /// The same comparison with the ratification test (θ_rat, docs/model.md §3) switched off:
    /// isolates whether a failure above comes from ratification blocking every deal.
    @Test func zeroAudienceCostPublicTalksFasterWithoutRatification() {
        func noRatification(_ s: inout Scenario) { Self.zeroAudience(&s); s.parameters.politics.ratification = 0 }
        let pub = Self.runs(Fixture.with(Fixture.proto(mode: .public), noRatification))
        let none = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks), noRatification))
        #expect(pub.meanDuration < none.meanDuration, "public \(pub.meanDuration) vs no talks \(none.meanDuration)")
    }

    // MARK: 2. Fearon: the higher α_A, the less likely A backs down first

    @Test func higherAudienceCostMakesBackingDownFirstLessLikely() {
        let p = [0.25, 1, 4].map { alpha in
            Self.runs(Fixture.with(Fixture.proto(mode: .noTalks)) { $0.actors[0].leader.audience = alpha }).share { $0.capitulator == 0 }
        }
        #expect(p[0] >= p[1] && p[1] >= p[2] && p[0] > p[2], "P(A backs down first) at α_A = 0.25, 1, 4: \(p)")
    }

    // MARK: 3. Backchannel dominance when secure

    /// A secure channel, and agreements that hold (λ0 = 0): the comparison is of the round
    /// that ends the war, not of the rounds a breakdown would start.
    static func secure(_ s: inout Scenario) {
        Fixture.leakFree(&s)
        s.intermediaries[0].latency = 0
        s.parameters.process.breakdown = 0
    }

    static func compareSecureBackchannel(_ change: (inout Scenario) -> Void) -> (back: [RunRecord], pub: [RunRecord]) {
        let back = runs(Fixture.with(Fixture.proto(mode: .backchannel, weeks: 40)) { secure(&$0); change(&$0) })
        let pub = runs(Fixture.with(Fixture.proto(mode: .public, weeks: 40)) { secure(&$0); change(&$0) })
        return (back, pub)
    }

    @Test func secureBackchannelBeatsPublicTalksAtDefaults() {
        let (back, pub) = Self.compareSecureBackchannel { _ in }
        #expect(back.meanDuration < pub.meanDuration, "weeks: back \(back.meanDuration) vs public \(pub.meanDuration)")
        #expect(back.meanAudienceCost < pub.meanAudienceCost, "AC: back \(back.meanAudienceCost) vs public \(pub.meanAudienceCost)")
    }

    @Test func secureBackchannelNeverWorseOnARandomGrid() {
        var rng = Seed(303).generator()
        for point in 0..<4 {
            func u(_ lo: Double, _ hi: Double) -> Double { lo + (hi - lo) * rng.uniform() }
            let v = u(20, 80), pi0 = u(0.1, 0.5), mu = u(0.3, 1), gamma = u(1, 4), omega = u(0.1, 1)
            let (back, pub) = Self.compareSecureBackchannel {
                for i in $0.actors.indices { $0.actors[i].leader.resolve = v; $0.actors[i].leader.painWeight = pi0 }
                $0.parameters.audience.firstMove = mu
                $0.parameters.audience.commitmentWar = gamma
                $0.parameters.beliefs.firstOfferJump = omega
            }
            let label = "point \(point) V=\(v) π0=\(pi0) μ=\(mu) γ=\(gamma) ω=\(omega)"
            #expect(back.meanDuration <= pub.meanDuration, "\(label): weeks back \(back.meanDuration) vs public \(pub.meanDuration)")
            #expect(back.meanAudienceCost <= pub.meanAudienceCost, "\(label): AC back \(back.meanAudienceCost) vs public \(pub.meanAudienceCost)")
        }
    }

    // MARK: 4. Leaks erode the backchannel

    @Test func leaksEraseTheBackchannelAdvantageMonotonically() {
        let rates = [0, 0.02, 0.05, 0.1]
        let results = rates.map { rate in
            Self.runs(Fixture.with(Fixture.proto(mode: .backchannel)) { Fixture.leakFree(&$0); $0.intermediaries[0].leakRate = rate })
        }
        let weeks = results.map(\.meanDuration), ac = results.map(\.meanAudienceCost)
        for k in 1..<rates.count {
            #expect(weeks[k] >= weeks[0] && ac[k] >= ac[0], "ℓ = \(rates[k]) vs 0: weeks \(weeks), AC \(ac)")
            #expect(weeks[k] >= weeks[k - 1] && ac[k] >= ac[k - 1], "not monotone at ℓ = \(rates[k]): weeks \(weeks), AC \(ac)")
        }
        #expect(weeks[3] > weeks[0] && results[3].share { $0.leaks > 0 } > 0.1)
    }

    // MARK: 5. Latency

    @Test func durationRisesWithLatency() {
        let weeks = [0, 1, 3].map { l in
            Self.runs(Fixture.with(Fixture.proto(mode: .backchannel)) { $0.intermediaries[0].latency = l }).meanDuration
        }
        #expect(weeks[0] < weeks[1] && weeks[1] < weeks[2], "weeks at L = 0, 1, 3: \(weeks)")
    }

    // MARK: 7. Attrition

    /// Mirror-image actors at war (both at 35%) in no-talks mode, differing only in exposure.
    static func twinWar() -> Scenario {
        Fixture.with(Fixture.proto(mode: .noTalks)) {
            $0.actors[1].constituencies = $0.actors[0].constituencies
            $0.actors[1].leader = $0.actors[0].leader
            $0.actors[1].tariffs = ["USA": 35]
        }
    }

    @Test func theMoreExposedSideConcedesFirst() {
        // Per-side exposure through each actor's own `stylized` coefficients (e_A ≠ e_B).
        func exposed(_ a: Double, _ b: Double) -> Scenario {
            Fixture.with(Self.twinWar()) {
                $0.actors[0].stylized = StylizedEconomy(exposure: a)
                $0.actors[1].stylized = StylizedEconomy(exposure: b)
            }
        }
        let aExposed = Self.runs(exposed(1.3, 0.8))
        let bExposed = Self.runs(exposed(0.8, 1.3))
        #expect(aExposed.share { $0.capitulator == 0 } > 0.9, "P(A concedes | A more exposed) = \(aExposed.share { $0.capitulator == 0 })")
        #expect(bExposed.share { $0.capitulator == 1 } > 0.9, "P(B concedes | B more exposed) = \(bExposed.share { $0.capitulator == 1 })")
    }

    @Test func aMarketShockToBRaisesTheChanceBConcedesFirst() {
        let base = Self.runs(Fixture.proto(mode: .noTalks))
        let shocked = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks)) {
            $0.events = [Event(kind: .marketShock, week: 4, actor: "CHN", pain: 6)]
        })
        let p0 = base.share { $0.capitulator == 1 }, p1 = shocked.share { $0.capitulator == 1 }
        #expect(p1 > p0 + 0.2, "P(B concedes first): \(p0) without the shock, \(p1) with it")
    }

    // MARK: 8. The Diplomat gate

    @Test func gateNeverOpensWithoutDetermination() {
        // Talks that open by chance are not offers: off here, so formal talks mean an offer.
        let runs = Self.runs(Fixture.with(Fixture.proto(mode: .gate)) {
            for i in $0.actors.indices { $0.actors[i].leader.determination = 0.4 }
            $0.parameters.process.talks = 0
        })
        #expect(runs.allSatisfy { $0.milestones.backchannelOpen == nil && $0.milestones.formalTalks == nil })
        // Control: one determined side is enough.
        let one = Self.runs(Fixture.with(Fixture.proto(mode: .gate)) { $0.actors[0].leader.determination = 0.4 })
        #expect(one.contains { $0.milestones.backchannelOpen != nil })
    }

    @Test func gateNeverOpensWhenOppositionIsWeak() {
        // No leader ever faces opposition at the threshold: talks go public.
        let runs = Self.runs(Fixture.with(Fixture.proto(mode: .gate)) { for i in $0.actors.indices { $0.actors[i].leader.thresholds.opposition = 1.01 } })
        #expect(runs.allSatisfy { $0.milestones.backchannelOpen == nil })
        #expect(runs.contains { $0.milestones.formalTalks != nil })
    }

    /// In the prototype China opens the channel (its R crosses θ_R first); its counterpart is the
    /// US, so a locked-in US (high α_A) must delay the opening.
    @Test func gateOpensLaterWhenTheCounterpartIsLockedIn() {
        let horizon = Fixture.proto().weeks
        func openWeeks(_ alphaA: Double) -> [Int] {
            Self.runs(Fixture.with(Fixture.proto(mode: .gate)) { $0.actors[0].leader.audience = alphaA }).map { $0.milestones.backchannelOpen ?? horizon }
        }
        let base = openWeeks(1), locked = openWeeks(3)
        let pBase = Double(base.filter { $0 < horizon }.count) / Double(base.count)
        let pLocked = Double(locked.filter { $0 < horizon }.count) / Double(locked.count)
        #expect(mean(locked.map(Double.init)) > mean(base.map(Double.init)),
                "open week (horizon if never): α_A=1 \(mean(base.map(Double.init))), α_A=3 \(mean(locked.map(Double.init))); P(open) \(pBase) vs \(pLocked)")
    }

    // MARK: 9. Public talks never take longer than no talks

    @Test func publicTalksNeverSlowerThanNoTalksOnAGrid() {
        var rng = Seed(909).generator()
        var points: [(Double, Double, Double)] = [(40, 0.25, 1)]
        for _ in 0..<3 { points.append((20 + 60 * rng.uniform(), 0.1 + 0.4 * rng.uniform(), 0.25 + 2 * rng.uniform())) }
        for (v, pi0, alpha) in points {
            func set(_ s: inout Scenario) {
                for i in s.actors.indices { s.actors[i].leader.resolve = v; s.actors[i].leader.painWeight = pi0; s.actors[i].leader.audience = alpha }
            }
            let pub = Self.runs(Fixture.with(Fixture.proto(mode: .public, weeks: 40), set))
            let none = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks, weeks: 40), set))
            #expect(pub.meanDuration <= none.meanDuration, "V=\(v) π0=\(pi0) α=\(alpha): public \(pub.meanDuration) vs no talks \(none.meanDuration)")
        }
    }

    // MARK: 11. Elections

    @Test func concessionHazardDipsBeforeAnElectionAndRisesAfter() {
        // No talks: the war ends by capitulation, spread over weeks 12–19 without an election.
        let election = 14
        let base = Self.runs(Fixture.proto(mode: .noTalks))
        let voting = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks)) { $0.events = [Event(kind: .election, week: election, actor: "USA")] })
        let before = (election - 4)..<election, after = (election + 1)..<(election + 5)
        func rate(_ runs: [RunRecord], _ r: Range<Int>) -> Double {
            let alive = runs.filter { ($0.end ?? Int.max) >= r.lowerBound }
            return Double(alive.filter { r.contains($0.end ?? -1) }.count) / Double(max(1, alive.count))
        }
        #expect(rate(voting, before) < rate(base, before),
                "P(end in weeks \(before) | at war): election \(rate(voting, before)) vs none \(rate(base, before))")
        #expect(rate(voting, after) > rate(base, after),
                "P(end in weeks \(after) | at war): election \(rate(voting, after)) vs none \(rate(base, after))")
    }

    // MARK: 12. Deadlines

    @Test func endingsBunchInTheWeekBeforeASnapback() {
        func endings(_ snapback: Bool) -> [Int] {
            // A deadline that binds: the sides let the truce lapse at its expiry (a hazard
            // concentrated over ten years), so what is measured is the look-ahead to the snapback.
            let runs = Self.runs(Fixture.with(Fixture.proto(mode: .gate)) {
                $0.events = [Event(kind: .pause, name: "truce", week: 8, snapback: snapback, duration: 4, cut: 0.9)]
                $0.parameters.process.deadlineWeeks = 520
            })
            return (0..<52).map { w in runs.filter { $0.end == w }.count }
        }
        let snap = endings(true), stay = endings(false)
        let eve = 8 + 4 - 1
        let others = (9..<eve).map { snap[$0] } + (eve + 1..<52).map { snap[$0] }
        #expect(snap[eve] > (others.max() ?? 0), "endings per week from the pause on: \(Array(snap[8...20])), eve \(snap[eve])")
        #expect(snap[eve] > stay[eve], "endings in the week before the deadline: snapback \(snap[eve]) vs none \(stay[eve])")
    }

    // MARK: 13. Authority

    @Test func lowerAuthorityMeansMoreRepudiationsAndLaterSettlement() {
        let results = [1.0, 0.7, 0.4].map { a in
            Self.runs(Fixture.with(Fixture.proto(mode: .backchannel)) { Fixture.leakFree(&$0); $0.intermediaries[0].authority = a })
        }
        let rep = results.map { mean($0.map { Double($0.repudiations) }) }, weeks = results.map(\.meanDuration)
        #expect(rep[0] == 0 && rep[0] < rep[1] && rep[1] < rep[2], "repudiations at a = 1, 0.7, 0.4: \(rep)")
        #expect(weeks[0] < weeks[1] && weeks[1] < weeks[2], "weeks at a = 1, 0.7, 0.4: \(weeks)")
    }

    // MARK: 14. Signals

    @Test func costlySignalsMoveReceptivityMoreThanCheapTalk() {
        let week = 5
        func receptivity(_ event: Event?) -> [Double?] {
            let setup = Engine.setup(Fixture.with(Fixture.proto(mode: .noTalks)) { $0.events = event.map { [$0] } ?? [] })
            return (0..<Self.seeds).map { seed in
                var sim = Engine.simulation(setup, seed: UInt64(seed))
                while sim.week <= week { sim.step() }
                return sim.hasEnded ? nil : sim.sides[1].receptivity
            }
        }
        let none = receptivity(nil)
        let costly = receptivity(Event(kind: .costlySignal, week: week, actor: "USA", cost: 4))
        let loud = receptivity(Event(kind: .cheapTalk, week: week, actor: "USA", channel: .public))
        let quiet = receptivity(Event(kind: .cheapTalk, week: week, actor: "USA", channel: .private))
        var compared = 0
        for k in 0..<Self.seeds {
            guard let r0 = none[k], let rc = costly[k], let rp = loud[k], let rq = quiet[k] else { continue }
            compared += 1
            #expect(rc > rp && rp > rq && rq > r0, "seed \(k): R costly \(rc), public \(rp), private \(rq), none \(r0)")
        }
        #expect(compared > 100)
    }

    // MARK: 15. Justification

    @Test func justificationLowersAudienceCostAndAdvancesConcession() {
        let base = Self.runs(Fixture.proto(mode: .noTalks))
        let justified = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks)) {
            $0.events = [Event(kind: .marketShock, week: 3, actor: "USA", pain: 1), Event(kind: .justification, week: 3, actor: "USA")]
        })
        let shockOnly = Self.runs(Fixture.with(Fixture.proto(mode: .noTalks)) { $0.events = [Event(kind: .marketShock, week: 3, actor: "USA", pain: 1)] })
        let ac0 = mean(shockOnly.map { $0.audienceCost[0] }), ac1 = mean(justified.map { $0.audienceCost[0] })
        #expect(ac1 < ac0, "USA audience cost paid: justified \(ac1) vs shock only \(ac0)")
        #expect(justified.meanDuration < shockOnly.meanDuration, "weeks: justified \(justified.meanDuration) vs shock only \(shockOnly.meanDuration)")
        #expect(shockOnly.meanDuration <= base.meanDuration)
    }
}
