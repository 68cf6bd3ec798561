import Games
import Randomness
import RealModule

/// Everything a run needs that does not change during it: the scenario resolved into numbers.
/// Built once per ensemble and shared read-only by every run.
public struct EngineSetup: Sendable {
    public let scenario: Scenario
    public private(set) var sides: [SideSetup]
    public let parameters: EngineParameters
    /// τ_max as a fraction (never below an initial tariff) and the escalation step.
    public let maxTariff: Double
    public let step: Double
    public let weeks: Int
    /// Scheduled events by week (already converted from dates), in file order.
    public private(set) var eventsByWeek: [[Event]]
    /// Events with a weekly probability.
    public private(set) var stochasticEvents: [Event]
    public let strategies: [Strategy]
    /// Weeks the war had lasted before week 0 (from `war_started`).
    public let priorWeeks: Int
    /// The intermediary with the best reach (access to one leader × access to the other; ties:
    /// first listed) and that reach, the weekly chance a contact through it succeeds.
    public let bestIntermediary: Int?
    public let bestReach: Double
    /// The scenario's intermediaries, diplomacy mode and elections, resolved once so the weekly
    /// step never reads the scenario.
    public private(set) var intermediaries: [Intermediary]
    public let diplomacyMode: DiplomacyMode
    /// The formal channel's reach and authority (1 and 1 when the scenario names none).
    public let formalAccess: Double
    public let formalAuthority: Double
    public let formalName: String?
    /// Elections with their week (nil: not scheduled by date or week).
    public let elections: [(event: Event, week: Int?)]
    /// Dated decisions that take a seat in their weeks (`run --decisions`); empty: the rules
    /// play every week.
    public private(set) var scripts: [[Int: [ScriptedDecider.Part]]] = [[:], [:]]
    /// What each seat knows for the whole run (shared by its weekly views).
    public private(set) var seatContexts: [ActorView.Context]

    public init(scenario: Scenario) throws(EngineSetupError) {
        self.scenario = scenario
        parameters = scenario.parameters
        weeks = scenario.weeks
        let p = scenario.parameters.tariffs
        step = p.step / 100
        var sides: [SideSetup] = []
        var strategies: [Strategy] = []
        for (i, actor) in scenario.actors.enumerated() {
            let initial = scenario.startingTariff(i) / 100
            let spec = actor.strategy.spec
            do {
                strategies.append(try StrategyRegistry.strategy(spec))
            } catch {
                throw EngineSetupError(message: "actors[\(i)].strategy.kind: \(error)")
            }
            let e = actor.stylized ?? scenario.economy.stylized
            sides.append(SideSetup(
                id: actor.id, name: actor.name, leaderName: actor.leader.name,
                resolve: actor.leader.resolve, face: actor.leader.face, determination: actor.leader.determination,
                bluster: actor.leader.bluster, leak: actor.leader.leak, nationalismWeight: actor.leader.nationalism,
                audience: actor.leader.audience, painWeight: actor.leader.painWeight, thresholds: actor.leader.thresholds,
                strategy: spec, perceptionNoise: actor.strategy.perceptionNoise,
                implementationNoise: actor.strategy.implementationNoise,
                initialTariff: initial, baselineTariff: min(p.baseline / 100, initial),
                constituencies: actor.constituencies,
                rungs: actor.rungs, initialRungs: actor.rungs.prefix { $0.inForce }.count,
                exposure: e.exposure, selfHarm: e.selfHarm, termsGain: e.termsGain,
                liftsOnCompliance: actor.demand?.lifts ?? 1, measures: actor.measures))
        }
        for k in sides.indices { sides[k].indexRungs() }
        self.sides = sides
        self.strategies = strategies
        // The cap never binds a level the scenario itself sets (a starting tariff, a dated step).
        let eventLevels = scenario.events.compactMap { $0.kind == .tariff && $0.measure == nil ? $0.level.map { $0 / 100 } : nil }
        maxTariff = max(p.maximum / 100, sides.map(\.initialTariff).max() ?? 0, eventLevels.max() ?? 0)
        var byWeek = [[Event]](repeating: [], count: scenario.weeks)
        var stochastic: [Event] = []
        for event in scenario.events {
            if let week = event.week(startingOn: scenario.start) {
                if (0..<scenario.weeks).contains(week) { byWeek[week].append(event) }
            } else if event.weeklyProbability != nil {
                stochastic.append(event)
            }
        }
        var best: (Int, Double)?
        let channels = scenario.channelIntermediaries
        for (m, x) in channels.enumerated() {
            let reach = (x.access[sides[0].id] ?? 0) * (x.access[sides[1].id] ?? 0)
            if reach > 0, best == nil || reach > best!.1 { best = (m, reach) }
        }
        intermediaries = channels
        diplomacyMode = scenario.diplomacy.mode
        formalAccess = scenario.diplomacy.formal?.access ?? 1
        formalAuthority = scenario.diplomacy.formal?.authority ?? 1
        formalName = scenario.diplomacy.formal?.name
        elections = scenario.events.filter { $0.kind == .election }.map { ($0, $0.week(startingOn: scenario.start)) }
        bestIntermediary = best?.0
        bestReach = best?.1 ?? 0
        let (maxTariff, parameters, mode) = (self.maxTariff, self.parameters, diplomacyMode)
        seatContexts = (0..<2).map { i in
            ActorView.Context(side: i, profile: sides[i], otherID: sides[1 - i].id, parameters: parameters, mode: mode,
                              maxTariff: maxTariff, bestIntermediary: best?.0, bestReach: best?.1 ?? 0)
        }
        priorWeeks = scenario.warStarted.map { max(0, scenario.start.week(from: $0)) } ?? 0
        eventsByWeek = byWeek
        stochasticEvents = stochastic
    }

