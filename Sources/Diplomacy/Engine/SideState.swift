/// What one side is at a point of a run (the state of docs/model.md §1).
public struct SideState: Sendable, Equatable {
    /// τ_i: the tariff this side imposes on the other, as a fraction.
    public var tariff: Double
    /// How many of this side's escalation rungs beyond tariffs are in force.
    public var rungs = 0
    /// This week's economic pain (shock included) and its exposure components.
    public var pain = 0.0
    public var exportPain = 0.0
    public var importPain = 0.0
    /// Π_i and the exposure stocks that export- or import-exposed groups add to it.
    public var painStock = 0.0
    public var exportPainStock = 0.0
    public var importPainStock = 0.0
    /// S: the pain level this side has adjusted to (trade diverted, firms adapted); a share of
    /// it no longer hurts (docs/model.md §2).
    public var adjustedPain = 0.0
    /// The other side's tariff increases since this side last raised its own: what a raise in
    /// kind answers.
    public var increaseToAnswer = 0.0
    /// Formal talks are under way (the same for both sides): an offer made there costs less.
    public var talksUnderWay = false
    /// A one-sided suspension in force: the week it ends and the tariff it suspended.
    public var suspendedUntil: Int?
    public var suspendedFrom = 0.0
    /// Decaying market-shock pain.
    public var shock = 0.0
    /// G_S, G_V: this side's grievances against the other, from the other's export controls
    /// (spillover) and from violations of the agreement it perceives; they fade by ρ_G a week,
    /// and multiply its breakdown hazard by 1 + G_S + G_V (docs/model.md §15).
    public var spilloverGrievance = 0.0
    public var violationGrievance = 0.0
    /// Weekly pain from the other side's export controls in force.
    public var controlPain = 0.0
    /// Welfare change this week: % vs peace under `ge`; minus raw pain under `stylized`.
    public var welfareChange = 0.0
    public var nationalism = 0.0          // N
    public var commitment = 0.0           // K
    public var pressure = 0.0             // Q
    public var opposition = 0.0           // O
    /// P[deal ≻ status quo] in the PCE: the deal is ratifiable at home if ≥ θ_rat.
    public var dealSupport = 0.0
    public var cost = 0.0                 // c
    public var share = 0.5                // s
    /// h_ij: believed weekly concession hazard of the other side, and its multiplier J.
    public var hazard = 0.0
    public var hazardMultiplier = 1.0
    /// Ĵ: this side's record of the other's multiplier J — it moves only with this side's own
    /// first offers (and their exposure), so this side knows it without reading the other's beliefs.
    public var otherHazardMultiplier = 1.0
    public var receptivity: Double        // R
    /// Pending likelihood-ratio signals received this week: log-odds shift applied to R.
    public var signalLogOdds = 0.0
    public var audienceCostPaid = 0.0
    /// Election and event multipliers on α and π0, recomputed each week.
    public var electionMultiplier = 1.0
    public var lameDuck = false
    public var justified = false
    public var statementThisWeek = false
    /// This week's public move (tariff actually rose) and the other's move as perceived.
    public var escalated = false
    public var perceivedOtherEscalated = false
    /// Whether the other was seen escalating since this side last reviewed its tariff.
    var perceivedSinceReview = false

    public init(tariff: Double, receptivity: Double) {
        self.tariff = tariff
        self.receptivity = receptivity
    }
}
