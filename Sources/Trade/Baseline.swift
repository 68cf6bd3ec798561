/// The calibrated baseline of docs/model.md §10.3: flows at pre-tariff values, baseline tariffs,
/// and everything implied by them (shares, output, expenditure, revenue, deficits).
///
/// All matrices are flat and row-major, `[exporter * count + importer]`.
public struct Baseline: Sendable, Equatable {
    public let regions: [String]
    public var count: Int { regions.count }
    /// `X[i][j]`: goods from exporter `i` bought by importer `j`, at pre-tariff (customs) value.
    public let flows: [Double]
    /// Baseline tariffs as fractions.
    public let tariffs: TariffMatrix
    /// `λ[i][j]`: the share of `j`'s tariff-inclusive spending that goes to goods from `i`.
    public let shares: [Double]
    /// `Y_i = Σ_j X_ij` (row sums, GDP in the model).
    public let output: [Double]
    /// `E_j = Σ_i (1 + t_ij) X_ij` (tariff-inclusive absorption).
    public let expenditure: [Double]
    /// `R_j = Σ_i t_ij X_ij`.
    public let tariffRevenue: [Double]
    /// `D_j = Σ_i X_ij − Y_j` (imports minus exports).
    public let deficits: [Double]

    /// Calibrates from rows `flows[exporter][importer]` and optional baseline tariffs (zero if
    /// omitted). If `deficits` are given, they must equal the ones implied by the flows.
    public init(regions: [String], flows: [[Double]], tariffs: TariffMatrix? = nil, deficits: [Double]? = nil) throws {
        let n = flows.count
        for row in flows where row.count != n { throw TradeError.notSquare(rows: n, columns: row.count) }
        try self.init(regions: regions, flatFlows: flows.flatMap { $0 }, tariffs: tariffs, deficits: deficits)
    }

    /// Calibrates from a flat row-major flow matrix (see ``init(regions:flows:tariffs:deficits:)``).
    public init(regions: [String], flatFlows x: [Double], tariffs: TariffMatrix? = nil, deficits givenDeficits: [Double]? = nil) throws {
        let n = regions.count
        guard n >= 2 else { throw TradeError.invalidRegions("need at least two regions, found \(n)") }
        var seen = Set<String>()
        for name in regions {
            if name.isEmpty { throw TradeError.invalidRegions("empty region name") }
            if !seen.insert(name).inserted { throw TradeError.invalidRegions("duplicate region \"\(name)\"") }
        }
        guard x.count == n * n else {
            throw TradeError.sizeMismatch(what: "flow matrix", expected: n * n, found: x.count)
        }
        let t = tariffs ?? TariffMatrix(zeros: n)
        guard t.count == n else { throw TradeError.sizeMismatch(what: "baseline tariffs", expected: n, found: t.count) }
        try t.validate(regions: regions)
        for i in 0..<n {
            for j in 0..<n where !(x[i * n + j] >= 0) || !x[i * n + j].isFinite {
                throw TradeError.invalidFlow(exporter: regions[i], importer: regions[j], value: x[i * n + j])
            }
        }
        var y = [Double](repeating: 0, count: n)
        var e = [Double](repeating: 0, count: n)
        var r = [Double](repeating: 0, count: n)
        var imports = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in 0..<n {
                let v = x[i * n + j], tij = t.values[i * n + j]
                y[i] += v
                imports[j] += v
                e[j] += (1 + tij) * v
                r[j] += tij * v
            }
        }
        for k in 0..<n {
            if !(y[k] > 0) { throw TradeError.degenerateRegion(region: regions[k], reason: "zero output (its row of flows sums to 0)") }
            if !(e[k] > 0) { throw TradeError.degenerateRegion(region: regions[k], reason: "zero expenditure (its column of flows sums to 0)") }
        }
        var lambda = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n { lambda[i * n + j] = (1 + t.values[i * n + j]) * x[i * n + j] / e[j] }
        }
        var d = [Double](repeating: 0, count: n)
        for j in 0..<n { d[j] = imports[j] - y[j] }
        if let given = givenDeficits {
            guard given.count == n else { throw TradeError.sizeMismatch(what: "deficits", expected: n, found: given.count) }
            let scale = y.reduce(0, +)
            for j in 0..<n where !(abs(given[j] - d[j]) <= 1e-9 * scale) {
                throw TradeError.inconsistentDeficits(
                    "\(regions[j]): given \(given[j]) but the flows imply \(d[j]) (imports minus exports)")
            }
        }
        self.regions = regions
        self.flows = x
        self.tariffs = t
        self.shares = lambda
        self.output = y
        self.expenditure = e
        self.tariffRevenue = r
        self.deficits = d
    }

    /// The index of a region by name.
    public func index(of region: String) throws -> Int {
        guard let k = regions.firstIndex(of: region) else { throw TradeError.unknownRegion(region) }
        return k
    }

    /// `X[exporter][importer]`.
    public func flow(exporter: Int, importer: Int) -> Double { flows[exporter * count + importer] }

    /// True when every deficit is zero up to rounding (1e-12 of world output).
    public var isBalanced: Bool {
        let scale = output.reduce(0, +)
        return deficits.allSatisfy { abs($0) <= 1e-12 * scale }
    }
}
