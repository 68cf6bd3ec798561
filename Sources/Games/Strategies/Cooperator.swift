// Cooperator and Defector (axelrod.Cooperator, axelrod.Defector): unconditional strategies.
// Their moves are constant, so `Strategy.decide` returns them directly.

extension StrategyMetadata {
    /// Plays C on every turn, whatever either history holds.
    public static let cooperator = StrategyMetadata(
        id: "cooperator", displayName: "Cooperator", memoryDepth: .finite(0), stochastic: false,
        summary: "always cooperates")

    /// Plays D on every turn, whatever either history holds.
    public static let defector = StrategyMetadata(
        id: "defector", displayName: "Defector", memoryDepth: .finite(0), stochastic: false,
        summary: "always defects")
}
