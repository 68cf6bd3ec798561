import RealModule

/// Newton (with the analytic Jacobian, summed over sectors) and the damped fixed point for the
/// multi-sector hat system of docs/model.md §10.8. Same conventions and tolerance as ``HatSolver``.
public final class MultiSectorSolver {
    public let baseline: MultiSectorBaseline
    /// `ε_s` per sector.
    public let elasticities: [Double]
    public var tolerance = 1e-12
    public var maxNewtonIterations = 100
    public var maxFixedPointIterations = 200_000

    private let n: Int, sc: Int, nn: Int
    private var c: [Double], m: [Double], tp: [Double], dp: [Double]
    private var x: [Double], xTrial: [Double], w: [Double]
    private var lp: [Double], bm: [Double], xp: [Double], ssum: [Double], muS: [Double]
    private var mu: [Double], ep: [Double], demand: [Double], z: [Double], xTot: [Double]
    private var jac: [Double], rhs: [Double]
    private var residual = Double.infinity
    private var lastSolution: [Double]?
    private let sumY: Double

    public init(baseline: MultiSectorBaseline, elasticities: [Double]) throws {
        guard elasticities.count == baseline.sectorCount else {
            throw TradeError.invalidSectors("\(baseline.sectorCount) sectors but \(elasticities.count) elasticities")
        }
        for e in elasticities where !(e > 0) || !e.isFinite { throw TradeError.invalidElasticity(e) }
        self.baseline = baseline
        self.elasticities = elasticities
        n = baseline.count
        sc = baseline.sectorCount
        nn = n * n
        c = .init(repeating: 0, count: sc * nn); m = c; tp = c; lp = c; bm = c; xp = c
        dp = .init(repeating: 0, count: n); x = dp; xTrial = dp; w = dp; mu = dp; ep = dp; demand = dp; z = dp; rhs = dp
        ssum = .init(repeating: 0, count: sc * n); muS = ssum
        xTot = .init(repeating: 0, count: nn); jac = xTot
        sumY = baseline.output.reduce(0, +)
    }

