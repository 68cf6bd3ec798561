/// The two actors are sides 0 and 1, in the scenario's order; `other` is the opponent.
public typealias Side = Int

@inlinable func other(_ i: Side) -> Side { 1 - i }

/// One value for each side, held inline (no array, so nothing to allocate or reference-count in the
/// weekly step: agreements, decisions).
public struct PerSide<T: Sendable & Equatable>: Sendable, Equatable {
    public var first: T
    public var second: T

    public init(_ first: T, _ second: T) {
        self.first = first
        self.second = second
    }

    /// Borrowed, not copied: `decisions[i].tariff` reads one field of a large decision.
    public subscript(_ i: Side) -> T {
        _read { if i == 0 { yield first } else { yield second } }
        _modify { if i == 0 { yield &first } else { yield &second } }
    }
}

/// The fixed, per-run parameters of one side, resolved from the scenario into the units the
/// equations use (tariffs as fractions).
public struct SideSetup: Sendable, Equatable {
    public var id: String
    public var name: String
    public var leaderName: String
    public var resolve: Double           // V
    public var face: Double              // φ
    public var determination: Double     // D
    public var bluster: Double
    public var leak: Double              // λ
    public var nationalismWeight: Double // a_N
    public var audience: Double          // α
    public var painWeight: Double        // π0
    public var thresholds: Thresholds
    public var strategy: String
    public var perceptionNoise: Double
    public var implementationNoise: Double
    public var initialTariff: Double     // τ_i at week 0, fraction
    public var baselineTariff: Double    // τ0 for this side (never above the initial tariff)
    public var constituencies: [Constituency]
    /// Escalation rungs beyond tariffs, and how many are in force at week 0.
    public var rungs: [Rung]
    public var initialRungs: Int
    /// Stylized economy coefficients.
    public var exposure: Double, selfHarm: Double, termsGain: Double
    /// Share of its measures this side lifts when the other gives in (its demand's promise; 1
    /// without a demand: a trade war's coercer lifts once the other concedes).
    public var liftsOnCompliance = 1.0
    /// The war's named tariff measures on the other side (rates in percent at week 0, coverage).
    public var measures: [Measure] = []

    /// `rungPainPrefix[k]`: the weekly pain the first k rungs inflict, summed left to right
    /// (exactly the loop it replaces), so a week costs O(1) however many rungs are in force.
    public internal(set) var rungPainPrefix: [Double] = [0]
    /// How many leading rungs have any self-pain (the rest add exact zeros, skipped).
    public internal(set) var rungsWithSelfPain = 0

    mutating func indexRungs() {
        var prefix = [0.0]
        prefix.reserveCapacity(rungs.count + 1)
        for rung in rungs { prefix.append(prefix[prefix.count - 1] + rung.pain) }
        rungPainPrefix = prefix
        rungsWithSelfPain = (rungs.lastIndex { $0.selfPain != 0 } ?? -1) + 1
    }
}
