import RealModule

/// Sampling primitives on any generator, written out so that a seed's draws never change with
/// the toolchain (the standard library's `random(in:)` and `shuffle` algorithms may).
extension RandomNumberGenerator {
    /// A double uniform on [0, 1) with 53 random bits.
    @inlinable
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A double uniform on [lower, upper).
    @inlinable
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// An integer uniform on 0..<bound without modulo bias (Lemire 2019, "Fast random integer
    /// generation in an interval").
    @inlinable
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// An integer uniform on the closed range.
    @inlinable
    public mutating func uniform(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if width == 0 { return Int(bitPattern: UInt(next())) }  // the whole Int range
        return range.lowerBound &+ Int(bitPattern: UInt(uniform(below: width)))
    }

    /// True with probability p (p outside [0, 1] is clamped). Always draws exactly once, so
    /// the stream stays aligned across variants that differ only in p (common random numbers).
    @inlinable
    public mutating func bernoulli(_ p: Double) -> Bool {
        uniform() < p
    }

    /// A standard normal draw by the Box–Muller transform (two uniforms per call, no caching,
    /// so the number of draws per call is fixed).
    @inlinable
    public mutating func normal() -> Double {
        let u1 = 1.0 - uniform()  // (0, 1]: log stays finite
        let u2 = uniform()
        return (-2.0 * Double.log(u1)).squareRoot() * Double.cos(2.0 * Double.pi * u2)
    }

    /// A normal draw with the given mean and standard deviation.
    @inlinable
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// Shuffles in place by Fisher–Yates (Durstenfeld), drawing from the end.
    @inlinable
    public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ items: inout C)
    where C.Index == Int {
        var i = items.count - 1
        while i > 0 {
            let j = Int(uniform(below: UInt64(i + 1)))
            items.swapAt(items.startIndex + i, items.startIndex + j)
            i -= 1
        }
    }
}
