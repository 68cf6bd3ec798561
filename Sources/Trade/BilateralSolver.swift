/// What the diplomacy engine needs from one tariff state of a pair `(a, b)`.
public struct BilateralOutcome: Sendable, Equatable {
    /// `100 (Ŵ_j − 1)` for every region, in region order.
    public var welfareChangePercent: [Double]
    /// `ŵ_j` for every region (keep it to warm-start a later solve).
    public var wageHat: [Double]
    /// `100 (X′/X − 1)` of `a`'s exports to `b` (pre-tariff value); 0 if the baseline flow is 0.
    public var exportsAToBChangePercent: Double
    /// `100 (X′/X − 1)` of `b`'s exports to `a`; 0 if the baseline flow is 0.
    public var exportsBToAChangePercent: Double
    public var iterations: Int

    public init(count: Int) {
        welfareChangePercent = [Double](repeating: 0, count: count)
        wageHat = [Double](repeating: 1, count: count)
        exportsAToBChangePercent = 0
        exportsBToAChangePercent = 0
        iterations = 0
    }
}

/// The fast path for the diplomacy engine: "welfare change % of each region and the trade value
/// changes of the a–b flows, for the state (a on b = `aOnB`, b on a = `bOnA`), all other tariffs
/// at baseline". Tariffs are fractions (1.45 = 145 %).
///
/// It reuses one workspace and warm-starts from the previous solve; ``solve(aOnB:bOnA:into:)``
/// allocates nothing once `outcome` has the right size. Results do not depend on the warm start
/// beyond the 1e-12 tolerance. Not thread-safe: one per thread.
///
/// ```swift
/// let world = try TradeWorld(baseline: base, elasticity: 4)
/// let pair = try world.bilateral("USA", "CHN")
/// let o = try pair.solve(aOnB: 1.45, bOnA: 1.25)   // o.welfareChangePercent[0] is USA's
/// ```
public final class BilateralSolver {
    public let world: TradeWorld
    public let a: Int
    public let b: Int
    public let solver: HatSolver

    public init(world: TradeWorld, a: Int, b: Int) throws {
        guard a != b, (0..<world.count).contains(a), (0..<world.count).contains(b) else {
            throw TradeError.invalidRegions("a bilateral pair needs two distinct regions (got indices \(a) and \(b))")
        }
        self.world = world
        self.a = a
        self.b = b
        self.solver = world.makeSolver()
    }

    /// Solves the state and writes the results into `outcome` (no allocation if it is sized).
    public func solve(aOnB: Double, bOnA: Double, warmStart: Bool = true, into outcome: inout BilateralOutcome) throws {
        try solver.loadTariffs(world.baseline.tariffs)
        try solver.overrideTariff(exporter: b, importer: a, to: aOnB)
        try solver.overrideTariff(exporter: a, importer: b, to: bOnA)
        let stats = try solver.solveLoaded(warmStart: warmStart ? .previous : .none, method: .newton)
        let n = world.count
        if outcome.welfareChangePercent.count != n { outcome = BilateralOutcome(count: n) }
        for j in 0..<n {
            outcome.welfareChangePercent[j] = solver.welfareChangePercent(j)
            outcome.wageHat[j] = solver.wageHat(j)
        }
        outcome.exportsAToBChangePercent = solver.tradeValueChangePercent(exporter: a, importer: b) ?? 0
        outcome.exportsBToAChangePercent = solver.tradeValueChangePercent(exporter: b, importer: a) ?? 0
        outcome.iterations = stats.iterations
    }

    /// Solves the state and returns the outcome.
    public func solve(aOnB: Double, bOnA: Double, warmStart: Bool = true) throws -> BilateralOutcome {
        var outcome = BilateralOutcome(count: world.count)
        try solve(aOnB: aOnB, bOnA: bOnA, warmStart: warmStart, into: &outcome)
        return outcome
    }

    /// The full outputs (docs/model.md §10.4) of the last solve.
    public func counterfactual() -> Counterfactual { solver.counterfactual() }
}
