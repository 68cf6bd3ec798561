import Parallel
import Randomness

/// A round robin: every unordered pair (i, j) with i ≤ j (self-play included, against a fresh
/// copy) plays one match per repetition.
///
/// Seeds are derived up front: repetition r uses `seed.derive("repetition", r)` and its k-th
/// pair (in the order (0,0), (0,1), …, (0,n−1), (1,1), …) plays with
/// `repetitionSeed.derive("match", k)`. Every match writes its integer scores into its own slot,
/// so the result is bit-identical for any number of threads.
public struct Tournament: Sendable {
    public let strategies: [Strategy]
    public let turns: Int
    public let repetitions: Int
    public let noise: Double
    public let seed: Seed
    public let payoffs: Payoffs

    public init(strategies: [Strategy], turns: Int = 200, repetitions: Int = 10, noise: Double = 0,
                seed: Seed = Seed(0), payoffs: Payoffs = .standard) throws(TournamentError) {
        guard strategies.count >= 2 else { throw .tooFewStrategies(strategies.count) }
        var seen = Set<String>()
        for strategy in strategies where !seen.insert(strategy.id).inserted {
            throw .duplicateStrategy(strategy.id)
        }
        guard turns >= 1 else { throw .invalidTurns(turns) }
        guard repetitions >= 1 else { throw .invalidRepetitions(repetitions) }
        guard noise.isFinite, noise >= 0, noise <= 1 else { throw .invalidNoise(noise) }
        self.strategies = strategies.map { $0.fresh() }
        self.turns = turns
        self.repetitions = repetitions
        self.noise = noise
        self.seed = seed
        self.payoffs = payoffs
    }

    /// The pairs (i, j), i ≤ j, in match order.
    public var pairs: [Pair] {
        var result: [Pair] = []
        result.reserveCapacity(strategies.count * (strategies.count + 1) / 2)
        for i in strategies.indices {
            for j in i..<strategies.count { result.append(Pair(i, j)) }
        }
        return result
    }

    /// Matches played in total (pairs × repetitions).
    public var matchCount: Int { strategies.count * (strategies.count + 1) / 2 * repetitions }

    /// Plays every match on `threads` workers (matches in chunks of 32, merged in match order);
    /// the result does not depend on the thread count.
    /// `recordMoves` keeps the played moves of the first repetition of every pair.
    public func run(threads: Int = 1, recordMoves: Bool = false) -> TournamentResult {
        let pairs = self.pairs
        let repetitionSeeds = (0..<repetitions).map { seed.derive("repetition", $0) }
        let matchSeeds = repetitionSeeds.flatMap { r in pairs.indices.map { r.derive("match", $0) } }
        let total = matchSeeds.count
        let strategies = self.strategies
        let (turns, noise, payoffs) = (self.turns, self.noise, self.payoffs)
        let chunk = 32
        let chunks = (total + chunk - 1) / chunk
        let result = OrderedExecutor.run(
            count: chunks, threads: threads,
            into: (scores: [Int](repeating: 0, count: 2 * total),
                   moves: [MatchMoves?](repeating: nil, count: recordMoves ? pairs.count : 0)),
            local: {},
            work: { c, _ in
                (c * chunk..<min(total, (c + 1) * chunk)).map { index -> (Int, Int, MatchMoves?) in
                    let pairIndex = index % pairs.count
                    let pair = pairs[pairIndex]
                    let record = recordMoves && index < pairs.count
                    let match = Match(strategies[pair.i], strategies[pair.j], turns: turns, noise: noise, payoffs: payoffs)
                    let result = match.play(seed: matchSeeds[index], recordMoves: record)
                    let moves = record ? result.movesA.flatMap { a in result.movesB.map { MatchMoves(pair: pair, movesA: a, movesB: $0) } } : nil
                    return (result.scoreA, result.scoreB, moves)
                }
            },
            merge: { total, c, played in
                for (k, (a, b, moves)) in played.enumerated() {
                    let index = c * chunk + k
                    total.scores[2 * index] = a
                    total.scores[2 * index + 1] = b
                    if let moves { total.moves[index % pairs.count] = moves }
                }
            })
        return TournamentResult(tournament: self, pairs: pairs, scores: result.scores,
                                firstRepetitionMoves: recordMoves ? result.moves.map { $0! } : nil)
    }
}

/// Indices of the two strategies in a pair, i ≤ j.
public struct Pair: Sendable, Hashable {
    public let i: Int
    public let j: Int
    public init(_ i: Int, _ j: Int) { self.i = i; self.j = j }
}

/// The played moves of one match.
public struct MatchMoves: Sendable, Hashable {
    public let pair: Pair
    public let movesA: [Move]
    public let movesB: [Move]
}

/// Why a tournament could not be set up.
public enum TournamentError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooFewStrategies(Int)
    case duplicateStrategy(String)
    case invalidTurns(Int)
    case invalidRepetitions(Int)
    case invalidNoise(Double)

    public var description: String {
        switch self {
        case .tooFewStrategies(let n):
            return "a tournament needs at least 2 strategies (got \(n))"
        case .duplicateStrategy(let id):
            return "strategy \"\(id)\" is listed twice; each strategy may appear once (self-play is always included)"
        case .invalidTurns(let n):
            return "turns must be at least 1 (got \(n))"
        case .invalidRepetitions(let n):
            return "repetitions must be at least 1 (got \(n))"
        case .invalidNoise(let p):
            return "noise must be a probability in [0, 1] (got \(p))"
        }
    }
}
