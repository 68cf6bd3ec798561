/// The constants of the engine's equations (docs/model.md §2–§8), with their defaults.
///
/// Tariff levels are in percent here, as everywhere a user sees them; the engine works in
/// fractions internally. Every field is documented with unit and range in the JSON Schema.
public struct EngineParameters: Sendable, Equatable, Codable {
    public var tariffs = TariffParameters()
    public var pain = PainParameters()
    public var politics = PoliticsParameters()
    public var audience = AudienceParameters()
    public var beliefs = BeliefParameters()
    public var leaks = LeakParameters()
    public var events = EventParameters()
    public var process = ProcessParameters()
    public var judgement = JudgementParameters()

    public init() {}
}

/// The scenario author's uncertainty about the judgement values (docs/model.md §16): a level
/// or a number written for a leader's resolve is a best guess, not a measurement.
public struct JudgementParameters: Sendable, Equatable, Codable {
    /// σ_J: each run draws each leader's resolve and face ×exp(σ_J·z), and its determination,
    /// bluster and leak on the logit scale +σ_J·z, z standard normal (0: every run as written).
    public var noise = 0.0
    public init() {}
}


/// τ0, τ_max and the escalation step (docs/model.md §2), in percent.
public struct TariffParameters: Sendable, Equatable, Codable {
    public var baseline = 10.0
    public var maximum = 150.0
    public var step = 25.0
    /// Weekly probability that a leader reviews its tariff (1 = every week; docs/model.md §13);
    /// between reviews it holds, and its rule then answers everything seen since the last one.
    public var review = 1.0
    /// Retaliation in kind: a raise answers the other's increases since one's own last raise,
    /// point for point, instead of one fixed step (the step is used when there is nothing to match).
    public var inKind = true
    enum CodingKeys: String, CodingKey { case baseline, maximum, step, review; case inKind = "in_kind" }
    public init() {}
}

/// Pain memory and the political cost of pain (docs/model.md §2, §4).
public struct PainParameters: Sendable, Equatable, Codable {
    /// ρ_Π
    public var memory = 0.95
    /// ξ
    public var accumulation = 1.0
    /// Π_ref
    public var reference = 20.0
    /// Weekly decay of a market shock's pain.
    public var shockDecay = 0.7
    /// a: the share of a held measure's pain that fades in the long run as trade diverts and
    /// firms adjust (the long-run elasticity above the short-run one; docs/model.md §2).
    public var adaptation = 0.5
    /// τ_a: weeks over which pain adapts (the time constant of the adjusted-to level).
    public var adaptationWeeks = 52.0
    enum CodingKeys: String, CodingKey {
        case memory, accumulation, reference, adaptation
        case shockDecay = "shock_decay", adaptationWeeks = "adaptation_weeks"
    }
    public init() {}
}

/// The probabilistic Condorcet election (docs/model.md §3).
public struct PoliticsParameters: Sendable, Equatable, Codable {
    /// θ_rat: share of the PCE a deal must win over the status quo to be ratifiable. Off (0) by
    /// default, not 0.5 (docs/model.md §13): capitulation needs no ratification, so with stances on
    /// the tariff scale a 0.5 rule blocks every deal while leaving capitulation open whenever the
    /// constituencies sit above the status quo, which inverts the model's logic.
    public var ratification = 0.0
    /// Points added to the status quo for the escalation option.
    public var escalationOption = 20.0
    enum CodingKeys: String, CodingKey { case ratification; case escalationOption = "escalation_option" }
    public init() {}
}

/// Commitment, audience costs and nationalism (docs/model.md §4).
public struct AudienceParameters: Sendable, Equatable, Codable {
    /// κ: weekly decay of the commitment stock.
    public var commitmentDecay = 0.02
    /// γ_pub: commitment added per week of open confrontation.
    public var commitmentWar = 2.0
    /// γ_stmt: commitment added per hawkish statement.
    public var commitmentStatement = 4.0
    /// μ_first: first-move cost, as a share of the commitment stock.
    public var firstMove = 0.75
    /// μ_contact: cost of an exposed contact with no offer pending.
    public var contact = 0.1
    /// f: share of war tariffs a deal removes.
    public var dealCut = 0.9
    /// r: how reciprocal a deal looks (the visible concession is f(1−r)).
    public var reciprocity = 0.7
    /// χ: weight of the lopsided part of a deal.
    public var lopsidedness = 1.0
    /// ψ: extra penalty on anything exposed by a leak.
    public var leakPenalty = 0.25
    /// ρ_N: weekly persistence of nationalism.
    public var nationalismMemory = 0.9
    /// ζ_esc, ζ_stmt, ζ_leak: nationalism added by the other's escalation, statement, a leak.
    public var nationalismEscalation = 0.3
    public var nationalismStatement = 0.2
    public var nationalismLeak = 0.5
    /// Share of audience cost removed when a leader cites new information (Levendusky–Horowitz).
    public var justification = 0.5

    enum CodingKeys: String, CodingKey {
        case commitmentDecay = "commitment_decay", commitmentWar = "commitment_war", commitmentStatement = "commitment_statement"
        case firstMove = "first_move", contact, dealCut = "deal_cut", reciprocity, lopsidedness, leakPenalty = "leak_penalty"
        case nationalismMemory = "nationalism_memory", nationalismEscalation = "nationalism_escalation"
        case nationalismStatement = "nationalism_statement", nationalismLeak = "nationalism_leak", justification
    }
    public init() {}
}

