import RealModule

/// How the hat system is solved (docs/model.md §10.5).
public enum SolverMethod: String, Sendable, Codable {
    /// Newton in log wages with the analytic Jacobian and backtracking; falls back to the
    /// damped fixed point if Newton stalls.
    case newton
    /// The damped tâtonnement `ŵ ← ŵ (demand/ŵY)^κ`, `κ = 1/(1+ε)`, alone.
    case fixedPoint = "fixed_point"
}

/// Where a solve starts.
public enum WarmStart: Sendable {
    /// `ŵ = 1`.
    case none
    /// The solver's previous solution (or `ŵ = 1` if there is none).
    case previous
    /// Given wage changes, rescaled to satisfy the normalisation.
    case wages([Double])
}

/// What a solve did.
public struct SolveStats: Sendable, Equatable {
    /// Newton iterations, or fixed-point iterations when the fixed point was used.
    public var iterations: Int
    /// The method that produced the solution (`.fixedPoint` after a fallback).
    public var method: SolverMethod
    /// `max(max_i |Z_i|/Y_i, |Σ Y ŵ / Σ Y − 1|)` at the solution.
    public var residual: Double
}

/// The exact-hat-algebra solver of docs/model.md §10.4–§10.5 for one baseline and elasticity.
///
/// It owns a workspace of flat buffers, allocated once: a solve allocates nothing, so it can be
/// called thousands of times (best responses, the diplomacy engine). The last solution stays in
/// the workspace; read it through the accessors, or build a ``Counterfactual`` from it.
/// Not thread-safe: use one solver per thread (they are cheap to make).
public final class HatSolver {
    public let baseline: Baseline
    public let elasticity: Double
    /// Stopping tolerance on `max_i |Z_i|/Y_i` and on the normalisation (the reference: 1e-12).
    public var tolerance: Double = 1e-12
    public var maxNewtonIterations: Int = 100
    public var maxFixedPointIterations: Int = 200_000

    public var count: Int { n }
    /// True when the workspace holds a converged solution.
    public private(set) var hasSolution = false
    public private(set) var lastStats = SolveStats(iterations: 0, method: .newton, residual: .infinity)

    let n: Int
    let nn: Int
    // baseline data
    private let y: UnsafeMutablePointer<Double>         // Y
    private let e0: UnsafeMutablePointer<Double>        // E
    private let lambda: UnsafeMutablePointer<Double>    // λ
    private let t0: UnsafeMutablePointer<Double>        // t
    private let sumY: Double
    // constants of the current experiment
    private let c: UnsafeMutablePointer<Double>         // c_ij
    private let m: UnsafeMutablePointer<Double>         // m_ij = 1/(1+t′_ij)
    private let tp: UnsafeMutablePointer<Double>        // t′
    private let dp: UnsafeMutablePointer<Double>        // D′
    private let baselineD: UnsafeMutablePointer<Double> // D
    // state
    private let x: UnsafeMutablePointer<Double>         // ln ŵ
    private let xTrial: UnsafeMutablePointer<Double>
    private let w: UnsafeMutablePointer<Double>         // ŵ
    private let wp: UnsafeMutablePointer<Double>        // ŵ^(−ε)
    private let lp: UnsafeMutablePointer<Double>        // λ′
    private let bm: UnsafeMutablePointer<Double>        // B = m∘λ′
    private let xp: UnsafeMutablePointer<Double>        // X′
    private let s: UnsafeMutablePointer<Double>         // S_j
    private let mu: UnsafeMutablePointer<Double>        // μ_j
    private let ep: UnsafeMutablePointer<Double>        // E′_j
    private let demand: UnsafeMutablePointer<Double>    // Σ_j X′_ij
    private let z: UnsafeMutablePointer<Double>         // Z_i
    // Newton
    private let jac: UnsafeMutablePointer<Double>
    private let bmu: UnsafeMutablePointer<Double>       // B_kj / μ_j
    private let rhs: UnsafeMutablePointer<Double>
    private var residual = Double.infinity
    private var hasTradeCosts = false
    /// Set when an iterate left the feasible set (some `ŵ_j Y_j + D′_j ≤ 0`), with that region.
    private var sawInfeasible = false
    private var infeasibleRegion = 0

