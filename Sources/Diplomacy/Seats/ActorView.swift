/// All that one actor may know in a week, and nothing more: its own state (beliefs included)
/// and parameters, the public record as it perceived it, what its intermediaries told it, and
/// the channels as it sees them. It never holds the other side's private state (its costs,
/// commitment, beliefs, pending offers): a decider can only act on what its leader could know.
public struct ActorView: Sendable, Equatable {
    /// What is published about a side each week: its measures, the welfare change official
    /// statistics report (% vs peace under `ge`; minus the pain under `stylized`) and its
    /// opposition in the polls.
    public struct Published: Sendable, Equatable {
        public var tariff: Double
        public var rungs: Int
        public var welfareChange: Double
        public var opposition: Double
    }

    /// The backchannel as this side sees it.
    public enum ChannelView: Sendable, Equatable {
        case closed
        /// Open through `intermediary`; `openedByMe` says who asked for it.
        case open(intermediary: Int, openedByMe: Bool, since: Int)
        /// Exposed by a leak: talks go on only in public.
        case compromised(intermediary: Int)
    }

    /// When in the week the seat is asked: before the channel step (only the channel move of
    /// the decision is used), or after the leak check (everything else).
    public enum Phase: Sendable, Equatable {
        case channels
        case moves
    }

    public let side: Side
    public let week: Int
    public let phase: Phase
    /// This side's parameters (its leader's type, thresholds, constituencies) and state.
    public let profile: SideSetup
    public let own: SideState
    /// The rules of the game, public to both: the engine's constants and the diplomacy mode.
    public let parameters: EngineParameters
    public let mode: DiplomacyMode
    public let maxTariff: Double
    /// The other side as published (its tariff and measures as this side perceives its moves
    /// through `own.perceivedOtherEscalated`).
    public let other: Published
    public let otherID: String
    public let channel: ChannelView
    /// This side's conditional offer is in the intermediary's escrow.
    public let myOfferInEscrow: Bool
    /// An offer on the public record, and whose.
    public let publicOfferByMe: Bool
    public let publicOfferToMe: Bool
    /// A deal the intermediary has arranged, due to be announced in this week.
    public let dealDueWeek: Int?
    /// The intermediary a contact would go through (best reach to both leaderships), and that reach.
    public let bestIntermediary: Int?
    public let bestReach: Double
    /// The intermediary's briefing: the chance a private deal agreed now leaks before it is
    /// announced (ℓ_cum, docs/model.md §6).
    public let leakRisk: Double
    public let summitThisWeek: Bool
    public let paused: Bool
    public let atWar: Bool
    /// Whether this side's tariff comes up for review this week (the scenario's review pace).
    public let reviewsTariff: Bool
    /// The events this side has seen, in the order it learnt of them (recorded runs only).
    public let record: [EngineEvent]
}