/// Hazard learning, bargaining shares and receptivity (docs/model.md §5).
public struct BeliefParameters: Sendable, Equatable, Codable {
    /// h0: baseline weekly concession hazard.
    public var hazard = 0.05
    /// c_ref: reference weekly political cost.
    public var costReference = 2.0
    /// θ_h: elasticity of the hazard to the other's cost.
    public var hazardElasticity = 0.5
    /// t_half: weeks of holding that halve the hazard.
    public var halfLife = 8.0
    /// ω: jump of the hazard when the other is seen asking first.
    public var firstOfferJump = 0.5
    /// R0: initial receptivity.
    public var receptivity = 0.35
    /// ρ_R: weight of the newest receptivity reading.
    public var receptivityUpdate = 0.3
    /// k_R, z_R: slope and midpoint of the receptivity logistic.
    public var receptivitySlope = 4.0
    public var receptivityMidpoint = 0.6
    /// w_esc: receptivity lost when the other is seen escalating.
    public var escalationPenalty = 0.2
    /// Likelihood ratios of signals (docs/model.md §5).
    public var publicCheapTalk = 1.2
    public var privateCheapTalk = 1.1
    public var protestRepressed = 2.0

    enum CodingKeys: String, CodingKey {
        case hazard, costReference = "cost_reference", hazardElasticity = "hazard_elasticity", halfLife = "half_life"
        case firstOfferJump = "first_offer_jump", receptivity, receptivityUpdate = "receptivity_update"
        case receptivitySlope = "receptivity_slope", receptivityMidpoint = "receptivity_midpoint"
        case escalationPenalty = "escalation_penalty", publicCheapTalk = "public_cheap_talk"
        case privateCheapTalk = "private_cheap_talk", protestRepressed = "protest_repressed"
    }
    public init() {}
}

/// Leak channels besides the intermediary and the leaders (docs/model.md §6, leaks).
public struct LeakParameters: Sendable, Equatable, Codable {
    /// ℓ_sp: weekly leak probability per unit of domestic opposition (spoilers).
    public var spoiler = 0.01
    public init() {}
}

/// Elections and deadlines (docs/model.md §8).
public struct EventParameters: Sendable, Equatable, Codable {
    /// b: peak multiplier on audience costs and pain weight before an election.
    public var electionBoost = 1.0
    /// w: weeks over which the pre-election boost builds up.
    public var electionWindow = 8.0
    /// Commitment kept after an election.
    public var postElectionCommitment = 0.5
    /// Audience-cost multiplier of a lame duck.
    public var lameDuck = 0.5
    enum CodingKeys: String, CodingKey {
        case electionBoost = "election_boost", electionWindow = "election_window"
        case postElectionCommitment = "post_election_commitment", lameDuck = "lame_duck"
    }
    public init() {}
}

/// The war as a process (docs/model.md §15): agreements that break down, truces that expire,
/// trust between rounds, summits a channel arranges.
public struct ProcessParameters: Sendable, Equatable, Codable {
    /// λ0: weekly chance a side re-escalates under an agreement, before its bluster, shocks,
    /// nationalism and the trust between the sides.
    public var breakdown = 0.005
    /// β_B: how much a blustering leader raises that chance (×(1 + β_B·bluster)).
    public var blusterBreakdown = 2.0
    /// γ_T: weekly growth of trust while an agreement holds (T ← T + γ_T(1 − T)).
    public var trustGrowth = 0.02
    /// Share of trust lost when an agreement breaks down or a promise to lift is broken.
    public var trustLoss = 0.5
    /// Weeks of breakdown hazard a truce's expiry concentrates (a deadline is a focal point).
    public var deadlineWeeks = 13.0
    /// Length of a truce the rules offer while trust is below `lasting_trust` (0: deals are lasting).
    public var truceWeeks = 13
    /// Trust from which the rules offer a lasting deal, and make a truce lasting at its expiry.
    public var lastingTrust = 0.3
    /// Weeks an open backchannel must run before its intermediary arranges a leaders' meeting
    /// (when both sides are receptive); 0: summits only when scheduled.
    public var summitAfter = 6
    /// Weekly chance that formal talks (ministers, envoys) open while the war goes on: talking
    /// is not conceding, so it needs no readiness.
    public var talks = 0.1
    /// Share of the first-move cost an offer made at talks already under way is spared.
    public var talksRelief = 0.5
    /// ρ_G: weekly persistence of a side's grievances.
    public var grievanceMemory = 0.9
    /// g_S: grievance a side takes from the other's export control (spillover): its breakdown
    /// hazard is multiplied by 1 + G.
    public var spillover = 1.0
    /// g_V: grievance a side takes from a perceived violation of the agreement by the other.
    public var violation = 3.0
    /// Weeks of war before week 0 (from `war_started`) from which the war is a standoff: the
    /// rules remember the other's last move as a hold, not an escalation to answer.
    public var standoffWeeks = 26
    /// T at week 0: trust the sides bring from earlier rounds.
    public var initialTrust = 0.0

    enum CodingKeys: String, CodingKey {
        case breakdown, talks, spillover, violation
        case grievanceMemory = "grievance_memory"
        case talksRelief = "talks_relief", standoffWeeks = "standoff_weeks", initialTrust = "initial_trust"
        case blusterBreakdown = "bluster_breakdown", trustGrowth = "trust_growth", trustLoss = "trust_loss"
        case deadlineWeeks = "deadline_weeks", truceWeeks = "truce_weeks", lastingTrust = "lasting_trust"
        case summitAfter = "summit_after"
    }
    public init() {}
}
