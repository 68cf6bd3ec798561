/// A state in the conflict: its leader, domestic constituencies, retaliation rule and tariffs.
public struct Actor: Sendable, Equatable, Codable {
    /// Stable identifier, e.g. `USA` (an ISO-3166 alpha-3 code by convention).
    public var id: String
    public var name: String
    /// The region of the trade calibration that stands for this actor (defaults to `id`).
    public var region: String?
    public var leader: Leader
    public var strategy: StrategySettings
    /// Tariff levels in percent this actor imposes on each other actor's goods, keyed by id.
    public var tariffs: [String: Double]
    public var constituencies: [Constituency]
    /// Escalation beyond tariffs (export controls, entity lists …): rungs climbed one per
    /// escalation once the tariff is at its cap; `in_force` of them are in force at week 0.
    public var rungs: [Rung]
    /// This actor's coefficients of the stylized economy, when they differ from
    /// `economy.stylized` (a more exposed side, docs/model.md §9, comparative static 7).
    public var stylized: StylizedEconomy?
    /// What this actor's measures are for, when it is a coercer with a demand (a detained
    /// citizen released, a diplomatic act undone): the other side's giving in meets it.
    public var demand: Demand?
    /// The war's tariff measures on the other actor, each with its coverage: they make up part
    /// of `tariffs`, the trade-weighted average, and a question or a dated step can name one.
    public var measures: [Measure]
    /// A union of states (the EU): the calibration regions it stands for, merged into one region
    /// `regionID` under `ge` (docs/model.md §10.9). Empty: the actor is one region.
    public var members: [String]

    public init(id: String, name: String, region: String? = nil, leader: Leader, strategy: StrategySettings = StrategySettings(),
                tariffs: [String: Double], constituencies: [Constituency], rungs: [Rung] = [], stylized: StylizedEconomy? = nil,
                demand: Demand? = nil, measures: [Measure] = [], members: [String] = []) {
        self.id = id
        self.name = name
        self.region = region
        self.leader = leader
        self.strategy = strategy
        self.tariffs = tariffs
        self.constituencies = constituencies
        self.rungs = rungs
        self.stylized = stylized
        self.demand = demand
        self.measures = measures
        self.members = members
    }

    enum CodingKeys: String, CodingKey {
        case id, name, region, leader, strategy, tariffs, constituencies, rungs, stylized, demand, measures, members
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        region = try c.decodeIfPresent(String.self, forKey: .region)
        leader = try c.decode(Leader.self, forKey: .leader)
        strategy = try c.decodeIfPresent(StrategySettings.self, forKey: .strategy) ?? StrategySettings()
        tariffs = try c.decode([String: Double].self, forKey: .tariffs)
        constituencies = try c.decode([Constituency].self, forKey: .constituencies)
        rungs = try c.decodeIfPresent([Rung].self, forKey: .rungs) ?? []
        stylized = try c.decodeIfPresent(StylizedEconomy.self, forKey: .stylized)
        demand = try c.decodeIfPresent(Demand.self, forKey: .demand)
        measures = try c.decodeIfPresent([Measure].self, forKey: .measures) ?? []
        members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
    }

    /// Empty measure and member lists are left out: a scenario without them encodes as before.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(region, forKey: .region)
        try c.encode(leader, forKey: .leader)
        try c.encode(strategy, forKey: .strategy)
        try c.encode(tariffs, forKey: .tariffs)
        try c.encode(constituencies, forKey: .constituencies)
        try c.encode(rungs, forKey: .rungs)
        try c.encodeIfPresent(stylized, forKey: .stylized)
        try c.encodeIfPresent(demand, forKey: .demand)
        if !measures.isEmpty { try c.encode(measures, forKey: .measures) }
        if !members.isEmpty { try c.encode(members, forKey: .members) }
    }

    /// The calibration region this actor maps to.
    public var regionID: String { region ?? id }
}

/// A coercer's demand and its promise: what it lifts when the other side complies.
public struct Demand: Sendable, Equatable, Codable {
    /// The demand in words ("release Pastor Brunson").
    public var text: String
    /// Share of its measures (war tariff and measures beyond tariffs) the coercer lifts when the
    /// demand is met; below 1 it breaks its word, at a cost in trust (docs/model.md §15).
    public var lifts: Double

    public init(text: String, lifts: Double = 1) {
        self.text = text
        self.lifts = lifts
    }
}

/// One rung of escalation beyond tariffs (docs/model.md §7, "Beyond tariffs"): while in force
/// it adds pain to the other side, and may cost its imposer too.
public struct Rung: Sendable, Equatable, Codable {
    public var name: String
    /// Weekly pain inflicted on the other side while in force.
    public var pain: Double
    /// Weekly pain to the imposer itself (lost sales, retaliation risk).
    public var selfPain: Double
    /// Whether it is already in force at week 0 (rungs in force must come first in the list).
    public var inForce: Bool

    enum CodingKeys: String, CodingKey {
        case name, pain
        case selfPain = "self_pain"
        case inForce = "in_force"
    }

    public init(name: String, pain: Double, selfPain: Double = 0, inForce: Bool = false) {
        self.name = name
        self.pain = pain
        self.selfPain = selfPain
        self.inForce = inForce
    }
}

