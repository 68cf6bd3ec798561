import Randomness

// Memory-one strategies (axelrod/strategies/memoryone.py): Win-Stay Lose-Shift and Generous
// Tit For Tat.

extension StrategyMetadata {
    /// Pavlov: C on turn 1; then C iff last turn's two played moves were equal.
    public static let winStayLoseShift = StrategyMetadata(
        id: "win-stay-lose-shift", displayName: "Win-Stay Lose-Shift", memoryDepth: .finite(1),
        stochastic: false, summary: "repeats its move after R or T, switches after S or P")

    /// Nowak & Sigmund's GTFT with generosity g: C after an opponent C, C with probability g
    /// after an opponent D. The default g is axelrod's for the standard payoffs,
    /// min(1 − (T−R)/(R−S), (R−P)/(T−P)) = 1/3 (docs/model.md §15).
    public static let generousTitForTat = StrategyMetadata(
        id: "generous-tit-for-tat", displayName: "Generous Tit For Tat", memoryDepth: .finite(1),
        stochastic: true, parameterName: "g", defaultParameter: Payoffs.standard.generosity,
        summary: "Tit For Tat that forgives a defection with probability g")
}

extension Strategy {
    /// Turn 1: C (both bits start as C, so "equal"); then C iff (own last, opponent last) are
    /// (C, C) or (D, D).
    @inlinable
    var winStayLoseShiftMove: Move { lastOwn == opponentLast ? .cooperate : .defect }

    /// Turn 1: C; after an opponent C: C without drawing; after an opponent D: one draw,
    /// C iff u < g. (axelrod's four-vector (1, g, 1, g) with `random_choice`.)
    @inlinable
    func generousTitForTatMove<R: RandomNumberGenerator>(using rng: inout R) -> Move {
        if opponentLast == .cooperate { return .cooperate }
        return rng.uniform() < parameter ? .cooperate : .defect
    }
}
