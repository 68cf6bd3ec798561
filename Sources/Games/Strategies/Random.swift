import Randomness

// Random (axelrod.Random(p)).

extension StrategyMetadata {
    /// Each turn independently: C with probability p (default 0.5), else D.
    public static let random = StrategyMetadata(
        id: "random", displayName: "Random", memoryDepth: .finite(0), stochastic: true,
        parameterName: "p", defaultParameter: 0.5,
        summary: "cooperates with probability p each turn")
}

extension Strategy {
    /// One draw every turn: C iff u < p.
    @inlinable
    func randomMove<R: RandomNumberGenerator>(using rng: inout R) -> Move {
        rng.uniform() < parameter ? .cooperate : .defect
    }
}
