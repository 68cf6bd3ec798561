/// A go-between who can carry a backchannel (docs/model.md §6).
public struct Intermediary: Sendable, Equatable, Codable {
    /// Stable kebab-case identifier, e.g. `john-thornton`.
    public var id: String
    public var name: String
    /// Access to each actor's leadership, 0–1, keyed by actor id; a channel needs access > 0 to both.
    public var access: [String: Double]
    /// ℓ_m: weekly probability that the channel leaks through the intermediary.
    public var leakRate: Double
    /// L: weeks between both offers being in escrow and the joint announcement.
    public var latency: Int
    /// κ_m: weight on its messages (signal credibility, clarification success).
    public var credibility: Double
    /// δ_m: share of "who asked first" it hides.
    public var escrow: Double
    /// a_m: probability the principal honours a deal it arranged.
    public var authority: Double
    /// Who the intermediary is, for reports (e.g. "Chairman of the Brookings Institution").
    public var role: String?

    enum CodingKeys: String, CodingKey {
        case id, name, access, latency, credibility, escrow, authority, role
        case leakRate = "leak_rate"
    }

    public init(id: String, name: String, access: [String: Double], leakRate: Double = 0.005, latency: Int = 1,
                credibility: Double = 0.8, escrow: Double = 0.9, authority: Double = 1, role: String? = nil) {
        self.id = id
        self.name = name
        self.access = access
        self.leakRate = leakRate
        self.latency = latency
        self.credibility = credibility
        self.escrow = escrow
        self.authority = authority
        self.role = role
    }
}

/// Which channels diplomacy may use.
public struct DiplomacySettings: Sendable, Equatable, Codable {
    public var mode: DiplomacyMode
    /// The formal channel (envoys, ministers): its reach and its authority, like an intermediary's.
    public var formal: FormalChannel?
    /// The go-between not yet known, who can carry a backchannel when the scenario names none.
    public var unnamed: UnnamedIntermediary

    public init(mode: DiplomacyMode = .gate, formal: FormalChannel? = nil, unnamed: UnnamedIntermediary = UnnamedIntermediary()) {
        self.mode = mode
        self.formal = formal
        self.unnamed = unnamed
    }

    enum CodingKeys: String, CodingKey { case mode, formal, unnamed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        mode = try c.decodeIfPresent(DiplomacyMode.self, forKey: .mode) ?? .gate
        formal = try c.decodeIfPresent(FormalChannel.self, forKey: .formal)
        unnamed = try c.decodeIfPresent(UnnamedIntermediary.self, forKey: .unnamed) ?? UnnamedIntermediary()
    }
}

/// A scenario that names no intermediary has not thereby ruled a backchannel out: a go-between
/// nobody can name yet (a businessman, a third country's leader) may still emerge, as through
/// Kazakhstan's president between Russia and Turkey in 2016. Its numbers are judgement
/// (docs/model.md §6); `access: 0` rules it out.
public struct UnnamedIntermediary: Sendable, Equatable, Codable {
    /// Access to each leadership (the same for both), 0–1.
    public var access = 0.3
    public var leakRate = 0.007
    public var authority = 0.6

    enum CodingKeys: String, CodingKey {
        case access, authority
        case leakRate = "leak_rate"
    }

    public init(access: Double = 0.3, leakRate: Double = 0.007, authority: Double = 0.6) {
        self.access = access
        self.leakRate = leakRate
        self.authority = authority
    }

    /// As an intermediary between the two actors.
    public func intermediary(between ids: [String]) -> Intermediary {
        Intermediary(id: "go-between", name: "an unnamed go-between", access: Dictionary(uniqueKeysWithValues: ids.map { ($0, access) }),
                     leakRate: leakRate, authority: authority, role: "not named in the scenario")
    }
}

/// Who carries the formal talks, e.g. a treasury secretary and a vice-premier: `access` scales
/// the weekly chance talks open; `authority` is the chance both principals honour what is
/// agreed at the table (below 1, a deal can be repudiated, as through an intermediary).
public struct FormalChannel: Sendable, Equatable, Codable {
    public var name: String
    public var access: Double
    public var authority: Double

    public init(name: String, access: Double = 1, authority: Double = 1) {
        self.name = name
        self.access = access
        self.authority = authority
    }
}

public enum DiplomacyMode: String, Sendable, Equatable, Codable, CaseIterable {
    /// No negotiation: the war ends only by capitulation or the horizon.
    case noTalks = "no-talks"
    /// Formal, public talks only (sequential offers).
    case `public`
    /// A backchannel is opened as soon as an intermediary with access exists.
    case backchannel
    /// The Diplomat's rule decides when a backchannel opens (the default).
    case gate
}
