import Games
import Randomness
import Testing

/// The shared base every registered strategy runs through (axelrod's TestPlayer): metadata
/// sanity, determinism under 20 seeds, reset, the two APIs agreeing, and the memory-depth bound.
@Suite("Every strategy")
struct StrategyConformanceTests {
    static let strategies: [Strategy] = StrategyRegistry.all.map { Strategy($0) }
        + [try! StrategyRegistry.strategy("random:0.3"), try! StrategyRegistry.strategy("generous-tit-for-tat:0.2")]

    @Test("metadata is well formed", arguments: StrategyRegistry.all)
    func metadata(kind: StrategyKind) throws {
        let m = kind.metadata
        #expect(m.id == kind.id)
        #expect(!m.id.isEmpty && m.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        #expect(!m.id.hasPrefix("-") && !m.id.hasSuffix("-") && !m.id.contains("--"))
        #expect(!m.displayName.isEmpty && m.displayName != m.id)
        #expect((m.parameterName == nil) == (m.defaultParameter == nil))
        if let depth = m.memoryDepth.turns { #expect(depth >= 0) }
        #expect(try StrategyRegistry.strategy(m.id) == Strategy(kind))
    }

    @Test("same seed, same moves; stochastic iff moves depend on the seed", arguments: strategies)
    func determinism(strategy: Strategy) {
        var sequences = Set<String>()
        for seed in 0..<20 as Range<UInt64> {
            let match = Match(strategy, try! StrategyRegistry.strategy("random"), turns: 60, noise: 0.1)
            #expect(match.play(seed: Seed(seed), recordMoves: true) == match.play(seed: Seed(seed), recordMoves: true))
            let scripted = trace(strategy.id, against: Move.string(Self.fixedOpponent), seed: seed)
            #expect(scripted == trace(strategy.id, against: Move.string(Self.fixedOpponent), seed: seed))
            sequences.insert(scripted)
        }
        #expect((sequences.count > 1) == strategy.metadata.stochastic)
    }

    static let fixedOpponent: [Move] = {
        var rng = Seed(99).generator()
        return randomHistory(60, using: &rng)
    }()

    @Test("reset gives identical replays", arguments: strategies)
    func reset(strategy: Strategy) {
        var s = strategy
        func play(_ s: inout Strategy) -> [Move] {
            var rng = Seed(3).generator()
            var opponentRNG = Seed(4).generator()
            var moves: [Move] = []
            for _ in 0..<80 {
                let move = s.decide(using: &rng)
                s.observe(own: move, opponent: opponentRNG.bernoulli(0.4) ? .defect : .cooperate, intended: move)
                moves.append(move)
            }
            return moves
        }
        let first = play(&s)
        #expect(s.turnsObserved == 80)
        s.reset()
        #expect(s == strategy.fresh())
        #expect(play(&s) == first)
    }

    @Test("history form equals incremental form", arguments: strategies)
    func historyForm(strategy: Strategy) {
        var histories = Seed(11).generator()
        for trial in 0..<200 {
            let length = Int(histories.uniform(below: 25))
            let own = randomHistory(length, using: &histories)
            let opponent = randomHistory(length, using: &histories)
            var incremental = strategy.fresh()
            for (o, p) in zip(own, opponent) { incremental.observe(own: o, opponent: p) }
            var rng1 = Seed(UInt64(trial)).generator()
            var rng2 = Seed(UInt64(trial)).generator()
            #expect(strategy.nextMove(own: own, opponent: opponent, using: &rng1)
                    == incremental.decide(using: &rng2))
        }
    }

    @Test("memory depth bounds what matters, and is not overstated", arguments: strategies)
    func memoryDepth(strategy: Strategy) {
        var rng = Seed(7).generator()
        var witnessed = false  // an alteration right at the declared horizon changed the move
        for trial in 0..<2000 {
            let length = 1 + Int(rng.uniform(below: 30))
            let bias = rng.uniform()
            var own = randomHistory(length, pDefect: bias, using: &rng)
            var opponent = randomHistory(length, pDefect: bias, using: &rng)
            var draws = Seed(UInt64(trial)).generator()
            let before = strategy.nextMove(own: own, opponent: opponent, using: &draws)
            switch strategy.metadata.memoryDepth {
            case .finite(let depth):
                guard length > depth else { continue }
                let horizon = length - depth  // turns 0..<horizon are older than the depth
                let original = (own, opponent)
                for index in 0..<horizon where rng.bernoulli(0.5) {
                    own[index] = rng.bernoulli(0.5) ? .cooperate : .defect
                    opponent[index] = rng.bernoulli(0.5) ? .cooperate : .defect
                }
                draws = Seed(UInt64(trial)).generator()
                #expect(strategy.nextMove(own: own, opponent: opponent, using: &draws) == before,
                        "move changed by history older than depth \(depth)")
                // Tightness: changing turn `horizon` (the oldest one inside the depth) can matter.
                if depth > 0 {
                    (own, opponent) = original
                    if rng.bernoulli(0.5) { own[horizon].flip() } else { opponent[horizon].flip() }
                    draws = Seed(UInt64(trial)).generator()
                    if strategy.nextMove(own: own, opponent: opponent, using: &draws) != before { witnessed = true }
                }
            case .infinite:
                // Unbounded: some change older than 10 turns must be able to change the move.
                guard length > 11 else { continue }
                let index = Int(rng.uniform(below: UInt64(length - 10)))
                if rng.bernoulli(0.5) { own[index].flip() } else { opponent[index].flip() }
                draws = Seed(UInt64(trial)).generator()
                if strategy.nextMove(own: own, opponent: opponent, using: &draws) != before { witnessed = true }
            }
        }
        if strategy.metadata.memoryDepth != .finite(0) {
            #expect(witnessed, "declared memory depth \(strategy.metadata.memoryDepth) is larger than needed")
        }
    }
}

extension Move {
    mutating func flip() { self = flipped }
}
