/// Exact counts of the values a series takes (tariff levels: a handful of distinct values),
/// cheaper than a hashed dictionary on the ensemble's hot path: a linear scan that starts at
/// the last value seen, which is usually the one seen again. Counts are integers, so merging
/// in any order gives the same table; `sorted` gives a deterministic order for output.
public struct ValueCounts: Sendable, Equatable {
    private(set) var keys: [Double] = []
    private(set) var counts: [Int] = []
    private var last = 0

    public init() {}

    public var total: Int { counts.reduce(0, +) }

    public mutating func add(_ value: Double, count: Int = 1) {
        if last < keys.count, keys[last].bitPattern == value.bitPattern {
            counts[last] += count
            return
        }
        for k in keys.indices where keys[k].bitPattern == value.bitPattern {
            counts[k] += count
            last = k
            return
        }
        keys.append(value)
        counts.append(count)
        last = keys.count - 1
    }

    public mutating func merge(_ other: ValueCounts) {
        for (k, value) in other.keys.enumerated() { add(value, count: other.counts[k]) }
    }

    /// (value, count) pairs in increasing order of value.
    public var sorted: [(value: Double, count: Int)] {
        zip(keys, counts).map { (value: $0, count: $1) }.sorted { $0.value < $1.value }
    }

    public static func == (a: ValueCounts, b: ValueCounts) -> Bool {
        a.sorted.elementsEqual(b.sorted) { $0.value.bitPattern == $1.value.bitPattern && $0.count == $1.count }
    }
}
