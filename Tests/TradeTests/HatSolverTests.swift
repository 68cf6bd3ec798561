import RealModule
import Testing
@testable import Trade

@Suite("Exact hat algebra (docs/model.md §10.4) and the solvers (§10.5)")
struct HatSolverTests {
    @Test(arguments: [0.5, 2.0, 4.0, 8.0, 20.0])
    func unchangedTariffsGiveUnitHats(eps: Double) throws {
        for base in [Support.calib.baseline, Support.world30.baseline, Support.randomWorld(12)] {
            let cf = try HatSolver(baseline: base, elasticity: eps).solve(tariffs: base.tariffs)
            #expect(cf.iterations == 0)
            for j in 0..<base.count {
                #expect(cf.wageHat[j] == 1)
                #expect(abs(cf.priceIndexHat[j] - 1) < 1e-14)
                #expect(abs(cf.welfareHat[j] - 1) < 1e-14)
                #expect(abs(cf.tariffRevenue[j] - base.tariffRevenue[j]) <= 1e-12 * base.expenditure[j])
            }
            for k in 0..<(base.count * base.count) where base.flows[k] > 0 {
                #expect(abs(cf.flows[k] / base.flows[k] - 1) < 1e-12)
            }
        }
    }

    @Test func acrFormulaWithoutTariffs() throws {
        // free trade before and after, balanced (purged) deficits, a change in trade costs
        let free = try Baseline(regions: Support.world30.baseline.regions, flatFlows: Support.world30.baseline.flows)
        let balanced = try free.purgingDeficits(elasticity: 5)
        #expect(balanced.isBalanced)
        let n = balanced.count
        var tau = [Double](repeating: 1, count: n * n)
        for i in 0..<n { for j in 0..<n where i != j { tau[i * n + j] = 1 + 0.3 * Double((i * 7 + j * 3) % 5) / 4 } }
        let solver = try HatSolver(baseline: balanced, elasticity: 5)
        let cf = try solver.solve(tariffs: TariffMatrix(zeros: n), tradeCostHat: tau, deficits: [Double](repeating: 0, count: n))
        for j in 0..<n {
            #expect(abs(cf.expenditureHat[j] / cf.wageHat[j] - 1) < 1e-10)   // Ê = ŵ
            let ownHat = try #require(cf.ownShareHat(j))
            let acr = Double.pow(ownHat, -1 / 5.0)
            #expect(abs(cf.welfareHat[j] / acr - 1) < 1e-10)
            #expect(cf.welfareHat[j] < 1)   // higher trade costs hurt everyone here
        }
        Support.checkIdentities(cf)
    }

    @Test func autarkyLimit() throws {
        // prohibitive tariffs everywhere in a balanced free-trade world: ŵ/P̂ → λ_jj^(1/ε)
        let base = try Support.twoCountry().purgingDeficits(elasticity: 4)
        let three = try Baseline(regions: ["A", "B", "C"], flows: [[50, 5, 8], [5, 60, 7], [8, 7, 90]])
        for b in [base, three] {
            let n = b.count
            var t = TariffMatrix(zeros: n)
            for i in 0..<n { for j in 0..<n where i != j { t[exporter: i, importer: j] = 1e4 } }
            let cf = try HatSolver(baseline: b, elasticity: 4).solve(tariffs: t)
            for j in 0..<n {
                let limit = Double.pow(b.shares[j * n + j], 1 / 4.0)
                #expect(abs(cf.realWageChangePercent[j] / 100 + 1 - limit) < 1e-3)
            }
        }
    }

