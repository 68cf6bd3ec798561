import Dispatch
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

    /// Plays every match. `threads` ≥ 1 splits the matches into that many contiguous blocks run
    /// with `DispatchQueue.concurrentPerform`; the result does not depend on it.
    /// `recordMoves` keeps the played moves of the first repetition of every pair.
    public func run(threads: Int = 1, recordMoves: Bool = false) -> TournamentResult {
        let pairs = self.pairs
        let repetitionSeeds = (0..<repetitions).map { seed.derive("repetition", $0) }
        let matchSeeds = repetitionSeeds.flatMap { r in pairs.indices.map { r.derive("match", $0) } }
        let total = matchSeeds.count
        var scores = [Int](repeating: 0, count: 2 * total)
        var firstMoves = [MatchMoves?](repeating: nil, count: recordMoves ? pairs.count : 0)
        let strategies = self.strategies
        let (turns, noise, payoffs) = (self.turns, self.noise, self.payoffs)

        scores.withUnsafeMutableBufferPointer { scoreBuffer in
            firstMoves.withUnsafeMutableBufferPointer { movesBuffer in
                let shared = SharedSlots(scores: scoreBuffer, moves: movesBuffer)
                let blocks = max(1, min(threads, total))
                let work: @Sendable (Int) -> Void = { block in
                    let start = total * block / blocks
                    let end = total * (block + 1) / blocks
                    for index in start..<end {
                        let pairIndex = index % pairs.count
                        let pair = pairs[pairIndex]
                        let record = recordMoves && index < pairs.count
                        let match = Match(strategies[pair.i], strategies[pair.j], turns: turns,
                                          noise: noise, payoffs: payoffs)
                        let result = match.play(seed: matchSeeds[index], recordMoves: record)
                        shared.scores[2 * index] = result.scoreA
                        shared.scores[2 * index + 1] = result.scoreB
                        if record, let a = result.movesA, let b = result.movesB {
                            shared.moves[pairIndex] = MatchMoves(pair: pair, movesA: a, movesB: b)
                        }
                    }
                }
                if blocks == 1 {
                    work(0)
                } else {
                    DispatchQueue.concurrentPerform(iterations: blocks, execute: work)
                }
            }
        }
        return TournamentResult(tournament: self, pairs: pairs, scores: scores,
                                firstRepetitionMoves: recordMoves ? firstMoves.map { $0! } : nil)
    }
}

/// Disjoint output slots shared by the worker blocks (each index is written by one block only).
private struct SharedSlots: @unchecked Sendable {
    let scores: UnsafeMutableBufferPointer<Int>
    let moves: UnsafeMutableBufferPointer<MatchMoves?>
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
