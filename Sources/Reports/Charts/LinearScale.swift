import Foundation

/// A linear map from a data interval to a pixel interval (either may be reversed: SVG's y axis
/// points down, so a y scale maps the domain's lower end to the plot's bottom edge).
public struct LinearScale: Sendable, Equatable {
    public var domain: (lower: Double, upper: Double)
    public var range: (from: Double, to: Double)

    public init(domain: ClosedRange<Double>, range: (from: Double, to: Double)) {
        self.domain = (domain.lowerBound, domain.upperBound)
        self.range = range
    }

    /// The pixel position of `value`; the middle of the range for an empty domain.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span > 0 else { return (range.from + range.to) / 2 }
        return range.from + (value - domain.lower) / span * (range.to - range.from)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}

/// Axis ticks at "nice" values (1, 2, 2.5, 5 × 10^k).
public enum NiceTicks {
    /// The nice step for about `count` intervals over `span`.
    public static func step(span: Double, count: Int) -> Double {
        guard span > 0, count > 0 else { return 1 }
        let raw = span / Double(count)
        let magnitude = pow(10, log10(raw).rounded(.down))
        for m in [1.0, 2, 2.5, 5, 10] where m * magnitude >= raw * (1 - 1e-12) { return m * magnitude }
        return 10 * magnitude
    }

    /// A domain from `lower` (rounded down) to `upper` (rounded up) to whole steps, and its ticks.
    public static func domain(lower: Double, upper: Double, count: Int) -> (domain: ClosedRange<Double>, ticks: [Double]) {
        let upper = upper > lower ? upper : lower + 1
        let s = step(span: upper - lower, count: count)
        let lo = (lower / s).rounded(.down) * s, hi = (upper / s - 1e-9).rounded(.up) * s
        let n = Int(((hi - lo) / s).rounded())
        return (lo...hi, (0...n).map { lo + Double($0) * s })
    }
}
