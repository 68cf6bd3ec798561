/// Scores of a finished round robin and the summaries docs/model.md §15 defines.
///
/// - `payoffMatrix[i][j]`: i's mean per-turn score against j, averaged over repetitions; the
///   diagonal (self-play) is the mean of the two copies.
/// - `scorePerTurn[i][r]`: i's mean score per turn in repetition r,
///   (1/(N−1)) Σ_{j≠i} total(i vs j) / turns (self-play excluded).
/// - `meanScorePerTurn[i]`: the mean of `scorePerTurn[i]` over repetitions.
/// - `ranking`: indices sorted by the median over repetitions of `scorePerTurn`, descending;
///   exact ties keep the input order.
public struct TournamentResult: Sendable, Equatable {
    public let strategies: [Strategy]
    public let turns: Int
    public let repetitions: Int
    public let noise: Double
    public let seed: UInt64
    public let pairs: [Pair]
    /// Total scores, `[2 * (r * pairs.count + k) + (0 for pair.i, 1 for pair.j)]`.
    public let scores: [Int]
    public let firstRepetitionMoves: [MatchMoves]?

    public let payoffMatrix: [[Double]]
    public let scorePerTurn: [[Double]]
    public let meanScorePerTurn: [Double]
    public let medianScorePerTurn: [Double]
    public let ranking: [Int]

    init(tournament: Tournament, pairs: [Pair], scores: [Int], firstRepetitionMoves: [MatchMoves]?) {
        let n = tournament.strategies.count
        let reps = tournament.repetitions
        let turns = Double(tournament.turns)
        strategies = tournament.strategies
        self.turns = tournament.turns
        repetitions = reps
        noise = tournament.noise
        seed = tournament.seed.value
        self.pairs = pairs
        self.scores = scores
        self.firstRepetitionMoves = firstRepetitionMoves

        // Integer totals first (exact, order-free), then one division each.
        var pairTotals = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        var perRepetition = [[Int]](repeating: [Int](repeating: 0, count: reps), count: n)
        for r in 0..<reps {
            for (k, pair) in pairs.enumerated() {
                let a = scores[2 * (r * pairs.count + k)]
                let b = scores[2 * (r * pairs.count + k) + 1]
                if pair.i == pair.j {
                    pairTotals[pair.i][pair.i] += a + b
                } else {
                    pairTotals[pair.i][pair.j] += a
                    pairTotals[pair.j][pair.i] += b
                    perRepetition[pair.i][r] += a
                    perRepetition[pair.j][r] += b
                }
            }
        }
        payoffMatrix = (0..<n).map { i in
            (0..<n).map { j in
                Double(pairTotals[i][j]) / (turns * Double(reps) * (i == j ? 2 : 1))
            }
        }
        let opponents = Double(n - 1)
        scorePerTurn = perRepetition.map { row in row.map { Double($0) / (turns * opponents) } }
        meanScorePerTurn = scorePerTurn.map { row in row.reduce(0, +) / Double(reps) }
        medianScorePerTurn = scorePerTurn.map(Self.median)
        let medians = medianScorePerTurn
        ranking = (0..<n).sorted { medians[$0] > medians[$1] || (medians[$0] == medians[$1] && $0 < $1) }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The total turns simulated (matches × turns), the benchmark's unit.
    public var turnsSimulated: Int { pairs.count * repetitions * turns }

    /// The JSON contract of `backchannel tournament --format json`.
    public var report: TournamentReport {
        let ids = strategies.map(\.id)
        var means: [String: Double] = [:]
        for (i, id) in ids.enumerated() { means[id] = meanScorePerTurn[i] }
        return TournamentReport(
            strategies: ids, turns: turns, repetitions: repetitions, noise: noise, seed: seed,
            payoffMatrix: payoffMatrix, meanScorePerTurn: means, ranking: ranking.map { ids[$0] },
            moves: firstRepetitionMoves?.map {
                TournamentReport.Moves(a: ids[$0.pair.i], b: ids[$0.pair.j],
                                       movesA: Move.string($0.movesA), movesB: Move.string($0.movesB))
            })
    }
}

/// The JSON shape of a tournament (snake_case keys; `moves` only when recorded).
public struct TournamentReport: Codable, Sendable, Equatable {
    public struct Moves: Codable, Sendable, Equatable {
        public let a: String
        public let b: String
        public let movesA: String
        public let movesB: String
        enum CodingKeys: String, CodingKey {
            case a, b
            case movesA = "moves_a"
            case movesB = "moves_b"
        }
    }

    public let strategies: [String]
    public let turns: Int
    public let repetitions: Int
    public let noise: Double
    public let seed: UInt64
    public let payoffMatrix: [[Double]]
    public let meanScorePerTurn: [String: Double]
    public let ranking: [String]
    public let moves: [Moves]?

    enum CodingKeys: String, CodingKey {
        case strategies, turns, repetitions, noise, seed, ranking, moves
        case payoffMatrix = "payoff_matrix"
        case meanScorePerTurn = "mean_score_per_turn"
    }
}
