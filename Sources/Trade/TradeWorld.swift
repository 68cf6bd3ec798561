/// The entry point of the trade model: a calibrated baseline, the trade elasticity and the
/// deficit treatment, ready for counterfactuals, best responses and Nash tariffs.
///
/// Tariffs are **fractions** everywhere in this module (1.45 means 145 %); welfare and trade
/// changes are reported in **percent**. Immutable and `Sendable`; each solve makes a fresh
/// ``HatSolver``. For repeated solves keep a solver (``makeSolver()``) or a ``BilateralSolver``.
public struct TradeWorld: Sendable {
    /// The baseline as calibrated from the data.
    public let dataBaseline: Baseline
    /// The baseline experiments start from: `dataBaseline`, or its balanced version if purged.
    public let baseline: Baseline
    public let elasticity: Double
    public let deficits: DeficitTreatment

    /// The trade elasticities the model accepts: the range the solver is tested over (finite,
    /// accurate equilibria, best responses and Nash tariffs for tariffs up to 10 000 %), and the
    /// range of a scenario's `economy.elasticity`. Outside it Nash tariffs stop being
    /// monotone in ε (at ε = 50 they rise again) and, far outside, welfare becomes NaN.
    public static let elasticityRange: ClosedRange<Double> = 0.5...20

    public init(baseline: Baseline, elasticity: Double, deficits: DeficitTreatment = .fixed) throws {
        guard Self.elasticityRange.contains(elasticity) else { throw TradeError.invalidElasticity(elasticity) }
        self.dataBaseline = baseline
        self.elasticity = elasticity
        self.deficits = deficits
        switch deficits {
        case .fixed: self.baseline = baseline
        case .purged: self.baseline = try baseline.purgingDeficits(elasticity: elasticity)
        }
    }

    public var regions: [String] { baseline.regions }
    public var count: Int { baseline.count }
    /// The baseline tariffs (fractions).
    public var baselineTariffs: TariffMatrix { baseline.tariffs }

    public func index(of region: String) throws -> Int { try baseline.index(of: region) }

    /// A solver with its own workspace (not thread-safe; make one per thread).
    public func makeSolver() -> HatSolver {
        // The elasticity was validated by init, so this cannot fail.
        try! HatSolver(baseline: baseline, elasticity: elasticity)
    }

    /// The counterfactual for tariffs `tariffs` (fractions), deficits as chosen at init.
    public func solve(tariffs: TariffMatrix, warmStart: WarmStart = .none, method: SolverMethod = .newton) throws -> Counterfactual {
        try makeSolver().solve(tariffs: tariffs, warmStart: warmStart, method: method)
    }

    /// The baseline tariffs with some entries replaced; `importer` imposes `tariff` (a
    /// fraction) on goods from `exporter`.
    public func tariffs(setting changes: [(importer: String, exporter: String, tariff: Double)]) throws -> TariffMatrix {
        var t = baseline.tariffs
        for ch in changes {
            let j = try index(of: ch.importer), i = try index(of: ch.exporter)
            if !ch.tariff.isFinite || ch.tariff < 0 || i == j {
                throw TradeError.invalidTariff(
                    importer: ch.importer, exporter: ch.exporter, value: ch.tariff,
                    reason: !ch.tariff.isFinite ? "not finite" : (ch.tariff < 0 ? "negative" : "a region cannot tax its own goods"))
            }
            t[exporter: i, importer: j] = ch.tariff
        }
        return t
    }

    /// A fast solver for the tariff pair between `a` and `b`, others at baseline.
    public func bilateral(_ a: String, _ b: String) throws -> BilateralSolver {
        try BilateralSolver(world: self, a: index(of: a), b: index(of: b))
    }
}
