import Testing
@testable import Trade

@Suite("The engine's fast path")
struct BilateralSolverTests {
    @Test(arguments: [DeficitTreatment.fixed, .purged])
    func matchesTheFullSolve(deficits: DeficitTreatment) throws {
        let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: 4, deficits: deficits)
        let pair = try world.bilateral("USA", "CHN")
        var outcome = BilateralOutcome(count: 3)
        for (a, b) in [(1.45, 1.25), (0.3, 0.1), (0.208, 0.211), (5, 0), (100, 100), (1.45, 1.25)] {
            try pair.solve(aOnB: a, bOnA: b, into: &outcome)
            let t = try world.tariffs(setting: [("USA", "CHN", a), ("CHN", "USA", b)])
            let full = try world.solve(tariffs: t)
            for j in 0..<3 {
                #expect(abs(outcome.welfareChangePercent[j] - full.welfareChangePercent[j]) < 1e-9)
                #expect(abs(outcome.wageHat[j] - full.wageHat[j]) < 1e-12)
            }
            #expect(abs(outcome.exportsAToBChangePercent - full.tradeValueChangePercent(exporter: 0, importer: 1)!) < 1e-8)
            #expect(abs(outcome.exportsBToAChangePercent - full.tradeValueChangePercent(exporter: 1, importer: 0)!) < 1e-8)
        }
        // the baseline state is the identity; a warm start from the previous state converges at once
        try pair.solve(aOnB: world.baseline.tariffs[exporter: 1, importer: 0], bOnA: world.baseline.tariffs[exporter: 0, importer: 1], into: &outcome)
        #expect(outcome.welfareChangePercent.allSatisfy { abs($0) < 1e-10 })
        try pair.solve(aOnB: 0.5, bOnA: 0.4, into: &outcome)
        try pair.solve(aOnB: 0.5, bOnA: 0.4, into: &outcome)
        #expect(outcome.iterations == 0)
    }

    @Test func rejectsBadInput() throws {
        let world = try TradeWorld(baseline: Support.calib.baseline, elasticity: 4)
        #expect(throws: TradeError.unknownRegion("XYZ")) { try world.bilateral("USA", "XYZ") }
        #expect(throws: TradeError.self) { try world.bilateral("USA", "USA") }
        let pair = try world.bilateral("USA", "CHN")
        #expect(throws: TradeError.self) { try pair.solve(aOnB: -0.1, bOnA: 0) }
        #expect(throws: TradeError.self) { try pair.solve(aOnB: .infinity, bOnA: 0) }
    }
}
