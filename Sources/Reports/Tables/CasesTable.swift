import Experiments
import History

/// The table of `cases` for people.
extension OpeningRuleCases.Report {
    public var table: String {
        let r = self
        let pad = TextTable.clipped
        let s = r.summary
        var out = ["The Diplomat's rule: \(r.rule)", "",
                   pad("case", 6) + pad("name", 52) + pad("determ.", 9) + pad("opposition", 12) + pad("receptivity", 13) + pad("rule", 8) + "outcome"]
        for row in r.cases {
            let c = row.case
            out.append(pad(c.id, 6) + pad(c.name, 52) + pad(c.determination, 9) + pad(c.domesticOpposition, 12)
                       + pad(c.anticipatedReceptivity, 13) + pad(row.ruleFavoursOpening ? "open" : "—", 8) + c.outcomeClass)
        }
        out += ["",
                "cases the rule favours: \(s.favouredSuccesses) of \(s.favoured) succeeded (\(fixed(100 * s.favouredRate, 0))%)",
                "cases it does not:      \(s.notFavouredSuccesses) of \(s.notFavoured) succeeded (\(fixed(100 * s.notFavouredRate, 0))%)",
                "base rate (all cases):  \(s.successes) of \(s.cases) succeeded (\(fixed(100 * s.baseRate, 0))%)",
                "", r.caveat]
        return out.joined(separator: "\n")
    }
}
