import Diplomacy
import Experiments

/// The HTML report of a run: one self-contained file (inline CSS and SVG, no script, no network).
///
/// Panels, each a `<section>` with a stable id: `panel-headline` (outcome probabilities, weeks
/// to the end, deal channels; `chart-outcomes`), `panel-tariffs` (fan charts
/// `chart-tariff-A-B` with the real history overlaid), `panel-milestones` (`chart-milestones`),
/// `panel-phases` (`chart-phases`: war, truce, deal in force by week), `panel-welfare`
/// (`chart-welfare`, `chart-pain`), `panel-questions` (if the scenario asks
/// any), `panel-narrative` (a representative run), `panel-scenario` (parameters and sources),
/// `panel-provenance` (seed, version, scenario hash).
public enum HTMLReport {
    public static func render(_ input: ReportInput) -> String {
        let s = input.summary
        let e = Markup.escape
        var body = ""
        body += "<header id=\"panel-title\"><h1>\(e(s.scenario))</h1>"
        if let d = input.scenario.description { body += "<p class=\"lede\">\(e(d))</p>" }
        body += "<p class=\"meta\">\(s.runs) seeded runs of \(s.weeks) weeks from \(e(input.scenario.start.description)) · \(e(s.economy)) economy · diplomacy \(e(s.diplomacyMode)) · seed \(s.seed) · Backchannel \(e(s.version)) · scenario \(e(s.scenarioHash))</p></header>"
        body += headline(input)
        body += tariffs(input)
        body += milestones(input)
        body += phases(input)
        body += welfare(input)
        body += questions(input)
        body += narrative(input)
        body += scenarioPanel(input)
        body += provenance(input)
        return page(title: "\(s.scenario) — Backchannel report", body: body)
    }

    /// A self-contained page: the report style inline, `body` in <main>.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Markup.escape(title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Side ids in scenario order (the report's colours follow it).
    static func sides(_ input: ReportInput) -> [String] { input.scenario.actors.map(\.id) }

