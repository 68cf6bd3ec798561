import Diplomacy
import Experiments
import Foundation

/// `run --trace RUN`: one run week by week, so a person can see why it went as it did. Only
/// the weeks in which something happened (or, with `--view`, was learnt) are printed, plus the
/// first and the last; `everyWeek` prints them all.
public enum RunTrace {
    public static func text(ensemble: Ensemble, run index: Int, everyWeek: Bool = false) -> String {
        var sim = ensemble.trace(run: index)
        let setup = ensemble.setup
        let ids = setup.sides.map(\.id)
        var out = ["run \(index) of \(setup.scenario.name) (seed \(ensemble.runSeed(index))\(drawText(ensemble, index)))",
                   "columns per side \(ids[0]) | \(ids[1]): tariff %, pain, cumulative pain Π, pressure Q, opposition O, hazard h, receptivity R, commitment K, nationalism N",
                   ""]
        var printed = 0
        for w in 0..<setup.weeks {
            sim.step()
            let date = setup.scenario.date(ofWeek: w)
            func side(_ i: Int) -> String { stateText(sim.sides[i]) }
            let lines = sim.narrative
            guard everyWeek || lines.count > printed || w == 0 || w == setup.weeks - 1 else { continue }
            out.append("week \(w) \(date)  \(ids[0]): \(side(0))  |  \(ids[1]): \(side(1))  [\(phaseText(sim)); \(channelText(sim))]")
            for line in lines[printed...] { out.append("    " + line) }
            printed = lines.count
            if sim.hasEnded, sim.milestones.end == w {
                out.append("    → " + endingText(sim))
            }
        }
        out.append("→ " + horizonText(sim))
        let o = sim.outcome
        out.append("audience costs paid: \(ids[0]) \(f(o.audienceCostPaid[0], 2)), \(ids[1]) \(f(o.audienceCostPaid[1], 2)); leaks: \(o.leaks); repudiations: \(o.repudiations)")
        return out.joined(separator: "\n")
    }

    static func drawText(_ ensemble: Ensemble, _ index: Int) -> String {
        ensemble.draws.isEmpty ? "" : ", posterior draw \(ensemble.drawIndex(run: index))"
    }

    /// Run `index` as side `viewer` saw it: its own state in full, the other side only as
    /// published, and only the events it saw, in the week it learnt of each.
    public static func text(ensemble: Ensemble, run index: Int, as viewer: Side, everyWeek: Bool = false) -> String {
        var sim = ensemble.trace(run: index)
        let setup = ensemble.setup
        let ids = setup.sides.map(\.id)
        let j = 1 - viewer
        var out = ["run \(index) of \(setup.scenario.name) (seed \(ensemble.runSeed(index))\(drawText(ensemble, index))), as \(ids[viewer]) saw it",
                   "columns: \(ids[viewer]) (own): tariff %, pain, cumulative pain Π, pressure Q, opposition O, hazard h, receptivity R, commitment K, nationalism N; \(ids[j]) (published): tariff %, welfare change, opposition O",
                   ""]
        for w in 0..<setup.weeks {
            sim.step()
            let s = sim.sides[viewer], o = sim.sides[j]
            let own = stateText(s)
            let published = "\(f(o.tariff * 100, 0))% welfare \(f(o.welfareChange, 2)) O \(f(o.opposition, 2))"
            let learnt = sim.seenEvents(by: viewer).filter { $0.learned[viewer] == w }
            guard everyWeek || !learnt.isEmpty || w == 0 || w == setup.weeks - 1 else { continue }
            out.append("week \(w) \(setup.scenario.date(ofWeek: w))  \(ids[viewer]): \(own)  |  \(ids[j]): \(published)  [\(phaseText(sim)); \(seenChannelText(sim.view(of: viewer), names: setup.intermediaries.map(\.name)))]")
            for event in learnt {
                out.append("    week \(event.week): \(event.text)" + (event.week < w ? "  (learnt in week \(w))" : ""))
            }
            if sim.hasEnded, sim.milestones.end == w { out.append("    → " + endingText(sim)) }
        }
        out.append("→ " + horizonText(sim))
        out.append("audience costs paid by \(ids[viewer]): \(f(sim.outcome.audienceCostPaid[viewer], 2))")
        return out.joined(separator: "\n")
    }

    /// One side's state in a trace line: tariff %, pain, Π, Q, O, h, R, K, N.
    static func stateText(_ s: SideState) -> String {
        "\(f(s.tariff * 100, 0))% pain \(f(s.pain, 2)) Π \(f(s.painStock, 1)) Q \(f(s.pressure, 2)) O \(f(s.opposition, 2)) h \(f(s.hazard, 3)) R \(f(s.receptivity, 2)) K \(f(s.commitment, 1)) N \(f(s.nationalism, 2))"
    }

    static func seenChannelText(_ v: ActorView, names: [String]) -> String {
        switch v.channel {
        case .closed:
            if v.publicOfferByMe { return "my public offer stands" }
            if v.publicOfferToMe { return "public offer by \(v.otherID)" }
            return "no channel"
        case let .open(m, mine, since):
            return "backchannel via \(names[m]), opened by \(mine ? "me" : v.otherID) in week \(since)" + (v.myOfferInEscrow ? "; my offer in escrow" : "")
        case let .compromised(m): return "backchannel via \(names[m]) exposed"
        }
    }

    static func channelText(_ sim: Simulation) -> String {
        let names = sim.setup.intermediaries.map(\.name)
        switch sim.channel.status {
        case .closed: return sim.channel.standingPublicOffer.map { "public offer by \(sim.setup.sides[$0].id)" } ?? "no channel"
        case let .open(m, _, since): return "backchannel via \(names[m]) since week \(since)"
        case let .compromised(m): return "backchannel via \(names[m]) compromised"
        }
    }

    /// The phase, public to both sides: war, a truce and its expiry, a deal, peace.
    static func phaseText(_ sim: Simulation) -> String {
        switch sim.phase {
        case .truce: return "truce to week \(sim.agreement?.expiry ?? 0)"
        default: return sim.phase.rawValue
        }
    }

    /// Where the run stands at the horizon, and how it got there.
    static func horizonText(_ sim: Simulation) -> String {
        let o = sim.outcome
        let first = sim.hasEnded ? "first ending: " + endingText(sim) : "the war never ended"
        return "at the horizon (week \(sim.setup.weeks - 1)): \(sim.phase.rawValue); \(first); agreements \(o.agreements), truces \(o.truces), breakdowns \(o.breakdowns)"
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
