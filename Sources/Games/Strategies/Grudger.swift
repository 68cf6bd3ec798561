// Grudger, also called Grim Trigger (axelrod.Grudger).

extension StrategyMetadata {
    /// C until the opponent's first D in the match, then D for the rest of the match.
    public static let grudger = StrategyMetadata(
        id: "grudger", displayName: "Grudger", memoryDepth: .infinite, stochastic: false,
        summary: "cooperates until the opponent defects once, then defects forever")
}

extension Strategy {
    /// D iff the opponent has defected at least once in this match (axelrod:
    /// `opponent.defections > 0`).
    @inlinable
    var grudgerMove: Move { opponentDefections > 0 ? .defect : .cooperate }
}
