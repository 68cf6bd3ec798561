/// The prisoner's dilemma payoffs, axelrod's `Game()` by default: R = 3, S = 0, T = 5, P = 1.
///
/// Scores are integers so that totals add up exactly in any order (thread-count independence).
public struct Payoffs: Sendable, Hashable {
    /// Both cooperate.
    public let reward: Int
    /// You cooperate, they defect.
    public let sucker: Int
    /// You defect, they cooperate.
    public let temptation: Int
    /// Both defect.
    public let punishment: Int

    public init(reward: Int = 3, sucker: Int = 0, temptation: Int = 5, punishment: Int = 1) {
        precondition(temptation > reward && reward > punishment && punishment > sucker,
                     "a prisoner's dilemma needs T > R > P > S")
        self.reward = reward
        self.sucker = sucker
        self.temptation = temptation
        self.punishment = punishment
    }

    /// axelrod's `Game()`: (R, S, T, P) = (3, 0, 5, 1).
    public static let standard = Payoffs()

    /// The score of a player who played `own` against `opponent`.
    @inlinable
    public func score(_ own: Move, against opponent: Move) -> Int {
        switch own.rawValue << 1 | opponent.rawValue {
        case 0: return reward
        case 1: return sucker
        case 2: return temptation
        default: return punishment
        }
    }

    /// Nowak & Sigmund's generosity for Generous Tit For Tat, as axelrod computes it:
    /// g = min(1 − (T − R)/(R − S), (R − P)/(T − P)); 1/3 for (5, 3, 1, 0) (docs/model.md §15).
    public var generosity: Double {
        let (r, s, t, p) = (Double(reward), Double(sucker), Double(temptation), Double(punishment))
        return min(1 - (t - r) / (r - s), (r - p) / (t - p))
    }
}
