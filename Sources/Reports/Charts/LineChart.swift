/// A point in data coordinates.
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A small hand-written line chart: bands (p10–p90), lines (medians, probabilities), step lines
/// (history), gridlines, labelled axes and a legend, rendered as one inline SVG element with a
/// `<title>` and `<desc>` for screen readers. Coordinates are computed here, not by a script.
public struct LineChart: Sendable {
    public enum Layer: Sendable {
        case band(lower: [ChartPoint], upper: [ChartPoint], color: String, label: String)
        /// Each segment is drawn as its own path (gaps where data is unknown).
        case line(segments: [[ChartPoint]], color: String, label: String, dash: String? = nil, width: Double = 2)
    }

    public var id: String
    public var title: String
    /// The text alternative: what the chart shows, in words and numbers.
    public var summary: String
    public var xLabel: String
    public var yLabel: String
    public var xDomain: ClosedRange<Double>
    public var xTicks: [(value: Double, label: String)]
    public var yDomain: ClosedRange<Double>
    public var yTicks: [Double]
    public var yTickSuffix: String
    public var layers: [Layer]
    public var width = 720.0
    public var height = 320.0
    public static let margin = (top: 36.0, right: 18.0, bottom: 50.0, left: 62.0)

    public init(id: String, title: String, summary: String, xLabel: String, yLabel: String,
                xDomain: ClosedRange<Double>, xTicks: [(value: Double, label: String)],
                yDomain: ClosedRange<Double>, yTicks: [Double], yTickSuffix: String = "", layers: [Layer]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xDomain = xDomain
        self.xTicks = xTicks
        self.yDomain = yDomain
        self.yTicks = yTicks
        self.yTickSuffix = yTickSuffix
        self.layers = layers
    }

    public var xScale: LinearScale { LinearScale(domain: xDomain, range: (Self.margin.left, width - Self.margin.right)) }
    public var yScale: LinearScale { LinearScale(domain: yDomain, range: (height - Self.margin.bottom, Self.margin.top)) }

    /// `M x,y L x,y …` in pixels.
    public func path(_ points: [ChartPoint]) -> String {
        let x = xScale, y = yScale
        return points.enumerated().map { k, p in
            (k == 0 ? "M" : "L") + Markup.coordinate(x(p.x)) + "," + Markup.coordinate(y(p.y))
        }.joined()
    }

    /// The closed area between `lower` and `upper` (same x values): along the upper edge, back
    /// along the lower edge.
    public func bandPath(lower: [ChartPoint], upper: [ChartPoint]) -> String {
        guard !upper.isEmpty else { return "" }
        return path(upper + lower.reversed()) + "Z"
    }

    /// Step-function points: each value holds until the next change (vertical jumps), the last
    /// one until `end`.
    public static func steps(_ changes: [ChartPoint], end: Double) -> [ChartPoint] {
        var points: [ChartPoint] = []
        for (k, c) in changes.enumerated() {
            points.append(c)
            let next = k + 1 < changes.count ? changes[k + 1].x : end
            points.append(ChartPoint(x: next, y: c.y))
        }
        return points
    }

