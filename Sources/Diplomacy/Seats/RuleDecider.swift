import Games
import Randomness
import RealModule

/// Today's rules for a seat (docs/model.md §6–§7): the Diplomat's gate for opening a
/// backchannel, readiness for offers and answers, the capitulation condition, and the
/// scenario's retaliation strategy for the tariff. Its decisions are standing willingness.
public struct RuleDecider: Decider {
    /// The retaliation rule and its memory of the moves it has seen.
    public private(set) var strategy: Strategy

    public init(strategy: Strategy) { self.strategy = strategy.fresh() }

    public mutating func decide(_ v: ActorView, rng: inout BackchannelRNG) -> Decision {
        let s = v.profile, p = v.parameters
        var d = Decision(firm: [])
        guard v.phase == .moves else {
            // Only where a channel can open: none open or exposed, measures in force, no lasting agreement.
            if case .closed = v.channel, v.atWar, v.agreement?.isTruce ?? true {
                d.channel = Self.channelMove(s, v.own, mode: v.mode, best: v.bestIntermediary)
            }
            return d
        }
        // One draw every week, used or not, so the seat's stream stays aligned across phases.
        let u = rng.uniform()
        if let a = v.agreement {
            let lambda = Self.breakdownHazard(s, v.own, p, trust: v.trust)
            if v.truceExpires {
                let lapse = 1 - Double.pow(1 - lambda, p.process.deadlineWeeks)
                d.truce = u < lapse ? .lapse : (v.trust >= p.process.lastingTrust ? .lasting : .extend)
            } else if u < lambda {
                d.reescalate = true
            }
            // Under a lasting agreement nothing else is open; a truce still hears offers.
            guard a.isTruce else { return d }
        }
        // Only what the week can use: once a deal is arranged nothing else is decided; the
        // channel as it stands after the leak check says which protocol runs.
        if v.dealDueWeek == nil {
            if v.summitThisWeek {
                d.acceptSummit = PoliticalCost.ready(s, v.own, p, leakRisk: v.leakRisk, private: false, first: false)
            }
            // Everything after a summit is decided as the week will stand if the summit fails:
            // a failed summit is a public statement, and commitment rises before the other answers.
            var state = v.own
            if v.summitThisWeek { state.commitment += p.audience.commitmentStatement }
            let isPrivate: Bool
            if case .open = v.channel { isPrivate = true } else { isPrivate = false }
            let answer = PoliticalCost.ready(s, state, p, leakRisk: v.leakRisk, private: isPrivate, first: false)
            if isPrivate { d.acceptPrivate = answer } else { d.acceptPublic = answer }
            if s.determination >= s.thresholds.determination, !v.myOfferInEscrow, !v.publicOfferByMe,
               PoliticalCost.ready(s, state, p, leakRisk: v.leakRisk, private: isPrivate, first: true) {
                let margin = PoliticalCost.dealMargin(s, state, p, leakRisk: v.leakRisk, private: isPrivate, first: true)
                d.set(Decision.Offer(channel: isPrivate ? .private : .public, urgency: margin, weeks: Self.truceWeeks(p, trust: v.trust)))
            }
            let giveIn = PoliticalCost.capitulationMargin(s, state, p)
            if giveIn > 0 { d.giveIn = giveIn }
        }
        if v.reviewsTariff, v.agreement == nil {
            d.tariff = strategy.decide(using: &rng) == .defect ? .raise : .hold
        }
        return d
    }

    /// λ_i: the weekly chance this side re-escalates under an agreement (docs/model.md §15):
    /// λ0·(1 + β_B·bluster)·(1 + shock/c_ref)·(1 + N)·(1 + G_S + G_V)·(1 − T).
    @inline(__always)
    public static func breakdownHazard(_ s: SideSetup, _ state: SideState, _ p: EngineParameters, trust: Double) -> Double {
        let q = p.process
        let h = q.breakdown * (1 + q.blusterBreakdown * s.bluster) * (1 + state.shock / p.beliefs.costReference)
            * (1 + state.nationalism) * (1 + (state.spilloverGrievance + state.violationGrievance)) * (1 - trust)
        return min(1, max(0, h))
    }

    /// A term must raise the hazard by at least this share to be what set a breakdown off (a
    /// shock or a grievance long faded is not).
    public static let triggerThreshold = 0.1

    /// The largest term of that hazard: what a re-escalation by this side is put down to;
    /// chance when no term reaches ``triggerThreshold``.
    public static func breakdownTrigger(_ s: SideSetup, _ state: SideState, _ p: EngineParameters) -> BreakdownTrigger {
        let terms: [(BreakdownTrigger, Double)] = [
            (.bluster, p.process.blusterBreakdown * s.bluster), (.shock, state.shock / p.beliefs.costReference),
            (.nationalism, state.nationalism), (.spillover, state.spilloverGrievance), (.violation, state.violationGrievance),
        ]
        var best = (BreakdownTrigger.chance, triggerThreshold - 1e-12)
        for t in terms where t.1 > best.1 { best = t }
        return best.0
    }

    /// The terms the rules propose: a truce while trust is low, a lasting deal once it is built.
    @inline(__always)
    public static func truceWeeks(_ p: EngineParameters, trust: Double) -> Int? {
        p.process.truceWeeks > 0 && trust < p.process.lastingTrust ? p.process.truceWeeks : nil
    }

    /// The channel move of the rules: through the best intermediary when the Diplomat's gate
    /// opens (mode `gate`); the engine opens the channel itself in mode `backchannel`.
    @inline(__always)
    static func channelMove(_ s: SideSetup, _ state: SideState, mode: DiplomacyMode, best: Int?) -> Decision.ChannelMove? {
        guard mode == .gate, let m = best, PoliticalCost.gateOpen(s, state) else { return nil }
        return .open(intermediary: m)
    }

    public mutating func observe(own: Move, intended: Move?, otherEscalated: Bool) {
        strategy.observe(own: own, opponent: otherEscalated ? .defect : .cooperate, intended: intended)
    }
}
