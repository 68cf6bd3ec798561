import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reports

/// The report's structure: every panel and chart present by id, self-contained, accessible,
/// and each SVG well-formed XML.
@Suite struct HTMLReportTests {
    @Test func panelsAndChartsArePresent() throws {
        let html = HTMLReport.render(try ReportFixture.input())
        for id in ["panel-headline", "panel-tariffs", "panel-milestones", "panel-phases", "chart-phases", "panel-welfare", "panel-narrative", "panel-scenario",
                   "panel-provenance", "chart-outcomes", "chart-tariff-USA-CHN", "chart-tariff-CHN-USA", "chart-milestones",
                   "chart-welfare", "chart-pain"] {
            #expect(html.contains("id=\"\(id)\""), "missing \(id)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        // Every chart has a text alternative.
        let svgs = html.components(separatedBy: "<svg ").count - 1
        #expect(svgs == 7)  // outcomes, two tariff fans, milestones, phases, welfare, pain
        #expect(html.components(separatedBy: "role=\"img\"").count - 1 == svgs)
        #expect(html.components(separatedBy: "<title id=").count - 1 == svgs)
        // Escaped text, the overlay of real history, seed, hash and the narrative.
        #expect(html.contains("Report fixture &lt;A &amp; B&gt;"))
        #expect(html.contains("actual (PIIE average)"))
        #expect(html.contains("fnv1a64:0000000000000000"))
        #expect(html.contains("Seed <code>3</code>"))
        #expect(html.contains("<ol class=\"narrative\"><li>week "))
        #expect(html.contains("actors.USA.leader.leak=0.3"))
        #expect(html.contains("https://example.org/a"))
    }

    @Test func svgsAreWellFormedXML() throws {
        let html = HTMLReport.render(try ReportFixture.input())
        var rest = html[...]
        var count = 0
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "not well-formed: \(svg.prefix(80))")
            count += 1
            rest = rest[end.upperBound...]
        }
        #expect(count == 7)
    }

    @Test func medianLineMatchesTheSummary() throws {
        let input = try ReportFixture.input()
        let html = HTMLReport.render(input)
        // Recompute the USA median path with the same scales the report uses.
        let s = input.summary
        var top = 10.0
        for w in s.byWeek { for q in w.tariffPct.values { top = max(top, q.p90, q.p50) } }
        // The bundled history's April 2025 US level (134.7%) sets the top of the scale.
        top = max(top, 134.7)
        let (domain, ticks) = NiceTicks.domain(lower: 0, upper: top, count: 6)
        #expect(domain == 0...150)
        var chart = LineChart(id: "x", title: "", summary: "", xLabel: "", yLabel: "", xDomain: 0...Double(s.weeks - 1), xTicks: [],
                              yDomain: domain, yTicks: ticks, layers: [])
        chart.width = 520  // the paired fan charts' viewBox
        chart.height = 330
        let median = s.byWeek.map { ChartPoint(x: Double($0.week), y: $0.tariffPct["USA:CHN"]!.p50) }
        #expect(html.contains("d=\"\(chart.path(median))\""))
    }

    @Test func renderingIsDeterministic() throws {
        let input = try ReportFixture.input()
        #expect(HTMLReport.render(input) == HTMLReport.render(input))
        #expect(try ReportFixture.input().narrative == input.narrative)
    }
}
