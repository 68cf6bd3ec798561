import Randomness

/// One repeated game between two strategies.
///
/// Each turn both players choose (`decide`), then noise flips each *intended* move
/// independently with probability `noise` — player 1's flip drawn first, then player 2's, from
/// the match's noise stream — and both players observe the played moves (CTFT also gets its
/// intended move). Scores come from the played moves. Nothing is cached: every turn is
/// simulated, self-play and deterministic pairs included.
///
/// Random streams, all derived from the match seed (so each is independent of the others and
/// of whether the others are used): `seed.derive("player", 0)` and `seed.derive("player", 1)`
/// for the players' own draws, `seed.derive("noise")` for the flips.
public struct Match: Sendable {
    public var first: Strategy
    public var second: Strategy
    public let turns: Int
    public let noise: Double
    public let payoffs: Payoffs

    /// - Precondition: turns ≥ 0 and noise in [0, 1] (the CLI validates user input first).
    public init(_ first: Strategy, _ second: Strategy, turns: Int, noise: Double = 0,
                payoffs: Payoffs = .standard) {
        precondition(turns >= 0, "turns must be non-negative")
        precondition(noise >= 0 && noise <= 1, "noise must be a probability")
        self.first = first.fresh()
        self.second = second.fresh()
        self.turns = turns
        self.noise = noise
        self.payoffs = payoffs
    }

    /// Plays the match from fresh players. `recordMoves` keeps both played sequences.
    public func play(seed: Seed, recordMoves: Bool = false) -> MatchResult {
        var a = first.fresh()
        var b = second.fresh()
        var rngA = Self.generator(seed, "player", 0, needed: a.metadata.stochastic)
        var rngB = Self.generator(seed, "player", 1, needed: b.metadata.stochastic)
        var noiseRNG = Self.generator(seed, "noise", 0, needed: noise > 0)
        if recordMoves {
            var movesA = [Move](repeating: .cooperate, count: turns)
            var movesB = [Move](repeating: .cooperate, count: turns)
            let scores = movesA.withUnsafeMutableBufferPointer { bufferA in
                movesB.withUnsafeMutableBufferPointer { bufferB in
                    Self.simulate(&a, &b, turns: turns, noise: noise, payoffs: payoffs,
                                  rngA: &rngA, rngB: &rngB, noiseRNG: &noiseRNG,
                                  record: (bufferA.baseAddress, bufferB.baseAddress))
                }
            }
            return MatchResult(scoreA: scores.0, scoreB: scores.1, turns: turns, movesA: movesA, movesB: movesB)
        }
        let scores = Self.simulate(&a, &b, turns: turns, noise: noise, payoffs: payoffs,
                                   rngA: &rngA, rngB: &rngB, noiseRNG: &noiseRNG, record: (nil, nil))
        return MatchResult(scoreA: scores.0, scoreB: scores.1, turns: turns, movesA: nil, movesB: nil)
    }

    @inline(__always)
    static func generator(_ seed: Seed, _ label: String, _ index: Int, needed: Bool) -> BackchannelRNG {
        // An unused stream is never drawn from, so skipping its derivation changes nothing.
        needed ? seed.derive(label, index).generator() : BackchannelRNG(state: (1, 2, 3, 4))
    }

    /// The turn loop: no allocation, no existentials; `Strategy.decide` is a `switch`.
    @inline(__always)
    static func simulate(
        _ a: inout Strategy, _ b: inout Strategy, turns: Int, noise: Double, payoffs: Payoffs,
        rngA: inout BackchannelRNG, rngB: inout BackchannelRNG, noiseRNG: inout BackchannelRNG,
        record: (UnsafeMutablePointer<Move>?, UnsafeMutablePointer<Move>?)
    ) -> (Int, Int) {
        var scoreA = 0
        var scoreB = 0
        let noisy = noise > 0
        for t in 0..<turns {
            let intendedA = a.decide(using: &rngA)
            let intendedB = b.decide(using: &rngB)
            var playedA = intendedA
            var playedB = intendedB
            if noisy {
                if noiseRNG.bernoulli(noise) { playedA = playedA.flipped }
                if noiseRNG.bernoulli(noise) { playedB = playedB.flipped }
            }
            a.observe(own: playedA, opponent: playedB, intended: intendedA)
            b.observe(own: playedB, opponent: playedA, intended: intendedB)
            scoreA &+= payoffs.score(playedA, against: playedB)
            scoreB &+= payoffs.score(playedB, against: playedA)
            if let movesA = record.0, let movesB = record.1 {
                movesA[t] = playedA
                movesB[t] = playedB
            }
        }
        return (scoreA, scoreB)
    }
}

/// The outcome of one match: total scores and, if recorded, the played moves.
public struct MatchResult: Sendable, Hashable {
    public let scoreA: Int
    public let scoreB: Int
    public let turns: Int
    public let movesA: [Move]?
    public let movesB: [Move]?

    /// Mean per-turn scores.
    public var meanScoreA: Double { turns == 0 ? 0 : Double(scoreA) / Double(turns) }
    public var meanScoreB: Double { turns == 0 ? 0 : Double(scoreB) / Double(turns) }
}
