import Diplomacy
import Exercises
import Experiments
import Foundation
import Randomness
import ScenarioFormat
import Studies

/// The live exercises of one server: every request goes through here, is checked against the
/// seat its token opens (`SeatAccess`), and is stored before it is acknowledged. An actor, so
/// the requests of all seats are serialised; the engine's replays are a few milliseconds.
public actor ExerciseService {
    public nonisolated let store: ExerciseStore
    let clock: @Sendable () -> Double
    let posterior: Posterior?
    /// Per exercise, with the events the umpire injected: only `inject` and `rollback` change
    /// those, and both go through `forget` (one server per store, as for live updates).
    var adjudicators: [String: Adjudicator] = [:]
    var replays: [String: (key: String, replay: Replay)] = [:]
    var reports: [String: (version: Int, html: String)] = [:]
    var limiter: RateLimiter

    /// Bounds on what a request may carry.
    public static let maxMessage = 2_000, maxName = 80, maxDecision = 4_096, maxScenario = 1_000_000
    public static let maxMessagesPerTurn = 500

    /// `rate` and `burst`: requests a second each seat may make, on average and at once.
    public init(store: ExerciseStore, posterior: Posterior?, rate: Double = 20, burst: Double = 60,
                clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.store = store
        self.posterior = posterior
        self.clock = clock
        limiter = RateLimiter(rate: rate, burst: burst)
    }

    // MARK: Creating and opening

    public func create(_ r: ExerciseAPI.CreateRequest) throws -> ExerciseAPI.Created {
        // Anyone who reaches the server may create one: bounded, so nobody fills the disk at speed.
        guard limiter.allow("create", now: clock()) else { throw ExerciseError.tooMany("too many exercises created; slow down") }
        let source: ScenarioSource
        switch (r.scenario, r.yaml) {
        case let (name?, nil):
            // A bundled name only: a path would let a request read the server's files.
            guard let bundled = ScenarioSource.bundled(name) else {
                throw ExerciseError.badRequest("scenario: no bundled scenario \"\(name)\" (bundled: \(BundledScenarios.names.joined(separator: ", "))); or send its YAML as yaml")
            }
            source = bundled
        case let (nil, yaml?):
            guard yaml.utf8.count <= Self.maxScenario else { throw ExerciseError.tooLarge("yaml: a scenario is at most \(Self.maxScenario) bytes") }
            source = ScenarioSource(name: "uploaded", text: yaml, file: "uploaded.yaml")
        default:
            throw ExerciseError.badRequest("give scenario (a bundled name) or yaml (a scenario's text), one of them")
        }
        if let n = r.name, n.count > Self.maxName { throw ExerciseError.badRequest("name: at most \(Self.maxName) characters") }
        let weeksPerTurn = r.weeksPerTurn ?? 1
        guard (1...52).contains(weeksPerTurn) else { throw ExerciseError.badRequest("weeks_per_turn: 1 to 52") }
        let minutes = r.turnMinutes ?? 30
        guard minutes.isFinite, minutes >= 0.05, minutes <= 10_080 else { throw ExerciseError.badRequest("turn_minutes: 0.05 to 10080 (a week)") }
        let usePosterior: Bool
        switch r.posterior ?? "default" {
        case "default": usePosterior = posterior != nil
        case "none": usePosterior = false
        case let other: throw ExerciseError.badRequest("posterior: default or none, not \"\(other)\"")
        }
        var g = SystemRandomNumberGenerator()
        let seed = r.seed ?? UInt64.random(in: .min ... .max, using: &g)
        let adjudicator: Adjudicator
        do {
            adjudicator = try Adjudicator(source: source, seed: Seed(seed), posterior: usePosterior ? posterior : nil)
        } catch let error as ScenarioError {
            throw ExerciseError.badRequest(error.issues.map(\.description).joined(separator: "\n"))
        } catch {
            throw ExerciseError.badRequest("\(error)")
        }
        let access = SeatAccess(actors: adjudicator.actors, intermediaries: adjudicator.intermediaries.map(\.id), press: r.press ?? .full)
        let id = SeatToken.exerciseID(), now = clock()
        let invites = access.seats.map { role in (role, SeatToken.make()) }
        let exercise = ExerciseStore.Exercise(
            id: id, name: r.name ?? adjudicator.scenario.name, scenarioName: source.name, scenarioFile: source.file, scenarioText: source.text,
            seed: seed, posterior: usePosterior, press: access.press, weeksPerTurn: weeksPerTurn, turnSeconds: Int((minutes * 60).rounded()),
            deadline: now + minutes * 60, created: now)
        try store.create(exercise, seats: invites.map { ($0.0, SeatToken.hash($0.1)) })
        adjudicators[id] = adjudicator
        return ExerciseAPI.Created(id: id, seed: seed, seats: invites.map { role, token in
            ExerciseAPI.Invite(role: role.description, token: token, link: "/x/\(id)#\(token)")
        })
    }

    /// The seat `token` opens in exercise `id`. An unknown token, a token of another exercise
    /// and an unknown exercise get the same answer, so a guess learns nothing.
    public func seat(_ id: String, token: String?) throws -> ExerciseStore.Seat {
        guard let token, !token.isEmpty, token.count <= 128 else { throw ExerciseError.notFound("no such exercise, or no seat for this token (send Authorization: Bearer TOKEN)") }
        let hash = SeatToken.hash(token)
        guard limiter.allow(hash, now: clock()) else { throw ExerciseError.tooMany("too many requests from this seat; slow down") }
        guard let seat = try store.seat(tokenHash: hash), seat.exerciseID == id else {
            throw ExerciseError.notFound("no such exercise, or no seat for this token (send Authorization: Bearer TOKEN)")
        }
        return seat
    }

    func exercise(_ id: String) throws -> ExerciseStore.Exercise {
        guard let e = try store.exercise(id) else { throw ExerciseError.notFound("no such exercise") }
        return e
    }

    func adjudicator(_ e: ExerciseStore.Exercise) throws -> Adjudicator {
        if let a = adjudicators[e.id] { return a }
        let a = try Adjudicator(source: ScenarioSource(name: e.scenarioName, text: e.scenarioText, file: e.scenarioFile), seed: Seed(e.seed),
                                posterior: e.posterior ? posterior : nil, injected: try store.injected(e.id))
        adjudicators[e.id] = a
        return a
    }

    /// Drops what was built from an exercise's injected events (they changed).
    func forget(_ id: String) {
        adjudicators[id] = nil
        replays[id] = nil
    }

    func access(_ e: ExerciseStore.Exercise, _ a: Adjudicator) -> SeatAccess {
        SeatAccess(actors: a.actors, intermediaries: a.intermediaries.map(\.id), press: e.press)
    }

    // MARK: What a seat sees

    public func board(_ seat: ExerciseStore.Seat) throws -> ExerciseAPI.Board {
        try closeTurnIfDue(seat.exerciseID)
        let e = try exercise(seat.exerciseID), a = try adjudicator(e)
        let decisions = try store.decisions(e.id)
        let replay = try replayed(e, a, decisions.filter { $0.week < e.week })
        let board = SeatBoard.build(role: seat.role, access: access(e, a), replay: replay, messages: try store.messages(e.id))
        let open = decisions.filter { $0.week == e.week }
        return ExerciseAPI.Board(
            exercise: info(e, a), seat: seat.role.description, player: seat.player,
            seats: try store.seats(e.id).map { ExerciseAPI.SeatLine(role: $0.role.description, taken: $0.player != nil) },
            board: board, decision: seat.role.actor.flatMap { actor in open.first { $0.actor == actor }?.json },
            decided: seat.role == .umpire ? open.map(\.actor) : nil)
    }

    /// The exercise's replay through its adjudicated weeks, kept until the week or the decisions
    /// played change, or the injected events (`forget`); messages and joins replay nothing.
    func replayed(_ e: ExerciseStore.Exercise, _ a: Adjudicator, _ played: [SubmittedDecision]) throws -> Replay {
        let key = "\(e.week)\n" + played.map { "\($0.week) \($0.actor) \($0.json)" }.joined(separator: "\n")
        if let cached = replays[e.id], cached.key == key { return cached.replay }
        let replay = try a.replay(played, weeks: e.week)
        replays[e.id] = (key, replay)
        return replay
    }

    func info(_ e: ExerciseStore.Exercise, _ a: Adjudicator) -> ExerciseAPI.ExerciseInfo {
        ExerciseAPI.ExerciseInfo(id: e.id, name: e.name, scenario: e.scenarioName, week: e.week, horizon: a.prepared.setup.weeks, status: e.status.rawValue,
                                 deadline: e.deadline, press: e.press.rawValue, weeksPerTurn: e.weeksPerTurn, version: e.version)
    }

    /// The exercise's version: live updates read it and fetch the board when it moves.
    public func version(_ seat: ExerciseStore.Seat) throws -> Int {
        try closeTurnIfDue(seat.exerciseID)
        return try exercise(seat.exerciseID).version
    }

    /// The after-action report (HTML): for the umpire at any time, for every seat once the
    /// exercise is over (it declassifies every room). Kept until the exercise changes.
    public func report(_ seat: ExerciseStore.Seat) throws -> String {
        let e = try exercise(seat.exerciseID), a = try adjudicator(e)
        guard seat.role == .umpire || e.status == .finished else {
            throw ExerciseError.forbidden("the after-action report opens to every seat when the exercise is over (the umpire sees it now)")
        }
        if let cached = reports[e.id], cached.version == e.version { return cached.html }
        let html = try AfterActionReport.html(name: e.name, adjudicator: a, decisions: try store.decisions(e.id), messages: try store.messages(e.id),
                                              seats: try store.seats(e.id).map { .init(role: $0.role.description, player: $0.player) }, weeks: e.week)
        reports[e.id] = (e.version, html)
        return html
    }

    // MARK: What a seat does

    public func join(_ seat: ExerciseStore.Seat, name: String) throws {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= Self.maxName else { throw ExerciseError.badRequest("name: 1 to \(Self.maxName) characters") }
        try store.take(seat.exerciseID, role: seat.role, player: name)
    }

    public func post(_ seat: ExerciseStore.Seat, room text: String, text body: String) throws -> Int64 {
        let e = try exercise(seat.exerciseID), a = try adjudicator(e)
        guard let room = Room(text) else { throw ExerciseError.badRequest("room: board, formal or private:INTERMEDIARY:ACTOR, not \"\(text.prefix(80))\"") }
        guard access(e, a).canWrite(seat.role, room) else {
            throw ExerciseError.forbidden("\(seat.role) may not post in \(room) (press: \(e.press.rawValue))")
        }
        guard e.status != .finished else { throw ExerciseError.conflict("the exercise is over") }
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ExerciseError.badRequest("text: empty") }
        guard trimmed.count <= Self.maxMessage else { throw ExerciseError.tooLarge("text: at most \(Self.maxMessage) characters") }
        guard try store.messageCount(e.id, sender: seat.role, week: e.week) < Self.maxMessagesPerTurn else { throw ExerciseError.tooMany("at most \(Self.maxMessagesPerTurn) messages a turn per seat") }
        return try store.post(e.id, room: room, from: seat.role, week: e.week, text: trimmed, now: clock())
    }

    /// A leader's decision for the open turn (its moves, JSON): checked against the scenario
    /// like a decisions file, stored, and the turn adjudicated once every taken leader seat has decided.
    public func decide(_ seat: ExerciseStore.Seat, moves: Data) throws -> ExerciseAPI.Accepted {
        guard let actor = seat.role.actor else { throw ExerciseError.forbidden("only a leader decides; \(seat.role) does not") }
        guard moves.count <= Self.maxDecision else { throw ExerciseError.tooLarge("a decision is at most \(Self.maxDecision) bytes") }
        try closeTurnIfDue(seat.exerciseID)
        let e = try exercise(seat.exerciseID), a = try adjudicator(e)
        guard e.status == .running else { throw ExerciseError.conflict("the exercise is \(e.status.rawValue); decisions wait") }
        let entry = try SubmittedDecision.entry(moves: moves, actor: actor, week: e.week).get()
        let problems = a.problems([entry])
        guard problems.isEmpty else { throw ExerciseError.badRequest(problems.joined(separator: "; ")) }
        try store.decide(e.id, entry, now: clock())
        try adjudicateIfEveryoneDecided(e.id)
        return ExerciseAPI.Accepted(week: entry.week, decision: entry.json)
    }

    /// An event the umpire injects (a scenario event's fields as JSON): checked against the
    /// scenario, stored with a notice on the board, played from its week on.
    public func inject(_ seat: ExerciseStore.Seat, event: Data) throws -> ExerciseAPI.Injected {
        guard seat.role == .umpire else { throw ExerciseError.forbidden("only the umpire injects events") }
        guard event.count <= Self.maxDecision else { throw ExerciseError.tooLarge("an event is at most \(Self.maxDecision) bytes") }
        try closeTurnIfDue(seat.exerciseID)
        let e = try exercise(seat.exerciseID), a = try adjudicator(e)
        guard e.status != .finished else { throw ExerciseError.conflict("the exercise is over") }
        let entry = try InjectedEvent.entry(event: event, open: e.week, horizon: a.prepared.setup.weeks).get()
        let next = try a.checked(injecting: entry).get()
        let when = entry.week == e.week ? "this turn (week \(entry.week))" : "week \(entry.week)"
        try store.inject(e.id, entry, notice: "The umpire injects an event for \(when): \(entry.summary).", now: clock())
        forget(e.id)
        adjudicators[e.id] = next
        return ExerciseAPI.Injected(week: entry.week, event: entry.json)
    }

    public func withdraw(_ seat: ExerciseStore.Seat) throws {
        guard let actor = seat.role.actor else { throw ExerciseError.forbidden("only a leader decides; \(seat.role) does not") }
        let e = try exercise(seat.exerciseID)
        guard e.status != .finished else { throw ExerciseError.conflict("the exercise is over") }
        try store.withdraw(e.id, actor: actor, week: e.week)
    }

    public func umpire(_ seat: ExerciseStore.Seat, _ action: ExerciseAPI.UmpireAction) throws {
        guard seat.role == .umpire else { throw ExerciseError.forbidden("only the umpire does that") }
        var e = try exercise(seat.exerciseID)
        let now = clock()
        switch action.action {
        case "pause":
            guard e.status == .running else { throw ExerciseError.conflict("the exercise is \(e.status.rawValue)") }
            e.status = .paused
            e.deadline = nil
            try store.update(e)
        case "resume":
            guard e.status == .paused else { throw ExerciseError.conflict("the exercise is \(e.status.rawValue)") }
            e.status = .running
            e.deadline = now + Double(e.turnSeconds)
            try store.update(e)
        case "adjudicate":
            guard e.status == .running else { throw ExerciseError.conflict("the exercise is \(e.status.rawValue)") }
            try adjudicate(e, now: now)
        case "rollback":
            guard e.week > 0 else { throw ExerciseError.conflict("nothing to roll back: no week has been played") }
            e.week = max(0, e.week - e.weeksPerTurn)
            e.status = .running
            e.deadline = now + Double(e.turnSeconds)
            try store.rollBack(e, notice: "The umpire rolled the exercise back to week \(e.week); decide that turn again (events the umpire injected since are withdrawn).", now: now)
            forget(e.id)
        case "extend":
            guard let m = action.minutes, m.isFinite, m > 0, m <= 10_080 else { throw ExerciseError.badRequest("minutes: above 0, at most 10080") }
            guard e.status == .running, let d = e.deadline else { throw ExerciseError.conflict("no turn is open") }
            e.deadline = d + m * 60
            try store.update(e)
        case "pace":
            guard let k = action.weeksPerTurn, (1...52).contains(k) else { throw ExerciseError.badRequest("weeks_per_turn: 1 to 52") }
            guard e.status != .finished else { throw ExerciseError.conflict("the exercise is over (roll back a turn to play on)") }
            e.weeksPerTurn = k
            try store.update(e)
        default:
            throw ExerciseError.badRequest("action: pause, resume, adjudicate, rollback, extend or pace, not \"\(action.action.prefix(40))\"")
        }
    }

    // MARK: Turns

    /// Adjudicates the open turn of every exercise whose deadline has passed (the server calls
    /// this every second; requests call it for their own exercise).
    public func tick() throws {
        for e in try store.exercises() where e.status == .running { try closeTurnIfDue(e.id) }
    }

    func closeTurnIfDue(_ id: String) throws {
        let e = try exercise(id), now = clock()
        if e.status == .running, let d = e.deadline, now >= d { try adjudicate(e, now: now) }
    }

    func adjudicateIfEveryoneDecided(_ id: String) throws {
        let e = try exercise(id)
        let taken = try store.seats(id).filter { $0.player != nil }.compactMap(\.role.actor)
        guard e.status == .running, !taken.isEmpty else { return }
        let decided = Set(try store.decisions(id).filter { $0.week == e.week }.map(\.actor))
        if taken.allSatisfy(decided.contains) { try adjudicate(e, now: clock()) }
    }

    /// Plays the open turn: the engine adjudicates its weeks with the stored decisions, the
    /// rules playing every seat that did not decide; a taken seat that did not is named on the
    /// board (civil disorder).
    func adjudicate(_ e: ExerciseStore.Exercise, now: Double) throws {
        var e = e
        let a = try adjudicator(e)
        let horizon = a.prepared.setup.weeks
        let decided = Set(try store.decisions(e.id).filter { $0.week == e.week }.map(\.actor))
        var notices: [(room: String, text: String)] = []
        for seat in try store.seats(e.id) where seat.player != nil {
            if let actor = seat.role.actor, !decided.contains(actor) {
                notices.append((Room.board.description, "\(actor) did not decide week \(e.week) in time: the rules played it (civil disorder)."))
            }
        }
        e.week = min(horizon, e.week + e.weeksPerTurn)
        if e.week >= horizon {
            e.status = .finished
            e.deadline = nil
            notices.append((Room.board.description, "The exercise is over: the scenario's \(horizon) weeks have been played."))
        } else {
            e.deadline = now + Double(e.turnSeconds)
        }
        try store.advance(e, notices: notices, now: now)
    }
}
