/// The state of the diplomatic channels.
public struct ChannelState: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case closed
        /// Open through an intermediary (its index), opened by a side in a week.
        case open(intermediary: Int, opener: Side, since: Int)
        /// Leaked: talks continue only in public.
        case compromised(intermediary: Int)
    }

    public var status: Status = .closed
    /// A conditional offer held in escrow by the intermediary.
    public var pendingPrivateOffer: Side?
    /// Its terms (the share of war tariffs cut; nil: the model's deal_cut).
    public var pendingTerms = Decision.Terms()
    /// An offer on the public record, waiting for the other side, and its terms.
    public var standingPublicOffer: Side?
    public var standingTerms = Decision.Terms()
    /// A deal agreed through the backchannel, to execute at `week`.
    public var scheduledDeal: ScheduledDeal?

    public struct ScheduledDeal: Sendable, Equatable {
        public var week: Int
        public var intermediary: Int
        /// Whether the principal must still confirm (authority < 1).
        public var needsConfirmation: Bool
        /// Who asked first (nil when both offers arrived together).
        public var firstMover: Side?
        public var terms: Decision.Terms
    }

    public var isOpen: Bool { if case .open = status { return true } else { return false } }

    public var openIntermediary: Int? {
        if case let .open(m, _, _) = status { return m }
        return nil
    }
}
