import Games
import Randomness

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
            d.channel = Self.channelMove(s, v.own, mode: v.mode, best: v.bestIntermediary)
            return d
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
                d.set(Decision.Offer(channel: isPrivate ? .private : .public, urgency: margin))
            }
            let giveIn = PoliticalCost.capitulationMargin(s, state, p)
            if giveIn > 0 { d.giveIn = giveIn }
        }
        if v.reviewsTariff, !v.paused {
            d.tariff = strategy.decide(using: &rng) == .defect ? .raise : .hold
        }
        return d
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
