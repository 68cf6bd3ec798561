/// The persistence reference of cross-validation: the state at the forecast moment stays (no
/// deal, no talks, tariffs where they are), said with one confidence level c fitted on the
/// training folds: a question persistence answers yes gets c, one it answers no gets 1 − c.
public enum Persistence {
    /// The maximum-likelihood c on training questions: the share persistence got right, kept
    /// within [clip, 1 − clip] like every scored forecast.
    public static func confidence(answers: [Bool], outcomes: [Bool]) -> Double {
        precondition(answers.count == outcomes.count && !answers.isEmpty)
        let right = zip(answers, outcomes).filter { $0 == $1 }.count
        return ForecastScore.clipped(Double(right) / Double(answers.count))
    }

    public static func forecast(answer: Bool, confidence c: Double) -> Double { answer ? c : 1 - c }
}

import Diplomacy

extension Persistence {
    /// What persistence answers: every event question no (nothing new happens), a tariff
    /// question by the tariff in force at the forecast moment.
    public static func answer(_ q: Question, in s: Scenario) -> Bool {
        func startLevel() -> Double? { q.actor.flatMap { s.actorIndex($0) }.map { s.startingLevel($0, measure: q.measure) } }
        switch q.kind {
        case .tariffAbove, .tariffMaxAbove: return (startLevel() ?? 0) > (q.level ?? 0)
        case .tariffBelow: return (startLevel() ?? 0) < (q.level ?? 0)
        case .talks, .summit, .deal, .leak, .capitulation, .truceInForce, .dealInForce, .reescalation: return false
        }
    }
}
