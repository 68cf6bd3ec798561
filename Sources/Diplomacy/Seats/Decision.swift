/// What one seat decides in one week (docs/model.md §1, step 6–9): its tariff and measures
/// beyond tariffs, its channels, offers and answers, signals and statements, or giving in.
///
/// A *firm* part (a script's, a player's) is a command: if the engine cannot carry it out it is
/// refused with a reason, recorded as an event the seat sees. The rule decider's parts are
/// *standing* willingness the engine uses where it applies (an offer "in public if talks are
/// public, privately if a channel is open"), so they are never refused.
public struct Decision: Sendable, Equatable {
    public enum TariffMove: Sendable, Equatable {
        /// Keep the tariff where it is.
        case hold
        /// One step up (docs/model.md §7), or the next rung once the tariff is at its cap.
        case raise
        /// To a level (a fraction; 0.1 = 10%), between the side's peacetime level and the cap.
        case level(Double)
    }

    public enum RungMove: Sendable, Equatable {
        /// Put the next measure beyond tariffs in force.
        case climb
        /// Lift the last `count` measures in force.
        case lift(count: Int)
    }

    public enum ChannelMove: Sendable, Equatable {
        /// Open a backchannel through intermediary `index` (the scenario's order).
        case open(intermediary: Int)
        /// Close the open backchannel.
        case close
    }

    public enum OfferChannel: String, Sendable, Equatable, CaseIterable {
        case `private`, `public`
    }

    /// An offer of joint de-escalation.
    public struct Offer: Sendable, Equatable {
        public var channel: OfferChannel
        /// f: the share of each side's war tariff the deal removes (nil: the model's deal_cut).
        public var cut: Double?
        /// How strongly the seat wants it now (its margin, for the rules); breaks a tie when
        /// both sides would be first in public the same week.
        public var urgency: Double
        /// A truce of this many weeks (it then expires: extend, make lasting or lapse); nil: a lasting deal.
        public var weeks: Int?
        /// Asymmetric terms: the tariff each side comes down to (fractions; never above its
        /// current level nor below its peacetime one). Given, they replace `cut`.
        public var levels: PerSide<Double>?

        public init(channel: OfferChannel, cut: Double? = nil, urgency: Double = 0, weeks: Int? = nil, levels: PerSide<Double>? = nil) {
            self.channel = channel
            self.cut = cut
            self.urgency = urgency
            self.weeks = weeks
            self.levels = levels
        }

        public var terms: Terms { Terms(cut: cut, levels: levels, weeks: weeks) }
    }

    /// What a deal does: a share of each war tariff cut, or levels per side, and whether it is
    /// a truce of some weeks.
    public struct Terms: Sendable, Equatable {
        public var cut: Double?
        public var levels: PerSide<Double>?
        public var weeks: Int?

        public init(cut: Double? = nil, levels: PerSide<Double>? = nil, weeks: Int? = nil) {
            self.cut = cut
            self.levels = levels
            self.weeks = weeks
        }

        /// Two offers' terms together: the first's cut and levels where given, the shorter commitment.
        func merged(with b: Terms) -> Terms {
            let weeks: Int?
            switch (self.weeks, b.weeks) {
            case let (x?, y?): weeks = min(x, y)
            default: weeks = self.weeks ?? b.weeks
            }
            return Terms(cut: cut ?? b.cut, levels: levels ?? b.levels, weeks: weeks)
        }
    }

    /// The answer to a truce that expires this week.
    public enum TruceAnswer: String, Sendable, Equatable, CaseIterable {
        /// Another term of the same length.
        case extend
        /// Turn it into a lasting deal (both sides must say so; otherwise it is extended).
        case lasting
        /// Let it lapse: the suspended tariffs snap back and the war resumes.
        case lapse
    }

    public enum Signal: Sendable, Equatable {
        /// Words only, in public or through the channel.
        case cheapTalk(SignalChannel)
        /// A costly signal (releasing detainees, say) that costs the sender `cost` pain.
        case costly(cost: Double)
    }

    public enum Statement: String, Sendable, Equatable, CaseIterable {
        /// Raises one's own commitment and the other side's nationalism.
        case hawkish
        /// Lowers one's own commitment (a softening of tone).
        case conciliatory
    }

    /// The tariff decision, nil when the seat does not review its tariff this week.
    public var tariff: TariffMove?
    public var rungs: RungMove?
    public var channel: ChannelMove?
    /// At most one offer per channel (two fields, not a list: no allocation in the hot loop).
    public var privateOffer: Offer?
    public var publicOffer: Offer?
    /// Answers to an offer on the table (and, for `acceptPublic`, a deal at a summit).
    public var acceptPrivate: Bool
    public var acceptPublic: Bool
    public var acceptSummit: Bool
    public var signal: Signal?
    public var statement: Statement?
    /// Give in: back down in public — comply with the other's demand (with the urgency that breaks a tie).
    public var giveIn: Double?
    /// Giving in: the share of the other's demand met (1: in full). Below 1 a partial
    /// climb-down: the war tariff comes down by that share and the other lifts that share of
    /// what it promised (docs/model.md §15).
    public var complies = 1.0
    /// Under an agreement: break it, restoring one's measures from before it.
    public var reescalate: Bool
    /// A truce expiring this week: this seat's answer (nil: extend).
    public var truce: TruceAnswer?
    /// The parts that are commands: refused with a reason when they cannot be carried out.
    public var firm: Parts

    /// Parts of a decision.
    public struct Parts: OptionSet, Sendable, Equatable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let tariff = Parts(rawValue: 1)
        public static let rungs = Parts(rawValue: 2)
        public static let channel = Parts(rawValue: 4)
        public static let privateOffer = Parts(rawValue: 8)
        public static let publicOffer = Parts(rawValue: 16)
        public static let accept = Parts(rawValue: 32)
        public static let signal = Parts(rawValue: 64)
        public static let statement = Parts(rawValue: 128)
        public static let giveIn = Parts(rawValue: 256)
        public static let agreement = Parts(rawValue: 512)
        public static let all = Parts(rawValue: 1023)
    }

    public init(tariff: TariffMove? = nil, rungs: RungMove? = nil, channel: ChannelMove? = nil, privateOffer: Offer? = nil, publicOffer: Offer? = nil,
                acceptPrivate: Bool = false, acceptPublic: Bool = false, acceptSummit: Bool = false,
                signal: Signal? = nil, statement: Statement? = nil, giveIn: Double? = nil, reescalate: Bool = false,
                truce: TruceAnswer? = nil, firm: Parts = .all) {
        self.tariff = tariff
        self.rungs = rungs
        self.channel = channel
        self.privateOffer = privateOffer
        self.publicOffer = publicOffer
        self.acceptPrivate = acceptPrivate
        self.acceptPublic = acceptPublic
        self.acceptSummit = acceptSummit
        self.signal = signal
        self.statement = statement
        self.giveIn = giveIn
        self.reescalate = reescalate
        self.truce = truce
        self.firm = firm
    }

    public func offer(on channel: OfferChannel) -> Offer? { channel == .private ? privateOffer : publicOffer }

    public mutating func set(_ offer: Offer) {
        if offer.channel == .private { privateOffer = offer } else { publicOffer = offer }
    }
}

/// The two seats' decisions of a week (a pair, not an array: no allocation in the hot loop).
public typealias DecisionPair = PerSide<Decision>

extension PerSide {
    public var array: [T] { [first, second] }
}
