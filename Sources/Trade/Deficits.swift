/// How trade deficits are treated in counterfactuals (docs/model.md §10.4). The choice changes
/// the results, so it is always reported.
public enum DeficitTreatment: String, Sendable, Codable, CaseIterable {
    /// `D′ = D` in levels (DEK; the default). With world GDP as the numeraire this keeps each
    /// deficit fixed as a share of world GDP.
    case fixed
    /// First move to the balanced world `t′ = t, τ̂ = 1, D′ = 0`, then run experiments from it;
    /// welfare is measured relative to that balanced baseline (DEK §4, Ossa 2014).
    case purged
}

extension Baseline {
    /// The balanced baseline of the purged-deficit treatment: the flows `X′` of the
    /// counterfactual with unchanged tariffs and `D′ = 0`, recalibrated with the same tariffs.
    /// Depends on the elasticity.
    public func purgingDeficits(elasticity: Double) throws -> Baseline {
        let solver = try HatSolver(baseline: self, elasticity: elasticity)
        let cf = try solver.solve(tariffs: tariffs, deficits: [Double](repeating: 0, count: count))
        return try Baseline(regions: regions, flatFlows: cf.flows, tariffs: tariffs)
    }
}
