extension Simulation {
    /// Step 2 (docs/model.md §2): pain of the current tariffs plus decaying shocks, into the stocks.
    mutating func updateEconomy() {
        let reading = economy.reading(tariffs: (sides[0].tariff, sides[1].tariff))
        let rho = setup.parameters.pain.memory
        let pains = [reading.pain.0, reading.pain.1]
        let exports = [reading.exportPain.0, reading.exportPain.1]
        let imports = [reading.importPain.0, reading.importPain.1]
        let welfare = [reading.welfareChange.0, reading.welfareChange.1]
        for i in 0..<2 {
            sides[i].pain = pains[i] + rungPain(i) + sides[i].shock
            sides[i].exportPain = exports[i]
            sides[i].importPain = imports[i]
            sides[i].welfareChange = welfare[i]
            sides[i].painStock = rho * sides[i].painStock + sides[i].pain
            sides[i].exportPainStock = rho * sides[i].exportPainStock + exports[i]
            sides[i].importPainStock = rho * sides[i].importPainStock + imports[i]
        }
    }

    /// Weekly pain from the measures beyond tariffs in force: the other's rungs, and one's own
    /// rungs' cost to oneself.
    func rungPain(_ i: Side) -> Double {
        // Bit for bit the two loops over the rungs in force, in O(1) + O(rungs with self-pain):
        // the other's pain is a prefix sum in the same order; trailing zero self-pains add
        // nothing (pain is never −0).
        let j = other(i)
        var pain = setup.sides[j].rungPainPrefix[sides[j].rungs]
        for r in 0..<min(sides[i].rungs, setup.sides[i].rungsWithSelfPain) { pain += setup.sides[i].rungs[r].selfPain }
        return pain
    }

    /// The extra pain a snapback next week would bring, over the stock's memory (the stream of
    /// post-snapback pain, Σ ρ^k = 1/(1−ρ_Π)), for the deadline's look-ahead (docs/model.md §8).
    mutating func snapbackPain(_ i: Side) -> Double {
        guard let pause, pause.snapback, pause.deadline == week + 1 else { return 0 }
        let r = economy.reading(tariffs: (pause.tariffsBefore[0], pause.tariffsBefore[1]))
        let extra = max(0, (i == 0 ? r.pain.0 : r.pain.1) - (sides[i].pain - sides[i].shock))
        return extra / max(1e-12, 1 - setup.parameters.pain.memory)
    }
}
