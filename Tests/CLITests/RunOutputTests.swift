import Foundation
import Testing

/// `run --out`, `--report`, `--force`: the files, their headers, atomic replacement, and clear
/// errors (exit 65) with nothing written for a bad destination.
@Suite struct RunOutputTests {
    static let args = ["run", "minimal", "--runs", "300", "--seed", "5"]

    func files(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func outWritesTheFourFiles() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("results/nested")
        let result = try BinaryRunner.run(Self.args + ["--out", out.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try files(out) == ["by_week.csv", "report.html", "runs.csv", "summary.json"])  // no temporary files left
        // summary.json is exactly the run JSON.
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary == result.stdout)
        let byWeek = try String(contentsOf: out.appendingPathComponent("by_week.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(byWeek[0] == "week,date,p_talks,p_formal_talks,p_backchannel_open,p_summit,p_leak,p_deal,p_ended,tariff_A_B_mean,tariff_A_B_p10,tariff_A_B_p50,tariff_A_B_p90,tariff_B_A_mean,tariff_B_A_p10,tariff_B_A_p50,tariff_B_A_p90,welfare_change_pct_A,welfare_change_pct_B,pain_A,pain_B,pain_cumulative_A,pain_cumulative_B")
        #expect(byWeek.count == 26 + 2)
        #expect(byWeek[1].hasPrefix("0,2025-01-06,"))
        let runs = try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(runs[0] == "run,seed,outcome,end_week,end_date,deal_channel,capitulated_by,talks_week,backchannel_week,leak_week,peak_tariff_A_B_pct,peak_tariff_B_A_pct,welfare_loss_cumulative_A,welfare_loss_cumulative_B,audience_cost_A,audience_cost_B,leaks,repudiations")
        #expect(runs.count == 300 + 2)
        #expect(runs[1 ... 300].map { Int($0.prefix { $0 != "," }) } == Array(0..<300))
        let json = try JSONSerialization.jsonObject(with: Data(summary.utf8)) as! [String: Any]
        let deal = (json["outcomes"] as! [String: Any])["deal"] as! Double
        #expect(abs(Double(runs[1...300].filter { $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "deal" }.count) / 300 - deal) < 1e-12)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("id=\"chart-tariff-A-B\""))
        #expect(!result.stderr.contains("runs/s"))  // no progress bar when stderr is a pipe
    }

    @Test func existingFilesNeedForce() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        #expect(try BinaryRunner.run(Self.args + ["--out", dir.path]).status == 0)
        let before = try Data(contentsOf: dir.appendingPathComponent("runs.csv"))
        let again = try BinaryRunner.run(["run", "minimal", "--runs", "100", "--seed", "6", "--out", dir.path])
        #expect(again.status == 65)
        #expect(again.stderr.contains("exists; pass --force to overwrite it"))
        #expect(again.stdout.isEmpty)
        #expect(try Data(contentsOf: dir.appendingPathComponent("runs.csv")) == before)
        #expect(try files(dir) == ["by_week.csv", "report.html", "runs.csv", "summary.json"])
        let forced = try BinaryRunner.run(["run", "minimal", "--runs", "100", "--seed", "6", "--out", dir.path, "--force"])
        #expect(forced.status == 0)
        let runs = try String(contentsOf: dir.appendingPathComponent("runs.csv"), encoding: .utf8)
        #expect(runs.components(separatedBy: "\r\n").count == 100 + 2)
    }

    @Test func unwritableDestinationsExit65WithNothingWritten() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        // A directory under a regular file cannot be created, even by root.
        let under = try BinaryRunner.run(Self.args + ["--out", file.appendingPathComponent("out").path])
        #expect(under.status == 65)
        #expect(under.stderr.contains("cannot create the output directory"))
        #expect(under.stdout.isEmpty)
        let onFile = try BinaryRunner.run(Self.args + ["--out", file.path])
        #expect(onFile.status == 65)
        #expect(onFile.stderr.contains("is not a directory"))
        let report = try BinaryRunner.run(Self.args + ["--report", dir.appendingPathComponent("missing/r.html").path])
        #expect(report.status == 65)
        #expect(report.stderr.contains("does not exist"))
        #expect(try files(dir) == ["plain.txt"])
    }

    @Test func reportAloneWritesOnlyTheReport() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(Self.args + ["--report", "war.html"], in: dir)
        #expect(result.status == 0)
        #expect(try files(dir) == ["war.html"])
        let html = try String(contentsOf: dir.appendingPathComponent("war.html"), encoding: .utf8)
        #expect(html.contains("<section id=\"panel-headline\""))
        #expect(html.contains("seed 5"))
    }
}
