import Experiments

/// The table of `sensitivity` for people: Morris μ*, μ, σ ranked, or Sobol S1 and ST.
extension SensitivityReport {
    public var table: String {
        var out = ["\(scenario) — \(method) on \(outcome), \(evaluations) evaluations (\(distinctEvaluations) distinct) × \(runsPerEvaluation) runs, seed \(seed)",
                   "mean of \(outcome) over the evaluations: \(fixed(outcomeMean, 4))", ""]
        let width = max(10, parameters.map(\.path.count).max() ?? 0) + 2
        if method == "morris" {
            out.append(TextTable.cell("parameter", width) + TextTable.cell("range", 16) + TextTable.cell("μ*", 12) + TextTable.cell("μ", 12) + "σ")
            let ranked = parameters.enumerated().sorted { ($0.element.morris?.muStar ?? 0) > ($1.element.morris?.muStar ?? 0) }
            for (_, p) in ranked {
                guard let e = p.morris else { continue }
                out.append(TextTable.cell(p.path, width) + TextTable.cell("\(plainNumber(p.low))..\(plainNumber(p.high))", 16)
                           + TextTable.cell(fixed(e.muStar, 4), 12) + TextTable.cell(fixed(e.mu, 4), 12) + fixed(e.sigma, 4))
            }
            out.append("")
            out.append("μ*: mean |change in \(outcome)| when the parameter moves across its whole range (ranked); σ: spread of those effects (non-linearity, interactions).")
        } else {
            out.append(TextTable.cell("parameter", width) + TextTable.cell("range", 16) + TextTable.cell("S1 [95% CI]", 26) + "ST [95% CI]")
            for p in parameters {
                guard let s = p.sobol else { continue }
                out.append(TextTable.cell(p.path, width) + TextTable.cell("\(plainNumber(p.low))..\(plainNumber(p.high))", 16)
                           + TextTable.cell("\(fixed(s.s1, 3)) [\(fixed(s.s1Low, 3)), \(fixed(s.s1High, 3))]", 26)
                           + "\(fixed(s.st, 3)) [\(fixed(s.stLow, 3)), \(fixed(s.stHigh, 3))]")
            }
            out.append("")
            out.append("S1: share of the outcome's variance due to the parameter alone; ST: including its interactions. Intervals: bootstrap percentiles.")
        }
        return out.joined(separator: "\n")
    }
}
