/// xoshiro256** 1.0 (Blackman & Vigna 2018), the generator behind every random draw.
///
/// We own the algorithm so that a seed gives the same stream on every platform and toolchain:
/// the standard library's generators and sampling helpers may change between Swift versions.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Seeds the 256-bit state from four SplitMix64 outputs, as the reference code recommends.
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        self.init(state: (expander.next(), expander.next(), expander.next(), expander.next()))
    }

    public init(seed: Seed) { self.init(seed: seed.value) }

    /// Starts from an explicit state; an all-zero state is a fixed point and is rejected.
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** state must not be all zero")
        (s0, s1, s2, s3) = state
    }

    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inlinable @inline(__always)
    func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }
}

/// The generator the project uses everywhere.
public typealias BackchannelRNG = Xoshiro256StarStar