    public func svg() -> String {
        let m = Self.margin
        let x = xScale, y = yScale
        let left = m.left, right = width - m.right, top = m.top, bottom = height - m.bottom
        let c = Markup.coordinate
        let e = Markup.escape
        var s = "<svg id=\"\(e(id))\" class=\"chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
        s += "aria-labelledby=\"\(e(id))-title \(e(id))-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(e(id))-title\">\(e(title))</title><desc id=\"\(e(id))-desc\">\(e(summary))</desc>"
        s += "<defs><clipPath id=\"\(e(id))-clip\"><rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(right - left))\" height=\"\(c(bottom - top))\"/></clipPath></defs>"
        // Grid and y axis.
        s += "<g class=\"grid\" aria-hidden=\"true\">"
        for t in yTicks {
            s += "<line x1=\"\(c(left))\" x2=\"\(c(right))\" y1=\"\(c(y(t)))\" y2=\"\(c(y(t)))\"/>"
        }
        for t in xTicks {
            s += "<line x1=\"\(c(x(t.value)))\" x2=\"\(c(x(t.value)))\" y1=\"\(c(top))\" y2=\"\(c(bottom))\"/>"
        }
        s += "</g><g class=\"axis\" aria-hidden=\"true\">"
        s += "<line x1=\"\(c(left))\" x2=\"\(c(right))\" y1=\"\(c(bottom))\" y2=\"\(c(bottom))\"/>"
        s += "<line x1=\"\(c(left))\" x2=\"\(c(left))\" y1=\"\(c(top))\" y2=\"\(c(bottom))\"/>"
        for t in yTicks {
            s += "<text x=\"\(c(left - 6))\" y=\"\(c(y(t) + 4))\" text-anchor=\"end\">\(e(Markup.tick(t) + yTickSuffix))</text>"
        }
        for t in xTicks {
            s += "<line x1=\"\(c(x(t.value)))\" x2=\"\(c(x(t.value)))\" y1=\"\(c(bottom))\" y2=\"\(c(bottom + 5))\"/>"
            s += "<text x=\"\(c(x(t.value)))\" y=\"\(c(bottom + 18))\" text-anchor=\"middle\">\(e(t.label))</text>"
        }
        s += "<text class=\"axis-title\" x=\"\(c((left + right) / 2))\" y=\"\(c(height - 8))\" text-anchor=\"middle\">\(e(xLabel))</text>"
        s += "<text class=\"axis-title\" transform=\"translate(14,\(c((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(e(yLabel))</text>"
        s += "</g><g class=\"data\" clip-path=\"url(#\(e(id))-clip)\">"
        for layer in layers {
            switch layer {
            case let .band(lower, upper, color, label):
                s += "<path class=\"band\" d=\"\(bandPath(lower: lower, upper: upper))\" fill=\"\(color)\" fill-opacity=\"0.22\" stroke=\"none\"><title>\(e(label))</title></path>"
            case let .line(segments, color, label, dash, lineWidth):
                for segment in segments where !segment.isEmpty {
                    let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                    s += "<path class=\"line\" d=\"\(path(segment))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(c(lineWidth))\"\(dashAttribute) stroke-linejoin=\"round\"><title>\(e(label))</title></path>"
                }
            }
        }
        s += "</g>" + legend() + "</svg>"
        return s
    }

    /// One row of swatches and labels above the plot.
    func legend() -> String {
        let c = Markup.coordinate
        var s = "<g class=\"legend\">"
        var at = Self.margin.left
        let baseline = 16.0
        for layer in layers {
            switch layer {
            case let .band(_, _, color, label):
                s += "<rect x=\"\(c(at))\" y=\"\(c(baseline - 9))\" width=\"18\" height=\"10\" fill=\"\(color)\" fill-opacity=\"0.22\" stroke=\"\(color)\" stroke-width=\"0.5\"/>"
                s += "<text x=\"\(c(at + 23))\" y=\"\(c(baseline))\">\(Markup.escape(label))</text>"
                at += 23 + Self.textWidth(label) + 16
            case let .line(_, color, label, dash, lineWidth):
                let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                s += "<line x1=\"\(c(at))\" x2=\"\(c(at + 18))\" y1=\"\(c(baseline - 4))\" y2=\"\(c(baseline - 4))\" stroke=\"\(color)\" stroke-width=\"\(c(lineWidth))\"\(dashAttribute)/>"
                s += "<text x=\"\(c(at + 23))\" y=\"\(c(baseline))\">\(Markup.escape(label))</text>"
                at += 23 + Self.textWidth(label) + 16
            }
        }
        return s + "</g>"
    }

    /// A width estimate for 12 px sans-serif text (layout only).
    static func textWidth(_ text: String) -> Double { Double(text.count) * 6.4 }
}
