import RealModule
import Testing
@testable import Trade

@Suite("Optimal tariffs, best responses and Nash (docs/model.md §10.4, §10.6)")
struct OptimalTariffTests {
    @Test(arguments: [2.0, 4.0, 8.0])
    func grosOptimalTariffInTheBalancedTwoCountryCase(eps: Double) throws {
        for base in [Support.twoCountry(), Support.twoCountry(home: 300, foreign: 60, trade: 25)] {
            let world = try TradeWorld(baseline: base, elasticity: eps)
            let br = try world.bestResponse(importer: 0, exporter: 1)
            let lambdaFF = br.counterfactual.shares[1 * 2 + 1]
            let gros = 1 / (eps * lambdaFF)
            #expect(abs(br.tariff - gros) < 2e-6, "t* = \(br.tariff), Gros \(gros)")
            #expect(br.tariff > 0.01 && br.tariff < 5)
            // and it is a maximum: nearby tariffs give lower welfare
            let here = br.counterfactual.welfareHat[0]
            for d in [-0.01, 0.01] {
                let cf = try world.solve(tariffs: base.tariffs.setting(importer: 0, exporter: 1, to: br.tariff + d))
                #expect(cf.welfareHat[0] < here)
            }
        }
    }

    @Test func smallTariffFromFreeTradeHelpsTheImposerAndHurtsTheTarget() throws {
        var worlds = [try Baseline(regions: Support.calib.baseline.regions, flatFlows: Support.calib.baseline.flows)]
        for k in 0..<4 { worlds.append(Support.randomWorld(2 + 3 * k, index: k, maxTariff: 0)) }
        for base in worlds {
            for deficits in [DeficitTreatment.fixed, .purged] {
                let world = try TradeWorld(baseline: base, elasticity: 4, deficits: deficits)
                let cf = try world.solve(tariffs: TariffMatrix(zeros: base.count).setting(importer: 0, exporter: 1, to: 0.01))
                #expect(cf.welfareHat[0] > 1, "imposer gains (\(deficits), n=\(base.count))")
                #expect(cf.welfareHat[1] < 1, "target loses (\(deficits), n=\(base.count))")
                // first order: doubling a small tariff roughly doubles the effect
                let cf2 = try world.solve(tariffs: TariffMatrix(zeros: base.count).setting(importer: 0, exporter: 1, to: 0.02))
                let ratio = (cf2.welfareHat[1] - 1) / (cf.welfareHat[1] - 1)
                #expect(ratio > 1.8 && ratio < 2.2)
            }
        }
    }

    @Test func bestResponseBeatsTheGridAndItsNeighbours() throws {
        let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: 4)
        let t = Support.aprilPeak(world.baseline)
        let br = try world.bestResponse(importer: 1, exporter: 0, tariffs: t)   // CHN against USA
        let best = br.counterfactual.welfareHat[1]
        for k in 0...100 {
            let cf = try world.solve(tariffs: t.setting(importer: 1, exporter: 0, to: Double(k) * 0.05))
            #expect(cf.welfareHat[1] <= best + 1e-13)
        }
        // other tariffs untouched
        #expect(br.counterfactual.tariffs[exporter: 1, importer: 0] == 1.45)
        #expect(br.evaluations > 101)
    }

    @Test func nashIsAMutualBestResponse() throws {
        let world = try TradeWorld(baseline: Support.randomWorld(5, index: 3), elasticity: 5, deficits: .purged)
        let ne = try world.nashTariffs(0, 2)
        let t = ne.counterfactual.tariffs
        #expect(abs(t[exporter: 2, importer: 0] - ne.tariffAOnB) < 1e-15)
        let brA = try world.bestResponse(importer: 0, exporter: 2, tariffs: t)
        let brB = try world.bestResponse(importer: 2, exporter: 0, tariffs: t)
        #expect(abs(brA.tariff - ne.tariffAOnB) < 1e-5)
        #expect(abs(brB.tariff - ne.tariffBOnA) < 1e-5)
        #expect(ne.rounds >= 2)
        // a tariff war: both tariffs clearly positive
        #expect(ne.tariffAOnB > 0.05 && ne.tariffBOnA > 0.05)
    }

    @Test func boundedBrentFindsTheMinimumOfAParabola() {
        let r = BoundedBrent.minimize(lower: 0, upper: 5, xatol: 1e-9) { ($0 - 1.234) * ($0 - 1.234) }
        #expect(abs(r.x - 1.234) < 1e-8)
        let edge = BoundedBrent.minimize(lower: 0, upper: 1, xatol: 1e-7) { -$0 }
        #expect(edge.x > 1 - 1e-6)
    }
}
