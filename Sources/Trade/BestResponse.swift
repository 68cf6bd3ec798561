/// The best response of `importer` against `exporter` (docs/model.md §10.6).
public struct BestResponse: Sendable {
    public let importer: Int
    public let exporter: Int
    /// The tariff `t′[exporter][importer]` that maximises `Ŵ_importer`, as a fraction in [0, 5].
    public let tariff: Double
    /// The counterfactual at the best response (all tariffs, all outputs).
    public let counterfactual: Counterfactual
    /// GE solves spent (grid plus refinement).
    public let evaluations: Int
}

extension TradeWorld {
    /// The best response of `importer` against `exporter`: the tariff `t′[exporter][importer]` in
    /// `[0, upper]` (fractions; 5 = 500 %) that maximises the importer's welfare, all other
    /// entries of `tariffs` (default: the baseline's) held fixed.
    ///
    /// A grid of step 0.05 locates the best point `g_k`; bounded Brent on `[g_{k−1}, g_{k+1}]`
    /// with `xatol = 1e−7` refines it. Every GE solve is warm-started from the previous one.
    public func bestResponse(importer: Int, exporter: Int, tariffs: TariffMatrix? = nil, upper: Double = 5) throws -> BestResponse {
        let solver = makeSolver()
        return try bestResponse(importer: importer, exporter: exporter, tariffs: tariffs ?? baseline.tariffs, upper: upper, solver: solver)
    }

    func bestResponse(importer j: Int, exporter i: Int, tariffs: TariffMatrix, upper: Double, solver: HatSolver) throws -> BestResponse {
        guard (0..<count).contains(i), (0..<count).contains(j) else { throw TradeError.unknownRegion("index \(i) or \(j)") }
        guard i != j else {
            throw TradeError.invalidTariff(importer: regions[j], exporter: regions[i], value: 0, reason: "a region cannot tax its own goods")
        }
        guard tariffs.count == count else { throw TradeError.sizeMismatch(what: "tariffs", expected: count, found: tariffs.count) }
        try tariffs.validate(regions: regions)
        var evaluations = 0
        func welfare(_ level: Double) throws -> Double {
            try solver.loadTariffs(tariffs)
            try solver.overrideTariff(exporter: i, importer: j, to: level)
            try solver.solveLoaded(warmStart: .previous, method: .newton)
            evaluations += 1
            return solver.welfareHat(j)
        }
        let step = 0.05
        let points = Int((upper / step).rounded(.down)) + 1
        var bestK = 0
        var bestW = -Double.infinity
        for k in 0..<points {
            let v = try welfare(Double(k) * step)
            if v > bestW { bestW = v; bestK = k }
        }
        let lo = Double(max(bestK - 1, 0)) * step
        let hi = Double(min(bestK + 1, points - 1)) * step
        let refined = try BoundedBrent.minimize(lower: lo, upper: hi, xatol: 1e-7) { try -welfare($0) }
        let level = -refined.fx >= bestW ? refined.x : Double(bestK) * step
        try solver.loadTariffs(tariffs)
        try solver.overrideTariff(exporter: i, importer: j, to: level)
        try solver.solveLoaded(warmStart: .previous, method: .newton)
        return BestResponse(importer: j, exporter: i, tariff: level, counterfactual: solver.counterfactual(), evaluations: evaluations + 1)
    }
}
