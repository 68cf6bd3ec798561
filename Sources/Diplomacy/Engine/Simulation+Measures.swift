/// The named measures that make up part of each side's average tariff (docs/model.md §15).
/// The engine moves the average; the measures follow it by one rule: a cut (a deal, a pause,
/// a suspension, a lift) removes the same share of every measure's rate as of the war part
/// τ − τ0, a rise by the rules is a new, unnamed measure, and a restore (a breakdown, a lapsed
/// truce, a suspension's end) brings back the rates from before. A dated step may set one
/// measure's rate, and the average moves by coverage × the change.
extension Simulation {
    /// Moves side i's tariff to `level` by the engine's own rules (every change but a restore
    /// and a step on one named measure), its named measures following: a cut scales them by
    /// the share of the war part kept.
    mutating func moveTariff(_ i: Side, to level: Double) {
        let before = sides[i].tariff
        sides[i].tariff = level
        guard !measureRates[i].isEmpty, level < before - 1e-15 else { return }
        let t0 = setup.sides[i].baselineTariff
        let kept = before - t0 > 1e-12 ? max(0, (level - t0) / (before - t0)) : 0
        for k in measureRates[i].indices { measureRates[i][k] *= kept }
    }

    /// Brings side i's measures back to at least the rates recorded before an agreement or a suspension.
    mutating func restoreRates(_ i: Side, _ rates: [Double]) {
        for k in rates.indices where k < measureRates[i].count {
            measureRates[i][k] = max(measureRates[i][k], rates[k])
        }
    }

    /// The index of side i's measure of this name.
    func measureIndex(_ i: Side, named name: String) -> Int? {
        setup.sides[i].measures.firstIndex { $0.name == name }
    }

    /// Sets one measure's rate (a fraction): the average moves by coverage × the change, within
    /// peacetime and the cap; where a bound stops the average, the rate moves only as far as it
    /// did. Returns the average before.
    @discardableResult
    mutating func setMeasure(_ i: Side, _ k: Int, rate: Double) -> Double {
        let before = sides[i].tariff
        let coverage = setup.sides[i].measures[k].coverage
        let wanted = before + coverage * (rate - measureRates[i][k])
        sides[i].tariff = min(setup.maxTariff, max(setup.sides[i].baselineTariff, wanted))
        measureRates[i][k] = sides[i].tariff == wanted ? rate : max(0, measureRates[i][k] + (sides[i].tariff - before) / coverage)
        return before
    }
}
