import RealModule

extension Simulation {
    /// Puts an agreement in force (its terms already applied to the tariffs) and counts it.
    /// `ratesBefore`: the named measures' rates before it, kept beside it (not in it, so an
    /// agreement stays a plain value that the views copy for free).
    mutating func begin(_ a: Agreement, ratesBefore: PerSide<[Double]>) {
        // A pause while a truce holds prolongs that truce rather than starting another.
        let wasTruce = agreement?.isTruce ?? false
        agreement = a
        agreementRates = ratesBefore
        agreements += 1
        if a.isTruce, !wasTruce { truces += 1 }
        if a.isTruce { milestones.truce = milestones.truce ?? week }
        if case .settlement = a.kind {} else { milestones.firstDeal = milestones.firstDeal ?? week }
        // Mutual restraint, as each rule remembers it: neither side is escalating now. The
        // talks that led here are over.
        for i in 0..<2 {
            sides[i].talksUnderWay = false
            sides[i].perceivedOtherEscalated = false
            sides[i].perceivedSinceReview = false
            sides[i].increaseToAnswer = 0
            seats[i].observe(own: .cooperate, intended: .cooperate, otherEscalated: false)
        }
    }

    /// The measures before an agreement made now: those before the truce it replaces, if any.
    var measuresBefore: (tariffs: PerSide<Double>, rungs: PerSide<Int>, rates: PerSide<[Double]>) {
        if let agreement { return (agreement.tariffsBefore, agreement.rungsBefore, agreementRates) }
        return (PerSide(sides[0].tariff, sides[1].tariff), PerSide(sides[0].rungs, sides[1].rungs), PerSide(measureRates[0], measureRates[1]))
    }

    /// Under an agreement: a truce that expires this week is extended, made lasting or lapses;
    /// otherwise a side may break it (docs/model.md §15).
    mutating func keepOrBreak(_ decisions: DecisionPair) {
        guard let a = agreement else {
            for i in 0..<2 where decisions[i].truce != nil || decisions[i].reescalate {
                refuse(i, .agreement, decisions, "no agreement is in force")
            }
            return
        }
        for i in 0..<2 where decisions[i].truce != nil && a.expiry != week {
            refuse(i, .agreement, decisions, a.isTruce ? "the truce expires in week \(a.expiry!), not now" : "no truce is in force")
        }
        if a.expiry == week {
            let answers = (decisions[0].truce ?? .extend, decisions[1].truce ?? .extend)
            if answers.0 == .lapse || answers.1 == .lapse {
                let by: Side? = answers.0 == answers.1 ? nil : (answers.0 == .lapse ? 0 : 1)
                if tracing { record(.breakdown, .public, by.map { "\(name($0)) lets the truce lapse" } ?? "both sides let the truce lapse") }
                // The suspension ends for both: each side's suspended tariff returns.
                breakDown(by: by, restoring: a.snapback, both: true, trigger: .lapse)
            } else if answers.0 == .lasting, answers.1 == .lasting {
                agreement?.expiry = nil
                if tracing { record(.deal, .public, "the truce becomes a lasting deal") }
            } else {
                agreement?.expiry = week + a.duration
                agreement?.extensions += 1
                if tracing { record(.deal, .public, "the truce is extended by \(a.duration) weeks, to week \(week + a.duration)") }
            }
            return
        }
        let breaking = (decisions[0].reescalate, decisions[1].reescalate)
        guard breaking.0 || breaking.1 else { return }
        let by: Side? = breaking.0 && breaking.1 ? nil : (breaking.0 ? 0 : 1)
        // Put down to the breaker's largest hazard term (of the more likely breaker if both; on
        // equal hazards the first by id, so swapping the actors mirrors the run).
        let breaker: Side
        if let by { breaker = by } else {
            let h0 = RuleDecider.breakdownHazard(setup.sides[0], sides[0], setup.parameters, trust: trust)
            let h1 = RuleDecider.breakdownHazard(setup.sides[1], sides[1], setup.parameters, trust: trust)
            breaker = h0 != h1 ? (h0 > h1 ? 0 : 1) : (setup.sides[0].id < setup.sides[1].id ? 0 : 1)
        }
        let trigger = RuleDecider.breakdownTrigger(setup.sides[breaker], sides[breaker], setup.parameters)
        if tracing {
            let why = trigger == .chance ? "" : " (\(trigger.rawValue))"
            record(.breakdown, .public, by.map { "\(name($0)) re-escalates\(why): the agreement breaks down" } ?? "both sides re-escalate\(why): the agreement breaks down")
        }
        breakDown(by: by, restoring: true, trigger: trigger)
    }

    /// The agreement ends: the side that broke it (both if nil; every side if `both`, as when a
    /// truce lapses) restores its measures from before it (`restoring`); the breaker's opponent
    /// sees an escalation its rule will answer. Trust falls.
    mutating func breakDown(by breaker: Side?, restoring: Bool, both: Bool = false, trigger: BreakdownTrigger) {
        guard let a = agreement else { return }
        agreement = nil
        breakdowns += 1
        breakdownsByTrigger[trigger.index] += 1
        brokeDownThisWeek = true
        milestones.reescalation = milestones.reescalation ?? week
        trust *= 1 - setup.parameters.process.trustLoss
        for i in 0..<2 where restoring && (both || breaker == nil || breaker == i) {
            let rise = max(0, a.tariffsBefore[i] - sides[i].tariff)
            sides[i].tariff = max(sides[i].tariff, a.tariffsBefore[i])
            sides[i].rungs = max(sides[i].rungs, a.rungsBefore[i])
            restoreRates(i, agreementRates[i])
            sides[other(i)].increaseToAnswer += rise
        }
        for i in 0..<2 where breaker == nil || breaker == i {
            let j = other(i)
            sides[i].escalated = true
            sides[j].perceivedOtherEscalated = true
            sides[j].perceivedSinceReview = true
        }
    }

    /// Formal talks open with a weekly chance while the war goes on and public talks are
    /// possible (not in mode no-talks, nor while the backchannel is the way); they last until
    /// an agreement is made.
    mutating func openTalks(_ draws: WeekDraws) {
        guard !sides[0].talksUnderWay, agreement == nil, isAtWar, publicTalksAllowed(), draws.talks < setup.parameters.process.talks * formalAccess else { return }
        for i in 0..<2 { sides[i].talksUnderWay = true }
        milestones.formalTalks = milestones.formalTalks ?? week
        if tracing { record(.talks, .public, "formal talks open between \(name(0)) and \(name(1))") }
    }

    /// The open backchannel arranges a leaders' meeting once it has run `summit_after` weeks
    /// and both sides are receptive (docs/model.md §15); it takes place after the latency.
    mutating func arrangeSummit() {
        let after = setup.parameters.process.summitAfter
        guard after > 0, agreement?.isTruce ?? isAtWar,
              case let .open(m, _, since) = channel.status, week - since >= after, summitArrangedBy != since,
              sides[0].receptivity >= setup.sides[0].thresholds.receptivity,
              sides[1].receptivity >= setup.sides[1].thresholds.receptivity else { return }
        let x = setup.intermediaries[m]
        arrangedSummit = week + x.latency + 1
        summitArrangedBy = since
        if tracing { record(.dealArranged, .leaders, "\(x.name) arranges a leaders' meeting for week \(week + x.latency + 1)") }
    }
}
