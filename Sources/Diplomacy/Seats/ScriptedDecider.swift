import Games
import Randomness

/// Plays dated decisions for a seat and hands every other choice to a fallback decider: in a
/// scripted week, the parts the script gives replace the fallback's, and the rest of the week
/// (answers to offers, say) is still the fallback's. The fallback observes every week, so its
/// memory of the other side's moves stays whole.
public struct ScriptedDecider: Decider {
    /// A part of a week's decision that a script sets.
    public enum Part: Sendable, Equatable {
        case tariff(Decision.TariffMove)
        case rungs(Decision.RungMove)
        case channel(Decision.ChannelMove)
        case offer(Decision.Offer)
        case accept(private: Bool?, public: Bool?)
        case signal(Decision.Signal)
        case statement(Decision.Statement)
        case giveIn
        /// Give in partly: meet this share of the other's demand (0–1).
        case comply(Double)
        /// Hold out: do not give in this week, whatever the rules would do.
        case holdOut
        case truce(Decision.TruceAnswer)
        case reescalate
        /// Keep the agreement this week, whatever the rules would do.
        case keepAgreement
    }

    /// Parts by week (weeks in order, parts in file order within a week).
    public let script: [Int: [Part]]
    public private(set) var fallback: RuleDecider

    public init(script: [Int: [Part]], fallback: RuleDecider) {
        self.script = script
        self.fallback = fallback
    }

    public mutating func decide(_ view: ActorView, rng: inout BackchannelRNG) -> Decision {
        var d = fallback.decide(view, rng: &rng)
        if let parts = script[view.week] { Self.apply(parts, to: &d) }
        return d
    }

    /// Puts a week's scripted parts over a decision, marking them firm. Each phase uses its
    /// own parts; giving all of them both times keeps a part firm once.
    static func apply(_ parts: [Part], to d: inout Decision) {
        for part in parts {
            switch part {
            case let .tariff(move):
                d.tariff = move
                d.firm.insert(.tariff)
            case let .rungs(move):
                d.rungs = move
                d.firm.insert(.rungs)
            case let .channel(move):
                d.channel = move
                d.firm.insert(.channel)
            case let .offer(offer):
                d.set(offer)
                d.firm.insert(offer.channel == .private ? .privateOffer : .publicOffer)
            case let .accept(isPrivate, isPublic):
                if let isPrivate { d.acceptPrivate = isPrivate }
                if let isPublic {
                    d.acceptPublic = isPublic
                    d.acceptSummit = isPublic
                }
                d.firm.insert(.accept)
            case let .signal(signal):
                d.signal = signal
                d.firm.insert(.signal)
            case let .statement(statement):
                d.statement = statement
                d.firm.insert(.statement)
            case .giveIn:
                d.giveIn = .infinity
                d.complies = 1
                d.firm.insert(.giveIn)
            case let .comply(share):
                d.giveIn = .infinity
                d.complies = share
                d.firm.insert(.giveIn)
            case let .truce(answer):
                d.truce = answer
                d.firm.insert(.agreement)
            case .reescalate:
                d.reescalate = true
                d.firm.insert(.agreement)
            case .holdOut:
                d.giveIn = nil
            case .keepAgreement:
                d.reescalate = false
            }
        }
    }

    public mutating func observe(own: Move, intended: Move?, otherEscalated: Bool) {
        fallback.observe(own: own, intended: intended, otherEscalated: otherEscalated)
    }
}
