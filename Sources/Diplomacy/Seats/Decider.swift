import Games
import Randomness

/// Takes one seat — a leader — and decides its moves each week from its view alone.
///
/// The engine asks each seat twice a week and adjudicates both seats' answers together: after
/// the beliefs step for its channel move (`view.phase == .channels`), and after the leak check
/// for everything else (`.moves`). A decider that decides once a week (a script, a player)
/// returns the same decision both times. `rng` is the seat's own stream: a decider that draws
/// nothing leaves the other seat's random numbers where they were.
public protocol Decider: Sendable {
    mutating func decide(_ view: ActorView, rng: inout BackchannelRNG) -> Decision
    /// After the week's moves, in weeks the seat reviewed its tariff: what it played, what it
    /// meant to play, and whether it saw the other escalate since its last review.
    mutating func observe(own: Move, intended: Move?, otherEscalated: Bool)
}

/// A seat and who plays it. The rule and script cases dispatch statically, so the ensemble's
/// hot loop pays no existential boxing; `custom` takes any other decider (a player, a bot).
public enum Seat: Sendable {
    case rules(RuleDecider)
    case scripted(ScriptedDecider)
    case custom(any Decider)
    /// Only while a seat's decider is being called (so its state is mutated in place, not copied).
    case vacant

    @inline(__always)
    mutating func decide(_ view: ActorView, rng: inout BackchannelRNG) -> Decision {
        switch self {
        case var .rules(d):
            self = .vacant
            let decision = d.decide(view, rng: &rng)
            self = .rules(d)
            return decision
        case var .scripted(d):
            self = .vacant
            let decision = d.decide(view, rng: &rng)
            self = .scripted(d)
            return decision
        case var .custom(d):
            self = .vacant
            let decision = d.decide(view, rng: &rng)
            self = .custom(d)
            return decision
        case .vacant:
            preconditionFailure("a seat was asked while its decider was in use")
        }
    }

    @inline(__always)
    mutating func observe(own: Move, intended: Move?, otherEscalated: Bool) {
        switch self {
        case var .rules(d):
            self = .vacant
            d.observe(own: own, intended: intended, otherEscalated: otherEscalated)
            self = .rules(d)
        case var .scripted(d):
            self = .vacant
            d.observe(own: own, intended: intended, otherEscalated: otherEscalated)
            self = .scripted(d)
        case var .custom(d):
            self = .vacant
            d.observe(own: own, intended: intended, otherEscalated: otherEscalated)
            self = .custom(d)
        case .vacant:
            preconditionFailure("a seat was told while its decider was in use")
        }
    }

    /// The seat's decisions are commands to check (players, scripts), not standing willingness.
    var isRules: Bool { if case .rules = self { return true } else { return false } }
}
