@testable import Diplomacy
import Experiments
import Foundation
import Randomness
import TestSupport
import Testing

/// Named measures with their coverage, inside the average tariff (docs/model.md §15).
@Suite struct MeasureTests {
    /// USA's 60 % average on CHN holds two measures: A 50 % on 40 % of CHN's exports (20 points)
    /// and B 25 % on 80 % (20 points); the peacetime level is 10 %. A dated step raises A to
    /// 100 % in week 2; a truce from week 4 cuts half the war tariffs until week 10.
    static func scenario(questions: [Question] = []) -> Scenario {
        Fixture.with(Fixture.proto(mode: .noTalks, weeks: 14)) {
            $0.actors[0].tariffs = ["CHN": 60]
            $0.actors[0].measures = [Measure(name: "A", rate: 50, coverage: 0.4), Measure(name: "B", rate: 25, coverage: 0.8)]
            $0.actors[1].tariffs = ["USA": 50]
            $0.events = [
                Event(kind: .tariff, name: "A doubled", week: 2, actor: "USA", level: 100, measure: "A"),
                Event(kind: .pause, name: "truce", week: 4, snapback: true, duration: 6, cut: 0.5),
            ]
            $0.parameters.process.breakdown = 0
            $0.parameters.tariffs.review = 0.001  // the rules hold their tariffs
            $0.outputs.questions = questions
        }
    }

    @Test func aStepOnOneMeasureMovesTheAverageByItsCoverageAndCutsAndSnapbacksCarryTheMeasures() {
        let lapse: [[Int: [ScriptedDecider.Part]]] = [[10: [.truce(.lapse)]], [:]]
        let setup = Engine.setup(Self.scenario()).scripted(lapse)
        var sim = Simulation(setup: setup, seed: Seed(1), economy: StylizedPain(setup: setup))
        var average: [Double] = [], rates: [[Double]] = []
        for _ in 0..<11 {
            sim.step()
            average.append(sim.sides[0].tariff)
            rates.append(sim.measureRates[0])
        }
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }
        #expect(near(average[1], 0.60) && rates[1] == [0.5, 0.25])
        // Week 2: A 50 % → 100 % on 40 % of the trade: the average rises by 20 points.
        #expect(near(average[2], 0.80) && near(rates[2][0], 1.0) && near(rates[2][1], 0.25), "\(average[2]) \(rates[2])")
        // Week 4: the truce removes half the war part (80 − 10): 45 %, and half of each measure.
        #expect(near(average[4], 0.45) && near(rates[4][0], 0.5) && near(rates[4][1], 0.125), "\(average[4]) \(rates[4])")
        // Week 10: the truce lapses and everything snaps back.
        #expect(near(average[10], 0.80) && near(rates[10][0], 1.0) && near(rates[10][1], 0.25), "\(average[10]) \(rates[10])")
        #expect(sim.breakdowns == 1 && sim.phase == .war, "the lapse is the one breakdown")
    }

    @Test func aMeasureStepStopsWhereTheAverageStopsAndASuspensionCarriesTheMeasures() {
        // A step on A to 400 % would add 140 points to the 60 % average, past the 150 % cap:
        // the average stops at the cap and A's rate only as far as that took it.
        let capped = Fixture.with(Self.scenario()) {
            $0.events = [Event(kind: .tariff, name: "A to 400", week: 1, actor: "USA", level: 400, measure: "A")]
        }
        var sim = Engine.simulation(Engine.setup(capped), seed: 1)
        sim.step(); sim.step()
        #expect(abs(sim.sides[0].tariff - 1.5) < 1e-12)
        #expect(abs(sim.measureRates[0][0] - (0.5 + 0.9 / 0.4)) < 1e-12, "A: \(sim.measureRates[0][0])")
        // A one-sided suspension of half the war tariff for 3 weeks from week 1, then its end.
        let suspended = Fixture.with(Self.scenario()) {
            $0.events = [Event(kind: .suspension, name: "half off", week: 1, actor: "USA", duration: 3, cut: 0.5)]
        }
        var s2 = Engine.simulation(Engine.setup(suspended), seed: 1)
        var rates: [[Double]] = []
        for _ in 0..<5 { s2.step(); rates.append(s2.measureRates[0]) }
        #expect(abs(rates[1][0] - 0.25) < 1e-12 && abs(rates[1][1] - 0.125) < 1e-12, "half of each while suspended: \(rates[1])")
        #expect(rates[4] == [0.5, 0.25], "back at the end: \(rates[4])")
    }

    @Test func aQuestionOnOneMeasureReadsItsRateNotTheAverage() {
        let day = { (w: Int) in Fixture.start.adding(days: 7 * w + 3) }
        let s = Self.scenario(questions: [
            Question(id: "A above 90 in week 3", kind: .tariffAbove, date: day(3), actor: "USA", level: 90, measure: "A"),
            Question(id: "average above 90 in week 3", kind: .tariffAbove, date: day(3), actor: "USA", level: 90),
            Question(id: "B below 20 in week 6", kind: .tariffBelow, date: day(6), actor: "USA", level: 20, measure: "B"),
            Question(id: "A ever above 60", kind: .tariffMaxAbove, from: day(0), to: day(1), actor: "USA", level: 60, measure: "A"),
            Question(id: "average ever above 55", kind: .tariffMaxAbove, from: day(0), to: day(1), actor: "USA", level: 55),
        ])
        let setup = Engine.setup(s)
        let acc = Ensemble(setup: setup, seed: Seed(2), runs: 50, makeEconomy: { StylizedPain(setup: setup) }).run(threads: 1)
        let summary = EnsembleSummary(scenarioName: "measures", scenarioHash: "h", seed: Seed(2), setup: setup, acc)
        let yes = summary.questions.map(\.yesRuns)
        // The average is at 80 % in week 3 (above 90 % only where a rule escalated).
        #expect(yes[0] == 50 && yes[1] < 10 && yes[2] == 50 && yes[3] == 0 && yes[4] == 50, "\(yes)")
        // The measure's starting rate settles a window that opens above it, as the average does.
        #expect(QuestionTracker(scenario: s).settled == [nil, nil, nil, nil, true])
    }
}