    /// Solves for tariffs per sector (fractions) and deficits (nil: fixed at the baseline's).
    public func solve(tariffs: [TariffMatrix], deficits: [Double]? = nil, warmStart: WarmStart = .none, method: SolverMethod = .newton) throws -> MultiSectorCounterfactual {
        guard tariffs.count == sc else { throw TradeError.invalidSectors("\(sc) sectors but \(tariffs.count) tariff matrices") }
        for t in tariffs { try t.validate(regions: baseline.regions) }
        let d = deficits ?? baseline.deficits
        if deficits != nil {
            let proxy = try Baseline(regions: baseline.regions, flatFlows: (0..<nn).map { k in
                (0..<sc).reduce(0) { $0 + baseline.flows[$1 * nn + k] } })
            try HatSolver.validateDeficits(d, baseline: proxy)
        }
        dp = d
        for s in 0..<sc {
            let eps = elasticities[s]
            for k in 0..<nn {
                let t1 = tariffs[s].values[k], t0 = baseline.tariffs[s].values[k]
                tp[s * nn + k] = t1
                m[s * nn + k] = 1 / (1 + t1)
                let ratio = (1 + t1) / (1 + t0)
                let l = baseline.shares[s * nn + k]
                c[s * nn + k] = ratio == 1 ? l : l * Double.pow(ratio, -eps)
            }
        }
        switch warmStart {
        case .none: w = .init(repeating: 1, count: n)
        case .previous: w = lastSolution ?? .init(repeating: 1, count: n)
        case .wages(let start):
            guard start.count == n, start.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                throw TradeError.sizeMismatch(what: "warm-start wages (positive)", expected: n, found: start.count)
            }
            w = start
        }
        var sw = 0.0
        for k in 0..<n { sw += baseline.output[k] * w[k] }
        for k in 0..<n { x[k] = Double.log(w[k] * sumY / sw) }
        lastSolution = nil
        var stats: SolveStats
        var its = 0
        var ok = false
        if method == .newton {
            (ok, its) = newton()
            stats = SolveStats(iterations: its, method: .newton, residual: residual)
            if !ok { x = .init(repeating: 0, count: n) }
        } else {
            stats = SolveStats(iterations: 0, method: .fixedPoint, residual: residual)
        }
        if !ok {
            let (ok2, its2) = fixedPoint()
            stats = SolveStats(iterations: its2, method: .fixedPoint, residual: residual)
            guard ok2 else { throw TradeError.notConverged(residual: residual, iterations: its + its2) }
        }
        lastSolution = w
        var sectorP = [Double](repeating: 1, count: sc * n)
        var pHat = [Double](repeating: 1, count: n)
        var revenue = [Double](repeating: 0, count: n)
        for s in 0..<sc {
            for j in 0..<n {
                let alpha = baseline.sectorShares[s * n + j]
                if ssum[s * n + j] > 0 {
                    sectorP[s * n + j] = Double.pow(ssum[s * n + j], -1 / elasticities[s])
                    pHat[j] *= Double.pow(sectorP[s * n + j], alpha)
                }
                for i in 0..<n { revenue[j] += tp[s * nn + i * n + j] * xp[s * nn + i * n + j] }
            }
        }
        return MultiSectorCounterfactual(
            baseline: baseline, elasticities: elasticities, wageHat: w, sectorPriceIndexHat: sectorP,
            priceIndexHat: pHat, expenditure: ep, flows: xp, tariffRevenue: revenue, stats: stats)
    }

    private func evaluate(_ lx: [Double]) -> Bool {
        let y = baseline.output, alpha = baseline.sectorShares
        var sw = 0.0
        for i in 0..<n {
            w[i] = Double.exp(lx[i])
            sw += y[i] * w[i]
            if !(w[i] * y[i] + dp[i] > 0) { residual = .infinity; return false }
            mu[i] = 0
        }
        for s in 0..<sc {
            let negEps = -elasticities[s]
            for j in 0..<n { ssum[s * n + j] = 0; muS[s * n + j] = 0 }
            for i in 0..<n {
                let wpi = Double.exp(negEps * lx[i])
                for j in 0..<n {
                    let v = c[s * nn + i * n + j] * wpi
                    lp[s * nn + i * n + j] = v
                    ssum[s * n + j] += v
                }
            }
            for i in 0..<n {
                for j in 0..<n {
                    let k = s * nn + i * n + j
                    let total = ssum[s * n + j]
                    let l = total > 0 ? lp[k] / total : 0
                    lp[k] = l
                    bm[k] = m[k] * l
                    muS[s * n + j] += bm[k]
                }
            }
            for j in 0..<n { mu[j] += alpha[s * n + j] * muS[s * n + j] }
        }
        for j in 0..<n { ep[j] = (w[j] * y[j] + dp[j]) / mu[j] }
        for k in 0..<nn { xTot[k] = 0 }
        for s in 0..<sc {
            for i in 0..<n {
                for j in 0..<n {
                    let k = s * nn + i * n + j
                    let v = bm[k] * alpha[s * n + j] * ep[j]
                    xp[k] = v
                    xTot[i * n + j] += v
                }
            }
        }
        var r = abs(sw / sumY - 1)
        for i in 0..<n {
            var d = 0.0
            for j in 0..<n { d += xTot[i * n + j] }
            demand[i] = d
            z[i] = d - w[i] * y[i]
            r = max(r, abs(z[i]) / y[i])
        }
        guard r.isFinite else { residual = .infinity; return false }
        residual = r
        return true
    }

    /// `J_ik = −δ_ik(Σ_s ε_s d_si + ŵ_iY_i) + C_ik ŵ_kY_k/μ_k + Σ_s ε_s Σ_j (U_sij λ′_skj + V_sij B_skj)`
    /// with `U_sij = X′_sij − X′_ij α_sj μ_sj/μ_j`, `V_sij = X′_ij α_sj/μ_j`, `C_ik = X′_ik/E′_k`.
    func buildJacobian(allRows: Bool) {
        let y = baseline.output, alpha = baseline.sectorShares
        let rows = allRows ? n : n - 1
        for k in 0..<(rows * n) { jac[k] = 0 }
        var u = [Double](repeating: 0, count: n), v = [Double](repeating: 0, count: n)
        for i in 0..<rows {
            var sectorDemand = 0.0
            for s in 0..<sc {
                let eps = elasticities[s]
                var ds = 0.0
                for j in 0..<n {
                    let xs = xp[s * nn + i * n + j]
                    ds += xs
                    u[j] = xs - xTot[i * n + j] * alpha[s * n + j] * muS[s * n + j] / mu[j]
                    v[j] = xTot[i * n + j] * alpha[s * n + j] / mu[j]
                }
                sectorDemand += eps * ds
                for k in 0..<n {
                    var dot = 0.0
                    for j in 0..<n { dot += u[j] * lp[s * nn + k * n + j] + v[j] * bm[s * nn + k * n + j] }
                    jac[i * n + k] += eps * dot
                }
            }
            for k in 0..<n { jac[i * n + k] += xTot[i * n + k] / ep[k] * w[k] * y[k] / mu[k] }
            jac[i * n + i] -= sectorDemand + w[i] * y[i]
        }
    }

    private func newton() -> (Bool, Int) {
        guard evaluate(x) else { return (false, 0) }
        let y = baseline.output
        var it = 0
        while true {
            if residual < tolerance { return (true, it) }
            if it >= maxNewtonIterations { return (false, it) }
            buildJacobian(allRows: false)
            var sw = 0.0
            for k in 0..<n {
                jac[(n - 1) * n + k] = y[k] * w[k]
                sw += y[k] * w[k]
                rhs[k] = -z[k]
            }
            rhs[n - 1] = -(sw - sumY)
            let solved = jac.withUnsafeMutableBufferPointer { a in
                rhs.withUnsafeMutableBufferPointer { b in LinearSolve.solveInPlace(a.baseAddress!, b.baseAddress!, n: n) }
            }
            guard solved else { return (false, it) }
            let maxStep = rhs.reduce(0) { max($0, abs($1)) }
            var step = min(1, 1 / maxStep)
            let r0 = residual
            var accepted = false
            for _ in 0..<60 {
                for k in 0..<n { xTrial[k] = x[k] + step * rhs[k] }
                if evaluate(xTrial) && residual < r0 { accepted = true; break }
                step *= 0.5
            }
            it += 1
            guard accepted else { return (false, it) }
            x = xTrial
        }
    }

    private func fixedPoint() -> (Bool, Int) {
        // the damping of the most elastic sector keeps the step stable
        let kappa = 1 / (1 + (elasticities.max() ?? 1))
        let y = baseline.output
        var it = 0
        while true {
            guard evaluate(x) else { return (false, it) }
            if residual < tolerance { return (true, it) }
            if it >= maxFixedPointIterations { return (false, it) }
            w.withUnsafeBufferPointer { w in
                demand.withUnsafeBufferPointer { demand in
                    y.withUnsafeBufferPointer { y in
                        x.withUnsafeMutableBufferPointer { x in
                            Tatonnement.step(logWages: x, wages: w, demand: demand, output: y, damping: kappa, worldOutput: sumY)
                        }
                    }
                }
            }
            it += 1
        }
    }

    // MARK: - Testing hooks

    /// The analytic Jacobian (all rows) at `logWages`, for the experiment last solved. For tests.
    func analyticJacobian(logWages: [Double]) -> [Double] {
        _ = evaluate(logWages)
        buildJacobian(allRows: true)
        return jac
    }

    /// `Z(x)` at `logWages`, for the experiment last solved. For tests.
    func excessDemand(logWages: [Double]) -> [Double] {
        _ = evaluate(logWages)
        return z
    }
}
