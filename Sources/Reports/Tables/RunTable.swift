import Experiments
import Foundation

/// The table format of `run`: headline probabilities, channels, median path, questions.
public enum RunTable {
    public static func text(_ s: EnsembleSummary) -> String {
        func pct(_ p: Double) -> String { String(format: "%5.1f%%", 100 * p) }
        let ids = s.outcomes.capitulation.keys.sorted()
        var out = [
            "\(s.scenario) — \(s.runs) runs, \(s.weeks) weeks, seed \(s.seed), \(s.economy) economy, diplomacy \(s.diplomacyMode)",
            "",
            "outcome              probability",
            "  deal               \(pct(s.outcomes.deal))",
        ]
        for id in ids { out.append("  \(id) capitulates    \(pct(s.outcomes.capitulation[id] ?? 0))") }
        out.append("  stalemate          \(pct(s.outcomes.stalemate))")
        out.append("")
        out.append("deal channel: backchannel \(pct(s.dealChannel["backchannel"] ?? 0)), formal \(pct(s.dealChannel["formal"] ?? 0)), summit \(pct(s.dealChannel["summit"] ?? 0))")
        if let w = s.weeksToEnd {
            out.append("weeks to the end (runs that ended): mean \(String(format: "%.1f", w.mean)), p10 \(Int(w.p10)), median \(Int(w.p50)), p90 \(Int(w.p90))")
        }
        out.append("leaks: \(pct(s.leaks.pAny)) of runs; audience cost paid: " + ids.map { "\($0) \(String(format: "%.1f", s.audienceCostPaid[$0] ?? 0))" }.joined(separator: ", "))
        out.append("")
        let pairs = s.byWeek.first?.tariffPct.keys.sorted() ?? []
        out.append("week  date        talks  backch.  deal   " + pairs.map { "\($0) median (p10–p90)" }.joined(separator: "   "))
        for w in s.byWeek where w.week % 4 == 0 || w.week == s.byWeek.count - 1 {
            let tariffs = pairs.map { key -> String in
                guard let q = w.tariffPct[key] else { return "" }
                return String(format: "%6.0f%% (%3.0f–%3.0f)      ", q.p50, q.p10, q.p90)
            }.joined()
            out.append(String(format: "%4d  %@  %@  %@  %@  ", w.week, w.date, pct(w.pTalks), pct(w.pBackchannelOpen), pct(w.pDeal)) + tariffs)
        }
        if !s.questions.isEmpty {
            out.append("")
            out.append("forecast questions")
            for q in s.questions { out.append("  \(pct(q.probability))  \(q.id)") }
        }
        out.append("")
        out.append("scenario hash \(s.scenarioHash), version \(s.version)")
        return out.joined(separator: "\n")
    }
}
