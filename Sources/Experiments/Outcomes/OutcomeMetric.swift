import Diplomacy

/// A scalar outcome of one run, averaged over runs by compare, sweep and sensitivity.
///
/// Names are stable (they are CSV columns, JSON keys and `--outcome` values):
/// `p_deal`, `p_capitulation:ID`, `p_stalemate`, `p_deal_by_week:K`, `weeks_to_end`, `p_leak`,
/// `audience_cost:ID`, `peak_tariff:ID`, `welfare_loss:ID`, `question:QID`. Definitions are
/// docs/commands.md's (`run`, definitions): a deal by week K ended in a deal in week K or before (the run's `by_week` index K);
/// `weeks_to_end` is the week index of the ending, or the horizon W for a run still at war.
public enum OutcomeMetric: Sendable, Hashable {
    case deal
    case capitulation(Side)
    case stalemate
    case dealByWeek(Int)
    case weeksToEnd
    case leak
    case audienceCost(Side)
    /// Percent.
    case peakTariff(Side)
    case welfareLoss(Side)
    /// A scenario forecast question, by index.
    case question(Int)

    /// The metric's value for one finished run.
    @inlinable
    public func value(_ outcome: RunOutcome, answers: [Bool], weeks: Int) -> Double {
        switch self {
        case .deal:
            if case .deal = outcome.ending { return 1 }
            return 0
        case let .capitulation(side):
            if case let .capitulation(by) = outcome.ending, by == side { return 1 }
            return 0
        case .stalemate: return outcome.ending == nil ? 1 : 0
        case let .dealByWeek(k):
            if case .deal = outcome.ending, let end = outcome.milestones.end, end <= k { return 1 }
            return 0
        case .weeksToEnd: return Double(outcome.milestones.end ?? weeks)
        case .leak: return outcome.milestones.leak == nil ? 0 : 1
        case let .audienceCost(side): return outcome.audienceCostPaid[side]
        case let .peakTariff(side): return 100 * outcome.peakTariffs[side]
        case let .welfareLoss(side): return outcome.cumulativeWelfareLoss[side]
        case let .question(k): return k < answers.count && answers[k] ? 1 : 0
        }
    }

    /// Whether the metric is a probability (reported in percentage points).
    public var isProbability: Bool {
        switch self {
        case .deal, .capitulation, .stalemate, .dealByWeek, .leak, .question: return true
        case .weeksToEnd, .audienceCost, .peakTariff, .welfareLoss: return false
        }
    }
}
