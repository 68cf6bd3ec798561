/// All that one actor may know in a week, and nothing more: its own state (beliefs included)
/// and parameters, the public record as it perceived it, what its intermediaries told it, and
/// the channels as it sees them. It never holds the other side's private state (its costs,
/// commitment, beliefs, pending offers): a decider can only act on what its leader could know.
public struct ActorView: Sendable, Equatable {
    /// What is published about a side each week: its measures, the welfare change official
    /// statistics report (% vs peace under `ge`; minus the pain under `stylized`), its
    /// opposition in the polls, and what follows from the public record and its known profile:
    /// the political cost of its pain (its pain from the statistics, its pressure in the polls),
    /// its commitment (its record of public confrontation and statements), nationalism, the
    /// election calendar, a justification given. The other side's beliefs (hazard, share,
    /// receptivity), offers and signals received are not in it.
    public struct Published: Sendable, Equatable {
        public var tariff: Double
        public var rungs: Int
        public var welfareChange: Double
        public var opposition: Double
        public var politicalCost: Double
        public var commitment: Double
        public var nationalism: Double
        public var electionMultiplier: Double
        public var lameDuck: Bool
        public var justified: Bool
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

    /// What a seat knows for the whole run: its side's parameters (its leader's type,
    /// thresholds, constituencies), the rules of the game (the engine's constants, the
    /// diplomacy mode, the tariff cap) and who the other side is. Built once per setup and
    /// shared, so a week's view costs no copying of lists and names.
    public final class Context: Sendable, Equatable {
        public let side: Side
        public let profile: SideSetup
        public let otherID: String
        public let parameters: EngineParameters
        public let mode: DiplomacyMode
        public let maxTariff: Double
        /// The intermediary a contact would go through (best reach to both leaderships), and that reach.
        public let bestIntermediary: Int?
        public let bestReach: Double

        init(side: Side, profile: SideSetup, otherID: String, parameters: EngineParameters, mode: DiplomacyMode, maxTariff: Double,
             bestIntermediary: Int?, bestReach: Double) {
            self.side = side
            self.profile = profile
            self.otherID = otherID
            self.parameters = parameters
            self.mode = mode
            self.maxTariff = maxTariff
            self.bestIntermediary = bestIntermediary
            self.bestReach = bestReach
        }

        public static func == (a: Context, b: Context) -> Bool {
            a.side == b.side && a.profile == b.profile && a.otherID == b.otherID && a.parameters == b.parameters && a.mode == b.mode
                && a.maxTariff == b.maxTariff && a.bestIntermediary == b.bestIntermediary && a.bestReach == b.bestReach
        }
    }

    public let context: Context
    public let week: Int
    public let phase: Phase
    public let own: SideState
    /// The other side as published (its tariff and measures as this side perceives its moves
    /// through `own.perceivedOtherEscalated`).
    public let other: Published
    public let channel: ChannelView
    /// This side's conditional offer is in the intermediary's escrow.
    public let myOfferInEscrow: Bool
    /// An offer on the public record, and whose.
    public let publicOfferByMe: Bool
    public let publicOfferToMe: Bool
    /// A deal the intermediary has arranged, due to be announced in this week.
    public let dealDueWeek: Int?
    /// The intermediary's briefing on the open backchannel: the chance a private deal agreed
    /// now leaks before it is announced (ℓ_cum, docs/model.md §6); 0 while none is open.
    public let leakRisk: Double
    public let summitThisWeek: Bool
    /// The agreement in force (its terms are public), nil at war or in peace.
    public let agreement: Agreement?
    /// T: the trust between the sides, built by agreements that held, lost when they broke.
    public let trust: Double
    public let atWar: Bool
    /// Whether this side's tariff comes up for review this week (the scenario's review pace).
    public let reviewsTariff: Bool
    /// The events this side has seen, in the order it learnt of them (recorded runs only).
    public let record: [EngineEvent]

    public var side: Side { context.side }
    public var profile: SideSetup { _read { yield context.profile } }
    public var parameters: EngineParameters { _read { yield context.parameters } }
    public var mode: DiplomacyMode { context.mode }
    public var maxTariff: Double { context.maxTariff }
    public var otherID: String { context.otherID }
    public var bestIntermediary: Int? { context.bestIntermediary }
    public var bestReach: Double { context.bestReach }
    /// A truce in force expires this week: the seat answers extend, lasting or lapse.
    public var truceExpires: Bool { agreement?.expiry == week }
}
