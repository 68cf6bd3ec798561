import Experiments

/// `hindcast --report FILE`: the scores against the references, the reliability chart (mean
/// forecast against observed frequency per bin, the diagonal being perfect calibration) and the
/// questions, as one self-contained page (inline SVG, no script).
public enum ForecastScoreReport {
    public struct Reference: Sendable {
        public var name: String
        public var score: ForecastScore
        public init(name: String, score: ForecastScore) {
            self.name = name
            self.score = score
        }
    }

    public struct Row: Sendable {
        public var id: String
        public var forecast: Double
        public var outcome: Bool
        public init(id: String, forecast: Double, outcome: Bool) {
            self.id = id
            self.forecast = forecast
            self.outcome = outcome
        }
    }

    public static func html(title: String, subtitle: String, scores: [Reference], reliability: [ReliabilityBin], rows: [Row]) -> String {
        let e = Markup.escape
        var body = "<h1>\(e(title))</h1><p>\(e(subtitle))</p>"
        body += "<section><h2>Scores</h2><table><thead><tr><th>forecaster</th><th class=\"num\">Brier</th><th class=\"num\">log score</th></tr></thead><tbody>"
        for s in scores {
            body += "<tr><td>\(e(s.name))</td><td class=\"num\">\(Markup.fixed(s.score.brier, 3))</td><td class=\"num\">\(Markup.fixed(s.score.log, 3))</td></tr>"
        }
        body += "</tbody></table><p>Brier: lower is better. Log score: mean ln of the probability given to what happened, higher is better (forecasts clipped to [\(ForecastScore.clip), \(1 - ForecastScore.clip)]).</p></section>"
        body += "<section><h2>Reliability</h2>" + chart(reliability).svg() + "</section>"
        body += "<section><h2>Questions</h2><table><thead><tr><th>question</th><th class=\"num\">forecast</th><th>outcome</th></tr></thead><tbody>"
        for r in rows {
            body += "<tr><td><code>\(e(r.id))</code></td><td class=\"num\">\(Markup.percent(r.forecast))</td><td>\(r.outcome ? "yes" : "no")</td></tr>"
        }
        body += "</tbody></table></section>"
        return HTMLReport.page(title: "\(title) — Backchannel hindcast", body: body)
    }

    /// Observed frequency against mean forecast, one point per non-empty bin, and the diagonal.
    public static func chart(_ bins: [ReliabilityBin]) -> LineChart {
        let points = bins.map { ChartPoint(x: 100 * $0.meanForecast, y: 100 * $0.observed) }
        let summary = bins.map { "\(Markup.fixed(100 * $0.low, 0))–\(Markup.fixed(100 * $0.high, 0))%: \($0.count) questions, mean forecast \(Markup.percent($0.meanForecast)), observed \(Markup.percent($0.observed))" }
            .joined(separator: "; ")
        let ticks = stride(from: 0.0, through: 100, by: 20).map { (value: $0, label: Markup.tick($0) + "%") }
        return LineChart(
            id: "reliability", title: "Reliability: how often what was forecast at p happened", summary: summary,
            xLabel: "mean forecast in the bin", yLabel: "observed frequency", xDomain: 0...100, xTicks: ticks,
            yDomain: 0...100, yTicks: ticks.map(\.value), yTickSuffix: "%",
            layers: [
                .line(segments: [[ChartPoint(x: 0, y: 0), ChartPoint(x: 100, y: 100)]], color: Palette.grey, label: "perfect calibration", dash: "4 4", width: 1.5),
                .line(segments: [points], color: Palette.blue, label: "the model", width: 2.5),
            ])
    }
}

extension HindcastReport {
    /// The page of `hindcast --report`.
    public var html: String {
        ForecastScoreReport.html(
            title: name, subtitle: "\(questions.count) questions, \(runs) runs per scenario, seed \(seed) (in sample when the posterior was fitted on these episodes).",
            scores: [.init(name: "model", score: scores.model), .init(name: "always 50%", score: scores.fiftyPercent),
                     .init(name: "base rate \(Markup.percent(baseRate)) (in sample)", score: scores.baseRate)],
            reliability: reliability, rows: questions.map { .init(id: $0.id, forecast: $0.forecast, outcome: $0.outcome) })
    }
}

extension CrossValidationReport {
    /// The page of `hindcast LIBRARY --cross-validate --report`.
    public var html: String {
        ForecastScoreReport.html(
            title: "Leave-one-episode-out on \(library)",
            subtitle: "\(episodes.count) episodes, \(questions) questions, \(runs) runs per forecast, seed \(seed): each episode forecast with the posterior fitted on the others.",
            scores: [.init(name: "model", score: scores.model), .init(name: "always 50%", score: scores.fiftyPercent),
                     .init(name: "base rate of the training folds", score: scores.baseRate),
                     .init(name: "persistence (confidence fitted on the training folds)", score: scores.persistence)],
            reliability: reliability,
            rows: episodes.flatMap { e in e.items.map { .init(id: "\(e.id)/\($0.id)", forecast: $0.forecast, outcome: $0.outcome) } })
    }
}
