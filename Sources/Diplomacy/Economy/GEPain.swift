import RealModule
import Trade

/// Pain from the Armington general equilibrium (docs/model.md §10) for the current tariff state.
///
/// Welfare is measured against peace (both sides at their baseline tariff, every other tariff
/// as calibrated): pain_i = κ_W · L0·ln(1 + L_i/L0) with L_i = max(0, −ΔW_i) in percentage points
/// (so a 5% loss of a small open economy is not felt five times a 1% loss), and exposed
/// constituencies also feel κ_X · (% of their exports, or imports, lost). Each state is solved
/// once from a cold start (so values never depend on the order states were visited) and cached.
/// One instance per thread.
public final class GEPain: PainModel {
    let solver: BilateralSolver
    let regionOfSide: (Int, Int)
    let painPerWelfarePoint: Double
    let painPerExportPoint: Double
    let saturation: Double
    let peace: BilateralOutcome
    var scratch: BilateralOutcome
    var cache: [Key: EconomyReading] = [:]
    var lastReading: EconomyReading?
    var lastKey: Key?
    /// The reading at the scenario's starting tariffs (the fallback where no equilibrium exists).
    var startReading: EconomyReading

    struct Key: Hashable {
        var a: UInt64
        var b: UInt64
    }

    public init(world: TradeWorld, setup: EngineSetup) throws {
        let s = setup.scenario
        let a = try world.index(of: s.actors[0].regionID)
        let b = try world.index(of: s.actors[1].regionID)
        solver = try BilateralSolver(world: world, a: a, b: b)
        regionOfSide = (a, b)
        painPerWelfarePoint = s.economy.painPerWelfarePoint
        painPerExportPoint = s.economy.painPerExportPoint
        saturation = s.economy.painSaturation
        peace = try solver.solve(aOnB: setup.sides[0].baselineTariff, bOnA: setup.sides[1].baselineTariff, warmStart: false)
        scratch = BilateralOutcome(count: world.count)
        // Fail at setup, not inside a run, if the starting state has no equilibrium.
        _ = try solver.solve(aOnB: setup.sides[0].initialTariff, bOnA: setup.sides[1].initialTariff, warmStart: false)
        startReading = EconomyReading(pain: (0, 0), exportPain: (0, 0), importPain: (0, 0), welfareChange: (0, 0))
        startReading = reading(tariffs: (setup.sides[0].initialTariff, setup.sides[1].initialTariff))
    }

    public func reading(tariffs: (Double, Double)) -> EconomyReading {
        let key = Key(a: tariffs.0.bitPattern, b: tariffs.1.bitPattern)
        // Most weeks repeat last week's state: skip the hash lookup then.
        if key == lastKey, let lastReading { return lastReading }
        lastKey = key
        if let cached = cache[key] {
            lastReading = cached
            return cached
        }
        guard (try? solver.solve(aOnB: tariffs.0, bOnA: tariffs.1, warmStart: false, into: &scratch)) != nil else {
            // No equilibrium at this state (fixed deficits under near-prohibitive tariffs):
            // use the starting state's reading, the same on every thread, rather than invent one.
            cache[key] = startReading
            lastReading = startReading
            return startReading
        }
        let w0 = scratch.welfareChangePercent[regionOfSide.0] - peace.welfareChangePercent[regionOfSide.0]
        let w1 = scratch.welfareChangePercent[regionOfSide.1] - peace.welfareChangePercent[regionOfSide.1]
        // Export losses relative to peace, in percent of the peacetime flow.
        func loss(_ now: Double, _ then: Double) -> Double { max(0, 100 * (1 - (1 + now / 100) / (1 + then / 100))) }
        let exports0 = loss(scratch.exportsAToBChangePercent, peace.exportsAToBChangePercent)
        let exports1 = loss(scratch.exportsBToAChangePercent, peace.exportsBToAChangePercent)
        let reading = EconomyReading(
            pain: (painPerWelfarePoint * felt(max(0, -w0)), painPerWelfarePoint * felt(max(0, -w1))),
            exportPain: (painPerExportPoint * exports0, painPerExportPoint * exports1),
            importPain: (painPerExportPoint * exports1, painPerExportPoint * exports0),
            welfareChange: (w0, w1))
        cache[key] = reading
        lastReading = reading
        return reading
    }

    /// L0·ln(1 + loss/L0): linear for small losses, ever slower for large ones (0: linear).
    func felt(_ loss: Double) -> Double {
        saturation > 0 ? saturation * Double.log(onePlus: loss / saturation) : loss
    }
}
