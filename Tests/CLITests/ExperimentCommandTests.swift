import Foundation
import Testing

/// compare, sweep/merge and hindcast through the real binary (small runs).
@Suite struct ExperimentCommandTests {
    static let axes = ["--axis", "actors.A.leader.resolve=20,60", "--axis", "diplomacy.mode=gate,public,no-talks",
                       "--set", "actors.*.strategy.perception_noise=0.05", "--set", "actors.A.tariffs.B=30"]

    /// Shards 1…4 and 6 of a 6-point, 2-replicate sweep merge into the single run's bytes, and
    /// the bytes do not depend on --threads.
    @Test func shardedSweepMergesToTheSameBytes() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let base = ["sweep", "minimal"] + Self.axes + ["--replicates", "2", "--runs", "60", "--seed", "3"]
        let full = try BinaryRunner.run(base + ["--out", "full.csv", "--threads", "1"], in: dir)
        #expect(full.status == 0, "\(full.stderr)")
        let bytes = try Data(contentsOf: dir.appendingPathComponent("full.csv"))
        #expect(String(decoding: bytes, as: UTF8.self).split(separator: "\n").count == 13)
        #expect(try BinaryRunner.run(base + ["--out", "t2.csv", "--threads", "2"], in: dir).status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("t2.csv")) == bytes)
        for n in [1, 2, 3, 4, 6] {
            var parts: [String] = []
            for i in 0..<n {
                let part = "p\(n)-\(i).json"
                let r = try BinaryRunner.run(base + ["--shard", "\(i)/\(n)", "--out", part], in: dir)
                #expect(r.status == 0, "\(r.stderr)")
                parts.append(part)
            }
            let merged = try BinaryRunner.run(["merge"] + parts.reversed() + ["--out", "m\(n).csv"], in: dir)
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(try Data(contentsOf: dir.appendingPathComponent("m\(n).csv")) == bytes, "\(n) shards")
        }
        let incomplete = try BinaryRunner.run(["merge", "p3-0.json", "p3-2.json", "--out", "x.csv"], in: dir)
        #expect(incomplete.status == 65)
        #expect(incomplete.stderr.contains("units missing"))
        let mixed = try BinaryRunner.run(["merge", "p2-0.json", "p3-2.json", "--out", "x.csv"], in: dir)
        #expect(mixed.status == 65)
    }

    @Test func compareIdenticalVariantIsExactlyZero() throws {
        let r = try BinaryRunner.run(["compare", "minimal", "--set", "actors.A.tariffs.B=30", "--variant", "diplomacy.mode=gate",
                                      "--variant", "diplomacy.mode=public", "--variant-name", "same", "--runs", "300", "--seed", "2",
                                      "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let variants = try #require(json["variants"] as? [[String: Any]])
        let same = try #require(variants.first?["outcomes"] as? [[String: Any]])
        #expect(!same.isEmpty)
        for o in same {
            #expect(o["difference"] as? Double == 0 && o["ci95_low"] as? Double == 0 && o["ci95_high"] as? Double == 0)
        }
        #expect((variants.first?["verdict"] as? String)?.contains("no difference") == true)
    }

    /// A hindcast forecast is the probability `run` gives the same question (same seed and runs),
    /// and a deal question equals `by_week[k].p_deal`.
    @Test func hindcastForecastEqualsTheRunsQuestionProbability() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let questions = """
            - { id: deal-by-w8, kind: deal, by: 2025-03-03 }
            - { id: talks-by-w6, kind: talks, channel: any, by: 2025-02-17 }
            - { id: a-above-20, kind: tariff_above, actor: A, level: 20, date: 2025-02-24 }
        """
        var scenario = BundledMinimal.text.replacingOccurrences(of: "tariffs: { B: 10 }", with: "tariffs: { B: 40 }")
        scenario += "outputs:\n  questions:\n" + questions.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        try scenario.write(to: dir.appendingPathComponent("war.yaml"), atomically: true, encoding: .utf8)
        let hindcast = """
        schema_version: 1
        name: test
        questions:
        \(questions.replacingOccurrences(of: "kind:", with: "scenario: war.yaml, outcome: true, kind:"))
        """
        try hindcast.write(to: dir.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(["run", "war.yaml", "--runs", "400", "--seed", "8", "--format", "json"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let h = try BinaryRunner.run(["hindcast", "q.yaml", "--runs", "400", "--seed", "8", "--format", "json"], in: dir)
        #expect(h.status == 0, "\(h.stderr)")
        let runJSON = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let hJSON = try #require(try JSONSerialization.jsonObject(with: Data(h.stdout.utf8)) as? [String: Any])
        let runQ = try #require(runJSON["questions"] as? [[String: Any]])
        let hQ = try #require(hJSON["questions"] as? [[String: Any]])
        #expect(runQ.count == 3 && hQ.count == 3)
        for (a, b) in zip(runQ, hQ) {
            #expect(a["id"] as? String == b["id"] as? String)
            #expect(a["probability"] as? Double == b["forecast"] as? Double)
        }
        let byWeek = try #require(runJSON["by_week"] as? [[String: Any]])
        // The share of runs is by_week's (talks: the same definition; a deal question also counts
        // a settlement answered by lifting, which by_week's p_deal, the first ending, does not);
        // the forecast is that share recalibrated by the default posterior's calibration.
        #expect(runQ[1]["share_of_runs"] as? Double == byWeek[6]["p_talks"] as? Double)
        let posterior = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/History/Resources/posterior.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: posterior)) as? [String: Any])
        let c = try #require(json["calibration"] as? [String: Double])
        let share = min(0.99, max(0.01, byWeek[6]["p_talks"] as! Double))
        let expected = 1 / (1 + exp(-(c["intercept"]! + c["slope"]! * log(share / (1 - share)))))
        #expect(abs((hQ[1]["forecast"] as! Double) - expected) < 1e-12)
        let p = hQ.map { $0["forecast"] as! Double }
        let brier = p.map { ($0 - 1) * ($0 - 1) }.reduce(0, +) / 3
        let scores = try #require(hJSON["scores"] as? [String: Any])
        #expect(abs(((scores["model"] as? [String: Any])?["brier"] as? Double ?? -1) - brier) < 1e-12)
    }

    @Test func hindcastFileErrorsAreLocated() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let text = """
        schema_version: 1
        name: bad
        questions:
          - { id: a, scenario: minimal, kind: deal, by: 2025-03-03, outcome: true, levle: 3 }
        """
        try text.write(to: dir.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["hindcast", "q.yaml"], in: dir)
        #expect(r.status == 65)
        #expect(r.stderr.contains(#"q.yaml:4:76: questions[0].levle: unknown key "levle" (did you mean "level"?)"#), "\(r.stderr)")
    }
}

