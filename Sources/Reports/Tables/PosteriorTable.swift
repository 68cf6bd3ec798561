import Experiments

extension Posterior {
    /// The screening ranking and the estimates with their 90% intervals.
    public var table: String {
        var out = ["Estimated on \(library) (\(episodes.count) episodes), seed \(seed): \(runsPerPoint) runs per episode at \(designPoints) design points, \(drawCount) posterior draws", "",
                   "screening (Morris μ* of the forecasts, probability per full range)"]
        out.append(TextTable.columns([["parameter", "range", "μ*", "σ", ""]] + screening.map { s in
            [s.path, "\(plainNumber(s.low))–\(plainNumber(s.high))", fixed(s.muStar, 3), fixed(s.sigma, 3), s.estimated ? "estimated" : ""]
        }))
        out += ["", "estimates (5%–95% of the posterior draws; normal, cluster-robust over episodes)"]
        out.append(TextTable.columns([["parameter", "estimate", "90% interval", "range"]] + parameters.map { p in
            [p.kind == .levelScale ? "\(p.path) (× its default numbers)" : p.path, significant(p.estimate),
             "\(significant(p.interval.first ?? .nan))–\(significant(p.interval.last ?? .nan))", "\(plainNumber(p.low))–\(plainNumber(p.high))"]
        }))
        out.append("mean log score per question at the estimate (fitted surface): \(fixed(logScoreAtEstimate, 3))")
        if let c = calibration {
            out.append("recalibration of question forecasts: p' = σ(\(fixed(c.intercept, 3)) + \(fixed(c.slope, 3))·logit p)")
        }
        return out.joined(separator: "\n")
    }
}

/// Three significant figures, without a trailing exponent for the usual ranges.
func significant(_ v: Double) -> String {
    guard v.isFinite else { return "–" }
    if v == 0 { return "0" }
    let digits = max(0, 2 - Int(floor(log10(abs(v)))))
    return fixed(v, digits)
}

import Foundation
