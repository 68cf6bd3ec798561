extension Simulation {
    /// Whether talks in public are open to a first offer this week (the mode and the channel).
    func publicTalksAllowed() -> Bool {
        switch setup.diplomacyMode {
        case .noTalks: return false
        case .public, .gate: return !channel.isOpen
        case .backchannel: if case .compromised = channel.status { return true } else { return false }
        }
    }

    /// Step 6: a backchannel opens when a seat asks for one (the rules: the Diplomat's gate) and
    /// the contact gets through, or at once when the mode forces it; a seat may close it.
    mutating func openChannels(_ draws: WeekDraws, _ decisions: DecisionPair) {
        for i in 0..<2 where decisions[i].channel == .close {
            guard case let .open(m, _, _) = channel.status else {
                refuse(i, .channel, decisions, "there is no open backchannel to close")
                continue
            }
            channel = ChannelState()
            if tracing { record(.channelClosed, .leaders, "\(name(i)) closes the backchannel via \(setup.intermediaries[m].name)") }
        }
        var asked: (Int?, Int?) = (nil, nil)
        for i in 0..<2 {
            guard case let .open(m)? = decisions[i].channel else { continue }
            if let problem = openingProblem(m) {
                refuse(i, .channel, decisions, problem)
            } else if i == 0 {
                asked.0 = m
            } else {
                asked.1 = m
            }
        }
        guard case .closed = channel.status, isAtWar, agreement?.isTruce ?? true else { return }
        let opener: Side, m: Int
        switch setup.diplomacyMode {
        case .noTalks, .public:
            return
        case .backchannel:
            guard let best = setup.bestIntermediary else { return }
            opener = tieWinner(draws)
            m = (opener == 0 ? asked.0 : asked.1) ?? best
        case .gate:
            guard asked.0 != nil || asked.1 != nil else { return }
            opener = asked.0 != nil && asked.1 != nil ? tieWinner(draws) : (asked.0 != nil ? 0 : 1)
            m = (opener == 0 ? asked.0 : asked.1)!
            // Contact succeeds with the intermediary's reach to both leaderships.
            guard draws.access < reach(m) else {
                for (i, n) in [asked.0, asked.1].enumerated() {
                    if let n { refuse(i, .channel, decisions, "the contact via \(setup.intermediaries[n].name) did not get through this week") }
                }
                return
            }
        }
        channel.status = .open(intermediary: m, opener: opener, since: week)
        milestones.backchannelOpen = milestones.backchannelOpen ?? week
        if tracing { record(.channelOpened, .leaders, "\(name(opener)) opens a backchannel via \(setup.intermediaries[m].name)") }
    }

    /// The weekly chance a contact through intermediary m reaches both leaderships.
    func reach(_ m: Int) -> Double {
        m == setup.bestIntermediary ? setup.bestReach
            : (setup.intermediaries[m].access[setup.sides[0].id] ?? 0) * (setup.intermediaries[m].access[setup.sides[1].id] ?? 0)
    }

    /// Why a backchannel through intermediary m cannot be asked for now, or nil.
    func openingProblem(_ m: Int) -> String? {
        guard setup.intermediaries.indices.contains(m) else { return "no intermediary number \(m)" }
        switch setup.diplomacyMode {
        case .noTalks: return "diplomacy.mode no-talks allows no talks"
        case .public: return "diplomacy.mode public allows no backchannel"
        case .gate, .backchannel: break
        }
        if !isAtWar { return "there is no war to talk about" }
        if let a = agreement, !a.isTruce { return "a lasting agreement is in force" }
        if channel.status != .closed { return "a backchannel is already open or has been exposed" }
        if reach(m) <= 0 { return "\(setup.intermediaries[m].name) has no access to both leaderships" }
        return nil
    }

    /// ℓ_w = 1 − (1−ℓ_m)·Π_i (1−λ_i)(1−ℓ_sp·O_i) (docs/model.md §6, leaks).
    func weeklyLeakProbability(intermediary m: Int) -> Double {
        var keep = 1 - setup.intermediaries[m].leakRate
        for i in 0..<2 {
            keep *= (1 - setup.sides[i].leak) * (1 - setup.parameters.leaks.spoiler * sides[i].opposition)
        }
        return 1 - keep
    }

    /// Step 7: an open channel may leak; what it hid becomes public, once.
    mutating func checkLeaks(_ draws: WeekDraws) {
        guard case let .open(m, opener, _) = channel.status, draws.leak < weeklyLeakProbability(intermediary: m) else { return }
        let a = setup.parameters.audience
        leaks += 1
        milestones.leak = milestones.leak ?? week
        if let sender = channel.pendingPrivateOffer ?? channel.scheduledDeal?.firstMover {
            if !chargedFirstMove {
                sides[sender].audienceCostPaid += (1 + a.leakPenalty) * firstMoveCost(sender)
                chargedFirstMove = true
            }
            // The receiver now knows for sure who asked: J goes from 1+ω(1−δ_m) to 1+ω.
            let omega: Double = setup.parameters.beliefs.firstOfferJump
            let escrow: Double = setup.intermediaries[m].escrow
            let jump: Double = (1 + omega) / (1 + omega * (1 - escrow))
            sides[other(sender)].hazardMultiplier *= jump
            sides[sender].otherHazardMultiplier *= jump
            if channel.scheduledDeal == nil { channel.standingPublicOffer = sender }
            if tracing {
                expose(.privateOffer, to: other(sender))
                record(.leak, .public, "leak — \(name(sender))'s pending offer via \(setup.intermediaries[m].name) is exposed")
            }
        } else {
            if !chargedContact {
                sides[opener].audienceCostPaid += (1 + a.leakPenalty) * audienceCost(opener, a.contact)
                chargedContact = true
            }
            if tracing { record(.leak, .public, "leak — the contact via \(setup.intermediaries[m].name) is exposed") }
        }
        channel.pendingPrivateOffer = nil
        channel.status = .compromised(intermediary: m)  // an agreed deal still goes ahead
        for i in 0..<2 { sides[i].nationalism += a.nationalismLeak }
    }
}

