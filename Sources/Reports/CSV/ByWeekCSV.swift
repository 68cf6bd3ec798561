import Experiments
import Foundation

/// `by_week.csv`: one row per week with every aggregate of the summary's `by_week`, the tariff
/// quantiles flattened into columns (`tariff_USA_CHN_p50` is the USA's tariff on China).
/// Sides are in id order, so the columns depend only on the summary.
public enum ByWeekCSV {
    static let probabilities = ["p_talks", "p_formal_talks", "p_backchannel_open", "p_summit", "p_leak", "p_deal", "p_ended"]
    static let quantiles = ["mean", "p10", "p50", "p90"]

    /// The side ids (sorted) and tariff pairs ("USA:CHN", sorted) of a summary.
    static func sides(_ s: EnsembleSummary) -> (ids: [String], pairs: [String]) {
        let ids = s.outcomes.capitulation.keys.sorted()
        let pairs = ids.flatMap { a in ids.filter { $0 != a }.map { "\(a):\($0)" } }
        return (ids, pairs)
    }

    public static func header(_ s: EnsembleSummary) -> [String] {
        let (ids, pairs) = sides(s)
        var h = ["week", "date"] + probabilities
        for pair in pairs {
            let name = pair.replacingOccurrences(of: ":", with: "_")
            h += quantiles.map { "tariff_\(name)_\($0)" }
        }
        for series in ["welfare_change_pct", "pain", "pain_cumulative"] { h += ids.map { "\(series)_\($0)" } }
        return h
    }

    public static func rows(_ s: EnsembleSummary) -> [[String]] {
        let (ids, pairs) = sides(s)
        let n = CSVText.number
        return s.byWeek.map { w in
            var r = [String(w.week), w.date]
            r += [w.pTalks, w.pFormalTalks, w.pBackchannelOpen, w.pSummit, w.pLeak, w.pDeal, w.pEnded].map(n)
            for pair in pairs {
                if let q = w.tariffPct[pair] { r += [q.mean, q.p10, q.p50, q.p90].map(n) } else { r += ["", "", "", ""] }
            }
            for series in [w.welfareChangePct, w.pain, w.painCumulative] { r += ids.map { series[$0].map(n) ?? "" } }
            return r
        }
    }

    public static func data(_ s: EnsembleSummary) throws -> Data {
        try CSVText.data([header(s)] + rows(s))
    }
}
