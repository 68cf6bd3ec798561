extension Simulation {
    /// Step 3 (docs/model.md §3): constituency stances move with pain and nationalism; a
    /// probabilistic Condorcet election over {0, sq/2, sq, sq+Δ} gives pressure Q and
    /// opposition O; the same contest of deal against status quo gives ratifiability.
    mutating func updatePolitics() {
        for i in 0..<2 {
            let s = setup.sides[i]
            let span = max(1e-12, setup.maxTariff - s.baselineTariff)
            let sq = min(100, max(0, 100 * (sides[i].tariff - s.baselineTariff) / span))
            let result = CondorcetElection.evaluate(
                constituencies: s.constituencies,
                stocks: (sides[i].painStock, sides[i].painStock + sides[i].exportPainStock, sides[i].painStock + sides[i].importPainStock),
                nationalism: sides[i].nationalism, statusQuo: sq,
                escalation: setup.parameters.politics.escalationOption, deal: sq * (1 - setup.parameters.audience.dealCut))
            sides[i].pressure = result.pressure
            sides[i].opposition = result.opposition
            sides[i].dealSupport = result.dealSupport
        }
    }
}