enum BundledMinimal {
    static let text = """
    schema_version: 1
    name: Minimal two-state tariff war
    start: 2025-01-06
    weeks: 26
    actors:
      - id: A
        name: State A
        leader: { name: Leader A }
        strategy: { kind: tit-for-tat, perception_noise: 0.05 }
        tariffs: { B: 10 }
        constituencies:
          - { name: Everyone, capability: 1, salience: 1, stance: 50 }
      - id: B
        name: State B
        leader: { name: Leader B }
        strategy: { kind: tit-for-tat, perception_noise: 0.05 }
        tariffs: { A: 10 }
        constituencies:
          - { name: Everyone, capability: 1, salience: 1, stance: 50 }
    intermediaries:
      - { id: envoy, name: Envoy, access: { A: 1, B: 1 } }

    """
}

/// Issue 15: sweep --out and merge --out keep an existing file unless --force (like run --out),
/// and stale temporaries of killed writers are cleaned on the next write.
@Suite struct OutputSafetyCommandTests {
    @Test func sweepAndMergeKeepAnExistingFileUnlessForced() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let sweep = ["sweep", "minimal", "--axis", "diplomacy.mode=gate,public", "--runs", "10", "--seed", "1"]
        try Data("keep me\n".utf8).write(to: dir.appendingPathComponent("s.csv"))
        let refused = try BinaryRunner.run(sweep + ["--out", "s.csv"], in: dir)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("s.csv: exists; pass --force to overwrite it"), "\(refused.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("s.csv"), encoding: .utf8) == "keep me\n")
        let forced = try BinaryRunner.run(sweep + ["--out", "s.csv", "--force"], in: dir)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("s.csv"), encoding: .utf8).hasPrefix("point,replicate,diplomacy.mode,"))

        #expect(try BinaryRunner.run(sweep + ["--shard", "0/1", "--out", "p.json"], in: dir).status == 0)
        try Data("keep me too\n".utf8).write(to: dir.appendingPathComponent("m.csv"))
        let mergeRefused = try BinaryRunner.run(["merge", "p.json", "--out", "m.csv"], in: dir)
        #expect(mergeRefused.status == 65)
        #expect(mergeRefused.stderr.contains("m.csv: exists; pass --force to overwrite it"))
        #expect(try String(contentsOf: dir.appendingPathComponent("m.csv"), encoding: .utf8) == "keep me too\n")
        let mergeForced = try BinaryRunner.run(["merge", "p.json", "--out", "m.csv", "--force"], in: dir)
        #expect(mergeForced.status == 0, "\(mergeForced.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("m.csv")) == Data(contentsOf: dir.appendingPathComponent("s.csv")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers == [])
    }

    @Test func aStaleTemporaryOfAKilledWriterIsCleanedOnTheNextWrite() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let stale = dir.appendingPathComponent(".report.html.\(child.processIdentifier).tmp")
        try Data("half".utf8).write(to: stale)
        let r = try BinaryRunner.run(["run", "minimal", "--runs", "20", "--seed", "1", "--report", "report.html"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.html").path))
    }
}
