/// How a run's first round ended (later rounds: `RunOutcome.agreements`, `breakdowns`).
public enum Ending: Sendable, Equatable {
    case deal(channel: DealChannel)
    case capitulation(by: Side)
}

public enum DealChannel: String, Sendable, Equatable, CaseIterable {
    case backchannel
    case formal
    case summit
}

/// The first week each milestone was reached (definitions: docs/commands.md, `run`), nil if never.
public struct Milestones: Sendable, Equatable {
    public var formalTalks: Int?
    public var backchannelOpen: Int?
    public var summit: Int?
    public var leak: Int?
    /// The first ending: a deal, a truce, or one side giving in.
    public var end: Int?
    /// The first joint de-escalation in force: a deal or a truce (scheduled pauses included), or
    /// one side's giving in answered by the other lifting at least part of its measures.
    public var firstDeal: Int?
    /// The first truce in force (an agreement with an expiry).
    public var truce: Int?
    /// The first breakdown after an agreement: a side re-escalated, or a truce lapsed.
    public var reescalation: Int?
    /// The first week each side gave in, in any round.
    public var gaveIn = PerSide<Int?>(nil, nil)

    /// Talks of any kind: the earlier of formal talks and an open backchannel.
    public var talks: Int? {
        switch (formalTalks, backchannelOpen) {
        case let (a?, b?): return min(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}

/// The summary of one run.
public struct RunOutcome: Sendable, Equatable {
    public var ending: Ending?
    public var milestones: Milestones
    public var peakTariffs: [Double]
    /// Σ over weeks of the welfare loss (percentage-point-weeks under `ge`; pain under `stylized`).
    public var cumulativeWelfareLoss: [Double]
    public var audienceCostPaid: [Double]
    public var leaks: Int
    public var repudiations: Int
    /// Agreements that took effect (deals, truces, settlements; an extension is not a new one).
    public var agreements: Int
    /// Truces among them.
    public var truces: Int
    /// Agreements that broke down (a side re-escalated or a truce lapsed).
    public var breakdowns: Int
    /// Those breakdowns by what set them off (indexed by ``BreakdownTrigger``).
    public var breakdownsByTrigger: [Int]
    /// Where the run stands at the horizon.
    public var finalPhase: Phase
}

/// What set off a breakdown (docs/model.md §15). A re-escalation is put down to the largest term
/// of the breaker's hazard λ0(1 + β_B·bluster)(1 + shock/c_ref)(1 + N)(1 + G_S + G_V)(1 − T) in
/// that week, or to chance when none reaches ``RuleDecider/triggerThreshold``.
public enum BreakdownTrigger: String, Sendable, CaseIterable {
    /// A truce was let lapse at its expiry.
    case lapse
    /// A scheduled tariff step that was not conditional on the agreement.
    case step
    /// The breaker's hawkish statements (β_B·bluster).
    case bluster
    /// A market shock (shock/c_ref).
    case shock
    /// Nationalism at home (N).
    case nationalism
    /// The other's export controls (G_S).
    case spillover
    /// A violation of the agreement the breaker perceived (G_V).
    case violation
    /// None of the above: the base hazard λ0.
    case chance

    public var index: Int { Self.allCases.firstIndex(of: self)! }
}
