import Diplomacy
import Foundation
import Randomness
import Testing
@testable import Experiments

/// The estimation's maths (docs/model.md §16): response surfaces, the sandwich posterior, the
/// recalibration and the persistence reference.
@Suite struct EstimationMathsTests {
    /// y = 3 − 2(x0 − 0.3)² − (x1 − 0.8)² + 0.5(x0 − 0.3)(x1 − 0.8), maximum inside at (0.3, 0.8)
    /// when the cross term is small.
    static func f(_ x: [Double]) -> Double {
        let a = x[0] - 0.3, b = x[1] - 0.8
        return 3 - 2 * a * a - b * b + 0.5 * a * b
    }

    @Test func aQuadraticIsFittedExactlyAndItsMaximumFound() {
        let points = SpaceFillingDesign.latinHypercube(points: 12, factors: 2, seed: Seed(3))
        let surface = ResponseSurface(points: points, outputs: points.map(Self.f))
        for x in [[0.1, 0.2], [0.9, 0.5], [0.33, 0.77]] { #expect(abs(surface.value(x) - Self.f(x)) < 1e-6) }
        // The true maximiser of f: ∇f = 0 → x0 − 0.3 = 0.5·0.5(x1 − 0.8)/2 … solve: a = b/8, b = a/4 → a = b = 0.
        let m = surface.maximum()
        #expect(abs(m[0] - 0.3) < 1e-4 && abs(m[1] - 0.8) < 1e-4)
        // A maximum outside the box is found on its boundary.
        let shifted = ResponseSurface(points: points, outputs: points.map { -($0[0] - 1.4) * ($0[0] - 1.4) - $0[1] * $0[1] })
        let b = shifted.maximum()
        #expect(abs(b[0] - 1) < 1e-6 && abs(b[1]) < 1e-6)
    }

    @Test func gradientAndHessianAreTheDerivatives() {
        let points = SpaceFillingDesign.latinHypercube(points: 20, factors: 3, seed: Seed(5))
        let g = { (x: [Double]) in 1 + x[0] - 2 * x[1] * x[2] + 3 * x[0] * x[0] - x[2] * x[2] + 0.7 * x[0] * x[1] }
        let s = ResponseSurface(points: points, outputs: points.map(g))
        let x = [0.4, 0.6, 0.2], h = 1e-5
        let grad = s.gradient(x)
        for i in 0..<3 {
            var up = x, down = x
            up[i] += h
            down[i] -= h
            #expect(abs(grad[i] - (s.value(up) - s.value(down)) / (2 * h)) < 1e-5)
        }
        let hessian = s.hessian
        #expect(abs(hessian[0][0] - 6) < 1e-5, "\(hessian)")
        #expect(abs(hessian[1][2] + 2) < 1e-5, "\(hessian)")
        #expect(abs(hessian[0][1] - 0.7) < 1e-5, "\(hessian)")
        #expect(abs(hessian[2][2] + 2) < 1e-5, "\(hessian)")
    }

    @Test func theGaussianPriorIsItsFormula() {
        let p = ResponseSurface.gaussianPrior(centre: [0.2, 0.7, 0.5], width: 0.3)
        for x in [[0.0, 0.0, 0.0], [0.2, 0.7, 0.5], [1, 0.1, 0.9]] {
            let expected = -0.5 * zip(x, [0.2, 0.7, 0.5]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 0.09
            #expect(abs(p.value(x) - expected) < 1e-12)
        }
    }

    /// Episodes that agree give a narrow posterior; episodes that disagree (same curvature,
    /// optima spread apart) a wide one: the spread is clustered by episode.
    @Test func thePosteriorWidensWhenEpisodesDisagree() {
        func episodes(spread: Double) -> [ResponseSurface] {
            (0..<12).map { e in
                let centre = 0.5 + spread * (Double(e % 4) - 1.5) / 3
                return ResponseSurface(factors: 1, coefficients: [-centre * centre * 20, 40 * centre, -20])
            }
        }
        let flat = ResponseSurface(factors: 1, coefficients: [0, 0, 0])
        func width(_ s: [ResponseSurface]) -> Double {
            let d = SandwichPosterior.estimate(s, prior: flat, draws: 400, seed: Seed(1)).draws.map { $0[0] }
            return SandwichPosterior.quantile(d, 0.95) - SandwichPosterior.quantile(d, 0.05)
        }
        let agree = width(episodes(spread: 0.02)), disagree = width(episodes(spread: 0.3))
        #expect(agree < 0.05)
        #expect(disagree > 3 * agree)
        // Deterministic by seed, and every draw inside the box.
        let a = SandwichPosterior.estimate(episodes(spread: 0.3), prior: flat, draws: 50, seed: Seed(9))
        let b = SandwichPosterior.estimate(episodes(spread: 0.3), prior: flat, draws: 50, seed: Seed(9))
        #expect(a.draws == b.draws)
        #expect(a.draws.allSatisfy { $0.allSatisfy { (0...1).contains($0) } })
        #expect(abs(a.estimate[0] - 0.5) < 1e-3)
    }

    @Test func theRecalibrationRecoversAKnownMap() {
        var rng = Seed(11).generator()
        var forecasts: [Double] = [], outcomes: [Bool] = []
        let truth = LogisticCalibration(intercept: 0.4, slope: 0.3)
        for _ in 0..<20_000 {
            let p = rng.uniform(0.02, 0.98)
            forecasts.append(p)
            outcomes.append(rng.bernoulli(truth.apply(p)))
        }
        let fit = LogisticCalibration.fit(forecasts: forecasts, outcomes: outcomes)
        #expect(abs(fit.intercept - 0.4) < 0.06 && abs(fit.slope - 0.3) < 0.04)
        // Outcomes a threshold separates give a finite (steep) map, not an infinite one.
        let separated = LogisticCalibration.fit(forecasts: [0.1, 0.2, 0.8, 0.9], outcomes: [false, false, true, true])
        #expect(separated.slope.isFinite && separated.slope > 1)
    }

    @Test func persistenceAnswersByTheStateAtTheStart() {
        var s = Scenario(name: "t", start: CivilDate(year: 2020, month: 1, day: 6)!, weeks: 52, actors: [
            Actor(id: "A", name: "A", leader: Leader(name: "a"), tariffs: ["B": 25], constituencies: []),
            Actor(id: "B", name: "B", leader: Leader(name: "b"), tariffs: ["A": 0], constituencies: []),
        ])
        s.parameters.tariffs.baseline = 0
        func q(_ kind: QuestionKind, _ actor: String? = nil, _ level: Double? = nil) -> Question {
            Question(id: "q", kind: kind, actor: actor, level: level)
        }
        #expect(Persistence.answer(q(.tariffAbove, "A", 0), in: s))
        #expect(!Persistence.answer(q(.tariffAbove, "B", 0), in: s))
        #expect(Persistence.answer(q(.tariffBelow, "B", 10), in: s))
        for kind in [QuestionKind.deal, .talks, .summit, .reescalation, .truceInForce] { #expect(!Persistence.answer(q(kind), in: s)) }
        #expect(Persistence.confidence(answers: [true, false, false, true], outcomes: [true, true, false, true]) == 0.75)
        #expect(Persistence.forecast(answer: false, confidence: 0.75) == 0.25)
    }
}
