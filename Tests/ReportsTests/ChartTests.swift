import Diplomacy
import Testing
@testable import Reports

/// The chart module's maths on small known data: pixels are computed here, so they are checked here.
@Suite struct ChartTests {
    @Test func linearScaleMapsAndFlips() {
        let x = LinearScale(domain: 0...10, range: (50, 150))
        #expect(x(0) == 50)
        #expect(x(5) == 100)
        #expect(x(10) == 150)
        #expect(x(12) == 170)  // no clamping
        let y = LinearScale(domain: 0...100, range: (270, 36))
        #expect(y(0) == 270)
        #expect(y(25) == 211.5)
        #expect(y(100) == 36)
        #expect(LinearScale(domain: 3...3, range: (0, 10))(3) == 5)
    }

    @Test func niceTicks() {
        let a = NiceTicks.domain(lower: 0, upper: 147, count: 6)
        #expect(a.domain == 0...150)
        #expect(a.ticks == [0, 25, 50, 75, 100, 125, 150])
        let b = NiceTicks.domain(lower: -3.2, upper: 0, count: 5)
        #expect(b.domain == -4...0)
        #expect(b.ticks == [-4, -3, -2, -1, 0])
        #expect(NiceTicks.step(span: 1, count: 5) == 0.2)
        #expect(NiceTicks.domain(lower: 0, upper: 100, count: 5).ticks == [0, 20, 40, 60, 80, 100])
    }

    func chart(_ layers: [LineChart.Layer]) -> LineChart {
        LineChart(id: "c", title: "t", summary: "s", xLabel: "x", yLabel: "y", xDomain: 0...2, xTicks: [(1, "one")],
                  yDomain: 0...100, yTicks: [0, 50, 100], layers: layers)
    }

    @Test func pathsInPixels() {
        // Plot area: x 62…702 (720 − 18), y 270 (320 − 50) … 36.
        let c = chart([])
        let points = [ChartPoint(x: 0, y: 0), ChartPoint(x: 1, y: 50), ChartPoint(x: 2, y: 100)]
        #expect(c.path(points) == "M62,270L382,153L702,36")
        let band = c.bandPath(lower: [ChartPoint(x: 0, y: 0), ChartPoint(x: 2, y: 50)],
                              upper: [ChartPoint(x: 0, y: 100), ChartPoint(x: 2, y: 100)])
        #expect(band == "M62,36L702,36L702,153L62,270Z")
        #expect(c.path([ChartPoint(x: 0.5, y: 33.3)]) == "M222,192.1")
    }

    @Test func svgHasTitleAxesAndLayers() {
        let c = chart([
            .band(lower: [ChartPoint(x: 0, y: 0), ChartPoint(x: 2, y: 50)], upper: [ChartPoint(x: 0, y: 100), ChartPoint(x: 2, y: 100)],
                  color: Palette.blue, label: "band"),
            .line(segments: [[ChartPoint(x: 0, y: 0), ChartPoint(x: 2, y: 100)]], color: Palette.blue, label: "median"),
        ])
        let svg = c.svg()
        #expect(svg.hasPrefix("<svg id=\"c\" class=\"chart\" viewBox=\"0 0 720 320\" role=\"img\" aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains("<title id=\"c-title\">t</title><desc id=\"c-desc\">s</desc>"))
        #expect(svg.contains("d=\"M62,36L702,36L702,153L62,270Z\""))
        #expect(svg.contains("d=\"M62,270L702,36\""))
        #expect(svg.contains(">50</text>"))   // y tick
        #expect(svg.contains(">one</text>"))  // x tick
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func stepsHoldUntilTheNextChange() {
        let s = LineChart.steps([ChartPoint(x: 0, y: 10), ChartPoint(x: 1.5, y: 20)], end: 3)
        #expect(s == [ChartPoint(x: 0, y: 10), ChartPoint(x: 1.5, y: 10), ChartPoint(x: 1.5, y: 20), ChartPoint(x: 3, y: 20)])
    }

    @Test func dateTicksAreMonthStarts() {
        let start = CivilDate(iso: "2025-04-10")!
        let ticks = DateAxis.ticks(start: start, weeks: 51)
        #expect(ticks.map(\.label) == ["May 2025", "Jul 2025", "Sep 2025", "Nov 2025", "Jan 2026", "Mar 2026"])
        #expect(ticks[0].value == 3)  // 1 May is 21 days after 10 April
        #expect(DateAxis.ticks(start: CivilDate(iso: "2025-01-01")!, weeks: 8).map(\.label) == ["Jan 2025", "Feb 2025"])
    }

    @Test func markupEscapesAndRounds() {
        #expect(Markup.escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
        #expect(Markup.coordinate(-0.04) == "0")
        #expect(Markup.coordinate(12.25) == "12.3")
        #expect(Markup.coordinate(-3.5) == "-3.5")
        #expect(Markup.percent(0.9675) == "96.8%")
    }
}
