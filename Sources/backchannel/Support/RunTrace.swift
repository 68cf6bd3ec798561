import Diplomacy
import Experiments
import Foundation

/// `run --trace RUN`: one run week by week, so a person can see why it ended as it did.
enum RunTrace {
    static func text(ensemble: Ensemble, run index: Int) -> String {
        var sim = ensemble.trace(run: index)
        let setup = ensemble.setup
        let ids = setup.sides.map(\.id)
        var out = ["run \(index) of \(setup.scenario.name) (seed \(ensemble.runSeed(index)))",
                   "columns per side \(ids[0]) | \(ids[1]): tariff %, pain, cumulative pain Π, pressure Q, opposition O, hazard h, receptivity R, commitment K, nationalism N",
                   ""]
        var printed = 0
        for w in 0..<setup.weeks {
            sim.step()
            let date = setup.scenario.date(ofWeek: w)
            func side(_ i: Int) -> String {
                let s = sim.sides[i]
                return "\(f(s.tariff * 100, 0))% pain \(f(s.pain, 2)) Π \(f(s.painStock, 1)) Q \(f(s.pressure, 2)) O \(f(s.opposition, 2)) h \(f(s.hazard, 3)) R \(f(s.receptivity, 2)) K \(f(s.commitment, 1)) N \(f(s.nationalism, 2))"
            }
            out.append("week \(w) \(date)  \(ids[0]): \(side(0))  |  \(ids[1]): \(side(1))  [\(channelText(sim))]")
            let lines = sim.narrative
            for line in lines[printed...] { out.append("    " + line) }
            printed = lines.count
            if sim.hasEnded, sim.milestones.end == w {
                out.append("    → " + endingText(sim))
            }
        }
        if !sim.hasEnded { out.append("→ stalemate: still at war after \(setup.weeks) weeks") }
        let o = sim.outcome
        out.append("audience costs paid: \(ids[0]) \(f(o.audienceCostPaid[0], 2)), \(ids[1]) \(f(o.audienceCostPaid[1], 2)); leaks: \(o.leaks); repudiations: \(o.repudiations)")
        return out.joined(separator: "\n")
    }

    static func channelText(_ sim: Simulation) -> String {
        let names = sim.setup.scenario.intermediaries.map(\.name)
        switch sim.channel.status {
        case .closed: return sim.channel.standingPublicOffer.map { "public offer by \(sim.setup.sides[$0].id)" } ?? "no channel"
        case let .open(m, _, since): return "backchannel via \(names[m]) since week \(since)"
        case let .compromised(m): return "backchannel via \(names[m]) compromised"
        }
    }

    static func endingText(_ sim: Simulation) -> String {
        switch sim.ending {
        case let .deal(channel)?: return "deal via \(channel.rawValue) in week \(sim.milestones.end ?? 0)"
        case let .capitulation(by)?: return "\(sim.setup.sides[by].id) capitulates in week \(sim.milestones.end ?? 0)"
        case nil: return "still at war"
        }
    }

    static func f(_ v: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", v) }
}

/// The table format of `run`: headline probabilities, channels, median path, questions.
enum RunTable {
    static func text(_ s: EnsembleSummary) -> String {
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
