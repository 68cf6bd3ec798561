import Experiments

/// The table of `hindcast` for people: forecasts, scores against the references, reliability.
extension HindcastReport {
    public var table: String {
        let width = max(8, questions.map(\.id.count).max() ?? 0) + 2
        var out = ["\(name) — \(questions.count) questions, \(runs) runs per scenario, seed \(seed)", "",
                   TextTable.cell("question", width) + TextTable.cell("forecast", 10) + TextTable.cell("outcome", 9) + "Brier"]
        for q in questions {
            out.append(TextTable.cell(q.id, width) + TextTable.cell(fixed(100 * q.forecast, 1) + "%", 10) + TextTable.cell(q.outcome ? "yes" : "no", 9) + fixed(q.brier, 3))
        }
        out += ["", TextTable.cell("forecaster", 22) + TextTable.cell("Brier", 9) + "log score",
                TextTable.cell("model", 22) + TextTable.cell(fixed(scores.model.brier, 3), 9) + fixed(scores.model.log, 3),
                TextTable.cell("always 50%", 22) + TextTable.cell(fixed(scores.fiftyPercent.brier, 3), 9) + fixed(scores.fiftyPercent.log, 3),
                TextTable.cell("base rate \(fixed(100 * baseRate, 1))%", 22) + TextTable.cell(fixed(scores.baseRate.brier, 3), 9) + fixed(scores.baseRate.log, 3),
                "Brier: lower is better. Log score: mean ln p(what happened), higher is better, forecasts clipped to [\(ForecastScore.clip), \(1 - ForecastScore.clip)].",
                "The base rate is the file's own share of yes outcomes (an in-sample reference).",
                "", "reliability", TextTable.cell("forecast bin", 16) + TextTable.cell("questions", 11) + TextTable.cell("mean forecast", 15) + "observed"]
        for b in reliability {
            out.append(TextTable.cell("\(fixed(100 * b.low, 0))–\(fixed(100 * b.high, 0))%", 16) + TextTable.cell(String(b.count), 11)
                       + TextTable.cell(fixed(100 * b.meanForecast, 1) + "%", 15) + fixed(100 * b.observed, 1) + "%")
        }
        return out.joined(separator: "\n")
    }
}
