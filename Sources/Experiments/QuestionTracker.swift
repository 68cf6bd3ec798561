import Diplomacy

/// Answers a scenario's forecast questions for one run, with the definitions of docs/commands.md (`run`, definitions):
/// an event "by" a date happened in or before the week containing the date; a tariff "on" a
/// date is the level in force at the end of the week containing it.
public struct QuestionTracker: Sendable {
    struct Compiled: Sendable {
        var kind: QuestionKind
        var channel: QuestionChannel
        var byWeek: Int
        var side: Side?
        var level: Double
        var window: ClosedRange<Int>
        /// Tariff questions about one named measure: its index among the side's measures.
        var measure: Int?
        /// The level the question starts from (the measure's rate or the average), a fraction.
        var start: Double
    }

    let questions: [Compiled]
    /// Answers the scenario itself settles whatever the runs do (nil: the runs decide).
    public let settled: [Bool?]
    /// Path questions' answers so far (tariff levels, phases, breakdowns).
    private var tariffHits: [Bool]

    public init(scenario: Scenario) {
        questions = scenario.outputs.questions.map { q in
            let week = { (date: CivilDate?) in date.map { $0.week(from: scenario.start) } ?? (scenario.weeks - 1) }
            let from = week(q.from), to = week(q.to)
            let side = q.actor.flatMap { scenario.actorIndex($0) }
            let measure = side.flatMap { scenario.measureIndex($0, named: q.measure) }
            return Compiled(kind: q.kind, channel: q.channel ?? .any, byWeek: week(q.by ?? q.date),
                            side: side, level: (q.level ?? 0) / 100, window: min(from, to)...max(from, to), measure: measure,
                            start: side.map { scenario.startingLevel($0, measure: q.measure) / 100 } ?? 0)
        }
        tariffHits = [Bool](repeating: false, count: questions.count)
        settled = questions.map { Self.settledAnswer($0, scenario) }
        initialHits = questions.enumerated().map { k, q in
            // A window that opens at the start sees the starting tariffs.
            guard q.kind == .tariffMaxAbove, q.window.lowerBound <= 0, q.side != nil else { return false }
            return q.start > q.level
        }
        tariffHits = initialHits
    }

    /// Path questions already answered yes by the starting state.
    private var initialHits: [Bool] = []

    /// What the scenario makes certain or impossible (docs/commands.md, `run`): a scheduled
    /// summit or pause by the date, a channel the diplomacy mode forbids, a window that opens
    /// above the level. Everything else is left to the runs.
    static func settledAnswer(_ q: Compiled, _ s: Scenario) -> Bool? {
        let scheduled = { (kind: EventKind) in
            s.events.contains { $0.kind == kind && ($0.week(startingOn: s.start)).map { $0 <= q.byWeek && $0 < s.weeks } ?? false }
        }
        let mode = s.diplomacy.mode
        let noChannel = mode == .noTalks || mode == .public || s.channelIntermediaries.isEmpty
        switch q.kind {
        case .summit: return scheduled(.summit) ? true : nil
        case .talks:
            if q.channel == .backchannel { return noChannel ? false : nil }
            if scheduled(.summit) { return true }
            return mode == .noTalks ? false : nil
        case .deal:
            if scheduled(.pause) { return true }
            return mode == .noTalks && !scheduled(.summit) ? false : nil
        case .leak: return noChannel ? false : nil
        case .tariffMaxAbove:
            guard q.window.lowerBound <= 0, q.side != nil else { return nil }
            return q.start > q.level ? true : nil
        default: return nil
        }
    }

    public mutating func reset() { tariffHits = initialHits }

    /// Call after each week's step.
    public mutating func observe(_ sim: borrowing Simulation, week w: Int) {
        for (k, q) in questions.enumerated() {
            switch q.kind {
            case .truceInForce where w == q.byWeek: tariffHits[k] = sim.phase == .truce
            case .dealInForce where w == q.byWeek: tariffHits[k] = sim.phase == .deal
            case .reescalation where q.window.contains(w): if sim.brokeDownThisWeek { tariffHits[k] = true }
            default: break
            }
            guard let side = q.side else { continue }
            let tariff: Double
            if let m = q.measure { tariff = sim.measureRates[side][m] } else { tariff = sim.sides[side].tariff }
            switch q.kind {
            case .tariffAbove where w == q.byWeek: tariffHits[k] = tariff > q.level
            case .tariffBelow where w == q.byWeek: tariffHits[k] = tariff < q.level
            case .tariffMaxAbove where q.window.contains(w): if tariff > q.level { tariffHits[k] = true }
            default: break
            }
        }
    }

    /// The answers once the run is over.
    public func answers(_ outcome: RunOutcome) -> [Bool] {
        let m = outcome.milestones
        return questions.enumerated().map { k, q in
            func by(_ week: Int?) -> Bool { week.map { $0 <= q.byWeek } ?? false }
            switch q.kind {
            case .talks:
                switch q.channel {
                case .any: return by(m.talks)
                case .formal: return by(m.formalTalks)
                case .backchannel: return by(m.backchannelOpen)
                }
            case .summit: return by(m.summit)
            case .leak: return by(m.leak)
            case .deal:
                return by(m.firstDeal)
            case .capitulation:
                // Giving in in any round, by that side (or either).
                if let side = q.side { return by(m.gaveIn[side]) }
                return by(m.gaveIn[0]) || by(m.gaveIn[1])
            case .tariffAbove, .tariffBelow, .tariffMaxAbove, .truceInForce, .dealInForce, .reescalation:
                return tariffHits[k]
            }
        }
    }
}
