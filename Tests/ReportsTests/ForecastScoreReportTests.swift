import Experiments
import Testing
@testable import Reports

/// `hindcast --report`: the reliability chart puts one point per non-empty bin at (mean
/// forecast, observed frequency), beside the diagonal of perfect calibration.
@Suite struct ForecastScoreReportTests {
    @Test func theReliabilityChartPlotsEachBin() {
        let forecasts = [0.1, 0.15, 0.5, 0.55, 0.9], outcomes = [false, true, true, true, true]
        let bins = ForecastScore.reliability(forecasts: forecasts, outcomes: outcomes, bins: 5)
        let chart = ForecastScoreReport.chart(bins)
        guard case let .line(segments, _, label, _, _) = chart.layers[1] else {
            Issue.record("no model line")
            return
        }
        #expect(label == "the model")
        #expect(segments[0].count == bins.count && bins.count == 3)
        #expect(abs(segments[0][0].x - 12.5) < 1e-9 && abs(segments[0][0].y - 50) < 1e-9)
        #expect(abs(segments[0][2].x - 90) < 1e-9 && segments[0][2].y == 100)
        let html = ForecastScoreReport.html(title: "T <x>", subtitle: "s", scores: [.init(name: "model", score: ForecastScore(forecasts: forecasts, outcomes: outcomes))],
                                            reliability: bins, rows: [.init(id: "q1", forecast: 0.25, outcome: true)])
        #expect(html.contains("<svg id=\"reliability\""))
        #expect(html.contains("T &lt;x&gt;"))
        #expect(html.contains("<code>q1</code></td><td class=\"num\">25.0%</td><td>yes</td>"))
        #expect(!html.contains("<script"))
    }
}
