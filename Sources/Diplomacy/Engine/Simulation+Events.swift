import RealModule

extension Simulation {
    /// Step 1 (docs/model.md §8): elections, deadlines and pauses, summits, shocks and signals.
    mutating func applyEvents(_ draws: WeekDraws) {
        let p = setup.parameters
        // Last week's shocks fade before this week's arrive, so a shock is felt in full the
        // week it hits.
        for i in 0..<2 { sides[i].shock *= p.pain.shockDecay }
        // Grievances fade; export controls whose term is over are lifted.
        for i in 0..<2 {
            sides[i].spilloverGrievance *= p.process.grievanceMemory
            sides[i].violationGrievance *= p.process.grievanceMemory
        }
        if !exportControls.isEmpty { liftExpiredControls() }
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
        // A leaders' meeting the backchannel arranged.
        if arrangedSummit == week {
            arrangedSummit = nil
            milestones.summit = milestones.summit ?? week
            milestones.formalTalks = milestones.formalTalks ?? week
            summitThisWeek = true
            if tracing { record(.scheduled, .public, "leaders' meeting arranged through the backchannel") }
        }
        // One-sided suspensions that end: the suspended part returns, unless an agreement has
        // since set the tariffs.
        for i in 0..<2 where sides[i].suspendedUntil == week {
            sides[i].suspendedUntil = nil
            guard agreement == nil else { continue }
            let before = sides[i].tariff
            sides[i].tariff = max(sides[i].tariff, sides[i].suspendedFrom)
            // The named measures come back with the suspended part; a tariff raised above it
            // since is an unnamed measure, and the cut measures stay as they are.
            if before < sides[i].suspendedFrom { restoreRates(i, suspendedRates[i]) }
            if sides[i].tariff > before + 1e-12 { sides[other(i)].increaseToAnswer += sides[i].tariff - before }
            if tracing { record(.scheduled, .public, "\(name(i))'s suspension ends: its tariff \(percent(before))→\(percent(sides[i].tariff))") }
        }
        for event in setup.eventsByWeek[week] { apply(event) }
        for event in setup.stochasticEvents {
            let u = misc.uniform()  // one per event and week, whether it fires or not
            if u < (event.weeklyProbability ?? 0) { apply(event) }
        }
    }

    private mutating func apply(_ event: Event) {
        let p = setup.parameters
        let label = event.name.map { " (\($0))" } ?? ""
        switch event.kind {
        case .election:
            break  // handled with its approach above
        case .pause:
            // A truce agreed outside the run; while another truce holds, it prolongs that one.
            // A lasting agreement already in force makes it moot: a truce in its place would
            // snap back to the war tariffs from before the agreement when it lapsed.
            if let agreement, !agreement.isTruce {
                if tracing { record(.scheduled, .public, "pause\(label): moot, a lasting agreement is in force") }
                return
            }
            let cut = event.cut ?? p.audience.dealCut
            let measures = measuresBefore
            let duration = event.duration ?? 13
            for i in 0..<2 { moveTariff(i, to: tariff(i, cutBy: cut)) }
            begin(Agreement(kind: .pause, since: week, expiry: week + duration, duration: duration, snapback: event.snapback ?? true,
                            tariffsBefore: measures.tariffs, rungsBefore: measures.rungs), ratesBefore: measures.rates)
            if tracing { record(.scheduled, .public, "pause\(label): tariffs cut to \(percent(sides[0].tariff)) / \(percent(sides[1].tariff)) for \(duration) weeks") }
        case .deadline:
            // A deadline marks a truce's expiry; the truce itself carries the snapback.
            if let snapback = event.snapback, agreement?.isTruce == true { agreement?.snapback = snapback }
            if tracing { record(.scheduled, .public, "deadline\(label)") }
        case .suspension:
            guard let i = side(of: event) else { return }
            let cut = event.cut ?? p.audience.dealCut
            let duration = event.duration ?? 13
            let before = sides[i].tariff
            if sides[i].suspendedUntil == nil {
                sides[i].suspendedFrom = before
                suspendedRates[i] = measureRates[i]
            }
            moveTariff(i, to: tariff(i, cutBy: cut))
            sides[i].suspendedUntil = min(setup.weeks, week + duration)
            if tracing { record(.scheduled, .public, "\(name(i)) suspends part of its tariff\(label): \(percent(before))→\(percent(sides[i].tariff)) for \(duration) weeks") }
        case .tariff:
            guard let i = side(of: event), let level = event.level else { return }
            let measure = event.measure.flatMap { measureIndex(i, named: $0) }
            let x = min(setup.maxTariff, max(setup.sides[i].baselineTariff, level / 100))
            if agreement != nil {
                guard event.conditional == false else {
                    if tracing { record(.scheduled, .public, "\(name(i)) calls off its tariff step\(label): an agreement is in force") }
                    return
                }
                if tracing { record(.breakdown, .public, "\(name(i))'s tariff step\(label) breaks the agreement") }
                breakDown(by: i, restoring: false, trigger: .step)
            }
            let before: Double
            if let k = measure {
                before = setMeasure(i, k, rate: level / 100)
            } else {
                before = sides[i].tariff
                moveTariff(i, to: x)
            }
            let now = sides[i].tariff
            if now > before + 1e-12 {
                let j = other(i)
                sides[j].increaseToAnswer += now - before
                sides[i].escalated = true
                sides[j].perceivedOtherEscalated = true
                sides[j].perceivedSinceReview = true
            }
            if tracing {
                let what = event.measure.map { "\($0) to \(percent(level / 100)): its tariff \(percent(before))→\(percent(now))" }
                    ?? "its tariff to \(percent(x)) (from \(percent(before)))"
                record(.move, .public, "\(name(i)) sets \(what)\(label)")
            }
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
        case .exportControl:
            // Spillover: outside the tariff agreement, so it breaks nothing, but the target
            // holds it against the imposer.
            guard let i = side(of: event) else { return }
            let j = other(i)
            let until = event.duration.map { week + $0 }
            exportControls.append((target: j, pain: event.pain ?? 0, until: until))
            sides[j].controlPain += event.pain ?? 0
            sides[j].spilloverGrievance += p.process.spillover
            if tracing { record(.move, .public, "\(name(i)) imposes export controls on \(name(j))\(label)\(event.duration.map { " for \($0) weeks" } ?? "")") }
        case .violation:
            // Only an agreement in force can be violated.
            guard let i = side(of: event), agreement != nil else { return }
            sides[other(i)].violationGrievance += p.process.violation
            if tracing { record(.statement, .public, "\(name(other(i))) accuses \(name(i)) of violating the agreement\(label)") }
        case .formalChannel:
            formalAccess = event.access ?? formalAccess
            formalAuthority = event.authority ?? formalAuthority
            if let who = event.name { formalName = who }
            if tracing { record(.scheduled, .public, "the formal channel changes\(label): access \(percent(formalAccess)), authority \(percent(formalAuthority))") }
        }
    }

    /// Export controls whose term is over are lifted, and their pain with them.
    private mutating func liftExpiredControls() {
        var kept: [(target: Side, pain: Double, until: Int?)] = []
        for c in exportControls {
            guard let until = c.until, until <= week else { kept.append(c); continue }
            sides[c.target].controlPain = max(0, sides[c.target].controlPain - c.pain)
            if tracing { record(.scheduled, .public, "export controls on \(name(c.target)) lifted") }
        }
        exportControls = kept
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
