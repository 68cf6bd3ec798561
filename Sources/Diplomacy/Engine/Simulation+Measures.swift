/// The named measures that make up part of each side's average tariff (docs/model.md §15).
/// The engine moves the average; the measures follow it by one rule: a cut (a deal, a pause,
/// a suspension, a lift) removes the same share of every measure's rate as of the war part
/// τ − τ0, a rise by the rules is a new, unnamed measure, and a restore (a breakdown, a lapsed
/// truce, a suspension's end) brings back the rates from before. A dated step may set one
/// measure's rate, and the average moves by coverage × the change.
extension Simulation {
    /// Side i's tariff has moved from `before` to where it is now by the engine's own rules.
    mutating func followCut(_ i: Side, from before: Double) {
        guard !measureRates[i].isEmpty, sides[i].tariff < before - 1e-15 else { return }
        let t0 = setup.sides[i].baselineTariff
        let kept = before - t0 > 1e-12 ? max(0, (sides[i].tariff - t0) / (before - t0)) : 0
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