    /// A solver for `baseline` at trade elasticity `elasticity` (in `TradeWorld.elasticityRange`).
    public init(baseline: Baseline, elasticity: Double) throws {
        guard TradeWorld.elasticityRange.contains(elasticity) else { throw TradeError.invalidElasticity(elasticity) }
        self.baseline = baseline
        self.elasticity = elasticity
        n = baseline.count
        nn = n * n
        func vec(_ k: Int) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: max(k, 1))
            p.initialize(repeating: 0, count: max(k, 1))
            return p
        }
        y = vec(n); e0 = vec(n); lambda = vec(nn); t0 = vec(nn)
        c = vec(nn); m = vec(nn); tp = vec(nn); dp = vec(n); baselineD = vec(n)
        x = vec(n); xTrial = vec(n); w = vec(n); wp = vec(n)
        lp = vec(nn); bm = vec(nn); xp = vec(nn)
        s = vec(n); mu = vec(n); ep = vec(n); demand = vec(n); z = vec(n)
        jac = vec(nn); bmu = vec(nn); rhs = vec(n)
        for k in 0..<n {
            y[k] = baseline.output[k]
            e0[k] = baseline.expenditure[k]
            baselineD[k] = baseline.deficits[k]
        }
        for k in 0..<nn {
            lambda[k] = baseline.shares[k]
            t0[k] = baseline.tariffs.values[k]
        }
        sumY = baseline.output.reduce(0, +)
    }

    deinit {
        for p in [y, e0, lambda, t0, c, m, tp, dp, baselineD, x, xTrial, w, wp, lp, bm, xp, s, mu, ep, demand, z, jac, bmu, rhs] {
            p.deallocate()
        }
    }

    // MARK: - Public solves

    /// Solves the counterfactual for tariffs `tariffs` (fractions), optional trade-cost changes
    /// `tradeCostHat` (flat `[exporter * N + importer]`, 1 = unchanged) and counterfactual
    /// deficits `deficits` (nil: the baseline's, i.e. fixed in levels), and returns all outputs.
    public func solve(
        tariffs: TariffMatrix, tradeCostHat: [Double]? = nil, deficits: [Double]? = nil,
        warmStart: WarmStart = .none, method: SolverMethod = .newton
    ) throws -> Counterfactual {
        try update(tariffs: tariffs, tradeCostHat: tradeCostHat, deficits: deficits, warmStart: warmStart, method: method)
        return counterfactual()
    }

    /// Like ``solve(tariffs:tradeCostHat:deficits:warmStart:method:)`` but leaves the result in
    /// the workspace (read it with the accessors): with fixed deficits and no trade-cost
    /// changes, this allocates nothing.
    @discardableResult
    public func update(
        tariffs: TariffMatrix, tradeCostHat: [Double]? = nil, deficits: [Double]? = nil,
        warmStart: WarmStart = .none, method: SolverMethod = .newton
    ) throws -> SolveStats {
        guard tariffs.count == n else { throw TradeError.sizeMismatch(what: "tariffs", expected: n, found: tariffs.count) }
        try tariffs.validate(regions: baseline.regions)
        if let tau = tradeCostHat {
            guard tau.count == nn else { throw TradeError.sizeMismatch(what: "trade-cost changes", expected: nn, found: tau.count) }
            for i in 0..<n {
                for j in 0..<n {
                    let v = tau[i * n + j]
                    if !(v > 0) || !v.isFinite || (i == j && v != 1) {
                        throw TradeError.invalidTradeCost(exporter: baseline.regions[i], importer: baseline.regions[j], value: v)
                    }
                }
            }
        }
        if let d = deficits {
            try Self.validateDeficits(d, baseline: baseline)
            for k in 0..<n { dp[k] = d[k] }
        } else {
            for k in 0..<n { dp[k] = baselineD[k] }
        }
        tariffs.values.withUnsafeBufferPointer { t in
            if let tau = tradeCostHat {
                tau.withUnsafeBufferPointer { prepare(tariffs: t.baseAddress!, tradeCostHat: $0.baseAddress) }
            } else {
                prepare(tariffs: t.baseAddress!, tradeCostHat: nil)
            }
        }
        return try run(warmStart: warmStart, method: method)
    }

    /// The fast path: the tariffs `base` (default: the baseline's) except `t′[exporter][importer]`
    /// for each given entry (fractions), with fixed deficits. See also ``BilateralSolver``.
    @discardableResult
    public func update(
        changes: [(exporter: Int, importer: Int, tariff: Double)],
        base: TariffMatrix? = nil, warmStart: WarmStart = .previous, method: SolverMethod = .newton
    ) throws -> SolveStats {
        try loadTariffs(base ?? baseline.tariffs)
        for ch in changes { try overrideTariff(exporter: ch.exporter, importer: ch.importer, to: ch.tariff) }
        return try solveLoaded(warmStart: warmStart, method: method)
    }

    /// Copies `base` into the workspace's `t′` (no allocation). Part of the fast path.
    func loadTariffs(_ base: TariffMatrix) throws {
        guard base.count == n else { throw TradeError.sizeMismatch(what: "tariffs", expected: n, found: base.count) }
        base.values.withUnsafeBufferPointer { b in
            for k in 0..<nn { tp[k] = b[k] }
        }
    }

    /// Sets one entry of the workspace's `t′` after checking it. Part of the fast path.
    func overrideTariff(exporter i: Int, importer j: Int, to value: Double) throws {
        guard i >= 0, i < n, j >= 0, j < n else { throw TradeError.unknownRegion("index \(i) or \(j)") }
        if !value.isFinite || value < 0 || (i == j && value != 0) {
            throw TradeError.invalidTariff(
                importer: baseline.regions[j], exporter: baseline.regions[i], value: value,
                reason: !value.isFinite ? "not finite" : (value < 0 ? "negative" : "a region cannot tax its own goods"))
        }
        tp[i * n + j] = value
    }

    /// Solves for the workspace's `t′` with fixed deficits and no trade-cost changes.
    @discardableResult
    func solveLoaded(warmStart: WarmStart, method: SolverMethod) throws -> SolveStats {
        for k in 0..<n { dp[k] = baselineD[k] }
        prepare(tariffs: tp, tradeCostHat: nil)
        return try run(warmStart: warmStart, method: method)
    }

    // MARK: - Accessors of the last solution

    /// `ŵ_i`.
    public func wageHat(_ i: Int) -> Double { w[i] }
    /// `P̂_j = S_j^(−1/ε)`.
    public func priceIndexHat(_ j: Int) -> Double { Double.pow(s[j], -1 / elasticity) }
    /// `Ŵ_j = Ê_j / P̂_j`.
    public func welfareHat(_ j: Int) -> Double { ep[j] / e0[j] * Double.pow(s[j], 1 / elasticity) }
    /// `100 (Ŵ_j − 1)`.
    public func welfareChangePercent(_ j: Int) -> Double { 100 * (welfareHat(j) - 1) }
    /// `X′_ij`.
    public func flow(exporter i: Int, importer j: Int) -> Double { xp[i * n + j] }
    /// `100 (X′_ij / X_ij − 1)`, or nil when the baseline flow is zero.
    public func tradeValueChangePercent(exporter i: Int, importer j: Int) -> Double? {
        let x0 = baseline.flows[i * n + j]
        return x0 > 0 ? 100 * (xp[i * n + j] / x0 - 1) : nil
    }
    /// The current wage changes (allocates an array).
    public var wageHats: [Double] { (0..<n).map { w[$0] } }

    /// All outputs of docs/model.md §10.4 for the last solution.
    public func counterfactual() -> Counterfactual {
        let pHat = (0..<n).map { priceIndexHat($0) }
        var flows = [Double](repeating: 0, count: nn)
        var shares = [Double](repeating: 0, count: nn)
        var revenue = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n {
                flows[i * n + j] = xp[i * n + j]
                shares[i * n + j] = lp[i * n + j]
                revenue[j] += tp[i * n + j] * xp[i * n + j]
            }
        }
        return Counterfactual(
            baseline: baseline, elasticity: elasticity,
            tariffs: TariffMatrix(count: n, values: Array(UnsafeBufferPointer(start: tp, count: nn))),
            deficits: Array(UnsafeBufferPointer(start: dp, count: n)),
            wageHat: wageHats, priceIndexHat: pHat,
            expenditure: Array(UnsafeBufferPointer(start: ep, count: n)),
            flows: flows, shares: shares, tariffRevenue: revenue, stats: lastStats)
    }

    // MARK: - Validation

    /// A "converged" solution whose wages, expenditures, price indices or welfare are not
    /// finite and positive is no solution: it must never reach an output.
    private func checkFinite() throws {
        for k in 0..<n {
            let p = priceIndexHat(k), u = welfareHat(k)
            let name = !(w[k].isFinite && w[k] > 0) ? "wage hat" : !(ep[k].isFinite && ep[k] > 0) ? "expenditure"
                : !(p.isFinite && p > 0) ? "price index hat" : !(u.isFinite && u > 0) ? "welfare hat" : nil
            if let name {
                let v = name == "wage hat" ? w[k] : name == "expenditure" ? ep[k] : name == "price index hat" ? p : u
                throw TradeError.nonFiniteSolution("\(name) of \(baseline.regions[k]) is \(v)")
            }
        }
    }

    static func validateDeficits(_ d: [Double], baseline: Baseline) throws {
        let n = baseline.count
        guard d.count == n else { throw TradeError.sizeMismatch(what: "counterfactual deficits", expected: n, found: d.count) }
        let scale = baseline.output.reduce(0, +)
        var total = 0.0
        for k in 0..<n {
            guard d[k].isFinite else { throw TradeError.inconsistentDeficits("\(baseline.regions[k]): deficit \(d[k]) is not finite") }
            guard baseline.output[k] + d[k] > 0 else {
                throw TradeError.inconsistentDeficits(
                    "\(baseline.regions[k]): a deficit of \(d[k]) leaves no positive expenditure (Y + D ≤ 0)")
            }
            total += d[k]
        }
        guard abs(total) <= 1e-9 * scale else {
            throw TradeError.inconsistentDeficits("deficits must sum to zero across regions, but sum to \(total)")
        }
    }

    // MARK: - Core

    /// Computes `c` and `m` from `t′` (copied into `tp`) and `τ̂`.
    private func prepare(tariffs t: UnsafePointer<Double>, tradeCostHat tau: UnsafePointer<Double>?) {
        let negEps = -elasticity
        hasTradeCosts = tau != nil
        for k in 0..<nn {
            let tk = t[k]
            tp[k] = tk
            m[k] = 1 / (1 + tk)
            var ratio = (1 + tk) / (1 + t0[k])
            if let tau { ratio *= tau[k] }
            c[k] = ratio == 1 ? lambda[k] : lambda[k] * Double.pow(ratio, negEps)
        }
    }

    private func run(warmStart: WarmStart, method: SolverMethod) throws -> SolveStats {
        // initial point, rescaled to the normalisation
        switch warmStart {
        case .none:
            for k in 0..<n { w[k] = 1 }
        case .previous:
            if !hasSolution { for k in 0..<n { w[k] = 1 } }
        case .wages(let start):
            guard start.count == n, start.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                throw TradeError.sizeMismatch(what: "warm-start wages (positive)", expected: n, found: start.count)
            }
            for k in 0..<n { w[k] = start[k] }
        }
        var sw = 0.0
        for k in 0..<n { sw += y[k] * w[k] }
        let scale = sumY / sw
        for k in 0..<n { x[k] = scale == 1 ? Double.log(w[k]) : Double.log(w[k] * scale) }

        hasSolution = false
        sawInfeasible = false
        var totalIterations = 0
        if method == .newton {
            let (ok, its) = newton()
            totalIterations = its
            if ok {
                lastStats = SolveStats(iterations: its, method: .newton, residual: residual)
                try checkFinite()
                hasSolution = true
                return lastStats
            }
            // fall back to the fixed point from ŵ = 1 (the safest start)
            for k in 0..<n { x[k] = 0 }
        }
        let (ok, its) = fixedPoint()
        totalIterations += its
        lastStats = SolveStats(iterations: its, method: .fixedPoint, residual: residual)
        guard ok else {
            // With deficits fixed in levels, an equilibrium need not exist: when tariffs shrink
            // trade enough, a surplus country's whole income cannot cover its fixed surplus, and
            // the iterates run into the boundary ŵ_j Y_j + D′_j = 0. Report that, not a NaN.
            var hasDeficits = false
            for k in 0..<n where abs(dp[k]) > 1e-12 * sumY { hasDeficits = true }
            if sawInfeasible && hasDeficits {
                let j = infeasibleRegion
                throw TradeError.deficitsNotFinanceable(region: baseline.regions[j], deficit: dp[j])
            }
            throw TradeError.notConverged(residual: residual, iterations: totalIterations)
        }
        try checkFinite()
        hasSolution = true
        return lastStats
    }

    /// Evaluates the state (H1)–(H4) and the residual at log wages `lx`. Returns false if some
    /// `ŵ_j Y_j + D′_j ≤ 0` or the state is not finite.
    @inline(__always)
    private func evaluate(_ lx: UnsafeMutablePointer<Double>) -> Bool {
        let eps = elasticity
        var sw = 0.0
        for i in 0..<n {
            let wi = Double.exp(lx[i])
            w[i] = wi
            wp[i] = Double.exp(-eps * lx[i])
            sw += y[i] * wi
            if !(wi * y[i] + dp[i] > 0) {
                sawInfeasible = true
                infeasibleRegion = i
                residual = .infinity
                return false
            }
            s[i] = 0
            mu[i] = 0
        }
        for i in 0..<n {
            let wpi = wp[i]
            let ci = c + i * n, li = lp + i * n
            for j in 0..<n {
                let v = ci[j] * wpi
                li[j] = v
                s[j] += v
            }
        }
        for j in 0..<n { s[j] = 1 / s[j] }   // temporarily 1/S
        for i in 0..<n {
            let li = lp + i * n, mi = m + i * n, bi = bm + i * n
            for j in 0..<n {
                let l = li[j] * s[j]
                li[j] = l
                let b = mi[j] * l
                bi[j] = b
                mu[j] += b
            }
        }
        for j in 0..<n {
            s[j] = 1 / s[j]
            ep[j] = (w[j] * y[j] + dp[j]) / mu[j]
        }
        var r = abs(sw / sumY - 1)
        for i in 0..<n {
            let bi = bm + i * n, xi = xp + i * n
            var d = 0.0
            for j in 0..<n {
                let v = bi[j] * ep[j]
                xi[j] = v
                d += v
            }
            demand[i] = d
            let zi = d - w[i] * y[i]
            z[i] = zi
            r = max(r, abs(zi) / y[i])
        }
        guard r.isFinite else { residual = .infinity; return false }
        residual = r
        return true
    }

    /// Newton in log wages (docs/model.md §10.5). On success the state buffers hold the solution at `x`.
    private func newton() -> (Bool, Int) {
        guard evaluate(x) else { return (false, 0) }
        var it = 0
        while true {
            if residual < tolerance { return (true, it) }
            if it >= maxNewtonIterations { return (false, it) }
            buildSystem()
            guard LinearSolve.solveInPlace(jac, rhs, n: n) else { return (false, it) }
            var maxStep = 0.0
            for k in 0..<n { maxStep = max(maxStep, abs(rhs[k])) }
            var step = min(1, 1 / maxStep)
            let r0 = residual
            var accepted = false
            for _ in 0..<60 {
                // x + s·dx, then shifted back onto the normalisation Σ Y ŵ = Σ Y (the
                // linearised normalisation row misses the curvature of Σ Y e^x; a common shift
                // leaves the shares λ′ unchanged)
                var sw = 0.0
                for k in 0..<n {
                    let v = x[k] + step * rhs[k]
                    xTrial[k] = v
                    sw += y[k] * Double.exp(v)
                }
                let shift = Double.log(sumY / sw)
                for k in 0..<n { xTrial[k] += shift }
                if evaluate(xTrial) && residual < r0 { accepted = true; break }
                step *= 0.5
            }
            it += 1
            guard accepted else { return (false, it) }
            for k in 0..<n { x[k] = xTrial[k] }   // the state already holds xTrial
        }
    }

    /// Fills `jac` and `rhs = −F` from the current state (docs/model.md §10.5), with the normalisation in place
    /// of the last market-clearing equation.
    ///
    /// Substituting `X′_ij = B_ij E′_j` into that Jacobian gives
    /// `J_ik = ε M_ik + B_ik ŵ_k Y_k/μ_k − δ_ik (ε demand_i + ŵ_i Y_i)` with the symmetric
    /// `M = B · diag(E′/μ) · Bᵀ`, so only half of the O(N³) product is computed, as contiguous
    /// (vectorisable) axpy updates.
    private func buildSystem() {
        let eps = elasticity
        let last = n - 1
        // bmu holds Bᵀ: bmu[j][k] = B_kj; rhs temporarily holds ε E′_j/μ_j
        for k in 0..<n {
            let bk = bm + k * n
            for j in 0..<n { bmu[j * n + k] = bk[j] }
        }
        for j in 0..<n { rhs[j] = eps * ep[j] / mu[j] }
        // upper triangle of ε M, rows 0..<last (the last row is replaced)
        for i in 0..<last {
            let bi = bm + i * n
            let ji = UnsafeMutableBufferPointer(start: jac + i * n, count: n)
            for k in i..<n { ji[k] = 0 }
            for j in 0..<n {
                let g = bi[j] * rhs[j]
                if g == 0 { continue }
                let row = UnsafeMutableBufferPointer(start: bmu + j * n, count: n)
                for k in i..<n { ji[k] += g * row[k] }
            }
            // mirror into the lower triangle
            for k in (i + 1)..<last { jac[k * n + i] = ji[k] }
        }
        for k in 0..<n { rhs[k] = w[k] * y[k] / mu[k] }
        for i in 0..<last {
            let bi = bm + i * n, ji = jac + i * n
            for k in 0..<n { ji[k] += bi[k] * rhs[k] }
            ji[i] -= eps * demand[i] + w[i] * y[i]
        }
        var sw = 0.0
        let jl = jac + last * n
        for k in 0..<n {
            let v = y[k] * w[k]
            jl[k] = v
            sw += v
        }
        for i in 0..<last { rhs[i] = -z[i] }
        rhs[last] = -(sw - sumY)
    }

    /// The damped fixed point (docs/model.md §10.5) from log wages `x`.
    private func fixedPoint() -> (Bool, Int) {
        let kappa = 1 / (1 + elasticity)
        var it = 0
        while true {
            guard evaluate(x) else { return (false, it) }
            if residual < tolerance { return (true, it) }
            if it >= maxFixedPointIterations { return (false, it) }
            Tatonnement.step(logWages: UnsafeMutableBufferPointer(start: x, count: n),
                             wages: UnsafeBufferPointer(start: w, count: n), demand: UnsafeBufferPointer(start: demand, count: n),
                             output: UnsafeBufferPointer(start: y, count: n), damping: kappa, worldOutput: sumY)
            it += 1
        }
    }

    // MARK: - Testing hooks

    /// The Newton matrix at log wages `logWages` for the experiment last prepared, as the
    /// solver builds it: rows `0..<N−1` are `∂Z_i/∂x_k`, the last row is the normalisation
    /// `Y_k ŵ_k`. For tests.
    func newtonMatrix(logWages: [Double]) -> [Double] {
        for k in 0..<n { xTrial[k] = logWages[k] }
        _ = evaluate(xTrial)
        buildSystem()
        return Array(UnsafeBufferPointer(start: jac, count: nn))
    }

    /// `Z(x)` at log wages `logWages`, for the experiment last prepared. For tests.
    func excessDemand(logWages: [Double]) -> [Double] {
        for k in 0..<n { xTrial[k] = logWages[k] }
        _ = evaluate(xTrial)
        return (0..<n).map { z[$0] }
    }
}
