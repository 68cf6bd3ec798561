import Diplomacy
import Experiments
import Foundation
import Randomness
import Reports
import ScenarioFormat
import Studies
import Testing

/// Every study as a library call, without the binary. Where the command line has a golden
/// file, the study's result must render to exactly its bytes.
@Suite struct StudyTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("CLITests/Golden")

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: golden.appendingPathComponent("\(name).out"), encoding: .utf8)
    }

    @Test func runStudyMatchesTheGoldenSummaryForAnyThreadCount() throws {
        // The command's default: the bundled posterior.
        let study = try RunStudy(source: try ScenarioSource.resolve("us-china-2018"), overrides: [], runs: 600, seed: Seed(42),
                                 posterior: try Posterior.resolve(nil))
        let expected = try Self.golden("run-us-china-2018-json")
        for threads in [1, 3] {
            #expect(try jsonText(try study.run(threads: threads)) + "\n" == expected)
        }
        #expect(try study.trace(run: 0) + "\n" == (try Self.golden("trace-us-china-2018-0")))
    }

    @Test func runStudyAppliesOverrides() throws {
        let source = try ScenarioSource.resolve("minimal")
        let base = try RunStudy(source: source, overrides: [], runs: 300, seed: Seed(1)).run(threads: 2)
        let publicTalks = try RunStudy(source: source, overrides: [ScenarioOverride(path: "diplomacy.mode", value: "public")],
                                       runs: 300, seed: Seed(1)).run(threads: 2)
        #expect(publicTalks.diplomacyMode == "public")
        #expect(base.diplomacyMode != "public")
    }

    @Test func unknownScenarioNamesTheBundledOnes() {
        #expect { try ScenarioSource.resolve("no-such-war") } throws: { error in
            guard let bad = error as? BadInput else { return false }
            return bad.message.contains("no-such-war") && bad.message.contains("us-china-2025")
        }
    }

    @Test func compareOfAnIdenticalVariantIsExactlyZero() throws {
        let study = try CompareStudy(source: try ScenarioSource.resolve("minimal"), common: [],
                                     variants: [.init(name: "same", overrides: [ScenarioOverride(path: "diplomacy.mode", value: "gate")])],
                                     runs: 200, seed: Seed(4))
        let comparison = study.run(threads: 2)
        #expect(!comparison.variants[0].outcomes.isEmpty)
        for d in comparison.variants[0].outcomes { #expect(d.difference == 0, "\(d.outcome)") }
    }

    @Test func compareMatchesTheGoldenTable() throws {
        let study = try CompareStudy(
            source: try ScenarioSource.resolve(nil), common: [],
            variants: [.init(name: "public", overrides: [ScenarioOverride(path: "diplomacy.mode", value: "public")]),
                       .init(name: "intermediaries.*.leak_rate=0.05", overrides: [ScenarioOverride(path: "intermediaries.*.leak_rate", value: "0.05")])],
            runs: 400, seed: Seed(1))
        #expect(study.run(threads: 2).table + "\n" == (try Self.golden("compare-table")))
    }

    @Test func shardsOfASweepMergeToTheWholeSweep() throws {
        let source = try ScenarioSource.resolve("minimal")
        func study(_ shard: (Int, Int)?) throws -> SweepStudy {
            try SweepStudy(source: source, common: [], paths: ["actors.A.leader.resolve"], points: [["20"], ["40"], ["60"]],
                           replicates: 2, runs: 50, seed: Seed(5), shard: shard.map { ($0.0, $0.1) }, threads: 2)
        }
        let whole = try study(nil).run(threads: 2).text
        let parts = try (0..<4).map { i in
            (name: "part\(i)", partial: try JSONDecoder().decode(SweepPartial.self, from: Data(try study((i, 4)).run(threads: 1).text.utf8)))
        }
        #expect(try SweepPartial.merge(parts).get() == whole)
        #expect(whole.split(separator: "\n").count == 1 + 3 * 2)
    }

    @Test func sweepRefusesAPointThatChangesTheOutcomes() throws {
        #expect(throws: BadInput.self) {
            try SweepStudy(source: try ScenarioSource.resolve("us-china-2025"), common: [],
                           paths: ["outputs.questions.talks-by-2025-05-15.id"], points: [["renamed"]],
                           replicates: 1, runs: 10, seed: Seed(1), shard: nil, threads: 1)
        }
    }

    @Test func sensitivityMorrisHasRTimesKPlusOneEvaluationsAndIgnoresThreads() throws {
        let factors = [SensitivityStudy.Factor(path: "actors.A.leader.resolve", low: 20, high: 60, integer: true),
                       SensitivityStudy.Factor(path: "actors.B.leader.leak", low: 0, high: 0.3, integer: false)]
        let study = try SensitivityStudy(source: try ScenarioSource.resolve("minimal"), common: [], factors: factors, method: .morris,
                                         samples: 3, levels: 4, outcome: "weeks_to_end", runs: 40, bootstrap: 0, seed: Seed(2))
        let one = try study.run(threads: 1), two = try study.run(threads: 2)
        #expect(one.evaluations == 3 * (factors.count + 1))
        #expect(try jsonText(one) == jsonText(two))
        #expect(one.parameters.map(\.path) == factors.map(\.path))
    }

    @Test func sensitivityRejectsAnUnknownOutcome() throws {
        #expect(throws: OutcomeNameError.self) {
            try SensitivityStudy(source: try ScenarioSource.resolve("minimal"), common: [],
                                 factors: [.init(path: "actors.A.leader.resolve", low: 20, high: 60, integer: true)], method: .sobol,
                                 samples: nil, levels: 4, outcome: "p_victory", runs: 10, bootstrap: 0, seed: Seed(2))
        }
    }

    @Test func hindcastMatchesTheGoldenReport() throws {
        let report = try HindcastStudy(questions: "us-china-2018-2020").run(runs: 200, seed: Seed(1), bins: 5, threads: 2,
                                                                             posterior: try Posterior.resolve(nil))
        #expect(report.questions.count == 18)
        #expect(try jsonText(report) + "\n" == (try Self.golden("hindcast-json")))
    }

    @Test func hindcastLocatesAQuestionWhoseScenarioIsMissing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("studies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("q.yaml")
        try """
        schema_version: 1
        name: t
        questions:
          - { id: a, scenario: minimal, kind: deal, by: 2025-03-01, outcome: true }
          - { id: b, scenario: nowhere, kind: deal, by: 2025-03-01, outcome: false }
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect { try HindcastStudy(questions: file.path) } throws: { error in
            guard let e = error as? ScenarioError else { return false }
            return e.issues.count == 1 && "\(e.issues[0])".contains("q.yaml:5") && "\(e.issues[0])".contains("nowhere")
        }
    }

    @Test func tradeStudyMatchesTheGoldenTableAndRefusesUnknownRegions() throws {
        let study = TradeStudy(calibration: "calib_2024",
                               tariffs: [.init(importer: "USA", exporter: "CHN", percent: 145), .init(importer: "CHN", exporter: "USA", percent: 125)],
                               elasticity: nil, deficits: .fixed, bestResponse: nil, nash: ("USA", "CHN"))
        #expect(try study.run().table() + "\n" == (try Self.golden("trade-table")))
        var bad = study
        bad.tariffs = [.init(importer: "USA", exporter: "MARS", percent: 10)]
        #expect(throws: BadInput.self) { try bad.run() }
    }
}

/// The 2025 sequence played as decisions resolves the path questions to what happened.
@Suite struct ReplayTests {
    @Test func theScriptedSequenceOf2025ResolvesTheQuestionsToWhatHappened() throws {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let loaded = try PreparedScenario.load(try ScenarioSource.resolve("us-china-2025"))
        var s = loaded.scenario
        // The Busan meeting was not on the calendar on 10 April: a replay adds it.
        s.events.append(Event(kind: .summit, name: "Busan", date: CivilDate(iso: "2025-10-30")!))
        func q(_ id: String, _ kind: QuestionKind, by: String? = nil, date: String? = nil, actor: String? = nil, level: Double? = nil) -> Question {
            Question(id: id, kind: kind, by: by.flatMap(CivilDate.init(iso:)), date: date.flatMap(CivilDate.init(iso:)), actor: actor, level: level)
        }
        s.outputs.questions = [
            q("deal-by-2025-06-30", .deal, by: "2025-06-30"),
            q("truce-on-2025-09-01", .truceInForce, date: "2025-09-01"),
            q("us-above-100-on-2025-07-01", .tariffAbove, date: "2025-07-01", actor: "USA", level: 100),
            q("china-above-50-on-2025-07-01", .tariffAbove, date: "2025-07-01", actor: "CHN", level: 50),
            q("summit-by-2025-12-31", .summit, by: "2025-12-31"),
            q("truce-on-2025-12-15", .truceInForce, date: "2025-12-15"),
            q("deal-on-2025-12-15", .dealInForce, date: "2025-12-15"),
        ]
        let prepared = try PreparedScenario(scenario: s, file: "us-china-2025")
        let decisions = try prepared.decisions(at: here.appendingPathComponent("Fixtures/us-china-2025-replay.yaml").path)
        let playing = prepared.playing(decisions)
        let acc = playing.ensemble(seed: Seed(1), runs: 400).run(threads: 2)
        let summary = EnsembleSummary(scenarioName: "replay", scenarioHash: "", seed: Seed(1), setup: playing.setup, acc)
        let p = Dictionary(uniqueKeysWithValues: summary.questions.map { ($0.id, Double($0.yesRuns) / 400) })
        let happened = ["deal-by-2025-06-30": true, "truce-on-2025-09-01": true, "us-above-100-on-2025-07-01": false,
                        "china-above-50-on-2025-07-01": false, "summit-by-2025-12-31": true]
        for (id, yes) in happened.sorted(by: { $0.key < $1.key }) {
            let forecast = try #require(p[id])
            #expect(yes ? forecast > 0.5 : forecast < 0.5, "\(id): \(forecast), happened: \(yes)")
        }
        #expect(p["deal-by-2025-06-30"]! > 0.95, "the scripted Geneva truce takes effect in almost every run")
        // After Busan an agreement is in force (a truce in 2025; the model may make it lasting).
        let inForce = p["truce-on-2025-12-15"]! + p["deal-on-2025-12-15"]!
        #expect(inForce > 0.5, "an agreement in force on 2025-12-15: \(inForce)")
    }
}

/// Forecasts are never exactly 0 or 1 unless the scenario settles the answer, and a settled
/// answer is what every run gives.
@Suite struct ForecastBoundsTests {
    @Test(arguments: BundledScenarios.names)
    func noForecastIsCertainUnlessTheScenarioMakesItSo(_ name: String) throws {
        let prepared = try PreparedScenario.load(try ScenarioSource.resolve(name))
        let runs = 300
        let acc = prepared.ensemble(seed: Seed(4), runs: runs).run(threads: 2)
        let summary = EnsembleSummary(scenarioName: name, scenarioHash: "", seed: Seed(4), setup: prepared.setup, acc)
        for q in summary.questions {
            if q.settled {
                #expect(q.yesRuns == 0 || q.yesRuns == runs, "\(name) \(q.id): settled, but \(q.yesRuns) of \(runs) runs say yes")
                #expect(q.probability == (q.yesRuns == runs ? 1 : 0))
            } else {
                #expect(q.probability > 0 && q.probability < 1, "\(name) \(q.id): \(q.probability)")
            }
        }
    }
}
