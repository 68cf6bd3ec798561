import RealModule

extension Simulation {
    /// Asks each seat for its decision, from its own view: in the `.channels` phase only the
    /// channel move is used, in the `.moves` phase (after the week's leak check) the rest. The
    /// rule seats' views need no event list; the others get what they saw.
    mutating func askSeats(_ draws: WeekDraws, _ phase: ActorView.Phase) -> DecisionPair {
        // Written out, not as a nested function: a closure over a mutating `self` copies the
        // whole simulation on every call.
        let pace = setup.parameters.tariffs.review
        let leakRisk = leakBriefing
        let records = (!seats[0].isRules, !seats[1].isRules)
        let view0 = view(of: 0, phase: phase, reviews: draws.review.0 < pace, leakRisk: leakRisk, withRecord: records.0)
        let view1 = view(of: 1, phase: phase, reviews: draws.review.1 < pace, leakRisk: leakRisk, withRecord: records.1)
        let first = seats[0].decide(view0, rng: &strategyStreams[0])
        let second = seats[1].decide(view1, rng: &strategyStreams[1])
        return DecisionPair(first, second)
    }

    /// The channel phase: any seat that is not the rules is asked with its view; the rules'
    /// move needs only its own state (the same rule `RuleDecider` applies), and only when a
    /// closed channel may open.
    mutating func askChannelMoves(_ draws: WeekDraws) -> DecisionPair {
        if !seats[0].isRules || !seats[1].isRules { return askSeats(draws, .channels) }
        var pair = DecisionPair(Decision(firm: []), Decision(firm: []))
        guard case .closed = channel.status, isAtWar, agreement?.isTruce ?? true else { return pair }
        let mode = setup.diplomacyMode, best = setup.bestIntermediary
        pair.first.channel = RuleDecider.channelMove(setup.sides[0], sides[0], mode: mode, best: best)
        pair.second.channel = RuleDecider.channelMove(setup.sides[1], sides[1], mode: mode, best: best)
        return pair
    }

    /// What is published about side j this week (`ActorView.Published`).
    @inline(__always)
    func published(_ j: Side) -> ActorView.Published {
        let s = sides[j]
        return ActorView.Published(tariff: s.tariff, rungs: s.rungs, welfareChange: s.welfareChange, opposition: s.opposition,
                                   politicalCost: s.cost, commitment: s.commitment, nationalism: s.nationalism,
                                   electionMultiplier: s.electionMultiplier, lameDuck: s.lameDuck, justified: s.justified)
    }

    /// What side i may know this week (`reviews`: its tariff comes up for review).
    public func view(of i: Side, phase: ActorView.Phase = .moves, reviews: Bool = false) -> ActorView {
        view(of: i, phase: phase, reviews: reviews, leakRisk: leakBriefing, withRecord: true)
    }

    /// The intermediary's briefing in a view: ℓ_cum of the open backchannel, 0 while none is open.
    var leakBriefing: Double { channel.isOpen ? cumulativeLeakRisk() : 0 }

    @inline(__always)
    func view(of i: Side, phase: ActorView.Phase, reviews: Bool, leakRisk: Double, withRecord: Bool) -> ActorView {
        let j = other(i)
        let channelView: ActorView.ChannelView
        switch channel.status {
        case .closed: channelView = .closed
        case let .open(m, opener, since): channelView = .open(intermediary: m, openedByMe: opener == i, since: since)
        case let .compromised(m): channelView = .compromised(intermediary: m)
        }
        return ActorView(
            context: setup.seatContexts[i], week: week, phase: phase, own: sides[i],
            other: published(j),
            channel: channelView, myOfferInEscrow: channel.pendingPrivateOffer == i,
            publicOfferByMe: channel.standingPublicOffer == i, publicOfferToMe: channel.standingPublicOffer == j,
            dealDueWeek: channel.scheduledDeal?.week,
            leakRisk: leakRisk, summitThisWeek: summitThisWeek, agreement: agreement, trust: trust, atWar: isAtWar, reviewsTariff: reviews,
            record: withRecord ? seenEvents(by: i) : [])
    }

    /// The events side i saw, in the order it learnt of them (stable within a week).
    public func seenEvents(by i: Side) -> [EngineEvent] {
        events.enumerated().filter { $0.element.learned[i] != nil }
            .sorted { ($0.element.learned[i]!, $0.offset) < ($1.element.learned[i]!, $1.offset) }.map(\.element)
    }

    /// A seat's signal and statement, applied as the week's decisions are made: signals reach
    /// the other's beliefs next week; a statement moves commitment and the other's nationalism.
    mutating func applySignalsAndStatements(_ decisions: DecisionPair) {
        let p = setup.parameters
        for i in 0..<2 {
            if let sent = decisions[i].signal {
                switch sent {
                case let .cheapTalk(on):
                    if on == .private, !channel.isOpen {
                        refuse(i, .signal, decisions, "private cheap talk needs an open backchannel")
                        continue
                    }
                    sendCheapTalk(from: i, privately: on == .private)
                    if tracing { record(.signal, on == .private ? .leaders : .public, "\(name(i)) sends \(on.rawValue) cheap talk") }
                case let .costly(cost):
                    guard cost.isFinite, cost > 0 else {
                        refuse(i, .signal, decisions, "a costly signal needs a positive cost")
                        continue
                    }
                    sendCostlySignal(from: i, cost: cost)
                    if tracing { record(.signal, .public, "\(name(i)) sends a costly signal") }
                }
            }
            if let statement = decisions[i].statement {
                switch statement {
                case .hawkish:
                    sides[i].commitment += p.audience.commitmentStatement
                    sides[other(i)].nationalism += p.audience.nationalismStatement
                case .conciliatory:
                    sides[i].commitment = max(0, sides[i].commitment - p.audience.commitmentStatement)
                }
                if tracing { record(.statement, .public, "\(name(i)) issues a \(statement.rawValue) statement") }
            }
        }
    }

    /// A firm part of a decision the engine cannot carry out: refused, with the reason, on the
    /// seat's own record. Standing parts (the rules') are simply not used.
    func refuse(_ i: Side, _ part: Decision.Parts, _ decisions: DecisionPair, _ reason: String) {
        guard decisions[i].firm.contains(part), tracing else { return }
        record(.refused, .side(i), "\(name(i))'s decision refused: \(reason)")
    }
}
