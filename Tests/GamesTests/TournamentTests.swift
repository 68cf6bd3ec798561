import Games
import Randomness
import Testing

@Suite("Tournament")
struct TournamentTests {
    static func mixed(seed: UInt64 = 9, noise: Double = 0.05) throws -> Tournament {
        try Tournament(strategies: ["tit-for-tat", "random:0.3", "generous-tit-for-tat", "contrite-tit-for-tat",
                                    "win-stay-lose-shift", "grudger"].map { try StrategyRegistry.strategy($0) },
                       turns: 50, repetitions: 7, noise: noise, seed: Seed(seed))
    }

    @Test("results are bit-identical for any thread count")
    func threadIndependence() throws {
        let tournament = try Self.mixed()
        let single = tournament.run(threads: 1, recordMoves: true)
        for threads in [2, 3, 4, 16, 1000] {
            #expect(tournament.run(threads: threads, recordMoves: true) == single)
        }
        // …while the seed does matter (so the equality above is not vacuous).
        #expect(try Self.mixed(seed: 10).run(threads: 1) != single)
    }

    @Test("aggregates follow docs/model.md §11, recomputed from independent matches")
    func aggregation() throws {
        let t = try Self.mixed()
        let result = t.run(threads: 2)
        let n = t.strategies.count
        var total = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        var perRep = [[Int]](repeating: [Int](repeating: 0, count: t.repetitions), count: n)
        for r in 0..<t.repetitions {
            let repSeed = t.seed.derive("repetition", r)
            for (k, pair) in t.pairs.enumerated() {
                let m = Match(t.strategies[pair.i], t.strategies[pair.j], turns: t.turns, noise: t.noise)
                    .play(seed: repSeed.derive("match", k))
                if pair.i == pair.j {
                    total[pair.i][pair.i] += m.scoreA + m.scoreB
                } else {
                    total[pair.i][pair.j] += m.scoreA
                    total[pair.j][pair.i] += m.scoreB
                    perRep[pair.i][r] += m.scoreA
                    perRep[pair.j][r] += m.scoreB
                }
            }
        }
        for i in 0..<n {
            for j in 0..<n {
                let expected = Double(total[i][j]) / Double(t.turns * t.repetitions * (i == j ? 2 : 1))
                #expect(abs(result.payoffMatrix[i][j] - expected) < 1e-12)
            }
            let scores = perRep[i].map { Double($0) / Double(t.turns * (n - 1)) }
            #expect(abs(result.meanScorePerTurn[i] - scores.reduce(0, +) / Double(t.repetitions)) < 1e-12)
            #expect(abs(result.medianScorePerTurn[i] - scores.sorted()[t.repetitions / 2]) < 1e-12)
        }
        let medians = result.medianScorePerTurn
        #expect(zip(result.ranking, result.ranking.dropFirst()).allSatisfy { medians[$0] >= medians[$1] })
    }

    @Test("exact ties keep the input order")
    func ties() throws {
        for order in [["cooperator", "tit-for-tat", "grudger"], ["grudger", "cooperator", "tit-for-tat"]] {
            let t = try Tournament(strategies: order.map { try StrategyRegistry.strategy($0) }, turns: 20, repetitions: 2)
            let result = t.run()
            #expect(result.meanScorePerTurn == [3, 3, 3])
            #expect(result.report.ranking == order)
        }
    }

    @Test("median with an even number of repetitions averages the middle two")
    func evenMedian() throws {
        let t = try Tournament(strategies: [Strategy(.random), Strategy(.titForTat)], turns: 10, repetitions: 4, seed: Seed(3))
        let result = t.run()
        for i in 0..<2 {
            let s = result.scorePerTurn[i].sorted()
            #expect(result.medianScorePerTurn[i] == (s[1] + s[2]) / 2)
        }
    }

    @Test("report: ids in input order, moves only when recorded, first repetition of every pair")
    func report() throws {
        let t = try Self.mixed()
        let plain = t.run().report
        #expect(plain.moves == nil)
        #expect(plain.strategies == t.strategies.map(\.id))
        #expect(plain.strategies[1] == "random:0.3")
        let withMoves = t.run(recordMoves: true).report
        let moves = try #require(withMoves.moves)
        #expect(moves.count == 6 * 7 / 2)
        #expect(moves[0].a == "tit-for-tat" && moves[0].b == "tit-for-tat" && moves[1].b == "random:0.3")
        let replay = Match(t.strategies[0], t.strategies[1], turns: t.turns, noise: t.noise)
            .play(seed: t.seed.derive("repetition", 0).derive("match", 1), recordMoves: true)
        #expect(moves[1].movesA == Move.string(replay.movesA!) && moves[1].movesB == Move.string(replay.movesB!))
        #expect(withMoves.payoffMatrix == plain.payoffMatrix)
    }

    @Test("bad configurations are rejected")
    func validation() {
        let two = [Strategy(.titForTat), Strategy(.grudger)]
        #expect(throws: TournamentError.invalidTurns(-1)) { try Tournament(strategies: two, turns: -1) }
        #expect(throws: TournamentError.invalidNoise(1.5)) { try Tournament(strategies: two, noise: 1.5) }
        #expect(throws: TournamentError.self) { try Tournament(strategies: two, noise: .nan) }
        #expect(throws: TournamentError.invalidRepetitions(0)) { try Tournament(strategies: two, repetitions: 0) }
        #expect(throws: TournamentError.tooFewStrategies(1)) { try Tournament(strategies: [Strategy(.titForTat)]) }
        #expect(throws: TournamentError.duplicateStrategy("random")) {
            try Tournament(strategies: [Strategy(.random), try! StrategyRegistry.strategy("random:0.5")])
        }
        #expect(throws: Never.self) {
            try Tournament(strategies: [Strategy(.random), try! StrategyRegistry.strategy("random:0.4")])
        }
    }
}
