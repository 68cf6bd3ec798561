import Experiments

/// The table of `hindcast LIBRARY --cross-validate`: per held-out episode and pooled, the model
/// against 50%, the training base rate and persistence.
extension CrossValidationReport {
    public var table: String {
        func cells(_ s: Scores) -> [String] {
            [fixed(s.model.brier, 3), fixed(s.fiftyPercent.brier, 3), fixed(s.baseRate.brier, 3), fixed(s.persistence.brier, 3)]
        }
        var rows = [["held-out episode", "questions", "model", "50%", "base rate", "persistence"]]
        for e in episodes { rows.append([e.id, String(e.items.count)] + cells(e.scores)) }
        rows.append(["all", String(questions)] + cells(scores))
        var out = ["Leave-one-episode-out on \(library): \(episodes.count) episodes, \(questions) questions, \(runs) runs per forecast, seed \(seed)", "",
                   "Brier (lower is better)", TextTable.columns(rows), "",
                   "log score (higher is better; forecasts clipped to [\(ForecastScore.clip), \(1 - ForecastScore.clip)])",
                   TextTable.columns([["", "model", "50%", "base rate", "persistence"],
                                      ["all", fixed(scores.model.log, 3), fixed(scores.fiftyPercent.log, 3), fixed(scores.baseRate.log, 3), fixed(scores.persistence.log, 3)]]),
                   "",
                   "Each episode is forecast with the posterior fitted on the other episodes; the base rate and persistence's confidence are fitted on them too.",
                   "", "reliability of the model"]
        out.append(TextTable.columns([["forecast bin", "questions", "mean forecast", "observed"]] + reliability.map { b in
            ["\(fixed(100 * b.low, 0))–\(fixed(100 * b.high, 0))%", String(b.count), fixed(100 * b.meanForecast, 1) + "%", fixed(100 * b.observed, 1) + "%"]
        }))
        let paths = episodes.first?.estimates.map(\.path) ?? []
        if !paths.isEmpty {
            out += ["", "estimates per fold (fitted without the episode)"]
            out.append(TextTable.columns([["held-out episode"] + paths] + episodes.map { e in [e.id] + e.estimates.map { significant($0.estimate) } }))
        }
        return out.joined(separator: "\n")
    }
}
