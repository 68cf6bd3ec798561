/// A scheduled or stochastic event (docs/model.md §8). Which fields apply depends on `kind`;
/// the scenario validator checks that each kind has what it needs.
public struct Event: Sendable, Equatable, Codable {
    public var kind: EventKind
    /// A label for reports, e.g. "90-day pause expires".
    public var name: String?
    /// The week it happens (0 = the start week); scheduled kinds need `week` or `date`.
    public var week: Int?
    /// The date it happens, converted to the week that contains it.
    public var date: CivilDate?
    /// The actor it concerns (an election's country, a signal's sender, a shock's victim).
    public var actor: String?
    /// Deadline: whether tariffs snap back to their pre-pause level if no deal by then.
    public var snapback: Bool?
    /// Pause: how many weeks it lasts before its deadline.
    public var duration: Int?
    /// Pause: share of the war tariffs suspended (f_pause, 0–1).
    public var cut: Double?
    /// Market shock: weekly probability when stochastic (no week/date given).
    public var weeklyProbability: Double?
    /// Market shock: pain added in the week it hits (decays ×0.7 per week by default).
    public var pain: Double?
    /// Costly signal: its cost to the sender, in pain units (LR = 1 + cost/c_ref).
    public var cost: Double?
    /// Cheap talk: the channel it is sent on.
    public var channel: SignalChannel?
    /// Tariff: the level `actor` sets on the other, in percent.
    public var level: Double?
    /// Tariff: a threatened step, called off if an agreement is in force when its date comes
    /// (default true); false: it goes ahead regardless, breaking any agreement.
    public var conditional: Bool?
    /// Tariff: the name of one of `actor`'s measures; `level` is then that measure's rate.
    public var measure: String?
    /// Formal channel: its new reach (scales the weekly chance formal talks open), 0–1.
    public var access: Double?
    /// Formal channel: its new authority (chance the principals honour a deal agreed at the table), 0–1.
    public var authority: Double?

    /// The week it happens in a scenario starting on `start` (nil for a stochastic event).
    public func week(startingOn start: CivilDate) -> Int? {
        week ?? date.map { $0.week(from: start) }
    }

    enum CodingKeys: String, CodingKey {
        case kind, name, week, date, actor, snapback, duration, cut, pain, cost, channel, level, conditional, measure, access, authority
        case weeklyProbability = "weekly_probability"
    }

    public init(kind: EventKind, name: String? = nil, week: Int? = nil, date: CivilDate? = nil, actor: String? = nil,
                snapback: Bool? = nil, duration: Int? = nil, cut: Double? = nil, weeklyProbability: Double? = nil,
                pain: Double? = nil, cost: Double? = nil, channel: SignalChannel? = nil,
                level: Double? = nil, conditional: Bool? = nil, measure: String? = nil, access: Double? = nil, authority: Double? = nil) {
        self.kind = kind
        self.name = name
        self.week = week
        self.date = date
        self.actor = actor
        self.snapback = snapback
        self.duration = duration
        self.cut = cut
        self.weeklyProbability = weeklyProbability
        self.pain = pain
        self.cost = cost
        self.channel = channel
        self.level = level
        self.conditional = conditional
        self.measure = measure
        self.access = access
        self.authority = authority
    }
}

public enum EventKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// An election in `actor` at `week`: audience costs and pain weight rise before it.
    case election
    /// A deadline: a pause expires; with `snapback`, suspended tariffs return.
    case deadline
    /// A pause: an interim cut of `cut` of the war tariffs for `duration` weeks.
    case pause
    /// A scheduled leader-level meeting: a public channel with a high failure cost.
    case summit
    /// A market shock to `actor` of size `pain`, scheduled or with a weekly probability.
    case marketShock = "market_shock"
    /// A costly signal by `actor` (detainee release, purchases, exemptions).
    case costlySignal = "costly_signal"
    /// Cheap talk by `actor` on a public or private channel.
    case cheapTalk = "cheap_talk"
    /// `actor` represses nationalist protest: reassurance (LR ≈ 2).
    case protestRepressed = "protest_repressed"
    /// `actor` allows nationalist protest: raises its own audience costs.
    case protestAllowed = "protest_allowed"
    /// `actor` cites new information (a shock) to justify a change: lowers audience costs.
    case justification
    /// `actor` sets its tariff to `level`: a dated change or a threatened step (`conditional`).
    case tariff
    /// `actor` alone suspends `cut` of its war tariff for `duration` weeks (a one-sided pause);
    /// the suspended part returns at the end unless an agreement is then in force.
    case suspension
    /// `actor` imposes export controls (or another measure outside the tariff agreement) on the
    /// other: `pain` a week to the other while in force (`duration` weeks, default to the
    /// horizon). It breaks no agreement, but the other side's grievance rises (spillover).
    case exportControl = "export_control"
    /// The other side perceives `actor` as violating the agreement in force (purchases not made,
    /// a commitment not kept): its grievance rises, and with it its chance of re-escalating.
    case violation
    /// The formal channel changes: a new envoy or minister, with `access` and `authority`.
    case formalChannel = "formal_channel"
}

public enum SignalChannel: String, Sendable, Equatable, Codable, CaseIterable {
    case `public`
    case `private`
}
