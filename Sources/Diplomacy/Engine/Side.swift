/// The two actors are sides 0 and 1, in the scenario's order; `other` is the opponent.
public typealias Side = Int

@inlinable func other(_ i: Side) -> Side { 1 - i }

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
}
