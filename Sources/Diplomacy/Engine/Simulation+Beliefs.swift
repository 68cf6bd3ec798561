import RealModule

extension Simulation {
    /// Step 5 (docs/model.md §5): the hazard of the other folding, bargaining shares, receptivity.
    ///
    /// Each side reads the other only through what is published (`published(j)`) and its own
    /// record: the other's cost from the published record, and the beliefs the other must hold
    /// (its hazard and share) rebuilt from the public clock, this side's own cost and its record
    /// Ĵ of the other's multiplier. In this model the record determines them, so the estimates
    /// equal the truth; no private state of the other side is read.
    mutating func updateBeliefs() {
        let b = setup.parameters.beliefs
        let record = (published(0), published(1))
        let r0 = sides[0].cost / max(1e-12, setup.sides[0].resolve)
        let r1 = sides[1].cost / max(1e-12, setup.sides[1].resolve)
        // r̂_j from the published cost: the same number as the other side's own r_j.
        let seen = (record.1.politicalCost / max(1e-12, setup.sides[1].resolve),   // side 0's estimate of r_1
                    record.0.politicalCost / max(1e-12, setup.sides[0].resolve))   // side 1's estimate of r_0
        let total0 = r0 + seen.0, total1 = seen.1 + r1
        sides[0].share = total0 > 0 ? seen.0 / total0 : 0.5
        sides[1].share = total1 > 0 ? seen.1 / total1 : 0.5
        let clock = 1 + Double(weeksAtWar) / b.halfLife
        // How much each side's cost hurts, from its published cost (a side's own cost is the
        // one it publishes): computed once, read by the other's hazard and by its own estimate
        // of the other's.
        func hurting(_ cost: Double) -> Double { Double.pow((b.costReference + cost) / (2 * b.costReference), b.hazardElasticity) }
        let hurt = (hurting(record.0.politicalCost), hurting(record.1.politicalCost))
        func hazard(hurt: Double, multiplier: Double) -> Double {
            min(0.5, max(0.002, b.hazard * hurt / clock * multiplier))
        }
        sides[0].hazard = hazard(hurt: hurt.1, multiplier: sides[0].hazardMultiplier)
        sides[1].hazard = hazard(hurt: hurt.0, multiplier: sides[1].hazardMultiplier)
        for i in 0..<2 {
            let j = other(i)
            let other = i == 0 ? record.1 : record.0
            // The other's beliefs as this side rebuilds them: ĥ_j from this side's own cost and
            // Ĵ_j, ŝ_j = r_i / (r_i + r̂_j); its audience cost of a deal from its public record.
            let otherHazard = hazard(hurt: i == 0 ? hurt.0 : hurt.1, multiplier: sides[i].otherHazardMultiplier)
            let ri = i == 0 ? r0 : r1, total = i == 0 ? total0 : total1
            var estimate = SideState(tariff: other.tariff, receptivity: 0)
            estimate.commitment = other.commitment
            estimate.nationalism = other.nationalism
            estimate.electionMultiplier = other.electionMultiplier
            estimate.lameDuck = other.lameDuck
            estimate.justified = other.justified
            estimate.share = total > 0 ? ri / total : 0.5
            let threshold = otherHazard * ((1 - estimate.share) * setup.sides[j].resolve
                + PoliticalCost.dealAudienceCost(setup.sides[j], estimate, setup.parameters, leakRisk: 0, private: false, first: false))
            let z = threshold > 0 ? other.politicalCost / threshold : 0
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