    static func safeID(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    // MARK: headline

    static func headline(_ input: ReportInput) -> String {
        let s = input.summary, ids = sides(input), e = Markup.escape, pct = Markup.percent
        func card(_ value: String, _ label: String) -> String {
            "<div class=\"card\"><span class=\"value\">\(e(value))</span><span class=\"label\">\(e(label))</span></div>"
        }
        var h = "<section id=\"panel-headline\" aria-labelledby=\"panel-headline-h\"><h2 id=\"panel-headline-h\">How the first round ends</h2><div class=\"cards\">"
        h += card(pct(s.outcomes.deal), "deal (joint de-escalation)")
        for id in ids { h += card(pct(s.outcomes.capitulation[id] ?? 0), "\(id) capitulates") }
        h += card(pct(s.outcomes.stalemate), "no ending by week \(s.weeks)")
        if let w = s.weeksToEnd {
            h += card("\(Markup.tick(w.p50)) weeks", "median time to the end (p10 \(Markup.tick(w.p10)), p90 \(Markup.tick(w.p90)))")
        } else {
            h += card("—", "no run ended within the horizon")
        }
        h += card(pct(s.leaks.pAny), "runs with a leak")
        h += "</div>"
        var bars = [BarChart.Bar(label: "Deal", value: s.outcomes.deal, color: Palette.green)]
        for (k, id) in ids.enumerated() {
            bars.append(.init(label: "\(id) capitulates", value: s.outcomes.capitulation[id] ?? 0, color: Palette.sides[k % 2]))
        }
        bars.append(.init(label: "Never ended", value: s.outcomes.stalemate, color: Palette.grey))
        bars.append(.init(label: "Deal via backchannel", value: s.dealChannel["backchannel"] ?? 0, color: Palette.purple))
        bars.append(.init(label: "Deal via formal talks", value: s.dealChannel["formal"] ?? 0, color: Palette.skyBlue))
        bars.append(.init(label: "Deal at a summit", value: s.dealChannel["summit"] ?? 0, color: Palette.orange))
        let chart = BarChart(id: "chart-outcomes", title: "Probability of each outcome, and of a deal by each channel", bars: bars)
        h += "<figure>\(chart.svg())<figcaption>Share of \(s.runs) runs. The three channel bars split the deal bar: backchannel \(pct(s.dealChannel["backchannel"] ?? 0)), formal talks \(pct(s.dealChannel["formal"] ?? 0)), summit \(pct(s.dealChannel["summit"] ?? 0)).</figcaption></figure>"
        return h + "</section>"
    }

    // MARK: tariffs

    static func tariffs(_ input: ReportInput) -> String {
        let s = input.summary, ids = sides(input), e = Markup.escape
        guard ids.count == 2, !s.byWeek.isEmpty else { return "" }
        let pairs = [(ids[0], ids[1], 0), (ids[1], ids[0], 1)]
        // One y scale for both charts, so they compare at a glance.
        var top = 10.0
        for w in s.byWeek { for q in w.tariffPct.values { top = max(top, q.p90, q.p50) } }
        var overlays: [String: [[ChartPoint]]] = [:]
        if let history = input.history {
            for (a, _, _) in pairs {
                let segments = history.overlay(imposer: a, start: input.scenario.start, weeks: s.weeks)
                overlays[a] = segments
                for seg in segments { for p in seg { top = max(top, p.y) } }
            }
        }
        let (domain, ticks) = NiceTicks.domain(lower: 0, upper: top, count: 6)
        var h = "<section id=\"panel-tariffs\" aria-labelledby=\"panel-tariffs-h\"><h2 id=\"panel-tariffs-h\">Tariffs over time</h2><div class=\"pair\">"
        for (a, b, k) in pairs {
            let key = "\(a):\(b)"
            let weeks = s.byWeek.compactMap { w in w.tariffPct[key].map { (w.week, $0) } }
            let lower = weeks.map { ChartPoint(x: Double($0.0), y: $0.1.p10) }
            let upper = weeks.map { ChartPoint(x: Double($0.0), y: $0.1.p90) }
            let median = weeks.map { ChartPoint(x: Double($0.0), y: $0.1.p50) }
            var layers: [LineChart.Layer] = [
                .band(lower: lower, upper: upper, color: Palette.sides[k], label: "p10–p90 of runs"),
                .line(segments: [median], color: Palette.sides[k], label: "median", width: 2.5),
            ]
            let history = overlays[a] ?? []
            if !history.isEmpty {
                layers.append(.line(segments: history, color: Palette.black, label: "actual (PIIE average)", dash: "5 3", width: 1.8))
            }
            var summary = "Tariff \(a) levies on goods from \(b), percent, by week from \(input.scenario.start)."
            if let first = weeks.first, let last = weeks.last {
                summary += " Median \(Markup.fixed(first.1.p50, 1))% in week \(first.0) (\(s.byWeek[first.0].date)), \(Markup.fixed(last.1.p50, 1))% in week \(last.0) (\(s.byWeek[last.0].date));"
                summary += " 80% of runs end between \(Markup.fixed(last.1.p10, 1))% and \(Markup.fixed(last.1.p90, 1))%."
            }
            summary += history.isEmpty ? " No real history overlaps these dates." : " The dashed line is the real trade-weighted average tariff where a source states it."
            var chart = LineChart(
                id: "chart-tariff-\(safeID(a))-\(safeID(b))", title: "\(a) tariff on \(b): fan chart of the runs",
                summary: summary, xLabel: "Date (week starts; week 0 = \(input.scenario.start))", yLabel: "Tariff (%)",
                xDomain: 0...Double(max(1, s.weeks - 1)), xTicks: DateAxis.ticks(start: input.scenario.start, weeks: max(1, s.weeks - 1), maxTicks: 6),
                yDomain: domain, yTicks: ticks, yTickSuffix: "%", layers: layers)
            chart.width = 520
            chart.height = 330
            h += "<figure>\(chart.svg())<figcaption>\(e(a)) on \(e(b)): the level in force at the end of each week; band = 10th–90th percentile of runs, line = median.</figcaption></figure>"
        }
        h += "</div>"
        if let history = input.history {
            let overlapping = pairs.contains { !(overlays[$0.0] ?? []).isEmpty }
            h += "<p class=\"meta\">Real history: trade-weighted average tariffs by imposer (PIIE, Chad Bown) from the bundled \(e(history.source)), as a step function; gaps where a change took effect without a stated average. \(overlapping ? "" : "It does not overlap this scenario's dates.")</p>"
        }
        h += tariffTable(input, pairs: pairs.map { "\($0.0):\($0.1)" })
        return h + "</section>"
    }

    static func tariffTable(_ input: ReportInput, pairs: [String]) -> String {
        let s = input.summary
        var h = "<details><summary>Tariff quantiles as a table (every 4th week)</summary><table><thead><tr><th>week</th><th>date</th>"
        for p in pairs { h += "<th class=\"num\">\(Markup.escape(p)) p10</th><th class=\"num\">median</th><th class=\"num\">p90</th>" }
        h += "</tr></thead><tbody>"
        for w in s.byWeek where w.week % 4 == 0 || w.week == s.byWeek.count - 1 {
            h += "<tr><td>\(w.week)</td><td>\(w.date)</td>"
            for p in pairs {
                let q = w.tariffPct[p]
                h += [q?.p10, q?.p50, q?.p90].map { "<td class=\"num\">\($0.map { Markup.fixed($0, 1) + "%" } ?? "—")</td>" }.joined()
            }
            h += "</tr>"
        }
        return h + "</tbody></table></details>"
    }

    // MARK: milestones

    static func milestones(_ input: ReportInput) -> String {
        let s = input.summary
        guard !s.byWeek.isEmpty else { return "" }
        func series(_ f: (EnsembleSummary.Week) -> Double) -> [ChartPoint] {
            s.byWeek.map { ChartPoint(x: Double($0.week), y: 100 * f($0)) }
        }
        let last = s.byWeek[s.byWeek.count - 1]
        let layers: [LineChart.Layer] = [
            .line(segments: [series(\.pTalks)], color: Palette.orange, label: "talks (any)", width: 2.5),
            .line(segments: [series(\.pBackchannelOpen)], color: Palette.purple, label: "backchannel opened", dash: "6 3"),
            .line(segments: [series(\.pFormalTalks)], color: Palette.skyBlue, label: "formal talks", dash: "2 3"),
            .line(segments: [series(\.pDeal)], color: Palette.green, label: "deal", width: 3),
        ]
        let summary = "Cumulative probability by week. By week \(last.week) (\(last.date)): talks \(Markup.percent(last.pTalks)), backchannel opened \(Markup.percent(last.pBackchannelOpen)), formal talks \(Markup.percent(last.pFormalTalks)), deal \(Markup.percent(last.pDeal))."
        let chart = weeklyShares(input, id: "chart-milestones", title: "Probability of talks, a backchannel and a deal by each week",
                                 summary: summary, yLabel: "Probability by this week (%)", layers: layers)
        var h = "<section id=\"panel-milestones\" aria-labelledby=\"panel-milestones-h\"><h2 id=\"panel-milestones-h\">When talks, backchannels and deals happen</h2>"
        h += "<figure>\(chart.svg())<figcaption>Share of runs in which each milestone happened in or before the week. Talks (any) is the earlier of formal talks and a backchannel opening.</figcaption></figure>"
        return h + "</section>"
    }

    /// A full-width chart of shares of runs (0–100%) over the weeks of the run.
    static func weeklyShares(_ input: ReportInput, id: String, title: String, summary: String, yLabel: String,
                             layers: [LineChart.Layer]) -> LineChart {
        let last = Double(max(1, input.summary.weeks - 1))
        var chart = LineChart(
            id: id, title: title, summary: summary,
            xLabel: "Date (week starts; week 0 = \(input.scenario.start))", yLabel: yLabel,
            xDomain: 0...last, xTicks: DateAxis.ticks(start: input.scenario.start, weeks: Int(last)),
            yDomain: 0...100, yTicks: [0, 20, 40, 60, 80, 100], yTickSuffix: "%", layers: layers)
        chart.width = 960
        chart.height = 340
        return chart
    }

    // MARK: phases

    /// Where the runs stand each week: at war, under a truce, under a lasting deal (not cumulative).
    static func phases(_ input: ReportInput) -> String {
        let s = input.summary
        guard !s.byWeek.isEmpty else { return "" }
        func series(_ phase: Phase) -> [ChartPoint] {
            s.byWeek.map { ChartPoint(x: Double($0.week), y: 100 * ($0.phase[phase.rawValue] ?? 0)) }
        }
        let last = s.byWeek[s.byWeek.count - 1]
        let layers: [LineChart.Layer] = [
            .line(segments: [series(.war)], color: Palette.vermillion, label: "war", width: 3),
            .line(segments: [series(.truce)], color: Palette.orange, label: "truce", dash: "6 3"),
            .line(segments: [series(.deal)], color: Palette.green, label: "deal in force", width: 2.5),
        ]
        let p = s.process
        let summary = "Share of runs in each phase by week. In week \(last.week) (\(last.date)): war \(Markup.percent(last.phase["war"] ?? 0)), truce \(Markup.percent(last.phase["truce"] ?? 0)), deal \(Markup.percent(last.phase["deal"] ?? 0))."
        let chart = weeklyShares(input, id: "chart-phases", title: "War, truce or deal in force, week by week", summary: summary,
                                 yLabel: "Share of runs (%)", layers: layers)
        var h = "<section id=\"panel-phases\" aria-labelledby=\"panel-phases-h\"><h2 id=\"panel-phases-h\">The war as a process</h2>"
        h += "<figure>\(chart.svg())<figcaption>Runs go on after their first ending: a truce may be extended, made lasting or lapse; any agreement may break down. "
        h += "Per run on average: \(Markup.fixed(p.agreementsMean, 2)) agreements, \(Markup.fixed(p.trucesMean, 2)) truces, \(Markup.fixed(p.breakdownsMean, 2)) breakdowns; a breakdown in \(Markup.percent(p.pBreakdown)) of runs.</figcaption></figure>"
        return h + "</section>"
    }

    // MARK: welfare and pain

    static func welfare(_ input: ReportInput) -> String {
        let s = input.summary, ids = sides(input)
        guard !s.byWeek.isEmpty else { return "" }
        let unit = s.economy == "ge" ? "Welfare vs peace (pp)" : "Welfare (− stylized pain)"
        func chart(id: String, title: String, yLabel: String, value: (EnsembleSummary.Week, String) -> Double?) -> LineChart {
            var lo = 0.0, hi = 0.0
            var layers: [LineChart.Layer] = []
            var summaries: [String] = []
            for (k, side) in ids.enumerated() {
                let points = s.byWeek.compactMap { w in value(w, side).map { ChartPoint(x: Double(w.week), y: $0) } }
                for p in points { lo = min(lo, p.y); hi = max(hi, p.y) }
                layers.append(.line(segments: [points], color: Palette.sides[k % 2], label: "\(side) (mean of runs)", dash: k == 1 ? "7 3" : nil, width: 2.5))
                if let first = points.first, let last = points.last {
                    summaries.append("\(side): \(Markup.fixed(first.y, 2)) in week 0, \(Markup.fixed(last.y, 2)) in week \(Int(last.x))")
                }
            }
            let (domain, ticks) = NiceTicks.domain(lower: lo, upper: hi, count: 5)
            var chart = LineChart(id: id, title: title, summary: yLabel + ", mean over runs by week. " + summaries.joined(separator: "; ") + ".",
                             xLabel: "Date (week starts)", yLabel: yLabel,
                             xDomain: 0...Double(max(1, s.weeks - 1)), xTicks: DateAxis.ticks(start: input.scenario.start, weeks: max(1, s.weeks - 1), maxTicks: 6),
                             yDomain: domain, yTicks: ticks, layers: layers)
            chart.width = 520
            chart.height = 300
            return chart
        }
        let welfare = chart(id: "chart-welfare", title: "Welfare change by week", yLabel: unit) { w, side in w.welfareChangePct[side] }
        let pain = chart(id: "chart-pain", title: "Cumulative pain by week", yLabel: "Cumulative pain Π (model units)") { w, side in w.painCumulative[side] }
        var h = "<section id=\"panel-welfare\" aria-labelledby=\"panel-welfare-h\"><h2 id=\"panel-welfare-h\">Economic damage and political pain</h2><div class=\"pair\">"
        h += "<figure>\(welfare.svg())<figcaption>Mean welfare change per week across runs\(s.economy == "ge" ? ", in percentage points against peace (GE model)" : ", minus the stylized pain") (runs that ended keep their post-deal tariffs).</figcaption></figure>"
        h += "<figure>\(pain.svg())<figcaption>Mean cumulative pain Π, the stock that drives domestic pressure to settle.</figcaption></figure>"
        h += "</div><p class=\"meta\">Mean cumulative welfare loss over the horizon: "
        h += ids.map { "\($0) \(Markup.fixed(s.welfareLossCumulative[$0] ?? 0, 1))" }.joined(separator: ", ")
        h += "; mean audience cost paid: " + ids.map { "\($0) \(Markup.fixed(s.audienceCostPaid[$0] ?? 0, 1))" }.joined(separator: ", ") + ".</p>"
        return h + "</section>"
    }

    // MARK: questions

    static func questions(_ input: ReportInput) -> String {
        let qs = input.summary.questions
        guard !qs.isEmpty else { return "" }
        var h = "<section id=\"panel-questions\" aria-labelledby=\"panel-questions-h\"><h2 id=\"panel-questions-h\">Forecast questions</h2><table><thead><tr><th>question</th><th class=\"num\">probability</th></tr></thead><tbody>"
        for q in qs {
            h += "<tr><td><code>\(Markup.escape(q.id))</code>\(q.text.map { " — " + Markup.escape($0) } ?? "")</td><td class=\"num\">\(Markup.percent(q.probability))</td></tr>"
        }
        return h + "</tbody></table></section>"
    }

    // MARK: narrative

    static let narrativeLineLimit = 300

    static func narrative(_ input: ReportInput) -> String {
        var h = "<section id=\"panel-narrative\" aria-labelledby=\"panel-narrative-h\"><h2 id=\"panel-narrative-h\">A representative run</h2>"
        guard let n = input.narrative else {
            return h + "<p>No run narrative was recorded.</p></section>"
        }
        h += "<p><strong>Run \(n.run)</strong> (seed \(n.seed)): \(Markup.escape(n.ending)). \(Markup.escape(n.why)) Replay it with <code>backchannel run … --seed \(input.summary.seed) --trace \(n.run)</code>.</p>"
        h += "<ol class=\"narrative\">"
        for line in n.lines.prefix(narrativeLineLimit) { h += "<li>\(Markup.escape(line))</li>" }
        h += "</ol>"
        if n.lines.count > narrativeLineLimit { h += "<p class=\"meta\">… \(n.lines.count - narrativeLineLimit) more lines (see <code>--trace</code>).</p>" }
        return h + "</section>"
    }

    // MARK: scenario

    static func scenarioPanel(_ input: ReportInput) -> String {
        let sc = input.scenario, e = Markup.escape, t = Markup.tick
        var h = "<section id=\"panel-scenario\" aria-labelledby=\"panel-scenario-h\"><h2 id=\"panel-scenario-h\">The scenario</h2>"
        h += "<p>Start \(sc.start)\(sc.warStarted.map { " (war began \($0))" } ?? ""), \(sc.weeks) weeks; economy <code>\(e(sc.economy.model.rawValue))</code>; diplomacy mode <code>\(e(sc.diplomacy.mode.rawValue))</code>.</p>"
        if !input.overrides.isEmpty {
            h += "<p>Overrides: " + input.overrides.map { "<code>\(e($0))</code>" }.joined(separator: ", ") + "</p>"
        }
        h += "<h3>Actors and leaders</h3><table><thead><tr><th>actor</th><th>leader</th><th class=\"num\">resolve</th><th class=\"num\">face</th><th class=\"num\">determination</th><th class=\"num\">bluster</th><th class=\"num\">leak/week</th><th>strategy</th><th>starting tariffs</th><th class=\"num\">constituencies</th></tr></thead><tbody>"
        for a in sc.actors {
            let tariffs = a.tariffs.keys.sorted().map { "\($0) \(t(a.tariffs[$0]!))%" }.joined(separator: ", ")
            h += "<tr><td>\(e(a.id)) — \(e(a.name))</td><td>\(e(a.leader.name))</td><td class=\"num\">\(t(a.leader.resolve))</td><td class=\"num\">\(t(a.leader.face))</td><td class=\"num\">\(t(a.leader.determination))</td><td class=\"num\">\(t(a.leader.bluster))</td><td class=\"num\">\(t(a.leader.leak))</td><td>\(e(a.strategy.kind))</td><td>\(e(tariffs))</td><td class=\"num\">\(a.constituencies.count)</td></tr>"
        }
        h += "</tbody></table>"
        if !sc.channelIntermediaries.isEmpty {
            h += "<h3>Intermediaries</h3><table><thead><tr><th>name</th><th>access</th><th class=\"num\">leak rate/week</th><th class=\"num\">latency (weeks)</th><th class=\"num\">credibility</th><th class=\"num\">escrow</th><th class=\"num\">authority</th></tr></thead><tbody>"
            for m in sc.channelIntermediaries {
                let access = m.access.keys.sorted().map { "\($0) \(t(m.access[$0]!))" }.joined(separator: ", ")
                h += "<tr><td>\(e(m.name))</td><td>\(e(access))</td><td class=\"num\">\(t(m.leakRate))</td><td class=\"num\">\(m.latency)</td><td class=\"num\">\(t(m.credibility))</td><td class=\"num\">\(t(m.escrow))</td><td class=\"num\">\(t(m.authority))</td></tr>"
            }
            h += "</tbody></table>"
        }
        if !sc.events.isEmpty {
            h += "<h3>Events</h3><ul>"
            for ev in sc.events {
                var when = ev.week.map { "week \($0)" } ?? ev.date.map(\.description) ?? ""
                if let p = ev.weeklyProbability { when = "each week with probability \(t(p))" }
                h += "<li>\(e(when)): \(e(ev.kind.rawValue))\(ev.name.map { " — " + e($0) } ?? "")\(ev.actor.map { " (\(e($0)))" } ?? "")</li>"
            }
            h += "</ul>"
        }
        h += "<h3>Sources</h3>"
        if sc.sources.isEmpty {
            h += "<p>The scenario cites no sources.</p>"
        } else {
            h += "<ul>"
            for src in sc.sources {
                var item = e(src.title)
                if let url = src.url { item += " — <a href=\"\(e(url))\">\(e(url))</a>" }
                if let note = src.note { item += " (\(e(note)))" }
                h += "<li>\(item)</li>"
            }
            h += "</ul>"
        }
        return h + "</section>"
    }

    // MARK: provenance

    static func provenance(_ input: ReportInput) -> String {
        let s = input.summary, e = Markup.escape
        var h = "<footer id=\"panel-provenance\"><p>Seed <code>\(s.seed)</code> · \(s.runs) runs · \(s.weeks) weeks · Backchannel \(e(s.version)) · scenario hash <code>\(e(s.scenarioHash))</code>. "
        h += "The same seed and scenario give the same numbers on any machine and thread count. Probabilities are shares of simulated runs under the model's assumptions, not predictions of certainty.</p></footer>"
        return h
    }
}
