import Games
import Randomness
import RealModule

/// One run of the two-level war of attrition with leaky backchannels (docs/model.md).
///
/// Agents.jl's shape: a model, a stored RNG and `step`. All randomness comes from the run's
/// seed through separate streams (noise, strategy, leaks, misc) that draw a fixed number of
/// numbers every week, so two variants of a scenario run on common random numbers.
public struct Simulation {
    public let setup: EngineSetup
    public internal(set) var week = 0
    public internal(set) var sides: [SideState]
    public internal(set) var channel = ChannelState()
    /// The agreement in force: a truce, a deal or a settlement (nil at war and in peace).
    public internal(set) var agreement: Agreement?
    public internal(set) var milestones = Milestones()
    /// How the first round ended (the run goes on after it).
    public internal(set) var ending: Ending?
    /// Weeks of open war so far (H in the hazard): counted in every round, reset by nothing.
    public internal(set) var weeksAtWar = 0
    /// T: trust between the sides (docs/model.md §15).
    public internal(set) var trust = 0.0
    public internal(set) var leaks = 0
    public internal(set) var repudiations = 0
    public internal(set) var agreements = 0
    public internal(set) var truces = 0
    public internal(set) var breakdowns = 0
    /// Breakdowns by what set them off (indexed by ``BreakdownTrigger``).
    public internal(set) var breakdownsByTrigger = [Int](repeating: 0, count: BreakdownTrigger.allCases.count)
    /// The formal channel as it stands: its reach, its authority and who carries it; a
    /// `formal_channel` event changes them.
    public internal(set) var formalAccess: Double
    public internal(set) var formalAuthority: Double
    var formalName: String?
    /// The rates of each side's named measures (fractions; empty without measures), which make
    /// up part of its average tariff (docs/model.md §15).
    public internal(set) var measureRates: [[Double]]
    /// The measures' rates before the agreement in force (``Agreement/tariffsBefore`` for them).
    var agreementRates = PerSide<[Double]>([], [])
    /// The measures' rates before a one-sided suspension, restored with the tariff when it ends.
    var suspendedRates: [[Double]] = [[], []]
    /// Export controls in force: on whom, their weekly pain, and the week they end (nil: never).
    var exportControls: [(target: Side, pain: Double, until: Int?)] = []
    /// Something broke down this week (for path questions).
    public internal(set) var brokeDownThisWeek = false
    /// A leaders' meeting the open backchannel arranged, and its week.
    var arrangedSummit: Int?
    /// The opening week of the channel that arranged it: one meeting per opening.
    var summitArrangedBy: Int?
    /// Items already charged as exposed, so each is charged exactly once (docs/model.md §9, invariant 9).
    var chargedContact = false
    var chargedFirstMove = false
    /// Intermediary credibility, lowered by repudiations.
    public internal(set) var credibility: [Double]
    /// The run's events with who saw them, recorded only when asked for (`recordNarrative()`),
    /// so ensembles do not pay for string building.
    private var eventLog: EventLog?
    public var events: [EngineEvent] { eventLog?.events ?? [] }
    /// Narrative lines ("week 7: CHN opens a backchannel via …"): the events in order.
    public var narrative: [String] { events.map { "week \($0.week): \($0.text)" } }
    /// Who plays each side: the rules unless a script or a player takes the seat.
    public internal(set) var seats: [Seat]
    /// The seats' decisions of the last week at war (the moves phase, channel move included),
    /// kept in recorded runs (`recordNarrative()`, or a seat that is not the rules).
    var lastDecisionPair: DecisionPair?
    public var lastDecisions: [Decision] { lastDecisionPair?.array ?? [] }

    public internal(set) var economy: any PainModel
    var noise: BackchannelRNG
    var leakStream: BackchannelRNG
    var misc: BackchannelRNG
    var strategyStreams: [BackchannelRNG]
    var peakTariffs: [Double]
    var welfareLoss: [Double] = [0, 0]
    /// A scheduled summit takes place this week.
    var summitThisWeek = false

