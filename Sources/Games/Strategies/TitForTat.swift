// The Tit For Tat family (axelrod/strategies/titfortat.py): Tit For Tat, Suspicious Tit For Tat,
// Tit For 2 Tats, Two Tits For Tat, and Bully (reverse Tit For Tat). Definitions: docs/model.md §15.

extension StrategyMetadata {
    /// C on turn 1, then copies the opponent's previous move.
    public static let titForTat = StrategyMetadata(
        id: "tit-for-tat", displayName: "Tit For Tat", memoryDepth: .finite(1), stochastic: false,
        summary: "cooperates first, then copies the opponent's last move")

    /// D on turn 1, then copies the opponent's previous move.
    public static let suspiciousTitForTat = StrategyMetadata(
        id: "suspicious-tit-for-tat", displayName: "Suspicious Tit For Tat", memoryDepth: .finite(1),
        stochastic: false, summary: "defects first, then copies the opponent's last move")

    /// D only if the opponent's last two moves were both D.
    public static let titFor2Tats = StrategyMetadata(
        id: "tit-for-2-tats", displayName: "Tit For 2 Tats", memoryDepth: .finite(2), stochastic: false,
        summary: "defects only after two opponent defections in a row")

    /// D if either of the opponent's last two moves was D.
    public static let twoTitsForTat = StrategyMetadata(
        id: "two-tits-for-tat", displayName: "Two Tits For Tat", memoryDepth: .finite(2), stochastic: false,
        summary: "answers each opponent defection with two defections")

    /// D on turn 1, then the opposite of the opponent's previous move.
    public static let bully = StrategyMetadata(
        id: "bully", displayName: "Bully", memoryDepth: .finite(1), stochastic: false,
        summary: "reverse Tit For Tat: defects first, cooperates only after an opponent defection")
}

extension Strategy {
    /// Turn 1: C (bits are 0 before the first turn); then the opponent's last move.
    @inlinable
    var titForTatMove: Move { opponentLast }

    /// Turn 1: D; then the opponent's last move.
    @inlinable
    var suspiciousTitForTatMove: Move { turn == 0 ? .defect : opponentLast }

    /// D iff the opponent's last two moves were D, D (fails with fewer than two turns).
    @inlinable
    var titFor2TatsMove: Move { turn >= 2 && recentOpponent == 0b11 ? .defect : .cooperate }

    /// D iff one of the opponent's last two moves was D (bits are 0 for turns not yet played).
    @inlinable
    var twoTitsForTatMove: Move { recentOpponent != 0 ? .defect : .cooperate }

    /// Turn 1: D; then C iff the opponent's last move was D.
    @inlinable
    var bullyMove: Move { turn == 0 ? .defect : opponentLast.flipped }
}
