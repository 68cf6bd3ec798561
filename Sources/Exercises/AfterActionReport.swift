import Diplomacy
import Experiments
import Foundation
import Reports

/// The after-action report of an exercise (HTML, self-contained): the path the seats played
/// against the ensemble forecast made at the start, the timeline with who knew what when (each
/// leader's week of learning every event; every room's messages, declassified), and each
/// decision against what the rules would have done in its place (the same history replayed
/// without it).
public enum AfterActionReport {
    public struct Seat: Sendable {
        public let role: String
        public let player: String?
        public init(role: String, player: String?) {
            self.role = role
            self.player = player
        }
    }

    public static func html(name: String, adjudicator a: Adjudicator, decisions: [SubmittedDecision], messages: [ExerciseMessage],
                            seats: [Seat], weeks: Int, forecastRuns: Int = 1000) throws -> String {
        let played = decisions.filter { $0.week < weeks }
        let replay = try a.replay(played, weeks: weeks)
        let ids = replay.actors
        let forecast = EnsembleSummary(scenarioName: a.scenario.name, scenarioHash: "", seed: a.seed, setup: a.base.setup,
                                       a.base.ensemble(seed: a.seed, runs: forecastRuns).run(threads: 1))
        var h = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>After-action report — \(esc(name))</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"><style>
        body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#222}
        table{border-collapse:collapse;width:100%;margin:.4rem 0} td,th{border-bottom:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}
        .muted{color:#666} .off{color:#b00} code{background:#f4f4f4}
        </style></head><body>
        <h1>After-action report — \(esc(name))</h1>
        <p class="muted">Scenario \(esc(a.scenario.name)), seed \(a.seed.value)\(a.draw.map { ", posterior draw \($0)" } ?? ""); \(weeks) of \(a.prepared.setup.weeks) weeks played.
        Seats: \(seats.map { "\(esc($0.role)) (\($0.player.map(esc) ?? "the rules"))" }.joined(separator: ", ")).</p>
        <h2>The path against the forecast made at the start</h2>
        <p class="muted">The forecast: \(forecastRuns) runs of the same scenario and seed with the rules in every seat. A played tariff outside
        the forecast's 10–90% band is marked.</p>
        <table><tr><th>week</th><th>date</th><th>phase played</th><th>P(war) forecast</th>
        """
        for id in ids { h += "<th>\(esc(id)) tariff played</th><th>forecast median (p10–p90)</th>" }
        h += "</tr>"
        for w in replay.weeks {
            let f = forecast.byWeek[w.week]
            h += "<tr><td>\(w.week)</td><td>\(w.date)</td><td>\(w.phase)</td><td>\(pct(f.phase["war"] ?? 0))</td>"
            for (i, id) in ids.enumerated() {
                let t = w.sides[i].tariff
                guard let q = f.tariffPct["\(id):\(ids[1 - i])"] else {
                    h += "<td>\(num(t))%</td><td>—</td>"
                    continue
                }
                let outside = t < q.p10 - 1e-9 || t > q.p90 + 1e-9
                h += "<td\(outside ? " class=\"off\"" : "")>\(num(t))%</td><td>\(num(q.p50))% (\(num(q.p10))–\(num(q.p90)))</td>"
            }
            h += "</tr>"
        }
        h += "</table>"
        if !a.injected.isEmpty {
            // The forecast never knew these: a path that leaves the band after one is the event at work.
            h += "<h2>Events the umpire injected</h2><p class=\"muted\">Not in the forecast made at the start.</p><table><tr><th>injected in turn of week</th><th>happens in week</th><th>event</th></tr>"
            for e in a.injected { h += "<tr><td>\(e.during)</td><td>\(e.week)</td><td><code>\(esc(e.json))</code></td></tr>" }
            h += "</table>"
        }
        h += "<h2>Who knew what when</h2><table><tr><th>week</th><th>event or message</th><th>on the record</th>"
        for id in ids { h += "<th>\(esc(id)) learnt</th>" }
        h += "</tr>"
        for w in 0..<weeks {
            for e in replay.events where e.week == w {
                h += "<tr><td>\(w)</td><td>\(esc(e.text))</td><td>\(visibility(e.visibility, ids))</td>"
                for i in ids.indices { h += "<td>\(e.learned[i].map { "week \($0)" } ?? "never")</td>" }
                h += "</tr>"
            }
            for m in messages where m.week == w {
                h += "<tr><td>\(w)</td><td><strong>\(esc(m.from))</strong> in <code>\(esc(m.room))</code>: \(esc(m.text))</td><td>\(Room(m.room)?.isPublic == true ? "public" : "private room")</td>"
                for id in ids { h += "<td>\(readers(m.room, id))</td>" }
                h += "</tr>"
            }
        }
        h += "</table><h2>Decisions against the rules</h2><p class=\"muted\">Each decision, and the same history replayed with the rules in its place for that week.</p>"
        h += "<table><tr><th>week</th><th>seat</th><th>decided</th><th>its week</th><th>the rules' week</th></tr>"
        for d in played {
            let without = try a.replay(played.filter { !($0.actor == d.actor && $0.week == d.week) }, weeks: d.week + 1)
            let i = ids.firstIndex(of: d.actor) ?? 0
            func week(_ r: Replay) -> String {
                let own = r.events.filter { $0.week == d.week && $0.text.contains(d.actor) }.map(\.text)
                return "tariff \(num(r.weeks[d.week].sides[i].tariff))%, \(r.weeks[d.week].phase)" + (own.isEmpty ? "" : "; " + own.map(esc).joined(separator: "; "))
            }
            h += "<tr><td>\(d.week)</td><td>\(esc(d.actor))</td><td><code>\(esc(d.json))</code></td><td>\(week(replay))</td><td>\(week(without))</td></tr>"
        }
        if played.isEmpty { h += "<tr><td colspan=\"5\" class=\"muted\">No seat decided: the rules played every week.</td></tr>" }
        h += "</table></body></html>\n"
        return h
    }

    static func visibility(_ v: EngineEvent.Visibility, _ ids: [String]) -> String {
        switch v {
        case .public: return "public"
        case .leaders: return "both leaderships"
        case let .side(i): return "\(esc(ids[i])) only"
        }
    }

    /// Whether the leader of `actor` could read a room's messages.
    static func readers(_ room: String, _ actor: String) -> String {
        guard let r = Room(room) else { return "—" }
        switch r {
        case .board, .formal: return "at once"
        case let .private(_, a): return a == actor ? "at once (in the room)" : "only if relayed or leaked"
        }
    }

    static func esc(_ s: String) -> String { Markup.escape(s) }
    static func num(_ v: Double) -> String { Markup.fixed(v, 0) }
    static func pct(_ v: Double) -> String { Markup.fixed(v * 100, 0) + "%" }
}
