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

/// A seat and who plays it: the rules, the rules under a script, or any other decider (a
/// player, a bot). The rules are held in place rather than in an enum payload, so the
/// ensemble's hot loop neither boxes nor copies a decider.
public struct Seat: Sendable {
    /// The rules: they play every week that no script part and no custom decider takes.
    public private(set) var rules: RuleDecider
    /// Dated parts over the rules (a `ScriptedDecider`'s script); empty for the rules alone.
    public let script: [Int: [ScriptedDecider.Part]]
    /// Another decider that takes the seat entirely.
    public private(set) var custom: (any Decider)?
    /// Flags set once, so the weekly path never inspects the optional existential.
    let isCustom: Bool
    let isScripted: Bool
    /// The rules alone: standing decisions, and a view without the event record.
    let isRules: Bool

    init(rules: RuleDecider, script: [Int: [ScriptedDecider.Part]], custom: (any Decider)?) {
        self.rules = rules
        self.script = script
        self.custom = custom
        isCustom = custom != nil
        isScripted = !script.isEmpty
        isRules = !isCustom && !isScripted
    }

    public static func rules(_ rules: RuleDecider) -> Seat { Seat(rules: rules, script: [:], custom: nil) }
    public static func scripted(_ scripted: ScriptedDecider) -> Seat { Seat(rules: scripted.fallback, script: scripted.script, custom: nil) }
    public static func custom(_ decider: any Decider) -> Seat {
        Seat(rules: RuleDecider(strategy: Strategy(.titForTat)), script: [:], custom: decider)
    }

    @inline(__always)
    mutating func decide(_ view: ActorView, rng: inout BackchannelRNG) -> Decision {
        if isCustom { return custom!.decide(view, rng: &rng) }
        var decision = rules.decide(view, rng: &rng)
        if isScripted, let parts = script[view.week] { ScriptedDecider.apply(parts, to: &decision) }
        return decision
    }

    @inline(__always)
    mutating func observe(own: Move, intended: Move?, otherEscalated: Bool) {
        if isCustom {
            custom!.observe(own: own, intended: intended, otherEscalated: otherEscalated)
        } else {
            rules.observe(own: own, intended: intended, otherEscalated: otherEscalated)
        }
    }
}