    public init(setup: EngineSetup, seed: Seed, economy: any PainModel, seats: [Seat]? = nil) {
        let setup = setup.drawingJudgement(seed)
        self.setup = setup
        self.economy = economy
        noise = seed.derive("noise").generator()
        leakStream = seed.derive("leaks").generator()
        misc = seed.derive("misc").generator()
        // Keyed to the actors' ids, not their order in the file, so swapping them mirrors the run.
        strategyStreams = setup.sides.map { seed.derive("strategy " + $0.id).generator() }
        let r0 = setup.parameters.beliefs.receptivity
        sides = (0..<2).map { SideState(tariff: setup.sides[$0].initialTariff, receptivity: r0) }
        self.seats = seats ?? setup.seats()
        // A seat that is not the rules reads its record of events: keep them.
        if !self.seats[0].isRules || !self.seats[1].isRules { eventLog = EventLog() }
        for i in 0..<2 { sides[i].rungs = setup.sides[i].initialRungs }
        credibility = setup.intermediaries.map(\.credibility)
        measureRates = setup.sides.map { $0.measures.map { $0.rate / 100 } }
        formalAccess = setup.formalAccess
        formalAuthority = setup.formalAuthority
        formalName = setup.formalName
        trust = setup.parameters.process.initialTrust
        peakTariffs = sides.map(\.tariff)
        startFromHistory()
        // A war already under way: each side remembers the other's last move as an escalation
        // if the other's tariff is above its peacetime level (so retaliation rules continue it),
        // unless the war is old enough to be a standoff: the last exchange is then long over and
        // the measures are the status quo, so each remembers a hold.
        let standoff = setup.priorWeeks >= setup.parameters.process.standoffWeeks
        for i in 0..<2 where !standoff {
            let j = other(i)
            let otherAtWar = sides[j].tariff > setup.sides[j].baselineTariff + 1e-12 || sides[j].rungs > 0
            let ownAtWar = sides[i].tariff > setup.sides[i].baselineTariff + 1e-12 || sides[i].rungs > 0
            if otherAtWar || ownAtWar {
                self.seats[i].observe(own: ownAtWar ? .defect : .cooperate, intended: nil, otherEscalated: otherAtWar)
                sides[i].perceivedOtherEscalated = otherAtWar
            }
        }
    }

    /// A war that began `priorWeeks` before week 0 has built up commitment: audience costs
    /// accumulate with every week of public confrontation and with statements (docs/model.md §4), at
    /// their expected rates, and the economy has partly adapted to the measures (§2). Pain stocks
    /// and the hazard clock refer to the tariffs in force, which the scenario sets afresh, so they
    /// start at zero (docs/model.md §13).
    mutating func startFromHistory() {
        let n = setup.priorWeeks
        guard n > 0, isAtWar else { return }
        let a = setup.parameters.audience
        let growth = (1 - Double.pow(1 - a.commitmentDecay, Double(n))) / max(1e-12, a.commitmentDecay)
        for i in 0..<2 {
            sides[i].commitment = (a.commitmentWar + setup.sides[i].bluster * a.commitmentStatement) * growth
        }
        // The measures in force have been borne for those weeks: trade has partly adjusted to
        // them (S after n weeks at today's raw pain), so an old war hurts less than a new one.
        let reading = economy.reading(tariffs: (sides[0].tariff, sides[1].tariff))
        let adjusted = 1 - Double.pow(1 - 1 / max(1, setup.parameters.pain.adaptationWeeks), Double(n))
        sides[0].adjustedPain = (reading.pain.0 + rungPain(0)) * adjusted
        sides[1].adjustedPain = (reading.pain.1 + rungPain(1)) * adjusted
    }

    public var isAtWar: Bool {
        sides[0].tariff > setup.sides[0].baselineTariff + 1e-12 || sides[1].tariff > setup.sides[1].baselineTariff + 1e-12
            || sides[0].rungs > 0 || sides[1].rungs > 0
    }

    /// Whether the first round has ended (a deal, a truce agreed in the run, or giving in).
    public var hasEnded: Bool { ending != nil }

    /// Where the run stands this week.
    public var phase: Phase {
        if let agreement { return agreement.isTruce ? .truce : .deal }
        return isAtWar ? .war : .peace
    }

    /// The summary of the run so far.
    public var outcome: RunOutcome {
        RunOutcome(ending: ending, milestones: milestones, peakTariffs: peakTariffs, cumulativeWelfareLoss: welfareLoss,
                   audienceCostPaid: sides.map(\.audienceCostPaid), leaks: leaks, repudiations: repudiations,
                   agreements: agreements, truces: truces, breakdowns: breakdowns, breakdownsByTrigger: breakdownsByTrigger,
                   finalPhase: phase)
    }

    /// Runs every remaining week.
    public mutating func run() {
        while week < setup.weeks { step() }
    }