    @Test(arguments: [DeficitTreatment.fixed, .purged])
    func identitiesHoldForCalib2024(deficits: DeficitTreatment) throws {
        for eps in [0.5, 2.0, 4.0, 8.0, 20.0] {
            let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: eps, deficits: deficits)
            let cf = try world.solve(tariffs: Support.aprilPeak(world.baseline))
            Support.checkIdentities(cf)
            if deficits == .fixed {
                for j in 0..<3 { #expect(abs(cf.deficits[j] - world.dataBaseline.deficits[j]) < 1e-12) }
            } else {
                for j in 0..<3 { #expect(abs(cf.impliedDeficit(j)) < 1e-8) }
            }
        }
    }

    @Test(arguments: [0.5, 2.0, 4.0, 8.0, 20.0])
    func newtonAndFixedPointAgree(eps: Double) throws {
        for base in [Support.calib.baseline, Support.world30.baseline, Support.randomWorld(8)] {
            let t = base.regions.contains("USA") ? Support.aprilPeak(base) : Support.randomTariffs(base, seed: 3, maxLevel: 2)
            let solver = try HatSolver(baseline: base, elasticity: eps)
            let newton = try solver.solve(tariffs: t, method: .newton)
            let fixed = try solver.solve(tariffs: t, method: .fixedPoint)
            #expect(newton.stats.method == .newton)
            #expect(fixed.stats.method == .fixedPoint)
            #expect(newton.iterations <= 8)
            #expect(fixed.iterations > newton.iterations)
            for j in 0..<base.count {
                #expect(abs(newton.wageHat[j] - fixed.wageHat[j]) < 1e-10)
                #expect(abs(newton.welfareHat[j] - fixed.welfareHat[j]) < 1e-10)
            }
        }
    }

    @Test func analyticJacobianMatchesFiniteDifferences() throws {
        for (base, eps) in [(Support.calib.baseline, 4.0), (Support.randomWorld(7), 2.5), (Support.randomWorld(5, index: 2), 12.0)] {
            let n = base.count
            let solver = try HatSolver(baseline: base, elasticity: eps)
            let t = base.regions.contains("USA") ? Support.aprilPeak(base) : Support.randomTariffs(base, seed: 9, maxLevel: 1)
            _ = try solver.solve(tariffs: t)
            let x0 = (0..<n).map { 0.05 * Double.sin(Double($0 + 1)) }
            let jac = solver.newtonMatrix(logWages: x0)
            let h = 1e-6
            for k in 0..<n {
                // the last row is the linearised normalisation Σ Y_k ŵ_k
                #expect(abs(jac[(n - 1) * n + k] - base.output[k] * Double.exp(x0[k])) <= 1e-12 * base.output[k])
                var xp = x0, xm = x0
                xp[k] += h; xm[k] -= h
                let zp = solver.excessDemand(logWages: xp), zm = solver.excessDemand(logWages: xm)
                for i in 0..<(n - 1) {
                    let fd = (zp[i] - zm[i]) / (2 * h)
                    let scale = max(abs(fd), 1e-6 * base.output[i])
                    #expect(abs(jac[i * n + k] - fd) / scale < 1e-5, "J[\(i)][\(k)]")
                }
            }
        }
    }

    @Test func warmStartsGiveTheSameAnswer() throws {
        let base = Support.world30.baseline
        let solver = try HatSolver(baseline: base, elasticity: 4)
        let t = Support.aprilPeak(base)
        let cold = try solver.solve(tariffs: t)
        let shifted = cold.wageHat.map { $0 * 3.7 }   // rescaled to the normalisation
        let warm = try solver.solve(tariffs: t, warmStart: .wages(shifted))
        #expect(warm.iterations == 0)
        let prev = try solver.solve(tariffs: t, warmStart: .previous)
        #expect(prev.iterations == 0)
        for j in 0..<base.count { #expect(abs(warm.wageHat[j] - cold.wageHat[j]) < 1e-12) }
    }

    @Test(arguments: [0.5, 1.0, 4.0, 20.0])
    func extremeTariffsConverge(eps: Double) throws {
        for data in [Support.calib.baseline, Support.world30.baseline, Support.randomWorld(12, index: 5)] {
            let n = data.count
            // bilateral tariffs of 10 000 % between two regions, deficits fixed in levels
            let fixed = try HatSolver(baseline: data, elasticity: eps)
            for (a, b) in [(100.0, 100.0), (100.0, 0.0), (0.0, 100.0)] {
                let t = data.tariffs.setting(importer: 0, exporter: 1, to: a).setting(importer: 1, exporter: 0, to: b)
                let cf = try fixed.solve(tariffs: t)
                #expect(cf.stats.residual < 1e-12 && cf.stats.method == .newton)
                Support.checkIdentities(cf, tolerance: 1e-8)
            }
            // every tariff at 10 000 %, or a random mix up to 10 000 %, on the balanced baseline
            let world = try TradeWorld(baseline: data, elasticity: eps, deficits: .purged)
            let solver = world.makeSolver()
            var all = TariffMatrix(zeros: n)
            for i in 0..<n { for j in 0..<n where i != j { all[exporter: i, importer: j] = 100 } }
            for t in [all, Support.randomTariffs(world.baseline, seed: 11, maxLevel: 100)] {
                // (at ε = 20 a region facing 10 000 % on every link is numerically isolated, its
                // row of the Jacobian vanishes, and the fixed-point fallback finishes the job)
                let cf = try solver.solve(tariffs: t)
                #expect(cf.stats.residual < 1e-12)
                Support.checkIdentities(cf, tolerance: 1e-8)
            }
        }
    }

    @Test(arguments: [0.5, 4.0, 20.0])
    func unfinanceableFixedDeficitsAreReported(eps: Double) throws {
        // every tariff at 10 000 % with calib_2024's deficits fixed in levels: China's whole
        // income cannot pay its fixed 990 bn surplus, so no equilibrium exists (docs/model.md §10.4)
        let base = Support.calib.baseline
        var all = TariffMatrix(zeros: 3)
        for i in 0..<3 { for j in 0..<3 where i != j { all[exporter: i, importer: j] = 100 } }
        let solver = try HatSolver(baseline: base, elasticity: eps)
        #expect(throws: TradeError.deficitsNotFinanceable(region: "CHN", deficit: base.deficits[1])) {
            try solver.solve(tariffs: all)
        }
        #expect(!TradeError.deficitsNotFinanceable(region: "CHN", deficit: -990).isNonConvergence)
        // a moderate version of the same experiment is fine
        var some = TariffMatrix(zeros: 3)
        for i in 0..<3 { for j in 0..<3 where i != j { some[exporter: i, importer: j] = 1 } }
        Support.checkIdentities(try solver.solve(tariffs: some))
    }

    @Test func nonConvergenceIsReportedWithTheResidual() throws {
        let solver = try HatSolver(baseline: Support.calib.baseline, elasticity: 4)
        solver.maxNewtonIterations = 1
        solver.maxFixedPointIterations = 3
        do {
            _ = try solver.solve(tariffs: Support.aprilPeak(Support.calib.baseline))
            Issue.record("expected notConverged")
        } catch let TradeError.notConverged(residual, iterations) {
            #expect(residual > 1e-12 && residual.isFinite)
            #expect(iterations == 4)
            #expect(TradeError.notConverged(residual: residual, iterations: iterations).isNonConvergence)
        }
    }

    @Test func solveRejectsBadTariffs() throws {
        let base = Support.calib.baseline
        let solver = try HatSolver(baseline: base, elasticity: 4)
        #expect(throws: TradeError.self) { try solver.solve(tariffs: base.tariffs.setting(importer: 0, exporter: 1, to: -0.5)) }
        #expect(throws: TradeError.self) { try solver.solve(tariffs: base.tariffs.setting(importer: 0, exporter: 1, to: .nan)) }
        #expect(throws: TradeError.self) { try solver.solve(tariffs: base.tariffs.setting(importer: 0, exporter: 0, to: 0.1)) }
        #expect(throws: TradeError.self) { try solver.solve(tariffs: TariffMatrix(zeros: 2)) }
    }
}
