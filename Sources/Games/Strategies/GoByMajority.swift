// Soft Go By Majority (axelrod.GoByMajority() with memory_depth=inf, soft=True).

extension StrategyMetadata {
    /// D iff the opponent has defected more often than cooperated in this match; ties give C.
    public static let goByMajority = StrategyMetadata(
        id: "go-by-majority", displayName: "Soft Go By Majority", memoryDepth: .infinite,
        stochastic: false, summary: "plays the opponent's majority move so far, C on ties")
}

extension Strategy {
    /// D iff defections > cooperations over all earlier turns (turn 1: 0 = 0, so C).
    @inlinable
    var goByMajorityMove: Move { opponentDefections > turn &- opponentDefections ? .defect : .cooperate }
}
