import Foundation
import Testing
@testable import Reports

/// Golden headers of the CSV files, RFC 4180 framing, and the streamed runs.csv.
@Suite struct CSVTests {
    @Test func byWeekHeaderAndRows() throws {
        let (_, summary, _) = try ReportFixture.run(runs: 50)
        #expect(ByWeekCSV.header(summary) == [
            "week", "date", "p_talks", "p_formal_talks", "p_backchannel_open", "p_summit", "p_leak", "p_deal", "p_ended",
            "tariff_CHN_USA_mean", "tariff_CHN_USA_p10", "tariff_CHN_USA_p50", "tariff_CHN_USA_p90",
            "tariff_USA_CHN_mean", "tariff_USA_CHN_p10", "tariff_USA_CHN_p50", "tariff_USA_CHN_p90",
            "welfare_change_pct_CHN", "welfare_change_pct_USA", "pain_CHN", "pain_USA", "pain_cumulative_CHN", "pain_cumulative_USA",
        ])
        let text = String(decoding: try ByWeekCSV.data(summary), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == summary.weeks + 2)  // header, one per week, "" after the final CRLF
        #expect(lines.last == "")
        let week3 = lines[4].components(separatedBy: ",")
        #expect(week3.count == 23)
        #expect(week3[0] == "3" && week3[1] == "2025-05-01")
        #expect(Double(week3[7]) == summary.byWeek[3].pDeal)
        #expect(Double(week3[15]) == summary.byWeek[3].tariffPct["USA:CHN"]?.p50)
    }

    @Test func runsHeaderIsGolden() {
        #expect(RunsCSVWriter.header(sides: ["USA", "CHN"]) == [
            "run", "seed", "outcome", "end_week", "end_date", "deal_channel", "capitulated_by", "talks_week", "backchannel_week",
            "leak_week", "peak_tariff_CHN_USA_pct", "peak_tariff_USA_CHN_pct", "welfare_loss_cumulative_CHN",
            "welfare_loss_cumulative_USA", "audience_cost_CHN", "audience_cost_USA", "leaks", "repudiations",
        ])
    }

    @Test func quotingFollowsRFC4180() throws {
        let data = try CSVText.data([["a", "b,c"], ["say \"hi\"", "line\nbreak"]])
        #expect(String(decoding: data, as: UTF8.self) == "a,\"b,c\"\r\n\"say \"\"hi\"\"\",\"line\nbreak\"\r\n")
    }

    @Test func runsCSVStreamsEveryRunInOrder() throws {
        let (ensemble, _, records) = try ReportFixture.run(runs: 300)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID().uuidString).csv")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        let writer = RunsCSVWriter(handle: handle, setup: ensemble.setup)
        try writer.writeHeader()
        for block in stride(from: 0, to: records.count, by: 256).map({ Array(records[$0..<min($0 + 256, records.count)]) }) {
            try writer.write(block)
        }
        try handle.close()
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == 301)
        let row7 = lines[8].components(separatedBy: ",")
        #expect(row7[0] == "7")
        #expect(row7[1] == String(records[7].seed.value))
        let outcome: String
        switch records[7].outcome.ending {
        case .deal?: outcome = "deal"
        case .capitulation?: outcome = "capitulation"
        case nil: outcome = "stalemate"
        }
        #expect(row7[2] == outcome)
        // Peak tariffs: CHN's on the USA is side 1 of the scenario.
        #expect(Double(row7[10]) == 100 * records[7].outcome.peakTariffs[1])
        #expect(Double(row7[11]) == 100 * records[7].outcome.peakTariffs[0])
        #expect(Int(row7[16]) == records[7].outcome.leaks)
    }
}
