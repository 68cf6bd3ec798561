import Games
import Randomness
import Testing

@Suite("Match")
struct MatchTests {
    @Test("noise 1 flips every move, and histories record the played moves")
    func fullNoise() {
        let result = Match(Strategy(.cooperator), Strategy(.titForTat), turns: 6, noise: 1)
            .play(seed: Seed(1), recordMoves: true)
        #expect(Move.string(result.movesA!) == "DDDDDD")
        // TFT sees the played D's: intends C, then D, D, …; each is flipped.
        #expect(Move.string(result.movesB!) == "DCCCCC")
        #expect(result.scoreA == 1 + 5 * 5 && result.scoreB == 1 + 0 * 5)
    }

    @Test("scores follow the standard payoffs")
    func scores() {
        let result = Match(Strategy(.alternator), Strategy(.defector), turns: 4).play(seed: Seed(0))
        #expect(result.scoreA == 0 + 1 + 0 + 1 && result.scoreB == 5 + 1 + 5 + 1)
        #expect(Payoffs.standard.score(.defect, against: .cooperate) == 5)
        #expect(Payoffs.standard.score(.cooperate, against: .cooperate) == 3)
    }

    @Test("flip frequency matches the noise, independently for the two players")
    func noiseRate() {
        let noise = 0.05
        var flipsA = 0, flipsB = 0, both = 0
        let turns = 200, matches = 200
        for seed in 0..<matches {
            let r = Match(Strategy(.cooperator), Strategy(.cooperator), turns: turns, noise: noise)
                .play(seed: Seed(UInt64(seed)), recordMoves: true)
            for (a, b) in zip(r.movesA!, r.movesB!) {
                if a == .defect { flipsA += 1 }
                if b == .defect { flipsB += 1 }
                if a == .defect && b == .defect { both += 1 }
            }
        }
        let n = Double(turns * matches)
        let se = (noise * (1 - noise) / n).squareRoot()
        #expect(abs(Double(flipsA) / n - noise) < 4 * se)
        #expect(abs(Double(flipsB) / n - noise) < 4 * se)
        let seBoth = (noise * noise / n).squareRoot()
        #expect(abs(Double(both) / n - noise * noise) < 4 * seBoth)
    }

    @Test("player 1's flip is drawn first from the match's noise stream")
    func flipOrder() {
        // Reproduce the documented stream by hand: derive("noise"), two bernoulli draws per turn.
        let seed = Seed(42)
        let noise = 0.3
        let result = Match(Strategy(.cooperator), Strategy(.defector), turns: 50, noise: noise)
            .play(seed: seed, recordMoves: true)
        var rng = seed.derive("noise", 0).generator()
        var expectedA: [Move] = [], expectedB: [Move] = []
        for _ in 0..<50 {
            expectedA.append(rng.bernoulli(noise) ? .defect : .cooperate)
            expectedB.append(rng.bernoulli(noise) ? .cooperate : .defect)
        }
        #expect(result.movesA! == expectedA && result.movesB! == expectedB)
    }

    @Test("noise-free matches do not depend on the seed; stochastic ones do")
    func seedDependence() {
        let det = Match(Strategy(.titForTat), Strategy(.alternator), turns: 100)
        #expect(det.play(seed: Seed(1), recordMoves: true) == det.play(seed: Seed(2), recordMoves: true))
        let sto = Match(Strategy(.titForTat), Strategy(.random), turns: 100)
        #expect(sto.play(seed: Seed(1), recordMoves: true) != sto.play(seed: Seed(2), recordMoves: true))
    }
}
