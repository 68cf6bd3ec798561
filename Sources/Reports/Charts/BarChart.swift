/// Horizontal bars of probabilities (0–100%), each labelled with its name and value, so the
/// chart reads without colour.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var color: String
        public init(label: String, value: Double, color: String) {
            self.label = label
            self.value = value
            self.color = color
        }
    }

    public var id: String
    public var title: String
    public var bars: [Bar]
    public var width = 720.0
    public static let labelWidth = 190.0, rowHeight = 26.0, valueWidth = 64.0

    public init(id: String, title: String, bars: [Bar]) {
        self.id = id
        self.title = title
        self.bars = bars
    }

    public var height: Double { Double(bars.count) * Self.rowHeight + 8 }
    /// Probability 0…1 → pixels.
    public var scale: LinearScale { LinearScale(domain: 0...1, range: (Self.labelWidth, width - Self.valueWidth)) }

    public func svg() -> String {
        let c = Markup.coordinate, e = Markup.escape
        let summary = bars.map { "\($0.label) \(Markup.percent($0.value))" }.joined(separator: "; ")
        var s = "<svg id=\"\(e(id))\" class=\"chart bars\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
        s += "aria-labelledby=\"\(e(id))-title \(e(id))-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(e(id))-title\">\(e(title))</title><desc id=\"\(e(id))-desc\">\(e(summary))</desc>"
        let x = scale
        for (k, bar) in bars.enumerated() {
            let top = 4 + Double(k) * Self.rowHeight
            let w = max(0, x(min(1, max(0, bar.value))) - x(0))
            s += "<text x=\"\(c(Self.labelWidth - 8))\" y=\"\(c(top + 16))\" text-anchor=\"end\">\(e(bar.label))</text>"
            s += "<rect x=\"\(c(x(0)))\" y=\"\(c(top + 3))\" width=\"\(c(x(1) - x(0)))\" height=\"18\" class=\"track\"/>"
            s += "<rect x=\"\(c(x(0)))\" y=\"\(c(top + 3))\" width=\"\(c(w))\" height=\"18\" fill=\"\(bar.color)\"/>"
            s += "<text x=\"\(c(x(1) + 8))\" y=\"\(c(top + 16))\">\(e(Markup.percent(bar.value)))</text>"
        }
        return s + "</svg>"
    }
}
