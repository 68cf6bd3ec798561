// Contrite Tit For Tat (Sugden 1986; Boyd 1989; Wu & Axelrod 1995, "How to cope with noise in
// the iterated prisoner's dilemma", J. Conflict Resolution 39(1)).
//
// The rule, precisely. Each player keeps a *standing* for itself and for its opponent, both
// good at the start of a match. Decision at every turn (turn 1 included, where both are good):
//
//     play C if own standing is bad (it owes an apology) or the opponent's standing is good;
//     play D only if own standing is good and the opponent's is bad (justified punishment).
//
// After each turn, from the standings *before* the turn:
//
//   opponent: good if it played (as perceived) C, or if it played D while it was good and this
//             player was bad (the opponent's justified punishment of us); otherwise bad;
//   own:      good if it played C. If it played D: bad if that D was an implementation error
//             (intended C, played D), good if the D was deliberate (intended D).
//
// So after its own error CTFT is in bad standing: it cooperates next turn whatever the
// opponent does, accepts the opponent's retaliation (a D from a good opponent against a bad
// CTFT keeps the opponent good) without retaliating back, and is good again once it has
// played C. An opponent's D that is not a justified punishment makes the opponent bad, and
// CTFT answers it with D as Tit For Tat would.
//
// The intended move is passed by `Match` (which knows both) through
// `observe(own:opponent:intended:)`. When it is not given (the history form `nextMove`), own
// standing follows Boyd's played-move rule: a D is good only if it was justified (own good and
// opponent bad before the turn). Because CTFT intends D exactly when that holds, the two
// forms agree for every sequence CTFT itself produces; a test checks this under noise.
//
// Standing is a recursive state (a run of mutual Ds preserves an asymmetry from arbitrarily
// far back), so the memory depth is ∞. Without noise or misperception CTFT never reaches bad
// standing and plays exactly Tit For Tat. Under perception errors (the engine feeds perceived
// opponent moves) a misread C looks like an unjustified D, so CTFT only helps with errors it
// knows it made (docs/model.md §9, comparative static 6).
//
// axelrod 4.14's ContriteTitForTat (memory depth 3) uses a simpler "contrite" flag built from
// intended moves; it is not used as a reference here.

extension StrategyMetadata {
    /// Tit For Tat with standing: after its own implementation error it accepts one retaliation.
    public static let contriteTitForTat = StrategyMetadata(
        id: "contrite-tit-for-tat", displayName: "Contrite Tit For Tat", memoryDepth: .infinite,
        stochastic: false,
        summary: "Tit For Tat that accepts retaliation for its own errors (standing)")
}

extension Strategy {
    @inlinable
    var contriteTitForTatMove: Move {
        let ownGood = standing & 0b01 != 0
        let opponentGood = standing & 0b10 != 0
        return !ownGood || opponentGood ? .cooperate : .defect
    }

    @inlinable
    mutating func updateStanding(own played: Move, opponent: Move, intended: Move?) {
        let ownGood = standing & 0b01 != 0
        let opponentGood = standing & 0b10 != 0
        let newOwnGood: Bool
        if played == .cooperate {
            newOwnGood = true
        } else if let intended {
            newOwnGood = intended == .defect
        } else {
            newOwnGood = ownGood && !opponentGood
        }
        lastOwnMoveWasErrorStorage = !newOwnGood
        let newOpponentGood = opponent == .cooperate || (opponentGood && !ownGood)
        standing = (newOwnGood ? 0b01 : 0) | (newOpponentGood ? 0b10 : 0)
    }
}
