// Alternator (axelrod.Alternator).

extension StrategyMetadata {
    /// C on turn 1, then the opposite of its own previous (played) move.
    public static let alternator = StrategyMetadata(
        id: "alternator", displayName: "Alternator", memoryDepth: .finite(1), stochastic: false,
        summary: "alternates C, D, C, D, … from its own last played move")
}

extension Strategy {
    /// Turn 1: C; then the opposite of its own last played move (a noise flip shifts the phase).
    @inlinable
    var alternatorMove: Move { turn == 0 ? .cooperate : lastOwn.flipped }
}
