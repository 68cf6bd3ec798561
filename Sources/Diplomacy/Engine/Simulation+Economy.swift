import RealModule

extension Simulation {
    /// Step 2 (docs/model.md §2): pain of the current tariffs plus decaying shocks, into the stocks.
    mutating func updateEconomy() {
        let reading = economy.reading(tariffs: (sides[0].tariff, sides[1].tariff))
        let rho = setup.parameters.pain.memory
        let p = setup.parameters.pain
        for i in 0..<2 {
            let (economic, exports, imports, welfare) = i == 0
                ? (reading.pain.0, reading.exportPain.0, reading.importPain.0, reading.welfareChange.0)
                : (reading.pain.1, reading.exportPain.1, reading.importPain.1, reading.welfareChange.1)
            // Adaptation: a share a of the level adjusted to, S, no longer hurts; S follows the
            // raw pain with time constant τ_a, so a new measure hurts in full at first.
            let raw = economic + rungPain(i)
            let relief = p.adaptation * min(sides[i].adjustedPain, raw)
            let kept = raw > 0 ? 1 - relief / raw : 1
            sides[i].adjustedPain += (raw - sides[i].adjustedPain) / max(1, p.adaptationWeeks)
            sides[i].pain = raw - relief + sides[i].shock
            sides[i].exportPain = exports * kept
            sides[i].importPain = imports * kept
            sides[i].welfareChange = welfare
            sides[i].painStock = rho * sides[i].painStock + sides[i].pain
            sides[i].exportPainStock = rho * sides[i].exportPainStock + sides[i].exportPain
            sides[i].importPainStock = rho * sides[i].importPainStock + sides[i].importPain
        }
    }

    /// τ0 + (1 − f)(τ − τ0): side i's tariff with a share f of its war tariff removed (a deal,
    /// a pause, a suspension, a coercer lifting its measures).
    func tariff(_ i: Side, cutBy f: Double) -> Double {
        let t0 = setup.sides[i].baselineTariff
        return t0 + (1 - f) * (sides[i].tariff - t0)
    }

    /// Weekly pain from the measures beyond tariffs in force: the other's rungs, and one's own
    /// rungs' cost to oneself.
    func rungPain(_ i: Side) -> Double {
        // Bit for bit the two loops over the rungs in force, in O(1) + O(rungs with self-pain):
        // the other's pain is a prefix sum in the same order; trailing zero self-pains add
        // nothing (pain is never −0).
        let j = other(i)
        var pain = setup.sides[j].rungPainPrefix[sides[j].rungs] + sides[i].controlPain
        for r in 0..<min(sides[i].rungs, setup.sides[i].rungsWithSelfPain) { pain += setup.sides[i].rungs[r].selfPain }
        return pain
    }

    /// The extra pain a snapback next week would bring, over the stock's memory (the stream of
    /// post-snapback pain, Σ ρ^k = 1/(1−ρ_Π)), for the deadline's look-ahead (docs/model.md §8),
    /// weighted by the chance `lapse` that the truce is not extended.
    mutating func snapbackPain(_ i: Side, lapse: Double) -> Double {
        guard let a = agreement, a.snapback, a.expiry == week + 1 else { return 0 }
        let r = economy.reading(tariffs: (a.tariffsBefore.first, a.tariffsBefore.second))
        let extra = max(0, (i == 0 ? r.pain.0 : r.pain.1) - (sides[i].pain - sides[i].shock - sides[i].controlPain))
        return lapse * extra / max(1e-12, 1 - setup.parameters.pain.memory)
    }

    /// The chance the truce lapses at its expiry: either side lets it go, each with its rule's
    /// hazard concentrated over `deadline_weeks` (bluster, shocks and nationalism are public).
    func lapseChance() -> Double {
        let p = setup.parameters
        var keep = 1.0
        for k in 0..<2 {
            keep *= Double.pow(1 - RuleDecider.breakdownHazard(setup.sides[k], sides[k], p, trust: trust), p.process.deadlineWeeks)
        }
        return 1 - keep
    }
}
