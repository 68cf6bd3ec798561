import Foundation
import Randomness
import Testing
@testable import Trade
import TradeData

/// Shared helpers of the trade tests.
enum Support {
    static let calib: Calibration = CalibrationLoader.bundledOrFail("calib_2024")
    static let world30: Calibration = CalibrationLoader.bundledOrFail("world30_2006")

    /// calib_2024 with USA on CHN = 145 % and CHN on USA = 125 %.
    static func aprilPeak(_ base: Baseline) -> TariffMatrix {
        let us = try! base.index(of: "USA"), cn = try! base.index(of: "CHN")
        var t = base.tariffs
        t[exporter: cn, importer: us] = 1.45
        t[exporter: us, importer: cn] = 1.25
        return t
    }

    static func randomWorld(_ n: Int, seed: UInt64 = 7, index: Int = 0, maxTariff: Double = 0.15) -> Baseline {
        var rng = Seed(seed).derive("world-\(n)", index).generator()
        return RandomWorld.make(count: n, maxTariff: maxTariff, using: &rng)
    }

    /// Random counterfactual tariffs: each off-diagonal entry changed with probability 1/2 to a
    /// level uniform on [0, maxLevel).
    static func randomTariffs(_ base: Baseline, seed: UInt64, maxLevel: Double) -> TariffMatrix {
        var rng = Seed(seed).derive("tariffs").generator()
        var t = base.tariffs
        let n = base.count
        for i in 0..<n {
            for j in 0..<n where i != j {
                if rng.bernoulli(0.5) { t[exporter: i, importer: j] = rng.uniform(0, maxLevel) }
                else { _ = rng.uniform() }
            }
        }
        return t
    }

    /// A balanced two-country world with free trade.
    static func twoCountry(home: Double = 80, foreign: Double = 120, trade: Double = 20) -> Baseline {
        try! Baseline(regions: ["H", "F"], flows: [[home, trade], [trade, foreign]])
    }

    static func golden() throws -> [String: Any] {
        let url = try #require(Bundle.module.url(forResource: "golden_calib_2024", withExtension: "json", subdirectory: "Fixtures"))
        let data = try Data(contentsOf: url)
        let object = try JSONSerialization.jsonObject(with: data)
        return try #require(object as? [String: Any])
    }

    /// Checks every identity of docs/model.md §10.4 that holds for any solution.
    static func checkIdentities(_ cf: Counterfactual, tolerance: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
        let b = cf.baseline, n = b.count
        let worldY = b.output.reduce(0, +)
        // normalisation
        let newY = (0..<n).reduce(0.0) { $0 + b.output[$1] * cf.wageHat[$1] }
        #expect(abs(newY / worldY - 1) < 1e-12, "normalisation", sourceLocation: sourceLocation)
        for j in 0..<n {
            // market clearing
            var sales = 0.0
            for k in 0..<n { sales += cf.flow(exporter: j, importer: k) }
            #expect(abs(sales - cf.wageHat[j] * b.output[j]) / b.output[j] < 1e-11, "market clearing \(j)", sourceLocation: sourceLocation)
            // deficits preserved
            #expect(abs(cf.impliedDeficit(j) - cf.deficits[j]) <= tolerance * worldY, "deficit \(j)", sourceLocation: sourceLocation)
            // E′ = ŵY + R′ + D′
            let e = cf.wageHat[j] * b.output[j] + cf.tariffRevenue[j] + cf.deficits[j]
            #expect(abs(cf.expenditure[j] - e) <= tolerance * cf.expenditure[j], "E′ identity \(j)", sourceLocation: sourceLocation)
            // P̂_j = ŵ_j λ̂_jj^(1/ε) and Ŵ_j = (Ê_j/ŵ_j) λ̂_jj^(−1/ε)
            if let lh = cf.ownShareHat(j) {
                let p = cf.wageHat[j] * Double.pow(lh, 1 / cf.elasticity)
                #expect(abs(p / cf.priceIndexHat[j] - 1) < tolerance, "P̂ identity \(j)", sourceLocation: sourceLocation)
                let w = cf.expenditureHat[j] / cf.wageHat[j] * Double.pow(lh, -1 / cf.elasticity)
                #expect(abs(w / cf.welfareHat[j] - 1) < tolerance, "Ŵ identity \(j)", sourceLocation: sourceLocation)
            }
            // shares sum to one
            var s = 0.0
            for i in 0..<n { s += cf.shares[i * n + j] }
            #expect(abs(s - 1) < 1e-12, "shares \(j)", sourceLocation: sourceLocation)
            #expect(cf.wageHat[j].isFinite && cf.wageHat[j] > 0, sourceLocation: sourceLocation)
            #expect(cf.welfareHat[j].isFinite && cf.welfareHat[j] > 0, sourceLocation: sourceLocation)
        }
    }
}

import RealModule
