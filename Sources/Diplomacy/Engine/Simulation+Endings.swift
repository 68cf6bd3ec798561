extension Simulation {
    /// Step 8, at war or under a truce: an agreed deal executes; otherwise offers on the open
    /// channel, then capitulation.
    mutating func checkEndings(_ draws: WeekDraws, _ decisions: DecisionPair) {
        let agreementsBefore = agreements
        if let deal = channel.scheduledDeal {
            if deal.week <= week { executeScheduledDeal(deal, draws) }
            refuseOffers(decisions, "a deal is already arranged")
            return
        }
        if summitThisWeek {
            // Leaders meet: no one asks first, but failure in public is costly.
            if decisions[0].acceptSummit, decisions[1].acceptSummit {
                executeDeal(.summit, firstMover: nil, terms: Decision.Terms(weeks: RuleDecider.truceWeeks(setup.parameters, trust: trust)))
                return
            }
            for i in 0..<2 { sides[i].commitment += setup.parameters.audience.commitmentStatement }
            if tracing { record(.summitFailed, .public, "the summit ends without a deal") }
        }
        if case let .open(m, _, _) = channel.status {
            backchannelProtocol(intermediary: m, draws, decisions)
        } else {
            publicProtocol(draws, decisions)
        }
        if agreements == agreementsBefore, channel.scheduledDeal == nil { checkCapitulation(draws, decisions) }
    }

    /// Offers that a firm seat made where the week gave them no place.
    func refuseOffers(_ decisions: DecisionPair, _ reason: String) {
        for i in 0..<2 {
            if decisions[i].privateOffer != nil { refuse(i, .privateOffer, decisions, reason) }
            if decisions[i].publicOffer != nil { refuse(i, .publicOffer, decisions, reason) }
        }
    }

    /// Simultaneous and escrowed: the intermediary holds a conditional offer; when the other
    /// side is ready too, both cuts execute together after the latency.
    private mutating func backchannelProtocol(intermediary m: Int, _ draws: WeekDraws, _ decisions: DecisionPair) {
        let x = setup.intermediaries[m]
        for i in 0..<2 where decisions[i].offer(on: .public) != nil {
            refuse(i, .publicOffer, decisions, "talks go through the open backchannel; a public offer would bypass it")
        }
        if let sender = channel.pendingPrivateOffer {
            let j = other(sender)
            if decisions[sender].offer(on: .private) != nil { refuse(sender, .privateOffer, decisions, "an offer of this side is already in escrow") }
            if decisions[j].acceptPrivate {
                scheduleDeal(intermediary: m, firstMover: sender, terms: channel.pendingTerms, draws)
            }
            return
        }
        let offer0 = decisions[0].offer(on: .private), offer1 = decisions[1].offer(on: .private)
        if let offer0, let offer1 {
            if tracing { record(.privateOffer, .leaders, "both sides leave conditional offers with \(x.name)") }
            scheduleDeal(intermediary: m, firstMover: nil, terms: offer0.terms.merged(with: offer1.terms), draws)
        } else if let offer = offer0 ?? offer1 {
            let i: Side = offer0 != nil ? 0 : 1
            channel.pendingPrivateOffer = i
            channel.pendingTerms = offer.terms
            let jump = 1 + setup.parameters.beliefs.firstOfferJump * (1 - x.escrow)
            sides[other(i)].hazardMultiplier *= jump
            sides[i].otherHazardMultiplier *= jump
            if tracing { record(.privateOffer, .side(i), "\(name(i)) leaves a conditional offer with \(x.name)") }
            if decisions[other(i)].acceptPrivate {
                scheduleDeal(intermediary: m, firstMover: i, terms: offer.terms, draws)
            }
        }
    }

    private mutating func scheduleDeal(intermediary m: Int, firstMover: Side?, terms: Decision.Terms, _ draws: WeekDraws) {
        let x = setup.intermediaries[m]
        let needsConfirmation = x.authority < 1
        let at = week + x.latency + (needsConfirmation ? 1 : 0)
        channel.pendingPrivateOffer = nil
        channel.pendingTerms = Decision.Terms()
        let deal = ChannelState.ScheduledDeal(week: at, intermediary: m, needsConfirmation: needsConfirmation, firstMover: firstMover,
                                              terms: terms)
        channel.scheduledDeal = deal
        if tracing { record(.dealArranged, .leaders, "\(x.name) holds both offers; joint announcement due in week \(at)") }
        if at <= week { executeScheduledDeal(deal, draws) }
    }

    private mutating func executeScheduledDeal(_ deal: ChannelState.ScheduledDeal, _ draws: WeekDraws) {
        channel.scheduledDeal = nil
        let x = setup.intermediaries[deal.intermediary]
        if deal.needsConfirmation, draws.authority >= x.authority {
            // "No one can speak for Xi": the principal repudiates what the envoy arranged.
            repudiations += 1
            credibility[deal.intermediary] *= x.authority
            if tracing { record(.repudiation, .leaders, "the principal repudiates the deal arranged by \(x.name)") }
            return
        }
        executeDeal(.backchannel, firstMover: deal.firstMover, terms: deal.terms)
    }

    /// Sequential and public: whoever offers first pays F and reveals impatience.
    private mutating func publicProtocol(_ draws: WeekDraws, _ decisions: DecisionPair) {
        for i in 0..<2 where decisions[i].offer(on: .private) != nil {
            refuse(i, .privateOffer, decisions, "no backchannel is open to carry a private offer")
        }
        if let sender = channel.standingPublicOffer {
            if decisions[sender].offer(on: .public) != nil { refuse(sender, .publicOffer, decisions, "this side's public offer already stands") }
            if decisions[other(sender)].acceptPublic { concludeFormalTalks(firstMover: sender, terms: channel.standingTerms, draws) }
            return
        }
        let allowed = publicTalksAllowed()
        if !allowed {
            for i in 0..<2 where decisions[i].offer(on: .public) != nil {
                refuse(i, .publicOffer, decisions, setup.diplomacyMode == .noTalks ? "diplomacy.mode no-talks allows no talks"
                                                                                  : "talks are not public while the backchannel is the way")
            }
        }
        let offer0 = allowed ? decisions[0].offer(on: .public) : nil
        let offer1 = allowed ? decisions[1].offer(on: .public) : nil
        guard offer0 != nil || offer1 != nil else { return }
        let i: Side
        if let offer0, let offer1 {
            let m0 = offer0.urgency, m1 = offer1.urgency
            i = m0 == m1 ? tieWinner(draws) : (m0 > m1 ? 0 : 1)
        } else {
            i = offer0 != nil ? 0 : 1
        }
        let terms = (i == 0 ? offer0 : offer1)?.terms ?? Decision.Terms()
        sides[i].audienceCostPaid += firstMoveCost(i)
        sides[other(i)].hazardMultiplier *= 1 + setup.parameters.beliefs.firstOfferJump
        sides[i].otherHazardMultiplier *= 1 + setup.parameters.beliefs.firstOfferJump
        channel.standingPublicOffer = i
        channel.standingTerms = terms
        milestones.formalTalks = milestones.formalTalks ?? week
        if tracing { record(.publicOffer, .public, "\(name(i)) offers talks in public") }
        if decisions[other(i)].acceptPublic { concludeFormalTalks(firstMover: i, terms: terms, draws) }
    }

    /// A deal agreed at the formal talks: it holds if the principals honour what their envoys
    /// agreed (authority below 1: a repudiation, as through an intermediary).
    private mutating func concludeFormalTalks(firstMover: Side, terms: Decision.Terms, _ draws: WeekDraws) {
        if formalAuthority < 1, draws.authority >= formalAuthority {
            repudiations += 1
            channel.standingPublicOffer = nil
            channel.standingTerms = Decision.Terms()
            if tracing { record(.repudiation, .public, "the principals repudiate the terms agreed at the formal talks\(formalName.map { " (\($0))" } ?? "")") }
            return
        }
        executeDeal(.formal, firstMover: firstMover, terms: terms)
    }

    /// Joint de-escalation: τ ← τ0 + (1−f)(τ − τ0), or to the terms' levels; each side pays for
    /// its visible part, f_i(1 − r). With `weeks` it is a truce of that length; otherwise a
    /// lasting deal. The run goes on.
    mutating func executeDeal(_ via: DealChannel, firstMover: Side?, terms: Decision.Terms) {
        let a = setup.parameters.audience
        let f = terms.cut ?? a.dealCut
        let before = (sides[0].tariff, sides[1].tariff)
        let measures = measuresBefore
        for i in 0..<2 {
            let t0 = setup.sides[i].baselineTariff, t = sides[i].tariff
            // Levels: never above today's tariff nor below peacetime; the share cut is what is seen.
            let level = terms.levels.map { min(t, max(t0, $0[i])) } ?? tariff(i, cutBy: f)
            let share = terms.levels != nil && t - t0 > 1e-12 ? (t - level) / (t - t0) : f
            sides[i].audienceCostPaid += audienceCost(i, share * (1 - a.reciprocity))
            moveTariff(i, to: level)
            sides[i].rungs = 0  // a deal lifts the measures beyond tariffs too
        }
        if via != .backchannel { milestones.formalTalks = milestones.formalTalks ?? week }
        if via == .summit { milestones.summit = milestones.summit ?? week }
        clearOffers()
        let weeks = terms.weeks.map { max(1, $0) }
        begin(Agreement(kind: .deal(via), since: week, expiry: weeks.map { week + $0 }, duration: weeks ?? setup.parameters.process.truceWeeks,
                        snapback: true, tariffsBefore: measures.tariffs, rungsBefore: measures.rungs), ratesBefore: measures.rates)
        ending = ending ?? .deal(channel: via)
        milestones.end = milestones.end ?? week
        if tracing {
            let what = weeks.map { "a \($0)-week truce" } ?? "a lasting deal"
            record(.deal, .public, "joint de-escalation via \(via.rawValue), \(what): \(percent(before.0))→\(percent(sides[0].tariff)) / \(percent(before.1))→\(percent(sides[1].tariff))")
        }
    }

    /// Offers on the table are spent once an agreement is made.
    mutating func clearOffers() {
        channel.pendingPrivateOffer = nil
        channel.pendingTerms = Decision.Terms()
        channel.standingPublicOffer = nil
        channel.standingTerms = Decision.Terms()
    }

    /// A unilateral public back-down, c_i > h_ij·(V_i + AC_i(1)): the side complies with the
    /// other's demand; the other lifts the share of its measures it promised (docs/model.md §15).
    private mutating func checkCapitulation(_ draws: WeekDraws, _ decisions: DecisionPair) {
        // Facing a truce's snapback a side may still give in; under a lasting agreement there is nothing to concede.
        guard isAtWar, agreement?.isTruce ?? true else {
            let reason = isAtWar ? "a lasting agreement is in force" : "there is no war to give in to"
            for i in 0..<2 where decisions[i].giveIn != nil { refuse(i, .giveIn, decisions, reason) }
            return
        }
        let g0 = decisions[0].giveIn, g1 = decisions[1].giveIn
        guard g0 != nil || g1 != nil else { return }
        let i: Side
        if let m0 = g0, let m1 = g1 {
            i = m0 == m1 ? tieWinner(draws) : (m0 > m1 ? 0 : 1)
        } else {
            i = g0 != nil ? 0 : 1
        }
        let j = other(i)
        let measures = measuresBefore
        // A partial climb-down meets a share q of the demand: it costs that share of the
        // audience cost, takes that share off the war tariff and the rungs, and the other lifts
        // that share of what it promised.
        let q = min(1, max(0, decisions[i].complies))
        let full = q >= 1
        sides[i].audienceCostPaid += audienceCost(i, q)
        let before = (sides[i].tariff, sides[j].tariff)
        moveTariff(i, to: full ? setup.sides[i].baselineTariff : tariff(i, cutBy: q))
        sides[i].rungs = full ? 0 : Int((Double(sides[i].rungs) * (1 - q)).rounded())
        let promised = setup.sides[j].liftsOnCompliance
        let lifts = q * promised
        let rungsBefore = sides[j].rungs
        moveTariff(j, to: tariff(j, cutBy: lifts))
        sides[j].rungs = Int((Double(sides[j].rungs) * (1 - lifts)).rounded())
        clearOffers()
        begin(Agreement(kind: .settlement(by: i), since: week, expiry: nil, duration: 0, snapback: true,
                        tariffsBefore: measures.tariffs, rungsBefore: measures.rungs), ratesBefore: measures.rates)
        // Compliance answered by lifting is a joint de-escalation (docs/commands.md, `deal`).
        if sides[j].tariff < before.1 - 1e-12 || sides[j].rungs < rungsBefore {
            milestones.firstDeal = milestones.firstDeal ?? week
        }
        // A promise to lift that is not kept costs the coercer the other side's trust.
        if promised < 1 { trust *= promised }
        // Giving in means in full; a partial climb-down is a settlement, not a capitulation.
        if full {
            milestones.gaveIn[i] = milestones.gaveIn[i] ?? week
            ending = ending ?? .capitulation(by: i)
            milestones.end = milestones.end ?? week
        }
        if tracing {
            let what = full ? "backs down" : "meets \(Int((100 * q).rounded()))% of the demand"
            record(.capitulation, .public, "\(name(i)) \(what): its tariff \(percent(before.0))→\(percent(sides[i].tariff)); "
                + (lifts >= 1 ? "\(name(j)) lifts its measures" : "\(name(j)) keeps \(Int((100 * (1 - lifts)).rounded()))% of its measures")
                + " (\(percent(before.1))→\(percent(sides[j].tariff)))")
        }
    }
}
