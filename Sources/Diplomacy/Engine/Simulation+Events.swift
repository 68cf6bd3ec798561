import RealModule

extension Simulation {
    /// Step 1 (docs/model.md §8): elections, deadlines and pauses, summits, shocks and signals.
    mutating func applyEvents(_ draws: WeekDraws) {
        let p = setup.parameters
        // Last week's shocks fade before this week's arrive, so a shock is felt in full the
        // week it hits.
        for i in 0..<2 { sides[i].shock *= p.pain.shockDecay }
        // Elections raise audience costs as they approach; the week after, commitment halves
        // and the leader is a lame duck.
        for i in 0..<2 { sides[i].electionMultiplier = 1 }
        for (event, at) in setup.elections {
            guard let i = side(of: event), let at else { continue }
            let ahead = at - week
            if ahead >= 0 {
                sides[i].electionMultiplier *= 1 + p.events.electionBoost * Double.exp(-Double(ahead) / p.events.electionWindow)
            }
            if tracing, ahead == 0 { record(.scheduled, .public, "election in \(name(i))") }
            if ahead == -1 {
                sides[i].commitment *= p.events.postElectionCommitment
                sides[i].lameDuck = true
            }
        }
        // Pause expiry: snapback unless a deal came first.
        if let pause, pause.deadline == week {
            if pause.snapback {
                for i in 0..<2 { sides[i].tariff = pause.tariffsBefore[i] }
                if tracing { record(.scheduled, .public, "pause expires: tariffs snap back to \(percent(sides[0].tariff)) / \(percent(sides[1].tariff))") }
            } else {
                if tracing { record(.scheduled, .public, "pause expires; tariffs stay") }
            }
            self.pause = nil
        }
        for event in setup.eventsByWeek[week] { apply(event) }
        for (k, event) in setup.stochasticEvents.enumerated() where draws.shocks[k] < (event.weeklyProbability ?? 0) {
            apply(event)
        }
    }

    private mutating func apply(_ event: Event) {
        let p = setup.parameters
        let label = event.name.map { " (\($0))" } ?? ""
        switch event.kind {
        case .election:
            break  // handled with its approach above
        case .pause:
            let cut = event.cut ?? p.audience.dealCut
            let before = sides.map(\.tariff)
            for i in 0..<2 {
                let t0 = setup.sides[i].baselineTariff
                sides[i].tariff = t0 + (1 - cut) * (sides[i].tariff - t0)
            }
            pause = PauseState(deadline: min(setup.weeks, week + (event.duration ?? 13)), tariffsBefore: before, snapback: event.snapback ?? true)
            if tracing { record(.scheduled, .public, "pause\(label): tariffs cut to \(percent(sides[0].tariff)) / \(percent(sides[1].tariff)) for \(event.duration ?? 13) weeks") }
        case .deadline:
            // A deadline marks a pause's expiry; the pause itself carries the snapback.
            if let snapback = event.snapback, pause != nil { pause?.snapback = snapback }
            if tracing { record(.scheduled, .public, "deadline\(label)") }
        case .summit:
            milestones.summit = milestones.summit ?? week
            milestones.formalTalks = milestones.formalTalks ?? week
            summitThisWeek = true
            if tracing { record(.scheduled, .public, "summit\(label)") }
        case .marketShock:
            for i in affected(event) { sides[i].shock += event.pain ?? 0 }
            if tracing { record(.scheduled, .public, "market shock\(label) hits \(affected(event).map(name).joined(separator: " and "))") }
        case .costlySignal:
            guard let i = side(of: event) else { return }
            sendCostlySignal(from: i, cost: event.cost ?? 0)
            if tracing { record(.signal, .public, "\(name(i)) sends a costly signal\(label)") }
        case .cheapTalk:
            guard let i = side(of: event) else { return }
            sendCheapTalk(from: i, privately: event.channel == .private)
            if tracing { record(.signal, event.channel == .private ? .leaders : .public, "\(name(i)) sends \(event.channel?.rawValue ?? "public") cheap talk\(label)") }
        case .protestRepressed:
            guard let i = side(of: event) else { return }
            signal(to: other(i), likelihoodRatio: p.beliefs.protestRepressed, credibility: 1)
            if tracing { record(.scheduled, .public, "\(name(i)) represses nationalist protest\(label)") }
        case .protestAllowed:
            guard let i = side(of: event) else { return }
            sides[i].commitment += p.audience.commitmentStatement
            sides[i].nationalism += p.audience.nationalismStatement
            if tracing { record(.scheduled, .public, "\(name(i)) allows nationalist protest\(label)") }
        case .justification:
            guard let i = side(of: event) else { return }
            sides[i].justified = true
            if tracing { record(.statement, .public, "\(name(i)) cites new information\(label)") }
        }
    }

    /// A costly signal: the sender bears `cost` as pain; the receiver's odds move by 1 + cost/c_ref.
    mutating func sendCostlySignal(from i: Side, cost: Double) {
        sides[i].shock += cost
        signal(to: other(i), likelihoodRatio: 1 + cost / setup.parameters.beliefs.costReference, credibility: 1)
    }

    /// Cheap talk in public, or privately with the credibility of the channel that carries it.
    mutating func sendCheapTalk(from i: Side, privately: Bool) {
        let b = setup.parameters.beliefs
        if privately {
            signal(to: other(i), likelihoodRatio: b.privateCheapTalk, credibility: bestCredibility())
        } else {
            signal(to: other(i), likelihoodRatio: b.publicCheapTalk, credibility: 1)
        }
    }

    /// A signal multiplies the receiver's receptivity odds by LR^credibility (applied in the
    /// beliefs step of the same week).
    mutating func signal(to i: Side, likelihoodRatio: Double, credibility: Double) {
        sides[i].signalLogOdds += credibility * Double.log(likelihoodRatio)
    }

    func side(of event: Event) -> Side? {
        event.actor.flatMap { id in setup.sides.firstIndex { $0.id == id } }
    }

    func affected(_ event: Event) -> [Side] {
        side(of: event).map { [$0] } ?? [0, 1]
    }

    /// The credibility of the intermediary that would carry a private message now.
    func bestCredibility() -> Double {
        if let m = channel.openIntermediary { return credibility[m] }
        return setup.bestIntermediary.map { credibility[$0] } ?? 0
    }
}
