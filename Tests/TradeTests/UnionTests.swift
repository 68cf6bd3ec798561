import Foundation
import Testing
@testable import Trade

/// A union of states merged into one region (docs/model.md §10.9).
@Suite struct UnionTests {
    static let eu = ["AUT", "BEL", "DEU", "DNK", "ESP", "FIN", "FRA", "IRL", "ITA", "NLD", "POL", "SWE"]

    @Test func mergingKeepsOutputDeficitsAndExternalRevenue() throws {
        for base in [Support.world30.baseline, Support.randomWorld(12, index: 3, maxTariff: 0.3)] {
            let names = base.count == 30 ? Self.eu : [base.regions[2], base.regions[5], base.regions[7]]
            let union = try base.merging(names, into: "UNION")
            let idx = try names.map { try base.index(of: $0) }
            let u = try union.index(of: "UNION")
            #expect(union.count == base.count - names.count + 1)
            #expect(union.regions[u] == "UNION" && u == idx.min()!, "the union stands where its first member was")
            let sumY: Double = idx.reduce(0) { $0 + base.output[$1] }
            let sumD: Double = idx.reduce(0) { $0 + base.deficits[$1] }
            #expect(abs(union.output[u] - sumY) <= 1e-9 * sumY)
            #expect(abs(union.deficits[u] - sumD) <= 1e-9 * max(1, abs(sumY)))
            let worldBefore: Double = base.output.reduce(0, +), worldAfter: Double = union.output.reduce(0, +)
            #expect(abs(worldAfter - worldBefore) <= 1e-9 * worldBefore)
            // Others keep their rows and columns with non-members untouched.
            for r in base.regions where !names.contains(r) {
                let a = try base.index(of: r), b = try union.index(of: r)
                let ya: Double = base.output[a], yb: Double = union.output[b]
                #expect(abs(ya - yb) <= 1e-12 * ya)
                // Revenue a non-member collects on the union's goods is what it collected on the members'.
                let before: Double = idx.reduce(0) { $0 + base.tariffs[exporter: $1, importer: a] * base.flow(exporter: $1, importer: a) }
                let after: Double = union.tariffs[exporter: u, importer: b] * union.flow(exporter: u, importer: b)
                #expect(abs(before - after) <= 1e-9 * max(1, before))
                // And what the union collects on that region's goods is what its members did.
                let levied: Double = idx.reduce(0) { $0 + base.tariffs[exporter: a, importer: $1] * base.flow(exporter: a, importer: $1) }
                let leviedAfter: Double = union.tariffs[exporter: b, importer: u] * union.flow(exporter: b, importer: u)
                #expect(abs(levied - leviedAfter) <= 1e-9 * max(1, levied))
            }
            #expect(union.tariffs[exporter: u, importer: u] == 0, "no tariff inside the union")
        }
    }

    @Test func aUnionOfOneIsTheSameWorldAndMemberOrderDoesNotMatter() throws {
        let base = Support.randomWorld(6, index: 4, maxTariff: 0.2)
        let one = try base.merging([base.regions[2]], into: base.regions[2])
        #expect(one.regions == base.regions && one.flows == base.flows)
        for k in base.flows.indices where base.flows[k] > 0 {
            #expect(abs(one.tariffs.values[k] - base.tariffs.values[k]) <= 1e-15, "tariffs are the same up to rounding")
        }
        let a = try base.merging([base.regions[1], base.regions[4]], into: "U")
        let b = try base.merging([base.regions[4], base.regions[1]], into: "U")
        #expect(a.regions == b.regions && a.flows == b.flows && a.tariffs == b.tariffs)
    }

    @Test func badUnionsAreRefused() {
        let base = Support.world30.baseline
        #expect(throws: TradeError.self) { try base.merging(["DEU", "XXX"], into: "EU") }
        #expect(throws: TradeError.self) { try base.merging(["DEU", "DEU"], into: "EU") }
        #expect(throws: TradeError.self) { try base.merging(["DEU", "FRA"], into: "USA") }
        #expect(throws: TradeError.self) { try base.merging([], into: "EU") }
    }

    @Test func aUnionSolvesAndItsBaselineIsAnEquilibrium() throws {
        let union = try Support.world30.baseline.merging(Self.eu, into: "EU")
        let world = try TradeWorld(baseline: union, elasticity: 4)
        let same = try world.solve(tariffs: union.tariffs)
        for k in 0..<union.count { #expect(abs(same.welfareChangePercent[k]) < 1e-9) }
        // A US tariff on the union's goods costs the union welfare.
        let t = try world.tariffs(setting: [(importer: "USA", exporter: "EU", tariff: 0.25)])
        let war = try world.solve(tariffs: t)
        #expect(war.welfareChangePercent[try world.index(of: "EU")] < 0)
    }
}
