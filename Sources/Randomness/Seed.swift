/// A recorded 64-bit seed and the derivation of independent child seeds from it.
///
/// `master.derive("run", i)` gives run i its own seed, and `runSeed.derive("leaks")` gives a
/// purpose its own stream, so results never depend on how work is split across threads or
/// shards, nor on which other streams were consumed.
public struct Seed: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: UInt64

    public init(_ value: UInt64) { self.value = value }

    public var description: String { String(value) }

    /// A child seed for `label` (a purpose such as "leaks") and an optional index (a run number).
    ///
    /// The label is hashed with 64-bit FNV-1a over its UTF-8 bytes (stable, unlike `Hasher`),
    /// then mixed with the parent and the index through SplitMix64's finaliser.
    public func derive(_ label: String, _ index: UInt64 = 0) -> Seed {
        var z = SplitMix64.mix(value ^ SplitMix64.mix(StableHash.fnv1a64(label)))
        z = SplitMix64.mix(z &+ 0x9E37_79B9_7F4A_7C15 &* (index &+ 1))
        return Seed(z)
    }

    public func derive(_ label: String, _ index: Int) -> Seed {
        precondition(index >= 0, "seed index must be non-negative")
        return derive(label, UInt64(index))
    }

    /// A generator seeded from this seed.
    public func generator() -> BackchannelRNG { BackchannelRNG(seed: value) }
}

extension Seed {
    /// The seed of run `index` of an ensemble, batch or sweep unit: the one derivation every
    /// executor uses, so run i of two arms on one master seed shares its random numbers.
    public func run(_ index: Int) -> Seed { derive("run", index) }
}
