import RealModule

extension Simulation {
    /// Asks each seat for its decision, from its own view: in the `.channels` phase only the
    /// channel move is used, in the `.moves` phase (after the week's leak check) the rest. The
    /// rule seats' views need no event list; the others get what they saw.
    mutating func askSeats(_ draws: WeekDraws, _ phase: ActorView.Phase) -> DecisionPair {
        let pace = setup.parameters.tariffs.review
        let leakRisk = cumulativeLeakRisk()
        func ask(_ i: Side) -> Decision {
            let view = self.view(of: i, phase: phase, reviews: draws.pair(draws.review, i) < pace, leakRisk: leakRisk,
                                 withRecord: !seats[i].isRules)
            return seats[i].decide(view, rng: &strategyStreams[i])
        }
        let first = ask(0)
        return DecisionPair(first, ask(1))
    }

    /// Whether the channel phase can matter this week: for the rules only when a closed
    /// channel may open under the Diplomat's gate; any other seat is always asked.
    var channelPhaseMatters: Bool {
        if !seats[0].isRules || !seats[1].isRules { return true }
        guard setup.diplomacyMode == .gate, case .closed = channel.status else { return false }
        return isAtWar && setup.bestIntermediary != nil
    }

    /// What side i may know this week (`reviews`: its tariff comes up for review).
    public func view(of i: Side, phase: ActorView.Phase = .moves, reviews: Bool = false) -> ActorView {
        view(of: i, phase: phase, reviews: reviews, leakRisk: cumulativeLeakRisk(), withRecord: true)
    }

    func view(of i: Side, phase: ActorView.Phase, reviews: Bool, leakRisk: Double, withRecord: Bool) -> ActorView {
        let j = other(i)
        let channelView: ActorView.ChannelView
        switch channel.status {
        case .closed: channelView = .closed
        case let .open(m, opener, since): channelView = .open(intermediary: m, openedByMe: opener == i, since: since)
        case let .compromised(m): channelView = .compromised(intermediary: m)
        }
        return ActorView(
            side: i, week: week, phase: phase, profile: setup.sides[i], own: sides[i], parameters: setup.parameters, mode: setup.diplomacyMode,
            maxTariff: setup.maxTariff,
            other: .init(tariff: sides[j].tariff, rungs: sides[j].rungs, welfareChange: sides[j].welfareChange,
                         opposition: sides[j].opposition),
            otherID: setup.sides[j].id, channel: channelView, myOfferInEscrow: channel.pendingPrivateOffer == i,
            publicOfferByMe: channel.standingPublicOffer == i, publicOfferToMe: channel.standingPublicOffer == j,
            dealDueWeek: channel.scheduledDeal?.week, bestIntermediary: setup.bestIntermediary, bestReach: setup.bestReach,
            leakRisk: leakRisk, summitThisWeek: summitThisWeek, paused: pause != nil, atWar: isAtWar, reviewsTariff: reviews,
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
                    if on == .private {
                        guard channel.isOpen else {
                            refuse(i, .signal, decisions, "private cheap talk needs an open backchannel")
                            continue
                        }
                        signal(to: other(i), likelihoodRatio: p.beliefs.privateCheapTalk, credibility: bestCredibility())
                    } else {
                        signal(to: other(i), likelihoodRatio: p.beliefs.publicCheapTalk, credibility: 1)
                    }
                    if tracing { record(.signal, on == .private ? .leaders : .public, "\(name(i)) sends \(on.rawValue) cheap talk") }
                case let .costly(cost):
                    guard cost.isFinite, cost > 0 else {
                        refuse(i, .signal, decisions, "a costly signal needs a positive cost")
                        continue
                    }
                    sides[i].shock += cost
                    signal(to: other(i), likelihoodRatio: 1 + cost / p.beliefs.costReference, credibility: 1)
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
