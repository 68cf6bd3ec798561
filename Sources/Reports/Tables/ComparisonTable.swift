import Experiments

/// The table of `compare` for people: each variant's outcomes against the baseline.
extension Comparison {
    public var table: String {
        let c = self
        var out = ["\(c.scenario) — \(c.runs) paired runs per variant, seed \(c.seed)",
                   "differences are variant − baseline with 95% CIs from the per-run paired differences; probabilities in percentage points"]
        func level(_ d: Comparison.Difference, _ v: Double) -> String {
            d.probability ? fixed(100 * v, 1) + "%" : fixed(v, 2)
        }
        let width = max(20, c.variants.flatMap { $0.outcomes.map(\.label.count) }.max() ?? 0) + 2
        for v in c.variants {
            out.append("")
            out.append("\(v.name)  (\(v.overrides.joined(separator: ", ")))")
            out.append("  " + TextTable.cell("outcome", width) + TextTable.cell("baseline", 11) + TextTable.cell("variant", 11) + "difference [95% CI]")
            for d in v.outcomes {
                let diff = "\(Comparison.signed(d, d.difference)) [\(Comparison.signed(d, d.ciLow, unit: false)), \(Comparison.signed(d, d.ciHigh, unit: false))]"
                out.append("  " + TextTable.cell(d.label, width) + TextTable.cell(level(d, d.baseline), 11) + TextTable.cell(level(d, d.variant), 11) + diff)
            }
        }
        out.append("")
        out += c.variants.map(\.verdict)
        return out.joined(separator: "\n")
    }
}
