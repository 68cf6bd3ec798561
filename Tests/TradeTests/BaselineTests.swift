import Testing
@testable import Trade

@Suite("Calibration (docs/model.md §10.3)")
struct BaselineTests {
    @Test func calib2024Identities() throws {
        let b = Support.calib.baseline
        #expect(b.regions == ["USA", "CHN", "ROW"])
        // Y_i = GDP_i by construction of the domestic blocks
        #expect(abs(b.output[0] - 29184.9) < 1e-9)
        #expect(abs(b.output[1] - 18743.8) < 1e-9)
        #expect(abs(b.deficits[0] - 1202.9) < 1e-9)
        #expect(abs(b.deficits[1] + 990.0) < 1e-9)
        #expect(abs(b.deficits.reduce(0, +)) < 1e-9)
        for j in 0..<3 {
            #expect(abs(b.expenditure[j] - (b.output[j] + b.tariffRevenue[j] + b.deficits[j])) < 1e-9)
            let col = (0..<3).reduce(0.0) { $0 + b.shares[$1 * 3 + j] }
            #expect(abs(col - 1) < 1e-15)
        }
        // λ uses tariff-inclusive spending: US imports from China weigh 1.208 × 438.9
        #expect(abs(b.shares[1 * 3 + 0] - 1.208 * 438.9 / b.expenditure[0]) < 1e-15)
        #expect(Support.calib.defaultElasticity == 4)
    }

    @Test func nonSquareFlowsAreRejected() {
        #expect(throws: TradeError.notSquare(rows: 2, columns: 3)) {
            try Baseline(regions: ["A", "B"], flows: [[1, 2, 3], [4, 5, 6]])
        }
        #expect(throws: TradeError.sizeMismatch(what: "flow matrix", expected: 9, found: 4)) {
            try Baseline(regions: ["A", "B", "C"], flows: [[1, 2], [3, 4]])
        }
    }

    @Test func negativeAndNonFiniteFlowsAreRejected() {
        #expect(throws: TradeError.invalidFlow(exporter: "B", importer: "A", value: -3.2)) {
            try Baseline(regions: ["A", "B"], flows: [[1, 2], [-3.2, 4]])
        }
        #expect(throws: TradeError.self) { try Baseline(regions: ["A", "B"], flows: [[1, .nan], [1, 4]]) }
        #expect(throws: TradeError.self) { try Baseline(regions: ["A", "B"], flows: [[1, .infinity], [1, 4]]) }
    }

    @Test func degenerateRegionsAreRejected() {
        #expect(throws: TradeError.self) { try Baseline(regions: ["A", "B"], flows: [[0, 0], [1, 4]]) }
        #expect(throws: TradeError.invalidRegions("duplicate region \"A\"")) {
            try Baseline(regions: ["A", "A"], flows: [[1, 1], [1, 4]])
        }
        #expect(throws: TradeError.self) { try Baseline(regions: ["A"], flows: [[1]]) }
    }

    @Test func badTariffsAreRejected() throws {
        let neg = try TariffMatrix(rows: [[0, -0.1], [0, 0]])
        #expect(throws: TradeError.invalidTariff(importer: "B", exporter: "A", value: -0.1, reason: "negative")) {
            try Baseline(regions: ["A", "B"], flows: [[1, 1], [1, 1]], tariffs: neg)
        }
        let own = try TariffMatrix(rows: [[0.1, 0], [0, 0]])
        #expect(throws: TradeError.self) { try Baseline(regions: ["A", "B"], flows: [[1, 1], [1, 1]], tariffs: own) }
        let inf = try TariffMatrix(rows: [[0, .infinity], [0, 0]])
        #expect(throws: TradeError.self) { try Baseline(regions: ["A", "B"], flows: [[1, 1], [1, 1]], tariffs: inf) }
    }

    @Test func inconsistentGivenDeficitsAreRejected() throws {
        // implied D = imports − exports = (1+3) − (1+2) = 1 for A
        _ = try Baseline(regions: ["A", "B"], flows: [[1, 2], [3, 4]], deficits: [1, -1])
        #expect(throws: TradeError.self) {
            try Baseline(regions: ["A", "B"], flows: [[1, 2], [3, 4]], deficits: [2, -2])
        }
    }

    @Test func unknownRegionAndBadElasticity() throws {
        let b = Support.calib.baseline
        #expect(throws: TradeError.unknownRegion("XYZ")) { try b.index(of: "XYZ") }
        for eps in [0.0, -4.0, .nan, .infinity] {
            #expect(throws: TradeError.self) { try TradeWorld(baseline: b, elasticity: eps) }
            #expect(throws: TradeError.self) { try HatSolver(baseline: b, elasticity: eps) }
        }
    }

    @Test func inconsistentCounterfactualDeficitsAreRejected() throws {
        let solver = try HatSolver(baseline: Support.calib.baseline, elasticity: 4)
        let t = Support.calib.baseline.tariffs
        #expect(throws: TradeError.self) { try solver.solve(tariffs: t, deficits: [100, 0, 0]) }          // do not sum to 0
        #expect(throws: TradeError.self) { try solver.solve(tariffs: t, deficits: [-40000, 40000, 0]) }   // Y + D < 0
        #expect(throws: TradeError.self) { try solver.solve(tariffs: t, deficits: [0, 0]) }               // wrong size
    }
}
