import Testing
@testable import Trade

/// Golden values from the independent NumPy reference (scripts/trade_reference.py), for
/// calib_2024 with USA on CHN = 145 % and CHN on USA = 125 %.
@Suite("Golden values from the NumPy reference")
struct GoldenTests {
    static func cases() throws -> [[String: Any]] {
        let g = try Support.golden()
        return try #require(g["cases"] as? [[String: Any]])
    }

    static func numbers(_ any: Any?) throws -> [Double] { try #require(any as? [Double]) }

    @Test func counterfactualsMatchTheReference() throws {
        let cases = try Self.cases()
        #expect(cases.count == 6)
        for c in cases {
            let eps = try #require(c["elasticity"] as? Double)
            let deficitsName = try #require(c["deficits"] as? String)
            let deficits = try #require(DeficitTreatment(rawValue: deficitsName))
            let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: eps, deficits: deficits)
            // the purged baseline itself
            let flows = try #require(c["baseline_flows"] as? [[Double]]).flatMap { $0 }
            for k in 0..<9 { #expect(abs(world.baseline.flows[k] / flows[k] - 1) < 1e-10) }
            let cf = try world.solve(tariffs: Support.aprilPeak(world.baseline))
            let label = "ε=\(eps) \(deficits)"
            for (j, v) in try Self.numbers(c["wage_hat"]).enumerated() { #expect(abs(cf.wageHat[j] - v) < 1e-11, "\(label) wage") }
            for (j, v) in try Self.numbers(c["price_index_hat"]).enumerated() { #expect(abs(cf.priceIndexHat[j] - v) < 1e-11, "\(label) price") }
            for (j, v) in try Self.numbers(c["welfare_change_pct"]).enumerated() {
                #expect(abs(cf.welfareChangePercent[j] - v) < 1e-9, "\(label) welfare")
            }
            for (j, v) in try Self.numbers(c["tariff_revenue"]).enumerated() { #expect(abs(cf.tariffRevenue[j] / v - 1) < 1e-10, "\(label) revenue") }
            let tv = try #require(c["trade_value_change_pct"] as? [[Double]])
            for i in 0..<3 {
                for j in 0..<3 {
                    let change = try #require(cf.tradeValueChangePercent(exporter: i, importer: j))
                    #expect(abs(change - tv[i][j]) < 1e-8)
                }
            }
        }
    }

    @Test func headlineNumbers() throws {
        // the numbers quoted in reports: welfare % at ε = 4 (USA, CHN, ROW)
        let fixed = try TradeWorld(baseline: Support.calib.baseline, elasticity: 4).solve(tariffs: Support.aprilPeak(Support.calib.baseline))
        #expect(abs(fixed.welfareChangePercent[0] - -0.5492) < 1e-4)
        #expect(abs(fixed.welfareChangePercent[1] - -0.6283) < 1e-4)
        #expect(abs(fixed.welfareChangePercent[2] - 0.0366) < 1e-4)
    }

    @Test(arguments: [DeficitTreatment.fixed, .purged])
    func bestResponseAndNashMatchTheReference(deficits: DeficitTreatment) throws {
        let all = try Self.cases()
        let c = try #require(all.first { ($0["elasticity"] as? Double) == 4 && ($0["deficits"] as? String) == deficits.rawValue })
        let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: 4, deficits: deficits)
        let t = Support.aprilPeak(world.baseline)
        let br = try world.bestResponse(importer: 0, exporter: 1, tariffs: t)
        let refBR = try #require(c["best_response_usa_on_chn"] as? Double)
        #expect(abs(br.tariff - refBR) < 1e-6)
        for (j, v) in try Self.numbers(c["best_response_welfare_change_pct"]).enumerated() {
            #expect(abs(br.counterfactual.welfareChangePercent[j] - v) < 1e-8)
        }
        let ne = try world.nashTariffs(0, 1, tariffs: t)
        let refA = try #require(c["nash_usa_on_chn"] as? Double), refB = try #require(c["nash_chn_on_usa"] as? Double)
        #expect(abs(ne.tariffAOnB - refA) < 1e-6)
        #expect(abs(ne.tariffBOnA - refB) < 1e-6)
        for (j, v) in try Self.numbers(c["nash_welfare_change_pct"]).enumerated() {
            #expect(abs(ne.counterfactual.welfareChangePercent[j] - v) < 1e-7)
        }
    }

    @Test func multiSectorMatchesTheReference() throws {
        let g = try Support.golden()
        let ms = try #require(g["multi_sector"] as? [String: Any])
        let shares = try Self.numbers(ms["shares"]), eps = try Self.numbers(ms["elasticities"])
        let base = Support.calib.baseline
        let flows = shares.map { a in (0..<3).map { i in (0..<3).map { j in a * base.flows[i * 3 + j] } } }
        let msBase = try MultiSectorBaseline(regions: base.regions, sectorFlows: flows, tariffs: [base.tariffs, base.tariffs])
        let t = Support.aprilPeak(base)
        let cf = try MultiSectorSolver(baseline: msBase, elasticities: eps).solve(tariffs: [t, t])
        for (j, v) in try Self.numbers(ms["wage_hat"]).enumerated() { #expect(abs(cf.wageHat[j] - v) < 1e-9) }
        for (j, v) in try Self.numbers(ms["welfare_change_pct"]).enumerated() { #expect(abs(cf.welfareChangePercent[j] - v) < 1e-7) }
    }
}
