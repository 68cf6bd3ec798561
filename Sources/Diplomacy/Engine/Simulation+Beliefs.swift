import RealModule

extension Simulation {
    /// Step 5 (docs/model.md §5): the hazard of the other folding, bargaining shares, receptivity.
    mutating func updateBeliefs() {
        let b = setup.parameters.beliefs
        // Shares first: receptivity reads the other side's deal threshold, which uses them.
        let r0 = sides[0].cost / max(1e-12, setup.sides[0].resolve)
        let r1 = sides[1].cost / max(1e-12, setup.sides[1].resolve)
        sides[0].share = r0 + r1 > 0 ? r1 / (r0 + r1) : 0.5
        sides[1].share = r0 + r1 > 0 ? r0 / (r0 + r1) : 0.5
        for i in 0..<2 {
            let j = other(i)
            let hurt = Double.pow((b.costReference + sides[j].cost) / (2 * b.costReference), b.hazardElasticity)
            let h = b.hazard * hurt / (1 + Double(weeksAtWar) / b.halfLife) * sides[i].hazardMultiplier
            sides[i].hazard = min(0.5, max(0.002, h))
        }
        for i in 0..<2 {
            let j = other(i)
            let threshold = sides[j].hazard * ((1 - sides[j].share) * setup.sides[j].resolve
                + dealAudienceCost(j, private: false, first: false))
            let z = threshold > 0 ? sides[j].cost / threshold : 0
            var receptivity = (1 - b.receptivityUpdate) * sides[i].receptivity
                + b.receptivityUpdate / (1 + Double.exp(-b.receptivitySlope * (z - b.receptivityMidpoint)))
            if sides[i].perceivedOtherEscalated { receptivity *= 1 - b.escalationPenalty }
            if sides[i].signalLogOdds != 0 {
                let odds = receptivity / max(1e-12, 1 - receptivity) * Double.exp(sides[i].signalLogOdds)
                receptivity = odds / (1 + odds)
                sides[i].signalLogOdds = 0
            }
            sides[i].receptivity = min(1, max(0, receptivity))
        }
    }
}
