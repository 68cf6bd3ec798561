/// The Nash tariffs of a pair `(a, b)` with every other tariff fixed (docs/model.md §10.6).
public struct NashEquilibrium: Sendable {
    public let a: Int
    public let b: Int
    /// `t[b][a]`: the tariff `a` imposes on goods from `b` (fraction).
    public let tariffAOnB: Double
    /// `t[a][b]`: the tariff `b` imposes on goods from `a` (fraction).
    public let tariffBOnA: Double
    /// Gauss–Seidel rounds (one round = both best responses).
    public let rounds: Int
    /// The counterfactual at the equilibrium.
    public let counterfactual: Counterfactual
}

extension TradeWorld {
    /// Nash tariffs of `a` and `b` by Gauss–Seidel iteration: `t[b][a] ← BR_a(t[a][b])`, then
    /// `t[a][b] ← BR_b(t[b][a])`, until both change by less than `tolerance`. Starts from
    /// `tariffs` (default: the baseline's), which also fixes every other tariff.
    public func nashTariffs(_ a: Int, _ b: Int, tariffs: TariffMatrix? = nil, tolerance: Double = 1e-6, maxRounds: Int = 100) throws -> NashEquilibrium {
        guard a != b, (0..<count).contains(a), (0..<count).contains(b) else {
            throw TradeError.invalidRegions("a Nash pair needs two distinct regions (got indices \(a) and \(b))")
        }
        let solver = makeSolver()
        var t = tariffs ?? baseline.tariffs
        var change = Double.infinity
        for round in 1...maxRounds {
            let oldBA = t[exporter: b, importer: a], oldAB = t[exporter: a, importer: b]
            let brA = try bestResponse(importer: a, exporter: b, tariffs: t, upper: 5, solver: solver)
            t[exporter: b, importer: a] = brA.tariff
            let brB = try bestResponse(importer: b, exporter: a, tariffs: t, upper: 5, solver: solver)
            t[exporter: a, importer: b] = brB.tariff
            change = max(abs(t[exporter: b, importer: a] - oldBA), abs(t[exporter: a, importer: b] - oldAB))
            if change < tolerance {
                return NashEquilibrium(
                    a: a, b: b, tariffAOnB: t[exporter: b, importer: a], tariffBOnA: t[exporter: a, importer: b],
                    rounds: round, counterfactual: brB.counterfactual)
            }
        }
        throw TradeError.nashNotConverged(change: change, rounds: maxRounds)
    }
}
