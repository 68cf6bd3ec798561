import Games

extension Simulation {
    /// Step 9 (docs/model.md §7): each leader's rule on perceived moves, with implementation and
    /// perception errors; an open channel explains an accidental escalation with probability κ_m.
    mutating func reciprocate(_ draws: WeekDraws) {
        var intended: [Move] = [.cooperate, .cooperate]
        var played: [Move] = [.cooperate, .cooperate]
        let pace = setup.parameters.tariffs.review
        let reviewing = [draws.review.0 < pace, draws.review.1 < pace]
        for i in 0..<2 where reviewing[i] {
            intended[i] = sides[i].strategy.decide(using: &strategyStreams[i])
            var move = intended[i]
            if move == .cooperate, draws.pair(draws.implementation, i) < setup.sides[i].implementationNoise { move = .defect }
            let canRise = sides[i].tariff < setup.maxTariff - 1e-12 || sides[i].rungs < setup.sides[i].rungs.count
            played[i] = move == .defect && canRise ? .defect : .cooperate
        }
        var climbed = [false, false]
        for i in 0..<2 where played[i] == .defect {
            if sides[i].tariff < setup.maxTariff - 1e-12 {
                sides[i].tariff = min(setup.maxTariff, sides[i].tariff + setup.step)
            } else {
                sides[i].rungs += 1  // at the tariff cap, escalation climbs the next rung
                climbed[i] = true
            }
        }
        for i in 0..<2 {
            let j = other(i)
            sides[i].escalated = played[i] == .defect
            var perceived = played[j]
            if draws.pair(draws.perception, i) < setup.sides[i].perceptionNoise { perceived = perceived.flipped }
            if perceived == .defect, played[j] == .defect, intended[j] == .cooperate,
               let m = channel.openIntermediary, draws.pair(draws.explanation, i) < credibility[m] {
                perceived = .cooperate  // contrition by message
                if tracing { log("\(name(j))'s accidental escalation is explained through the channel") }
            }
            sides[i].perceivedOtherEscalated = perceived == .defect
            sides[i].perceivedSinceReview = sides[i].perceivedSinceReview || perceived == .defect
            if reviewing[i] {
                sides[i].strategy.observe(own: played[i], opponent: sides[i].perceivedSinceReview ? .defect : .cooperate,
                                          intended: intended[i])
                sides[i].perceivedSinceReview = false
            }
        }
        if tracing {
            for i in 0..<2 where played[i] == .defect {
                log(climbed[i] ? "\(name(i)) escalates beyond tariffs: \(setup.sides[i].rungs[sides[i].rungs - 1].name)"
                               : "\(name(i)) raises its tariff to \(percent(sides[i].tariff))")
            }
        }
    }
}
