import Games

/// The table of `tournament` for people: the ranking and the payoff matrix.
extension TournamentResult {
    public var table: String {
        let result = self
        let ids = result.strategies.map(\.id)
        let width = max(8, ids.map(\.count).max() ?? 0)
        func pad(_ s: String, _ w: Int) -> String { TextTable.left(s, w) }
        func left(_ s: String, _ w: Int) -> String { TextTable.right(s, w) }
        var lines: [String] = []
        lines.append("Tournament: \(ids.count) strategies, \(result.turns) turns, \(result.repetitions) repetitions, noise \(result.noise), seed \(result.seed)")
        lines.append("")
        lines.append("rank  " + pad("strategy", width) + "  mean/turn  median/turn")
        for (rank, i) in result.ranking.enumerated() {
            lines.append(left(String(rank + 1), 4) + "  " + pad(ids[i], width) + "  "
                         + left(fixed(result.meanScorePerTurn[i], 4), 9) + "  "
                         + left(fixed(result.medianScorePerTurn[i], 4), 11))
        }
        lines.append("")
        lines.append("Payoff matrix (mean score per turn of row against column; columns numbered as rows):")
        lines.append(pad("", width + 5) + (1...ids.count).map { left(String($0), 6) }.joined())
        for (i, id) in ids.enumerated() {
            lines.append(left(String(i + 1), 3) + "  " + pad(id, width)
                         + result.payoffMatrix[i].map { left(fixed($0, 3), 6) }.joined())
        }
        return lines.joined(separator: "\n")
    }
}
