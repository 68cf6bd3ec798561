import Games
import Randomness
import Testing

@Suite("Classic results")
struct ClassicResultsTests {
    @Test("Tit For Tat never scores more than its opponent in a match",
          arguments: StrategyRegistry.ids + ["random:0.1", "random:0.9", "generous-tit-for-tat:0.6"])
    func titForTatNeverWins(opponent: String) throws {
        for seed in 0..<20 as Range<UInt64> {
            let result = Match(Strategy(.titForTat), try StrategyRegistry.strategy(opponent), turns: 200)
                .play(seed: Seed(seed))
            #expect(result.scoreA <= result.scoreB)
        }
    }

    @Test("Grudger and Tit For Tat cooperate forever without noise")
    func niceStrategiesCooperate() {
        let nice: [StrategyKind] = [.titForTat, .grudger, .contriteTitForTat, .generousTitForTat, .winStayLoseShift]
        for a in nice {
            for b in nice {
                let result = Match(Strategy(a), Strategy(b), turns: 1000).play(seed: Seed(1), recordMoves: true)
                #expect(result.movesA!.allSatisfy { $0 == .cooperate }, "\(a) vs \(b)")
                #expect(result.movesB!.allSatisfy { $0 == .cooperate }, "\(a) vs \(b)")
                #expect(result.scoreA == 3000 && result.scoreB == 3000)
            }
        }
    }

    @Test("Win-Stay Lose-Shift recovers from a single error against itself")
    func pavlovRecovers() {
        let (a, b) = duel("win-stay-lose-shift", "win-stay-lose-shift", turns: 20, errorsA: [9])
        #expect(a == "CCCCCCCCC" + "D" + "D" + "CCCCCCCCC")
        #expect(b == "CCCCCCCCC" + "C" + "D" + "CCCCCCCCC")
    }

    @Test("Tit For Tat does not recover from a single error against itself")
    func titForTatEchoes() {
        let (a, b) = duel("tit-for-tat", "tit-for-tat", turns: 200, errorsA: [9])
        #expect(a.prefix(9) == "CCCCCCCCC")
        let after = zip(a.dropFirst(9), b.dropFirst(9))
        #expect(after.allSatisfy { $0 != $1 }, "one flip starts a permanent C/D alternation")
    }

    @Test("Contrite Tit For Tat recovers after one retaliation from its own error",
          arguments: ["contrite-tit-for-tat", "tit-for-tat", "generous-tit-for-tat:0"])
    func contriteRecovers(opponent: String) {
        let (a, b) = duel("contrite-tit-for-tat", opponent, turns: 20, errorsA: [9])
        #expect(a == "CCCCCCCCC" + "D" + "C" + "CCCCCCCCC")
        #expect(b == "CCCCCCCCC" + "C" + "D" + "CCCCCCCCC")
    }

    @Test("Contrite Tit For Tat's opponent errors are answered like Tit For Tat's")
    func contriteAgainstOpponentError() {
        // TFT's error provokes CTFT's punishment; TFT echoes it, and the echo continues as for TFT.
        let (ctft, tft) = duel("contrite-tit-for-tat", "tit-for-tat", turns: 14, errorsB: [4])
        let (tft1, tft2) = duel("tit-for-tat", "tit-for-tat", turns: 14, errorsB: [4])
        #expect(ctft == tft1 && tft == tft2)
        // Between two CTFTs an error costs one round of punishment, whichever side makes it.
        let (x, y) = duel("contrite-tit-for-tat", "contrite-tit-for-tat", turns: 14, errorsB: [4])
        #expect(x == "CCCCC" + "D" + "CCCCCCCC")
        #expect(y == "CCCC" + "D" + "C" + "CCCCCCCC")
    }

    @Test("Contrite Tit For Tat: intended moves and played-move standing agree under noise")
    func contriteIntendedEqualsPlayedRule() {
        // Match passes intended moves; the history form only has played moves (Boyd's rule).
        // Replaying CTFT's own noisy sequences through nextMove must reproduce every decision.
        let ctft = Strategy(.contriteTitForTat)
        for seed in 0..<20 as Range<UInt64> {
            for opponent in ["contrite-tit-for-tat", "tit-for-tat", "random", "win-stay-lose-shift"] {
                let noise = 0.2
                let result = Match(ctft, try! StrategyRegistry.strategy(opponent), turns: 150, noise: noise)
                    .play(seed: Seed(seed), recordMoves: true)
                var live = ctft
                var rng = Seed(0).generator()
                for t in 0..<150 {
                    let fromHistory = ctft.nextMove(own: result.movesA![..<t], opponent: result.movesB![..<t], using: &rng)
                    #expect(live.decide(using: &rng) == fromHistory)
                    // Feed the live copy the intended move it would have had: its own decision.
                    live.observe(own: result.movesA![t], opponent: result.movesB![t], intended: fromHistory)
                }
            }
        }
    }

    @Test("GTFT forgives a fraction g of defections")
    func generosity() {
        #expect(abs(Payoffs.standard.generosity - 1.0 / 3.0) < 1e-15)
        for g in [1.0 / 3.0, 0.1, 0.8] {
            let s = try! Strategy(.generousTitForTat, parameter: g)
            var rng = Seed(8).generator()
            let n = 40_000
            var forgiven = 0
            for _ in 0..<n where s.nextMove(own: [.cooperate], opponent: [.defect], using: &rng) == .cooperate {
                forgiven += 1
            }
            let se = (g * (1 - g) / Double(n)).squareRoot()
            #expect(abs(Double(forgiven) / Double(n) - g) < 4 * se)
        }
    }
}
