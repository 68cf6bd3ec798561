extension Simulation {
    /// ready_i(ch, first) ⇔ c_i > h_ij·((1 − s_i)V_i + AC^deal_i(ch, first)), the deal must be
    /// ratifiable at home, and a first offer needs R_i ≥ θ_offer (docs/model.md §6).
    func ready(_ i: Side, private isPrivate: Bool, first: Bool) -> Bool {
        if first, sides[i].receptivity < setup.sides[i].thresholds.offer { return false }
        if sides[i].dealSupport < setup.parameters.politics.ratification { return false }
        return margin(i, private: isPrivate, first: first) > 0
    }

    /// Determined enough to make a first offer at all (D_i ≥ θ_D).
    func determined(_ i: Side) -> Bool {
        setup.sides[i].determination >= setup.sides[i].thresholds.determination
    }

    func margin(_ i: Side, private isPrivate: Bool, first: Bool) -> Double {
        sides[i].cost - sides[i].hazard * ((1 - sides[i].share) * setup.sides[i].resolve
            + dealAudienceCost(i, private: isPrivate, first: first))
    }

    /// Step 8: an agreed deal executes; otherwise offers on the open channel, then capitulation.
    mutating func checkEndings(_ draws: WeekDraws) {
        if let deal = channel.scheduledDeal {
            if deal.week <= week { executeScheduledDeal(deal, draws) }
            return
        }
        if summitThisWeek {
            // Leaders meet: no one asks first, but failure in public is costly.
            if ready(0, private: false, first: false), ready(1, private: false, first: false) {
                executeDeal(.summit, firstMover: nil)
                return
            }
            for i in 0..<2 { sides[i].commitment += setup.parameters.audience.commitmentStatement }
            if tracing { log("the summit ends without a deal") }
        }
        if case let .open(m, _, _) = channel.status {
            backchannelProtocol(intermediary: m, draws)
        } else {
            publicProtocol(draws)
        }
        if ending == nil, channel.scheduledDeal == nil { checkCapitulation(draws) }
    }

    /// Simultaneous and escrowed: the intermediary holds a conditional offer; when the other
    /// side is ready too, both cuts execute together after the latency.
    private mutating func backchannelProtocol(intermediary m: Int, _ draws: WeekDraws) {
        let x = setup.intermediaries[m]
        if let sender = channel.pendingPrivateOffer {
            let j = other(sender)
            if ready(j, private: true, first: false) {
                scheduleDeal(intermediary: m, firstMover: sender, draws)
            }
            return
        }
        let offers0 = determined(0) && ready(0, private: true, first: true)
        let offers1 = determined(1) && ready(1, private: true, first: true)
        if offers0 && offers1 {
            if tracing { log("both sides leave conditional offers with \(x.name)") }
            scheduleDeal(intermediary: m, firstMover: nil, draws)
        } else if offers0 || offers1 {
            let i: Side = offers0 ? 0 : 1
            channel.pendingPrivateOffer = i
            sides[other(i)].hazardMultiplier *= 1 + setup.parameters.beliefs.firstOfferJump * (1 - x.escrow)
            if tracing { log("\(name(i)) leaves a conditional offer with \(x.name)") }
            if ready(other(i), private: true, first: false) {
                scheduleDeal(intermediary: m, firstMover: i, draws)
            }
        }
    }

    private mutating func scheduleDeal(intermediary m: Int, firstMover: Side?, _ draws: WeekDraws) {
        let x = setup.intermediaries[m]
        let needsConfirmation = x.authority < 1
        let at = week + x.latency + (needsConfirmation ? 1 : 0)
        channel.pendingPrivateOffer = nil
        let deal = ChannelState.ScheduledDeal(week: at, intermediary: m, needsConfirmation: needsConfirmation, firstMover: firstMover)
        channel.scheduledDeal = deal
        if tracing { log("\(x.name) holds both offers; joint announcement due in week \(at)") }
        if at <= week { executeScheduledDeal(deal, draws) }
    }

    private mutating func executeScheduledDeal(_ deal: ChannelState.ScheduledDeal, _ draws: WeekDraws) {
        channel.scheduledDeal = nil
        let x = setup.intermediaries[deal.intermediary]
        if deal.needsConfirmation, draws.authority >= x.authority {
            // "No one can speak for Xi": the principal repudiates what the envoy arranged.
            repudiations += 1
            credibility[deal.intermediary] *= x.authority
            if tracing { log("the principal repudiates the deal arranged by \(x.name)") }
            return
        }
        executeDeal(.backchannel, firstMover: deal.firstMover)
    }

    /// Sequential and public: whoever offers first pays F and reveals impatience.
    private mutating func publicProtocol(_ draws: WeekDraws) {
        if let sender = channel.standingPublicOffer {
            if ready(other(sender), private: false, first: false) { executeDeal(.formal, firstMover: sender) }
            return
        }
        let offers0 = canTalkInPublic(0) && ready(0, private: false, first: true)
        let offers1 = canTalkInPublic(1) && ready(1, private: false, first: true)
        guard offers0 || offers1 else { return }
        let i: Side
        if offers0 && offers1 {
            let m0 = margin(0, private: false, first: true), m1 = margin(1, private: false, first: true)
            i = m0 == m1 ? tieWinner(draws) : (m0 > m1 ? 0 : 1)
        } else {
            i = offers0 ? 0 : 1
        }
        sides[i].audienceCostPaid += firstMoveCost(i)
        sides[other(i)].hazardMultiplier *= 1 + setup.parameters.beliefs.firstOfferJump
        channel.standingPublicOffer = i
        milestones.formalTalks = milestones.formalTalks ?? week
        if tracing { log("\(name(i)) offers talks in public") }
        if ready(other(i), private: false, first: false) { executeDeal(.formal, firstMover: i) }
    }

    /// Joint de-escalation: τ ← τ0 + (1−f)(τ − τ0); each side pays for its visible part.
    mutating func executeDeal(_ via: DealChannel, firstMover: Side?) {
        let a = setup.parameters.audience
        let before = (sides[0].tariff, sides[1].tariff)
        for i in 0..<2 {
            sides[i].audienceCostPaid += audienceCost(i, a.dealCut * (1 - a.reciprocity))
            let t0 = setup.sides[i].baselineTariff
            sides[i].tariff = t0 + (1 - a.dealCut) * (sides[i].tariff - t0)
            sides[i].rungs = 0  // a deal lifts the measures beyond tariffs too
        }
        if via != .backchannel { milestones.formalTalks = milestones.formalTalks ?? week }
        if via == .summit { milestones.summit = milestones.summit ?? week }
        pause = nil
        ending = .deal(channel: via)
        milestones.end = week
        if tracing { log("joint de-escalation via \(via.rawValue): \(percent(before.0))→\(percent(sides[0].tariff)) / \(percent(before.1))→\(percent(sides[1].tariff))") }
    }

    /// A unilateral public back-down: c_i > h_ij·(V_i + AC_i(1)).
    private mutating func checkCapitulation(_ draws: WeekDraws) {
        guard isAtWar else { return }
        let m0 = sides[0].cost - sides[0].hazard * (setup.sides[0].resolve + audienceCost(0, 1))
        let m1 = sides[1].cost - sides[1].hazard * (setup.sides[1].resolve + audienceCost(1, 1))
        guard m0 > 0 || m1 > 0 else { return }
        let i: Side = m0 > 0 && m1 > 0 ? (m0 == m1 ? tieWinner(draws) : (m0 > m1 ? 0 : 1)) : (m0 > 0 ? 0 : 1)
        sides[i].audienceCostPaid += audienceCost(i, 1)
        let before = sides[i].tariff
        sides[i].tariff = setup.sides[i].baselineTariff
        sides[i].rungs = 0
        pause = nil
        ending = .capitulation(by: i)
        milestones.end = week
        if tracing { log("\(name(i)) backs down: its tariff \(percent(before))→\(percent(sides[i].tariff))") }
    }
}
