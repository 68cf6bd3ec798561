extension Simulation {
    /// Step 8: an agreed deal executes; otherwise offers on the open channel, then capitulation.
    mutating func checkEndings(_ draws: WeekDraws, _ decisions: DecisionPair) {
        if let deal = channel.scheduledDeal {
            if deal.week <= week { executeScheduledDeal(deal, draws) }
            refuseOffers(decisions, "a deal is already arranged")
            return
        }
        if summitThisWeek {
            // Leaders meet: no one asks first, but failure in public is costly.
            if decisions[0].acceptSummit, decisions[1].acceptSummit {
                executeDeal(.summit, firstMover: nil, cut: nil)
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
        if ending == nil, channel.scheduledDeal == nil { checkCapitulation(draws, decisions) }
    }

    /// Offers that a firm seat made where the week gave them no place.
    private mutating func refuseOffers(_ decisions: DecisionPair, _ reason: String) {
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
                scheduleDeal(intermediary: m, firstMover: sender, cut: channel.pendingCut, draws)
            }
            return
        }
        let offer0 = decisions[0].offer(on: .private), offer1 = decisions[1].offer(on: .private)
        if let offer0, let offer1 {
            if tracing { record(.privateOffer, .leaders, "both sides leave conditional offers with \(x.name)") }
            scheduleDeal(intermediary: m, firstMover: nil, cut: offer0.cut ?? offer1.cut, draws)
        } else if let offer = offer0 ?? offer1 {
            let i: Side = offer0 != nil ? 0 : 1
            channel.pendingPrivateOffer = i
            channel.pendingCut = offer.cut
            sides[other(i)].hazardMultiplier *= 1 + setup.parameters.beliefs.firstOfferJump * (1 - x.escrow)
            if tracing { record(.privateOffer, .side(i), "\(name(i)) leaves a conditional offer with \(x.name)") }
            if decisions[other(i)].acceptPrivate {
                scheduleDeal(intermediary: m, firstMover: i, cut: offer.cut, draws)
            }
        }
    }

    private mutating func scheduleDeal(intermediary m: Int, firstMover: Side?, cut: Double?, _ draws: WeekDraws) {
        let x = setup.intermediaries[m]
        let needsConfirmation = x.authority < 1
        let at = week + x.latency + (needsConfirmation ? 1 : 0)
        channel.pendingPrivateOffer = nil
        channel.pendingCut = nil
        let deal = ChannelState.ScheduledDeal(week: at, intermediary: m, needsConfirmation: needsConfirmation, firstMover: firstMover, cut: cut)
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
        executeDeal(.backchannel, firstMover: deal.firstMover, cut: deal.cut)
    }

    /// Sequential and public: whoever offers first pays F and reveals impatience.
    private mutating func publicProtocol(_ draws: WeekDraws, _ decisions: DecisionPair) {
        for i in 0..<2 where decisions[i].offer(on: .private) != nil {
            refuse(i, .privateOffer, decisions, "no backchannel is open to carry a private offer")
        }
        if let sender = channel.standingPublicOffer {
            if decisions[sender].offer(on: .public) != nil { refuse(sender, .publicOffer, decisions, "this side's public offer already stands") }
            if decisions[other(sender)].acceptPublic { executeDeal(.formal, firstMover: sender, cut: channel.standingCut) }
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
        let cut = (i == 0 ? offer0 : offer1)?.cut
        sides[i].audienceCostPaid += firstMoveCost(i)
        sides[other(i)].hazardMultiplier *= 1 + setup.parameters.beliefs.firstOfferJump
        channel.standingPublicOffer = i
        channel.standingCut = cut
        milestones.formalTalks = milestones.formalTalks ?? week
        if tracing { record(.publicOffer, .public, "\(name(i)) offers talks in public") }
        if decisions[other(i)].acceptPublic { executeDeal(.formal, firstMover: i, cut: cut) }
    }

    /// Joint de-escalation: τ ← τ0 + (1−f)(τ − τ0); each side pays for its visible part.
    mutating func executeDeal(_ via: DealChannel, firstMover: Side?, cut: Double?) {
        let a = setup.parameters.audience
        let f = cut ?? a.dealCut
        let before = (sides[0].tariff, sides[1].tariff)
        for i in 0..<2 {
            sides[i].audienceCostPaid += audienceCost(i, f * (1 - a.reciprocity))
            let t0 = setup.sides[i].baselineTariff
            sides[i].tariff = t0 + (1 - f) * (sides[i].tariff - t0)
            sides[i].rungs = 0  // a deal lifts the measures beyond tariffs too
        }
        if via != .backchannel { milestones.formalTalks = milestones.formalTalks ?? week }
        if via == .summit { milestones.summit = milestones.summit ?? week }
        pause = nil
        ending = .deal(channel: via)
        milestones.end = week
        if tracing { record(.deal, .public, "joint de-escalation via \(via.rawValue): \(percent(before.0))→\(percent(sides[0].tariff)) / \(percent(before.1))→\(percent(sides[1].tariff))") }
    }

    /// A unilateral public back-down: c_i > h_ij·(V_i + AC_i(1)).
    private mutating func checkCapitulation(_ draws: WeekDraws, _ decisions: DecisionPair) {
        guard isAtWar else {
            for i in 0..<2 where decisions[i].giveIn != nil { refuse(i, .giveIn, decisions, "there is no war to give in to") }
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
        sides[i].audienceCostPaid += audienceCost(i, 1)
        let before = sides[i].tariff
        sides[i].tariff = setup.sides[i].baselineTariff
        sides[i].rungs = 0
        pause = nil
        ending = .capitulation(by: i)
        milestones.end = week
        if tracing { record(.capitulation, .public, "\(name(i)) backs down: its tariff \(percent(before))→\(percent(sides[i].tariff))") }
    }
}
