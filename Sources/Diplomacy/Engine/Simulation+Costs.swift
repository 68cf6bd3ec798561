import RealModule

extension Simulation {
    /// Step 4 (docs/model.md §4): the political cost of pain, commitment and nationalism.
    mutating func updateCostsAndStocks(_ draws: WeekDraws) {
        let a = setup.parameters.audience
        let pain = setup.parameters.pain
        // No confrontation builds commitment while an agreement holds; leaders still talk
        // tough while measures or an agreement stand (a statement can then break it).
        let atWar = isAtWar && agreement == nil
        let rivalry = isAtWar || agreement != nil
        for i in 0..<2 {
            sides[i].statementThisWeek = draws.pair(draws.statement, i) < setup.sides[i].bluster && rivalry
        }
        // The chance of a snapback is read before either side's stocks move this week.
        let lapse = agreement?.expiry == week + 1 ? lapseChance() : 0
        for i in 0..<2 {
            let j = other(i)
            let s = setup.sides[i]
            let lookahead = snapbackPain(i, lapse: lapse)
            let felt = sides[i].pain + lookahead
            // π0 is not raised before an election, only α (docs/model.md §13): raising the cost
            // of pain as much as the audience cost would bring concessions forward, against
            // comparative static 11 (§9).
            sides[i].cost = s.painWeight * (0.5 + sides[i].pressure) * felt
                * (1 + pain.accumulation * sides[i].painStock / pain.reference)
            sides[i].commitment = (1 - a.commitmentDecay) * sides[i].commitment
                + (atWar ? a.commitmentWar : 0) + (sides[i].statementThisWeek ? a.commitmentStatement : 0)
            sides[i].nationalism = a.nationalismMemory * sides[i].nationalism
                + (sides[j].escalated ? a.nationalismEscalation : 0) + (sides[j].statementThisWeek ? a.nationalismStatement : 0)
            if tracing, sides[j].statementThisWeek { record(.statement, .public, "\(name(j)) issues a hawkish statement") }
        }
    }

    func audienceCost(_ i: Side, _ k: Double) -> Double {
        PoliticalCost.audienceCost(setup.sides[i], sides[i], setup.parameters, k)
    }

    /// F_i: the cost of being seen to ask first.
    func firstMoveCost(_ i: Side) -> Double { PoliticalCost.firstMoveCost(setup.sides[i], sides[i], setup.parameters) }

    /// ℓ_cum: the chance the channel leaks before a deal agreed now is announced.
    func cumulativeLeakRisk() -> Double {
        guard let m = channel.openIntermediary ?? setup.bestIntermediary else { return 1 }
        let weekly = weeklyLeakProbability(intermediary: m)
        let latency = setup.intermediaries[m].latency
        return 1 - Double.pow(1 - weekly, Double(latency + 1))
    }

    /// AC^deal_i on a channel (docs/model.md §4).
    func dealAudienceCost(_ i: Side, private isPrivate: Bool, first: Bool) -> Double {
        PoliticalCost.dealAudienceCost(setup.sides[i], sides[i], setup.parameters, leakRisk: isPrivate ? cumulativeLeakRisk() : 0,
                                       private: isPrivate, first: first)
    }
}
