import Diplomacy
import Experiments
import Foundation

/// The table format of `run`: how the first round ended, what followed, the phases and the
/// median path by week, the questions.
public enum RunTable {
    public static func text(_ s: EnsembleSummary) -> String {
        func pct(_ p: Double) -> String { String(format: "%5.1f%%", 100 * p) }
        let ids = s.outcomes.capitulation.keys.sorted()
        var out = [
            "\(s.scenario) — \(s.runs) runs, \(s.weeks) weeks, seed \(s.seed), \(s.economy) economy, diplomacy \(s.diplomacyMode)",
            "",
            "first ending         probability",
            "  deal or truce      \(pct(s.outcomes.deal))",
        ]
        for id in ids { out.append("  \(id) capitulates    \(pct(s.outcomes.capitulation[id] ?? 0))") }
        out.append("  never ended        \(pct(s.outcomes.stalemate))")
        out.append("")
        let p = s.process
        out.append(String(format: "after it: %.2f agreements, %.2f truces, %.2f breakdowns per run; a breakdown in %@ of runs", p.agreementsMean, p.trucesMean, p.breakdownsMean, pct(p.pBreakdown)))
        let triggers = BreakdownTrigger.allCases.compactMap { t in
            p.breakdownsByTrigger[t.rawValue].flatMap { $0 >= 0.005 ? String(format: "%@ %.2f", t.rawValue, $0) : nil }
        }
        if !triggers.isEmpty { out.append("breakdowns per run set off by: " + triggers.joined(separator: ", ")) }
        out.append("at the horizon: " + Phase.allCases.map { "\($0.rawValue) \(pct(p.atHorizon[$0.rawValue] ?? 0))" }.joined(separator: ", "))
        out.append("deal channel: backchannel \(pct(s.dealChannel["backchannel"] ?? 0)), formal \(pct(s.dealChannel["formal"] ?? 0)), summit \(pct(s.dealChannel["summit"] ?? 0))")
        if let w = s.weeksToEnd {
            out.append("weeks to the end (runs that ended): mean \(String(format: "%.1f", w.mean)), p10 \(Int(w.p10)), median \(Int(w.p50)), p90 \(Int(w.p90))")
        }
        out.append("leaks: \(pct(s.leaks.pAny)) of runs; audience cost paid: " + ids.map { "\($0) \(String(format: "%.1f", s.audienceCostPaid[$0] ?? 0))" }.joined(separator: ", "))
        out.append("")
        let pairs = s.byWeek.first?.tariffPct.keys.sorted() ?? []
        out.append("week  date        talks  backch.   war    truce   deal    " + pairs.map { "\($0) median (p10–p90)" }.joined(separator: "   "))
        for w in s.byWeek where w.week % 4 == 0 || w.week == s.byWeek.count - 1 {
            let tariffs = pairs.map { key -> String in
                guard let q = w.tariffPct[key] else { return "" }
                return String(format: "%6.0f%% (%3.0f–%3.0f)      ", q.p50, q.p10, q.p90)
            }.joined()
            let phase = [Phase.war, .truce, .deal].map { pct(w.phase[$0.rawValue] ?? 0) }.joined(separator: "  ")
            out.append(String(format: "%4d  %@  %@  %@  %@  ", w.week, w.date, pct(w.pTalks), pct(w.pBackchannelOpen), phase) + tariffs)
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
