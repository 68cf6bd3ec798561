extension Simulation {
    /// The Diplomat's rule (docs/model.md §6): determined, facing strong opposition, expecting a
    /// receptive answer.
    func gateOpen(_ i: Side) -> Bool {
        let t = setup.sides[i].thresholds
        return setup.sides[i].determination >= t.determination && sides[i].opposition >= t.opposition
            && sides[i].receptivity >= t.receptivity
    }

    /// Whether side i may make a first offer in public this week.
    func canTalkInPublic(_ i: Side) -> Bool {
        guard setup.sides[i].determination >= setup.sides[i].thresholds.determination else { return false }
        switch setup.diplomacyMode {
        case .noTalks: return false
        case .public, .gate: return !channel.isOpen
        case .backchannel: if case .compromised = channel.status { return true } else { return false }
        }
    }

    /// Step 6: a backchannel opens when the rule says so (or at once when forced).
    mutating func openChannels(_ draws: WeekDraws) {
        guard case .closed = channel.status, isAtWar, let m = setup.bestIntermediary else { return }
        let x = setup.intermediaries[m]
        let opener: Side
        switch setup.diplomacyMode {
        case .noTalks, .public:
            return
        case .backchannel:
            opener = tieWinner(draws)
        case .gate:
            let willing0 = gateOpen(0), willing1 = gateOpen(1)
            guard willing0 || willing1 else { return }
            // Contact succeeds with the intermediary's reach to both leaderships.
            guard draws.access < setup.bestReach else { return }
            opener = willing0 && willing1 ? tieWinner(draws) : (willing0 ? 0 : 1)
        }
        channel.status = .open(intermediary: m, opener: opener, since: week)
        milestones.backchannelOpen = milestones.backchannelOpen ?? week
        if tracing { log("\(name(opener)) opens a backchannel via \(x.name)") }
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
            if channel.scheduledDeal == nil { channel.standingPublicOffer = sender }
            if tracing { log("leak — \(name(sender))'s pending offer via \(setup.intermediaries[m].name) is exposed") }
        } else {
            if !chargedContact {
                sides[opener].audienceCostPaid += (1 + a.leakPenalty) * audienceCost(opener, a.contact)
                chargedContact = true
            }
            if tracing { log("leak — the contact via \(setup.intermediaries[m].name) is exposed") }
        }
        channel.pendingPrivateOffer = nil
        channel.status = .compromised(intermediary: m)  // an agreed deal still goes ahead
        for i in 0..<2 { sides[i].nationalism += a.nationalismLeak }
    }
}