    /// The same setup in storage of its own: what the weekly step reads (the sides and their
    /// lists, the seats' contexts, the events, the intermediaries) in fresh buffers. One per
    /// worker thread, so the reference counts the step touches are never shared between cores
    /// (shared counts made two threads slower than one). Values are unchanged.
    public func workerCopy() -> EngineSetup {
        var copy = self
        // A string in storage of its own (a long name is a shared, reference-counted buffer).
        func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
        copy.sides = sides.map { s in
            var t = s
            t.constituencies = s.constituencies.map { c in var d = c; d.name = fresh(c.name); return d }
            t.rungs = s.rungs.map { r in var q = r; q.name = fresh(r.name); return q }
            t.measures = s.measures.map { m in var n = m; n.name = fresh(m.name); return n }
            t.rungPainPrefix = s.rungPainPrefix.map { $0 }
            t.name = fresh(s.name)
            t.leaderName = fresh(s.leaderName)
            t.strategy = fresh(s.strategy)
            return t
        }
        copy.eventsByWeek = eventsByWeek.map { $0.map { $0 } }
        copy.stochasticEvents = stochasticEvents.map { $0 }
        copy.intermediaries = intermediaries.map { $0 }
        copy.seatContexts = seatContexts(profiles: copy.sides)
        return copy
    }

    /// The seats' contexts rebuilt around `profiles` (new storage, or drawn values), the rest as they are.
    func seatContexts(profiles: [SideSetup]) -> [ActorView.Context] {
        (0..<2).map { i in
            let c = seatContexts[i]
            return ActorView.Context(side: i, profile: profiles[i], otherID: c.otherID, parameters: c.parameters, mode: c.mode,
                                     maxTariff: c.maxTariff, bestIntermediary: c.bestIntermediary, bestReach: c.bestReach)
        }
    }

    /// This run's draw of the leaders' judgement values (docs/model.md §16): unchanged when
    /// σ_J = 0, else from the run's own stream, so the run's other draws are untouched.
    public func drawingJudgement(_ seed: Seed) -> EngineSetup {
        let sigma = parameters.judgement.noise
        guard sigma > 0 else { return self }
        var copy = self
        func logit(_ p: Double, _ z: Double) -> Double {
            let q = min(1 - 1e-9, max(1e-9, p))
            return 1 / (1 + Double.exp(-(Double.log(q / (1 - q)) + sigma * z)))
        }
        for i in 0..<2 {
            // A stream per actor id, so swapping the actors in the file mirrors the draw.
            var s = copy.sides[i]
            var rng = seed.derive("judgement " + s.id).generator()
            let z = (0..<5).map { _ in rng.normal() }
            s.resolve *= Double.exp(sigma * z[0])
            s.face *= Double.exp(sigma * z[1])
            s.determination = s.determination > 0 ? logit(s.determination, z[2]) : 0
            s.bluster = s.bluster > 0 ? logit(s.bluster, z[3]) : 0
            s.leak = s.leak > 0 ? logit(s.leak, z[4]) : 0
            copy.sides[i] = s
        }
        copy.seatContexts = seatContexts(profiles: copy.sides)
        return copy
    }

    /// The same setup with scripted decisions for the seats (one script per side).
    public func scripted(_ scripts: [[Int: [ScriptedDecider.Part]]]) -> EngineSetup {
        var copy = self
        copy.scripts = scripts
        return copy
    }

    /// The seats of a run: a script over the rules where one is given, else the rules.
    public func seats() -> [Seat] {
        (0..<2).map { i in
            let rules = RuleDecider(strategy: strategies[i])
            return scripts[i].isEmpty ? .rules(rules) : .scripted(ScriptedDecider(script: scripts[i], fallback: rules))
        }
    }

    /// The week an event happens, if scheduled.
    public func week(of event: Event) -> Int? {
        event.week(startingOn: scenario.start)
    }
}

public struct EngineSetupError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
