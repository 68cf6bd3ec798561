import Games

extension Simulation {
    /// Step 9 (docs/model.md §7): each leader's rule on perceived moves, with implementation and
    /// perception errors; an open channel explains an accidental escalation with probability κ_m.
    mutating func reciprocate(_ draws: WeekDraws, _ decisions: DecisionPair) {
        var intended: [Move] = [.cooperate, .cooperate]
        var played: [Move] = [.cooperate, .cooperate]
        let reviewing = [decisions[0].tariff != nil, decisions[1].tariff != nil]
        var levels: [Double?] = [nil, nil]
        for i in 0..<2 {
            guard let move = decisions[i].tariff else { continue }
            // A side under a one-sided suspension holds its tariff until it ends.
            if let until = sides[i].suspendedUntil {
                if move != .hold { refuse(i, .tariff, decisions, "its tariff is suspended until week \(until)") }
                continue
            }
            switch move {
            case .hold, .raise:
                intended[i] = move == .raise ? .defect : .cooperate
                var m = intended[i]
                if m == .cooperate, draws.pair(draws.implementation, i) < setup.sides[i].implementationNoise { m = .defect }
                let canRise = sides[i].tariff < setup.maxTariff - 1e-12 || sides[i].rungs < setup.sides[i].rungs.count
                played[i] = m == .defect && canRise ? .defect : .cooperate
            case let .level(x):
                let low = setup.sides[i].baselineTariff
                guard x.isFinite, x >= low - 1e-12, x <= setup.maxTariff + 1e-12 else {
                    refuse(i, .tariff, decisions, "a tariff of \(percent(x)) is outside \(percent(low))–\(percent(setup.maxTariff)) (peacetime level to the cap)")
                    continue
                }
                levels[i] = x
                intended[i] = x > sides[i].tariff + 1e-12 ? .defect : .cooperate
                played[i] = intended[i]
            }
        }
        var climbed = [false, false]
        let inKind = setup.parameters.tariffs.inKind
        for i in 0..<2 {
            let before = sides[i].tariff
            if let x = levels[i] {
                moveTariff(i, to: x)
                if tracing { record(.move, .public, "\(name(i)) sets its tariff to \(percent(x)) (from \(percent(before)))") }
            } else if played[i] == .defect {
                if sides[i].tariff < setup.maxTariff - 1e-12 {
                    // In kind: answer the other's increases since one's own last raise, point for point.
                    let owed = sides[i].increaseToAnswer
                    let step = inKind && owed > 1e-12 ? owed : setup.step
                    sides[i].tariff = min(setup.maxTariff, sides[i].tariff + step)
                } else {
                    sides[i].rungs += 1  // at the tariff cap, escalation climbs the next rung
                    climbed[i] = true
                }
            }
            if sides[i].tariff > before + 1e-12 {
                sides[i].increaseToAnswer = 0
                sides[other(i)].increaseToAnswer += sides[i].tariff - before
            }
        }
        for i in 0..<2 where applyRungMove(i, decisions) { played[i] = .defect }
        for i in 0..<2 {
            let j = other(i)
            sides[i].escalated = played[i] == .defect
            var perceived = played[j]
            if draws.pair(draws.perception, i) < setup.sides[i].perceptionNoise { perceived = perceived.flipped }
            if perceived == .defect, played[j] == .defect, intended[j] == .cooperate,
               let m = channel.openIntermediary, draws.pair(draws.explanation, i) < credibility[m] {
                perceived = .cooperate  // contrition by message
                if tracing { record(.explanation, .leaders, "\(name(j))'s accidental escalation is explained through the channel") }
            }
            sides[i].perceivedOtherEscalated = perceived == .defect
            sides[i].perceivedSinceReview = sides[i].perceivedSinceReview || perceived == .defect
            if reviewing[i] {
                seats[i].observe(own: played[i], intended: intended[i], otherEscalated: sides[i].perceivedSinceReview)
                sides[i].perceivedSinceReview = false
            }
        }
        if tracing {
            for i in 0..<2 where played[i] == .defect && levels[i] == nil {
                record(.move, .public, climbed[i] ? "\(name(i)) escalates beyond tariffs: \(setup.sides[i].rungs[sides[i].rungs - 1].name)"
                               : "\(name(i)) raises its tariff to \(percent(sides[i].tariff))")
            }
        }
    }
}

extension Simulation {
    /// A seat's explicit move on its measures beyond tariffs (the rules climb only by raising at the cap).
    /// Returns whether the side escalated.
    mutating func applyRungMove(_ i: Side, _ decisions: DecisionPair) -> Bool {
        guard let move = decisions[i].rungs else { return false }
        switch move {
        case .climb:
            guard sides[i].rungs < setup.sides[i].rungs.count else {
                refuse(i, .rungs, decisions, "every measure beyond tariffs is already in force")
                return false
            }
            sides[i].rungs += 1
            if tracing { record(.move, .public, "\(name(i)) escalates beyond tariffs: \(setup.sides[i].rungs[sides[i].rungs - 1].name)") }
            return true
        case let .lift(count):
            guard sides[i].rungs > 0, count > 0 else {
                refuse(i, .rungs, decisions, "no measure beyond tariffs is in force to lift")
                return false
            }
            let lifted = min(count, sides[i].rungs)
            sides[i].rungs -= lifted
            if tracing { record(.move, .public, "\(name(i)) lifts \(lifted) measure\(lifted == 1 ? "" : "s") beyond tariffs") }
            return false
        }
    }
}
