import Foundation
import Testing
import Trade
@testable import TradeData

@Suite("Loading calibrations (TradeData)")
struct TradeDataTests {
    @Test func bundledCalibrations() throws {
        let c = try CalibrationLoader.bundled(named: "calib_2024")
        #expect(c.baseline.regions == ["USA", "CHN", "ROW"])
        #expect(c.baseline.tariffs[exporter: 1, importer: 0] == 0.208)
        #expect(c.baseline.tariffs[exporter: 0, importer: 1] == 0.211)
        let w = try CalibrationLoader.bundled(named: "world30_2006")
        #expect(w.baseline.count == 30)
        #expect(w.baseline.regions.first == "AUS" && w.baseline.regions.last == "ZAF")
        #expect(w.baseline.tariffs.values.allSatisfy { $0 == 0 })
        #expect(w.defaultElasticity == nil)
        let usa = try w.baseline.index(of: "USA"), aus = try w.baseline.index(of: "AUS")
        #expect(w.baseline.flow(exporter: usa, importer: aus) == 16619)
        #expect(throws: TradeDataError.self) { try CalibrationLoader.bundled(named: "calib_1999") }
    }

    /// The sourced eleven-region calibration (docs/model.md §10.10): its regions, the US–China
    /// cells equal to the three-region file's, each named region's output equal to its GDP, and
    /// the EU's and the others' balances as the data make them.
    @Test func theElevenRegionCalibrationAgreesWithTheThreeRegionOne() throws {
        let w = try CalibrationLoader.bundled(named: "world11_2024").baseline
        let c = try CalibrationLoader.bundled(named: "calib_2024").baseline
        #expect(w.regions == ["USA", "CHN", "EU27", "CAN", "MEX", "JPN", "KOR", "IND", "AUS", "GBR", "ROW"])
        let (us, cn) = (try w.index(of: "USA"), try w.index(of: "CHN"))
        #expect(w.flow(exporter: cn, importer: us) == c.flow(exporter: 1, importer: 0))
        #expect(w.flow(exporter: us, importer: cn) == c.flow(exporter: 0, importer: 1))
        #expect(w.tariffs[exporter: cn, importer: us] == 0.208 && w.tariffs[exporter: us, importer: cn] == 0.211)
        #expect(abs(w.output[us] - c.output[0]) < 1e-6 && abs(w.output[cn] - c.output[1]) < 1e-6, "GDPs as in the three-region file")
        #expect(w.deficits[us] > 1000 && w.deficits[cn] < -900, "the US deficit and the Chinese surplus")
        let world: Double = w.output.reduce(0, +)
        #expect(world > 100_000 && world < 120_000, "world GDP about 111 trillion USD: \(world)")
    }

    @Test func jsonErrorsNameTheFileAndTheProblem() throws {
        func message(_ json: String) -> String {
            do { _ = try CalibrationLoader.calibration(json: json, name: "bad.json"); return "no error" }
            catch { return "\(error)" }
        }
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2],[3]]}"#) == "bad.json: X: row 1 (B) has 1 entries, expected 2 (the matrix must be square)")
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2]]}"#).contains("X: 1 rows for 2 regions"))
        #expect(message(#"{"regions": ["A","B"], "X": [[1,-2],[3,4]]}"#) == "bad.json: flow A->B: negative value -2.0")
        #expect(message(#"{"regions": ["A","B"]}"#) == "bad.json: X: missing")
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2],[3,4]], "t0": [[0,-0.1],[0,0]]}"#).contains("negative"))
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2],[3,4]], "eps_default": -1}"#).contains("eps_default"))
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2],[3,4]], "derived": {"D_goods_deficit": [5,-5]}}"#).contains("inconsistent deficits"))
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2],[3,4]], "derived": {"Y": [3, 8]}}"#).contains("derived.Y: B"))
        #expect(message("{nope").hasPrefix("bad.json: "))
        #expect(message(#"{"regions": ["A","B"], "X": [[1,2],[3,4]], "derived": {"Y": [3, 7], "D_goods_deficit": [1,-1]}}"#) == "no error")
    }

    @Test func csvErrorsNameTheFileAndTheLine() throws {
        func message(_ csv: String) -> String {
            do { _ = try CalibrationLoader.calibration(flowListCSV: csv, name: "world.csv"); return "no error" }
            catch { return "\(error)" }
        }
        let ok = "exporter,importer,year,trade\nA,A,2006,10\nA,B,2006,2\nB,A,2006,3\nB,B,2006,20\n"
        #expect(message(ok) == "no error")
        #expect(message(ok + "B,A,2006,1\n") == "world.csv:6: duplicate flow B->A (first on line 4)")
        #expect(message(ok.replacingOccurrences(of: "B,A,2006,3", with: "B,A,2006,-3.2")) == "world.csv:4: trade: negative value -3.2")
        #expect(message(ok.replacingOccurrences(of: "B,A,2006,3", with: "B,A,2006,abc")) == "world.csv:4: trade: not a number \"abc\"")
        #expect(message(ok.replacingOccurrences(of: "B,A,2006,3", with: "B,A,2006,inf")).contains("non-finite"))
        #expect(message("exporter,importer,value\nA,A,1\n") .contains("missing column \"trade\""))
        #expect(message("exporter,importer,trade\nA,A,1\nB,B,0\nA,B,1\n").contains("zero expenditure") || message("exporter,importer,trade\nA,A,1\nB,B,0\nA,B,1\n").contains("zero output"))
    }

    @Test func csvExtraColumnsAndMissingPairs() throws {
        let csv = "year,importer,trade,exporter\n2006,B,2,A\n2006,A,10,A\n2006,B,20,B\n"
        let c = try CalibrationLoader.calibration(flowListCSV: csv, name: "x.csv")
        #expect(c.baseline.regions == ["A", "B"])
        #expect(c.baseline.flows == [10, 2, 0, 20])
        #expect(abs(c.baseline.deficits[1] - 2) < 1e-15)   // B imports 2, exports 0
    }

    @Test func filesByPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trade-data-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("w.csv")
        try "exporter,importer,trade\nA,A,10\nA,B,2\nB,A,3\nB,B,20\n".write(to: csv, atomically: true, encoding: .utf8)
        let c = try CalibrationLoader.resolve(csv.path)
        #expect(c.name == "w.csv" && c.baseline.count == 2)
        #expect(throws: TradeDataError.self) { try CalibrationLoader.resolve(dir.appendingPathComponent("missing.json").path) }
        let txt = dir.appendingPathComponent("w.txt")
        try "x".write(to: txt, atomically: true, encoding: .utf8)
        #expect(throws: TradeDataError.self) { try CalibrationLoader.resolve(txt.path) }
    }
}

/// Issue 15: a flow list naming very many regions is refused before its n × n matrix is made.
@Suite struct CalibrationLimitTests {
    @Test func tooManyRegionsAreRefused() throws {
        let rows = (0...CalibrationLoader.maxRegions).map { "r\($0),r\($0),1" }.joined(separator: "\n")
        do {
            _ = try CalibrationLoader.calibration(flowListCSV: "exporter,importer,trade\n" + rows, name: "big.csv")
            Issue.record("accepted \(CalibrationLoader.maxRegions + 1) regions")
        } catch let error as TradeDataError {
            #expect(error.description == "big.csv: \(CalibrationLoader.maxRegions + 1) regions; a calibration may have at most \(CalibrationLoader.maxRegions)")
        }
    }
}