    /// Advances one week through the fixed order of docs/model.md §1. Every week draws the same
    /// random numbers whatever the phase, so variants of a scenario stay on common numbers.
    public mutating func step() {
        precondition(week < setup.weeks, "the run is over")
        summitThisWeek = false
        brokeDownThisWeek = false
        let draws = WeekDraws(noise: &noise, leaks: &leakStream, misc: &misc)
        if agreement == nil, isAtWar { weeksAtWar += 1 }
        applyEvents(draws)
        updateEconomy()
        updatePolitics()
        updateCostsAndStocks(draws)
        updateBeliefs()
        let channelDecisions = askChannelMoves(draws)
        openChannels(draws, channelDecisions)
        checkLeaks(draws)
        openTalks(draws)
        arrangeSummit()
        var decisions = askSeats(draws, .moves)
        decisions.first.channel = channelDecisions.first.channel
        decisions.second.channel = channelDecisions.second.channel
        if tracing { lastDecisionPair = decisions }
        if let a = agreement, !a.isTruce {
            // Under a lasting agreement there is nothing to offer or concede: only keep or break it.
            refuseOffers(decisions, "a lasting agreement is in force")
            for i in 0..<2 where decisions[i].giveIn != nil { refuse(i, .giveIn, decisions, "a lasting agreement is in force") }
            keepOrBreak(decisions)
        } else {
            checkEndings(draws, decisions)
            if agreement?.isTruce ?? true { keepOrBreak(decisions) }
        }
        if agreement == nil, !brokeDownThisWeek {
            reciprocate(draws, decisions)
        } else {
            let reason = agreement != nil ? "an agreement holds the tariffs" : "the agreement broke down this week"
            for i in 0..<2 {
                if decisions[i].tariff != nil { refuse(i, .tariff, decisions, reason) }
                if decisions[i].rungs != nil { refuse(i, .rungs, decisions, reason) }
            }
        }
        applySignalsAndStatements(decisions)
        if agreement != nil { trust += setup.parameters.process.trustGrowth * (1 - trust) }
        for i in 0..<2 {
            peakTariffs[i] = max(peakTariffs[i], sides[i].tariff)
            welfareLoss[i] += max(0, -sides[i].welfareChange)
        }
        week += 1
    }

    /// Starts recording the events (and so the narrative) of this run.
    public mutating func recordNarrative() { eventLog = EventLog() }

    /// Whether events are recorded. Call sites test it before building a line: an autoclosure
    /// in a mutating method would copy the whole simulation every time.
    var tracing: Bool { eventLog != nil }

    func record(_ kind: EngineEvent.Kind, _ visibility: EngineEvent.Visibility, _ text: String) {
        eventLog?.events.append(EngineEvent(week: week, kind: kind, visibility: visibility, text: text))
    }

    /// A leak: side `i` learns this week of the private offers it had not seen.
    func expose(_ kind: EngineEvent.Kind, to i: Side) { eventLog?.expose(kind, to: i, week: week) }

    func name(_ i: Side) -> String { setup.sides[i].id }

    func percent(_ tariff: Double) -> String {
        let p = tariff * 100
        return p == p.rounded() ? "\(Int(p))%" : "\(Double(Int(p * 10)) / 10)%"
    }
}

/// The random numbers of one week, drawn up front in a fixed number per stream.
struct WeekDraws {
    var implementation: (Double, Double)
    var perception: (Double, Double)
    var explanation: (Double, Double)
    var review: (Double, Double)
    var leak: Double
    var statement: (Double, Double)
    var access: Double
    var tieBreak: Double
    var authority: Double
    var talks: Double

    init(noise: inout BackchannelRNG, leaks: inout BackchannelRNG, misc: inout BackchannelRNG) {
        implementation = (noise.uniform(), noise.uniform())
        perception = (noise.uniform(), noise.uniform())
        explanation = (noise.uniform(), noise.uniform())
        review = (noise.uniform(), noise.uniform())
        leak = leaks.uniform()
        statement = (misc.uniform(), misc.uniform())
        access = misc.uniform()
        tieBreak = misc.uniform()
        authority = misc.uniform()
        talks = misc.uniform()
        // The stochastic events' draws come next on `misc`, taken by the events step itself
        // (no array to allocate every week).
    }

    func pair(_ t: (Double, Double), _ i: Side) -> Double { i == 0 ? t.0 : t.1 }
}

extension Simulation {
    /// Breaks a tie between the two sides by this week's draw, keyed to the actors' ids rather
    /// than their order in the file, so swapping the actors mirrors the run exactly.
    func tieWinner(_ draws: WeekDraws) -> Side {
        let firstByID: Side = setup.sides[0].id < setup.sides[1].id ? 0 : 1
        return draws.tieBreak < 0.5 ? firstByID : other(firstByID)
    }
}