/// A leader: what makes backing down costly, and what makes a backchannel likely.
public struct Leader: Sendable, Equatable, Codable {
    public var name: String
    /// V: the value of prevailing, in pain units (docs/model.md §5).
    public var resolve: Double
    /// φ: face sensitivity, multiplies every audience cost.
    public var face: Double
    /// D: determination to improve ties, 0–1 (the gate's first condition).
    public var determination: Double
    /// Weekly probability of a hawkish public statement.
    public var bluster: Double
    /// λ: weekly probability that the leader leaks an open backchannel himself.
    public var leak: Double
    /// a_N: weight of domestic nationalism on audience costs (Weiss).
    public var nationalism: Double
    /// α: base audience-cost multiplier.
    public var audience: Double
    /// π0: political cost per unit of economic pain.
    public var painWeight: Double
    /// Thresholds of the opening rule and of a first offer.
    public var thresholds: Thresholds

    enum CodingKeys: String, CodingKey {
        case name, resolve, face, determination, bluster, leak, nationalism, audience, thresholds
        case painWeight = "pain_weight"
    }

    public init(name: String, resolve: Double = 40, face: Double = 1, determination: Double = 0.7, bluster: Double = 0.3,
                leak: Double = 0.01, nationalism: Double = 0, audience: Double = 1, painWeight: Double = 0.25,
                thresholds: Thresholds = Thresholds()) {
        self.name = name
        self.resolve = resolve
        self.face = face
        self.determination = determination
        self.bluster = bluster
        self.leak = leak
        self.nationalism = nationalism
        self.audience = audience
        self.painWeight = painWeight
        self.thresholds = thresholds
    }
}

/// θ_D, θ_O, θ_R of The Diplomat's rule and θ_offer (docs/model.md §6).
public struct Thresholds: Sendable, Equatable, Codable {
    public var determination: Double
    public var opposition: Double
    public var receptivity: Double
    public var offer: Double

    public init(determination: Double = 0.5, opposition: Double = 0.4, receptivity: Double = 0.3, offer: Double = 0.5) {
        self.determination = determination
        self.opposition = opposition
        self.receptivity = receptivity
        self.offer = offer
    }
}

/// A domestic group whose stance feeds the probabilistic Condorcet election (docs/model.md §3).
public struct Constituency: Sendable, Equatable, Codable {
    public var name: String
    /// c_k: political capability (relative weight).
    public var capability: Double
    /// s_k: salience of the trade war to the group, 0–1.
    public var salience: Double
    /// x_k0: stance on a 0–100 scale, 100 = maximal confrontation.
    public var stance: Double
    /// β_k: stance points lost per unit of cumulative pain.
    public var pain: Double
    /// η_k: stance points gained per unit of nationalism.
    public var nationalism: Double
    /// Which trade flow hurts the group most (farmers lose exports).
    public var exposedTo: Exposure

    enum CodingKeys: String, CodingKey {
        case name, capability, salience, stance, pain, nationalism
        case exposedTo = "exposed_to"
    }

    public init(name: String, capability: Double, salience: Double, stance: Double, pain: Double = 0.5,
                nationalism: Double = 0, exposedTo: Exposure = .economy) {
        self.name = name
        self.capability = capability
        self.salience = salience
        self.stance = stance
        self.pain = pain
        self.nationalism = nationalism
        self.exposedTo = exposedTo
    }
}

/// The part of the economy whose losses a constituency feels.
public enum Exposure: String, Sendable, Equatable, Codable, CaseIterable {
    /// The whole economy (welfare loss).
    case economy
    /// Exports to the other actor (farmers, exporters).
    case exports
    /// Imports from the other actor (importers, retailers, consumers).
    case imports
}

/// The retaliation rule a leader follows on perceived moves (docs/model.md §7).
public struct StrategySettings: Sendable, Equatable, Codable {
    /// A strategy id of the Games registry, e.g. `tit-for-tat`, `generous-tit-for-tat`.
    public var kind: String
    /// ε_perc: probability of misreading the other's move in a week.
    public var perceptionNoise: Double
    /// ε_impl: probability that an intended hold becomes an escalation.
    public var implementationNoise: Double
    /// g for generous tit-for-tat (nil: the strategy's default).
    public var generosity: Double?

    enum CodingKeys: String, CodingKey {
        case kind, generosity
        case perceptionNoise = "perception_noise"
        case implementationNoise = "implementation_noise"
    }

    /// The registry spec this names: `kind`, with `generosity` as its parameter when given.
    public var spec: String {
        guard let generosity, !kind.contains(":") else { return kind }
        return "\(kind):\(generosity)"
    }

    public init(kind: String = "tit-for-tat", perceptionNoise: Double = 0, implementationNoise: Double = 0, generosity: Double? = nil) {
        self.kind = kind
        self.perceptionNoise = perceptionNoise
        self.implementationNoise = implementationNoise
        self.generosity = generosity
    }
}

/// One tariff measure of the war (a Section 301 list, a "reciprocal" tariff, a surtax on a
/// product group): its rate on the goods it covers and the share of the other's exports that
/// is. It adds coverage × rate to the actor's average tariff.
public struct Measure: Sendable, Equatable, Codable {
    public var name: String
    /// The added rate on covered goods, in percent.
    public var rate: Double
    /// The share of the other actor's exports to this actor the measure covers (0–1].
    public var coverage: Double
    /// The product group it covers, in words (e.g. "steel and aluminium").
    public var products: String?

    public init(name: String, rate: Double, coverage: Double, products: String? = nil) {
        self.name = name
        self.rate = rate
        self.coverage = coverage
        self.products = products
    }
}
