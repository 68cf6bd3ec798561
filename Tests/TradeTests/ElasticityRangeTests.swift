import Randomness
import Testing
@testable import Trade
import TradeData

/// Issue 15: the elasticity has a documented valid range, checked at the edge, and no solve
/// returns a non-finite result (it throws instead).
@Suite struct ElasticityRangeTests {
    @Test func elasticitiesOutsideTheRangeAreRejected() {
        let base = Support.calib.baseline
        for eps in [700, 1000, 1e10, 1e-20, 0.49, 20.01, 0, -4, .nan, .infinity] {
            do { _ = try TradeWorld(baseline: base, elasticity: eps); Issue.record("accepted ε = \(eps)") } catch let error as TradeError {
                #expect(error.description.contains("[0.5, 20]"), "\(error)")
                #expect(!error.isNonConvergence)
            } catch { Issue.record("\(error)") }
        }
        #expect(TradeWorld.elasticityRange == 0.5...20)
    }

    /// At both ends of the range, on the calibration and random worlds, with tariffs up to
    /// 10 000 %: counterfactuals, best responses and Nash tariffs are finite (or a clean throw).
    @Test(arguments: [0.5, 1.01, 4, 20])
    func solvesAreFiniteAcrossTheRange(eps: Double) throws {
        let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: eps)
        let us = try world.index(of: "USA"), cn = try world.index(of: "CHN")
        for level in [0.0, 1.45, 10, 100] {
            let t = try world.tariffs(setting: [("USA", "CHN", level), ("CHN", "USA", level)])
            do {
                let cf = try world.solve(tariffs: t)
                Self.expectFinite(cf, "ε=\(eps) t=\(level)")
            } catch let error as TradeError {
                #expect(error != .invalidElasticity(eps))  // a clean, named failure (deficits, …)
            }
        }
        let br = try world.bestResponse(importer: us, exporter: cn)
        #expect(br.tariff.isFinite && br.tariff >= 0)
        Self.expectFinite(br.counterfactual, "best response ε=\(eps)")
        let ne = try world.nashTariffs(us, cn)
        #expect(ne.tariffAOnB.isFinite && ne.tariffBOnA.isFinite)
        Self.expectFinite(ne.counterfactual, "nash ε=\(eps)")
        var rng = Seed(15).derive("range", Int(eps * 100)).generator()
        for k in 0..<4 {
            let base = Support.randomWorld(3 + k, seed: 15, index: k)
            let w = try TradeWorld(baseline: base, elasticity: eps, deficits: k % 2 == 0 ? .fixed : .purged)
            var t = w.baselineTariffs
            for i in 0..<w.count { for j in 0..<w.count where i != j { t[exporter: i, importer: j] = rng.uniform(0, 100) } }
            do { let cf = try w.solve(tariffs: t); Self.expectFinite(cf, "random \(k) ε=\(eps)") } catch let error as TradeError {
                #expect(error != .invalidElasticity(eps))
            }
        }
    }

    static func expectFinite(_ cf: Counterfactual, _ label: String) {
        let all = cf.welfareChangePercent + cf.wageHat + cf.priceIndexHat + cf.tariffRevenue + cf.realWageChangePercent
        let finite = all.allSatisfy { $0.isFinite }
        #expect(finite, "\(label)")
    }
}
