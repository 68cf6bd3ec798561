/// Ad-valorem tariffs as **fractions** (0.25 means 25 %), stored flat and row-major as `[i][j]`
/// with `i` the exporter (row) and `j` the importer (column): `t[i][j]` is the tariff imposed by
/// importer `j` on goods from exporter `i` (docs/model.md §10.1). Own tariffs `t[j][j]` are 0.
public struct TariffMatrix: Sendable, Equatable {
    public let count: Int
    /// Row-major values, `values[exporter * count + importer]`.
    public private(set) var values: [Double]

    /// All tariffs zero (free trade).
    public init(zeros count: Int) {
        precondition(count >= 0)
        self.count = count
        self.values = [Double](repeating: 0, count: count * count)
    }

    /// From rows `[exporter][importer]`.
    public init(rows: [[Double]]) throws {
        let n = rows.count
        for row in rows where row.count != n { throw TradeError.notSquare(rows: n, columns: row.count) }
        self.count = n
        self.values = rows.flatMap { $0 }
    }

    /// From a flat row-major array of `count * count` values.
    public init(count: Int, values: [Double]) {
        precondition(values.count == count * count, "expected \(count * count) tariffs")
        self.count = count
        self.values = values
    }

    /// The tariff imposed by `importer` on goods from `exporter`, as a fraction.
    public subscript(exporter exporter: Int, importer importer: Int) -> Double {
        get { values[exporter * count + importer] }
        set { values[exporter * count + importer] = newValue }
    }

    /// A copy with the tariff of `importer` on `exporter` set to `level` (a fraction).
    public func setting(importer: Int, exporter: Int, to level: Double) -> TariffMatrix {
        var copy = self
        copy[exporter: exporter, importer: importer] = level
        return copy
    }

    /// Rows `[exporter][importer]`.
    public var rows: [[Double]] {
        (0..<count).map { i in Array(values[(i * count)..<((i + 1) * count)]) }
    }

    /// Throws unless every tariff is finite and non-negative and own tariffs are zero.
    public func validate(regions: [String]) throws {
        guard regions.count == count else {
            throw TradeError.sizeMismatch(what: "tariffs", expected: regions.count, found: count)
        }
        for i in 0..<count {
            for j in 0..<count {
                let t = values[i * count + j]
                if !t.isFinite {
                    throw TradeError.invalidTariff(importer: regions[j], exporter: regions[i], value: t, reason: "not finite")
                }
                if t < 0 {
                    throw TradeError.invalidTariff(importer: regions[j], exporter: regions[i], value: t, reason: "negative")
                }
                if i == j && t != 0 {
                    throw TradeError.invalidTariff(importer: regions[j], exporter: regions[i], value: t, reason: "a region cannot tax its own goods")
                }
            }
        }
    }
}
