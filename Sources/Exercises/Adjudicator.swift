import Diplomacy
import Experiments
import Randomness
import ScenarioFormat
import Studies

/// Adjudicates an exercise by replay: the engine plays run 0 of the exercise's seed from week
/// 0 with every decision the seats have submitted (a decisions file, docs/decisions-format.md),
/// the rules playing every seat and week nobody decided. The engine draws a fixed count of
/// random numbers every week whatever happens, so a decision in week w never changes weeks
/// before w: replaying is adjudicating, a crash loses nothing that was stored, and rolling back
/// a turn is forgetting its decisions.
public struct Adjudicator: Sendable {
    public let source: ScenarioSource
    public let seed: Seed
    /// The scenario as played: the posterior draw that run 0 of this seed plays (`run`'s rule),
    /// or the scenario's own constants without a posterior, with the umpire's events.
    public let prepared: PreparedScenario
    /// The same before the umpire injected anything (the forecast made at the start).
    public let base: PreparedScenario
    /// The posterior draw played (nil: none).
    public let draw: Int?
    /// The umpire's events, in the order injected.
    public let injected: [InjectedEvent]
    let parsed: ParsedScenario
    let overrides: [ScenarioOverride]

    public init(source: ScenarioSource, seed: Seed, posterior: Posterior?, injected: [InjectedEvent] = []) throws {
        self.source = source
        self.seed = seed
        self.injected = injected
        if let posterior, !posterior.draws.isEmpty {
            let d = Posterior.drawIndex(forRun: seed.run(0).value, draws: posterior.draws.count)
            draw = d
            overrides = posterior.overrides(posterior.draws[d])
        } else {
            draw = nil
            overrides = []
        }
        parsed = try ScenarioLoader.parsed(yaml: source.text, file: source.file)
        base = try PreparedScenario(scenario: ScenarioLoader.standard.load(parsed: parsed, file: source.file, overrides: overrides), file: source.file)
        prepared = injected.isEmpty ? base : try Self.prepare(parsed, injected, file: source.file, overrides: overrides)
    }

    static func prepare(_ parsed: ParsedScenario, _ injected: [InjectedEvent], file: String, overrides: [ScenarioOverride]) throws -> PreparedScenario {
        let withEvents = try parsed.appending(events: injected.map(\.json), file: file)
        let scenario = try ScenarioLoader.standard.load(parsed: withEvents, file: file, overrides: overrides)
        // Never acknowledge an event that would not be played.
        guard withEvents.eventCount == parsed.eventCount + injected.count, scenario.events.count >= injected.count else {
            throw ExerciseError.badRequest("the scenario's events are not a list, so no event can be injected")
        }
        return try PreparedScenario(scenario: scenario, file: file)
    }

    /// The exercise with `event` injected too (`checked(injecting:)` says what is wrong with it).
    public func injecting(_ event: InjectedEvent) throws -> Adjudicator {
        try Adjudicator(source: source, seed: seed, draw: draw, parsed: parsed, overrides: overrides, base: base, injected: injected + [event])
    }

    private init(source: ScenarioSource, seed: Seed, draw: Int?, parsed: ParsedScenario, overrides: [ScenarioOverride], base: PreparedScenario,
                 injected: [InjectedEvent]) throws {
        self.source = source
        self.seed = seed
        self.draw = draw
        self.parsed = parsed
        self.overrides = overrides
        self.base = base
        self.injected = injected
        prepared = try Self.prepare(parsed, injected, file: source.file, overrides: overrides)
    }

    /// The exercise with `event` injected too, or every problem of the event against the
    /// scenario as `path: message` (the path inside the event, e.g. `pain`).
    public func checked(injecting event: InjectedEvent) -> Result<Adjudicator, ExerciseError> {
        do {
            return .success(try injecting(event))
        } catch let error as ScenarioError {
            let index = "events[\(parsed.eventCount + injected.count)]"
            return .failure(.badRequest(error.issues.map { issue in
                guard issue.path.hasPrefix(index) else { return issue.description }
                let path = issue.path.dropFirst(index.count).drop { $0 == "." }
                return path.isEmpty ? issue.message : "\(path): \(issue.message)"
            }.joined(separator: "; ")))
        } catch let error as ExerciseError {
            return .failure(error)
        } catch {
            return .failure(.badRequest("\(error)"))
        }
    }

    public var scenario: Scenario { prepared.scenario }
    public var actors: [String] { prepared.setup.sides.map(\.id) }
    public var intermediaries: [Intermediary] { prepared.setup.intermediaries }

    /// Every problem of `entries` against the scenario, as `path: message` (the path inside one
    /// entry, e.g. `offer.cut`); empty when the engine can be asked to play them.
    public func problems(_ entries: [SubmittedDecision]) -> [String] {
        do {
            _ = try DecisionsFile.load(yaml: SubmittedDecision.document(entries), file: "decision", scenario: scenario)
            return []
        } catch {
            return error.issues.map { issue in
                let path = issue.path.replacing(/^decisions\[\d+\]\.?/, with: "")
                return path.isEmpty ? issue.message : "\(path): \(issue.message)"
            }
        }
    }

    /// The first `weeks` weeks of the exercise under `decisions`.
    public func replay(_ decisions: [SubmittedDecision], weeks: Int) throws -> Replay {
        let played: PreparedScenario
        if decisions.isEmpty {
            played = prepared
        } else {
            let file: DecisionsFile
            do { file = try DecisionsFile.load(yaml: SubmittedDecision.document(decisions), file: "decisions", scenario: scenario) } catch {
                throw ExerciseError.badRequest(error.issues.map(\.description).joined(separator: "; "))
            }
            played = prepared.playing(file)
        }
        var sim = played.ensemble(seed: seed, runs: 1).trace(run: 0)
        let horizon = min(weeks, prepared.setup.weeks)
        var states: [Replay.Week] = []
        var leaks: [(week: Int, intermediary: String)] = []
        let ids = intermediaries.map(\.id)
        for w in 0..<horizon {
            let before = sim.events.count
            sim.step()
            if sim.events[before...].contains(where: { $0.kind == .leak }), case let .compromised(m) = sim.channel.status {
                leaks.append((w, ids[m]))
            }
            states.append(Replay.Week(week: w, date: scenario.date(ofWeek: w).description, phase: sim.phase.rawValue,
                                      sides: sim.sides.map { .init(tariff: $0.tariff * 100, pain: $0.pain, welfareChange: $0.welfareChange, opposition: $0.opposition) }))
        }
        return Replay(actors: actors, weeks: states, events: sim.events, leaks: leaks, finished: horizon >= prepared.setup.weeks)
    }
}

/// What a replay produced: the state week by week, every event with who learnt of it when, and
/// the leaks of the backchannels (the week and the intermediary whose rooms were exposed).
public struct Replay: Sendable {
    public struct Week: Sendable, Equatable {
        public struct SideState: Sendable, Equatable {
            /// Percent.
            public let tariff: Double
            public let pain: Double
            /// The welfare change official statistics report (published).
            public let welfareChange: Double
            /// The opposition in the polls (published).
            public let opposition: Double
        }

        public let week: Int
        public let date: String
        public let phase: String
        public let sides: [SideState]
    }

    public let actors: [String]
    public let weeks: [Week]
    public let events: [EngineEvent]
    public let leaks: [(week: Int, intermediary: String)]
    /// The scenario's horizon has been played.
    public let finished: Bool
}
