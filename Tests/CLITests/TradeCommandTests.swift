import Foundation
import Testing

/// The CLI contract, tested on the built binary (`backchannel trade`, `backchannel bench trade`).
@Suite("Trade CLI contract")
struct TradeCommandTests {
    static func json(_ r: BinaryRunner.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonContract() throws {
        let r = try BinaryRunner.run(["trade", "calib_2024", "--tariff", "USA:CHN=145", "--tariff", "CHN:USA=125", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try Self.json(r)
        #expect(d["regions"] as? [String] == ["USA", "CHN", "ROW"])
        #expect(d["elasticity"] as? Double == 4)
        #expect(d["deficits"] as? String == "fixed")
        #expect(d["converged"] as? Bool == true)
        #expect((d["iterations"] as? Int).map { $0 >= 1 && $0 <= 8 } == true)
        #expect(d["best_response"] == nil && d["nash"] == nil)
        let welfare = try #require(d["welfare_change_pct"] as? [String: Double])
        #expect(Set(welfare.keys) == ["USA", "CHN", "ROW"])
        #expect(abs(welfare["USA"]! - -0.549204904240963) < 1e-9)
        #expect(abs(welfare["CHN"]! - -0.6283431821045404) < 1e-9)
        for key in ["wage_hat", "price_index_hat", "tariff_revenue"] {
            let m = try #require(d[key] as? [String: Double], "\(key)")
            #expect(Set(m.keys) == ["USA", "CHN", "ROW"])
            #expect(m.values.allSatisfy { $0.isFinite })
        }
        let trade = try #require(d["trade_value_change_pct"] as? [String: Double])
        #expect(Set(trade.keys) == ["USA->CHN", "USA->ROW", "CHN->USA", "CHN->ROW", "ROW->USA", "ROW->CHN"])
        #expect(trade["CHN->USA"]! < -90 && trade["USA->CHN"]! < -90)   // EXPORTER->IMPORTER
        #expect(!r.stdout.contains("nan") && !r.stdout.contains("inf"))
    }

    @Test func bestResponseAndNashContract() throws {
        let r = try BinaryRunner.run(["trade", "calib_2024", "--tariff", "USA:CHN=145", "--tariff", "CHN:USA=125",
                              "--best-response", "USA:CHN", "--nash", "USA,CHN", "--deficits", "purged", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try Self.json(r)
        #expect(d["deficits"] as? String == "purged")
        let br = try #require(d["best_response"] as? [String: Any])
        #expect(br["importer"] as? String == "USA" && br["exporter"] as? String == "CHN")
        let brTariff = try #require(br["tariff_pct"] as? Double)
        #expect(abs(brTariff - 14.812853760949) < 1e-4)
        #expect((br["welfare_change_pct"] as? [String: Double])?.count == 3)
        let nash = try #require(d["nash"] as? [String: Any])
        let tariffs = try #require(nash["tariffs_pct"] as? [String: Double])
        #expect(Set(tariffs.keys) == ["USA:CHN", "CHN:USA"])
        #expect(abs(tariffs["USA:CHN"]! - 14.219979084) < 1e-4)
        #expect(abs(tariffs["CHN:USA"]! - 12.593763950) < 1e-4)
        #expect((nash["welfare_change_pct"] as? [String: Double])?.count == 3)
    }

    @Test func tableIsForPeople() throws {
        let r = try BinaryRunner.run(["trade", "calib_2024", "--tariff", "USA:CHN=145"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("welfare %"))
        #expect(r.stdout.contains("USA -> CHN") && r.stdout.contains("CHN -> USA"))
        #expect(r.stdout.contains("deficits fixed"))
        let w30 = try BinaryRunner.run(["trade", "world30_2006", "--tariff", "DEU:JPN=50", "--elasticity", "5"])
        #expect(w30.status == 0, "\(w30.stderr)")
        #expect(w30.stdout.contains("DEU -> JPN") && !w30.stdout.contains("USA -> CHN"))
    }

    @Test(arguments: [
        (["trade", "calib_2024", "--tariff", "USA:XYZ=10"], "unknown region \"XYZ\""),
        (["trade", "calib_2024", "--tariff", "USA:CHN=-5"], "negative"),
        (["trade", "calib_2024", "--tariff", "USA:CHN=nan"], "not finite"),
        (["trade", "calib_2024", "--tariff", "USA:USA=10"], "own goods"),
        (["trade", "calib_2024", "--elasticity=0"], "elasticity"),
        (["trade", "calib_2024", "--elasticity=inf"], "elasticity"),
        (["trade", "calib_2024", "--best-response", "USA:MARS"], "unknown region \"MARS\""),
        (["trade", "no_such_calibration"], "no such file"),
    ])
    func badInputExits65(args: [String], fragment: String) throws {
        let r = try BinaryRunner.run(args)
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("error: "))
        #expect(r.stderr.contains(fragment), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func badFilesExit65WithTheFileName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trade-cli-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("world.csv")
        try "exporter,importer,trade\nA,A,10\nA,B,2\nB,A,-3.2\nB,B,20\n".write(to: csv, atomically: true, encoding: .utf8)
        let r = try BinaryRunner.run(["trade", csv.path])
        #expect(r.status == 65)
        #expect(r.stderr == "error: world.csv:4: trade: negative value -3.2\n")
        let json = dir.appendingPathComponent("square.json")
        try #"{"regions": ["A","B"], "X": [[1,2,3],[3,4,5]]}"#.write(to: json, atomically: true, encoding: .utf8)
        let s = try BinaryRunner.run(["trade", json.path])
        #expect(s.status == 65)
        #expect(s.stderr.contains("square.json") && s.stderr.contains("square"))
        let good = dir.appendingPathComponent("good.csv")
        try "exporter,importer,trade\nA,A,10\nA,B,2\nB,A,3\nB,B,20\n".write(to: good, atomically: true, encoding: .utf8)
        let g = try BinaryRunner.run(["trade", good.path, "--tariff", "A:B=30", "--format", "json"])
        #expect(g.status == 0)
        #expect(try Self.json(g)["elasticity"] as? Double == 4)   // a CSV has no eps_default
    }

    @Test func malformedOptionsAreUsageErrors() throws {
        for args in [["trade", "calib_2024", "--tariff", "USA-CHN=5"], ["trade", "calib_2024", "--tariff", "USA:CHN=lots"],
                     ["trade", "calib_2024", "--nash", "USA"], ["trade", "calib_2024", "--deficits", "floating"], ["trade"]] {
            let r = try BinaryRunner.run(args)
            #expect(r.status == 64, "\(args)")
        }
    }

    @Test func benchContract() throws {
        let r = try BinaryRunner.run(["bench", "trade", "--format", "json", "--seconds", "0.002"])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try Self.json(r)
        #expect(d["benchmark"] as? String == "trade")
        #expect(d["threads"] as? Int == 1)
        let cases = try #require(d["cases"] as? [[String: Any]])
        #expect(cases.map { $0["name"] as? String } == ["calib_2024", "random_10", "random_40", "random_100", "random_200", "world30_2006"])
        #expect(cases.map { $0["n"] as? Int } == [3, 10, 40, 100, 200, 30])
        #expect(cases.allSatisfy { ($0["median_us"] as? Double).map { $0 > 0 && $0.isFinite } == true })
    }
}

/// Issue 15: an elasticity outside the valid range is bad input; NaN/inf is never printed.
@Suite struct TradeHardeningTests {
    @Test func elasticityOutsideTheRangeIsRejectedAndNothingIsPrinted() throws {
        for args in [["--nash", "USA,CHN", "--elasticity", "700"], ["--best-response", "USA:CHN", "--elasticity", "1000"],
                     ["--tariff", "USA:CHN=145", "--elasticity", "1e-20"], ["--nash", "USA,CHN", "--elasticity", "1e10"]] {
            for format in ["table", "json"] {
                let r = try BinaryRunner.run(["trade", "calib_2024", "--format", format] + args)
                #expect(r.status == 65, "\(args) \(format): \(r.stderr)")
                #expect(r.stdout.isEmpty)
                #expect(r.stderr.contains("must be in [0.5, 20]"))
                #expect(!r.stdout.lowercased().contains("nan") && !r.stdout.contains("inf"))
            }
        }
        let ok = try BinaryRunner.run(["trade", "calib_2024", "--nash", "USA,CHN", "--elasticity", "20"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(!ok.stdout.lowercased().contains("nan"))
    }
}
