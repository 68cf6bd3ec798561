import Randomness
import Testing
@testable import Trade

/// Invariants over random worlds of N = 2…12 regions, random elasticities, random (sometimes
/// extreme) tariffs, both deficit treatments.
@Suite("Properties over random worlds")
struct PropertyTests {
    @Test(arguments: Array(2...12))
    func invariantsHold(n: Int) throws {
        var rng = Seed(2024).derive("property", n).generator()
        for trial in 0..<6 {
            let base = Support.randomWorld(n, seed: 99, index: trial)
            let eps = rng.uniform(0.5, 20)
            let deficits: DeficitTreatment = trial % 2 == 0 ? .fixed : .purged
            let world = try TradeWorld(baseline: base, elasticity: eps, deficits: deficits)
            let maxLevel = trial == 5 ? 100.0 : 2.0
            let t = Support.randomTariffs(world.baseline, seed: UInt64(1000 * n + trial), maxLevel: maxLevel)
            let solver = world.makeSolver()
            let cf = try solver.solve(tariffs: t)
            Support.checkIdentities(cf, tolerance: 1e-8)
            #expect(cf.stats.method == .newton, "n=\(n) trial=\(trial) ε=\(eps)")
            if deficits == .purged {
                for j in 0..<n { #expect(abs(cf.impliedDeficit(j)) < 1e-8 * base.output.reduce(0, +)) }
            }
            // Newton and the fixed point agree (the tâtonnement converges only sublinearly
            // under near-prohibitive tariffs, so compare on moderate ones)
            if maxLevel <= 2 {
                let fp = try solver.solve(tariffs: t, method: .fixedPoint)
                for j in 0..<n { #expect(abs(fp.wageHat[j] - cf.wageHat[j]) < 1e-9) }
            }
            // back to the baseline tariffs from a warm start: hats return to 1
            let back = try solver.solve(tariffs: world.baseline.tariffs, warmStart: .previous)
            for j in 0..<n {
                #expect(abs(back.wageHat[j] - 1) < 1e-11)
                #expect(abs(back.welfareHat[j] - 1) < 1e-11)
            }
        }
    }
}
