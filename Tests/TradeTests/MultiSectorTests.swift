import Testing
@testable import Trade

@Suite("Multi-sector extension (docs/model.md §10.8)")
struct MultiSectorTests {
    @Test(arguments: [0.5, 4.0, 20.0])
    func oneSectorEqualsTheOneSectorModel(eps: Double) throws {
        for base in [Support.calib.baseline, Support.world30.baseline, Support.randomWorld(9)] {
            let n = base.count
            let ms = try MultiSectorBaseline(regions: base.regions, sectorCount: 1, flatFlows: base.flows, tariffs: [base.tariffs])
            #expect(ms.sectorShares.allSatisfy { abs($0 - 1) < 1e-15 })
            let t = base.regions.contains("USA") ? Support.aprilPeak(base) : Support.randomTariffs(base, seed: 5, maxLevel: 3)
            let one = try HatSolver(baseline: base, elasticity: eps).solve(tariffs: t)
            let multi = try MultiSectorSolver(baseline: ms, elasticities: [eps]).solve(tariffs: [t])
            #expect(multi.stats.method == .newton)
            for j in 0..<n {
                #expect(abs(one.wageHat[j] - multi.wageHat[j]) < 1e-12)
                #expect(abs(one.priceIndexHat[j] - multi.priceIndexHat[j]) < 1e-12)
                #expect(abs(one.welfareHat[j] - multi.welfareHat[j]) < 1e-12)
                #expect(abs(one.tariffRevenue[j] / multi.tariffRevenue[j] - 1) < 1e-10 || one.tariffRevenue[j] == 0)
            }
            for k in 0..<(n * n) { #expect(abs(one.flows[k] - multi.flows[k]) <= 1e-11 * max(1, one.flows[k])) }
        }
    }

    static func twoSectorWorld() throws -> MultiSectorBaseline {
        let a = Support.randomWorld(6, index: 1), b = Support.randomWorld(6, index: 2)
        // sector 2 gets a different pattern and no trade at all in one pair
        var flowsB = b.flows
        flowsB[0 * 6 + 3] = 0
        return try MultiSectorBaseline(regions: a.regions, sectorCount: 2, flatFlows: a.flows + flowsB, tariffs: [a.tariffs, b.tariffs])
    }

    @Test func identitiesAndUnchangedTariffs() throws {
        let ms = try Self.twoSectorWorld()
        let solver = try MultiSectorSolver(baseline: ms, elasticities: [2, 7])
        let same = try solver.solve(tariffs: ms.tariffs)
        #expect(same.stats.iterations == 0)
        for j in 0..<6 {
            #expect(same.wageHat[j] == 1)
            #expect(abs(same.welfareHat[j] - 1) < 1e-14)
        }
        let t0 = Support.randomTariffs(try Baseline(regions: ms.regions, flatFlows: Array(ms.flows[0..<36])), seed: 1, maxLevel: 2)
        let cf = try solver.solve(tariffs: [t0, ms.tariffs[1].setting(importer: 2, exporter: 4, to: 3)])
        let n = 6, worldY = ms.output.reduce(0, +)
        for j in 0..<n {
            var imports = 0.0, exports = 0.0
            for k in 0..<n { imports += cf.totalFlow(exporter: k, importer: j); exports += cf.totalFlow(exporter: j, importer: k) }
            #expect(abs((imports - exports) - ms.deficits[j]) < 1e-10 * worldY)
            #expect(abs(exports - cf.wageHat[j] * ms.output[j]) < 1e-11 * ms.output[j])
            #expect(abs(cf.expenditure[j] - (cf.wageHat[j] * ms.output[j] + cf.tariffRevenue[j] + ms.deficits[j])) < 1e-10 * cf.expenditure[j])
        }
        let fixed = try solver.solve(tariffs: [t0, ms.tariffs[1].setting(importer: 2, exporter: 4, to: 3)], method: .fixedPoint)
        for j in 0..<n { #expect(abs(fixed.wageHat[j] - cf.wageHat[j]) < 1e-10) }
        #expect(cf.stats.iterations < fixed.stats.iterations)
    }

    @Test func analyticJacobianMatchesFiniteDifferences() throws {
        let ms = try Self.twoSectorWorld()
        let solver = try MultiSectorSolver(baseline: ms, elasticities: [2, 7])
        let t0 = Support.randomTariffs(try Baseline(regions: ms.regions, flatFlows: Array(ms.flows[0..<36])), seed: 4, maxLevel: 1)
        _ = try solver.solve(tariffs: [t0, t0])
        let n = 6
        let x0 = (0..<n).map { 0.03 * Double($0 % 3) - 0.02 }
        let jac = solver.analyticJacobian(logWages: x0)
        let h = 1e-6
        for k in 0..<n {
            var xp = x0, xm = x0
            xp[k] += h; xm[k] -= h
            let zp = solver.excessDemand(logWages: xp), zm = solver.excessDemand(logWages: xm)
            for i in 0..<n {
                let fd = (zp[i] - zm[i]) / (2 * h)
                #expect(abs(jac[i * n + k] - fd) / max(abs(fd), 1e-6 * ms.output[i]) < 1e-5, "J[\(i)][\(k)]")
            }
        }
    }

    @Test func purgedMultiSectorBaselineIsBalanced() throws {
        let ms = try Self.twoSectorWorld()
        let purged = try ms.purgingDeficits(elasticities: [3, 5])
        let scale = purged.output.reduce(0, +)
        #expect(purged.deficits.allSatisfy { abs($0) < 1e-10 * scale })
        #expect(ms.deficits.contains { abs($0) > 1e-3 * scale })
    }

    @Test func badSectorInputIsRejected() throws {
        let b = Support.calib.baseline
        #expect(throws: TradeError.self) { try MultiSectorBaseline(regions: b.regions, sectorFlows: []) }
        #expect(throws: TradeError.self) { try MultiSectorBaseline(regions: b.regions, sectorFlows: [[[1, 2], [3, 4]]]) }
        let ms = try MultiSectorBaseline(regions: b.regions, sectorCount: 1, flatFlows: b.flows)
        #expect(throws: TradeError.self) { try MultiSectorSolver(baseline: ms, elasticities: [4, 4]) }
        #expect(throws: TradeError.self) { try MultiSectorSolver(baseline: ms, elasticities: [-1]) }
    }
}
