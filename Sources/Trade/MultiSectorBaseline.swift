/// The multi-sector baseline of docs/model.md §10.8 (CRC 2014 without intermediate inputs):
/// Cobb–Douglas across sectors, CES within a sector, one wage per country.
///
/// Sector matrices are flat and row-major; sector `s` occupies `[s * N * N ..< (s + 1) * N * N]`.
public struct MultiSectorBaseline: Sendable {
    public let regions: [String]
    public let sectorCount: Int
    public var count: Int { regions.count }
    /// `X[s][i][j]` at pre-tariff values.
    public let flows: [Double]
    /// `t[s][i][j]` (fractions).
    public let tariffs: [TariffMatrix]
    /// `λ[s][i][j]`, each sector's column summing to 1 (0 where the sector has no spending).
    public let shares: [Double]
    /// `α[s][j]`: `j`'s expenditure share of sector `s`, flat `[s * N + j]`.
    public let sectorShares: [Double]
    /// `Y_i = Σ_s Σ_j X_sij`.
    public let output: [Double]
    /// `E_j = Σ_s Σ_i (1 + t_sij) X_sij`.
    public let expenditure: [Double]
    /// `R_j = Σ_s Σ_i t_sij X_sij`.
    public let tariffRevenue: [Double]
    /// `D_j = Σ_s Σ_i X_sij − Y_j`.
    public let deficits: [Double]

    /// Calibrates from `flows[s][exporter][importer]` and optional tariffs per sector (zero if
    /// omitted).
    public init(regions: [String], sectorFlows: [[[Double]]], tariffs: [TariffMatrix]? = nil) throws {
        let n = regions.count
        let sCount = sectorFlows.count
        guard sCount >= 1 else { throw TradeError.invalidSectors("need at least one sector") }
        if let t = tariffs, t.count != sCount {
            throw TradeError.invalidSectors("\(sCount) sectors of flows but \(t.count) of tariffs")
        }
        var flat = [Double]()
        flat.reserveCapacity(sCount * n * n)
        for (s, matrix) in sectorFlows.enumerated() {
            guard matrix.count == n else {
                throw TradeError.invalidSectors("sector \(s): \(matrix.count) rows for \(n) regions")
            }
            for row in matrix where row.count != n { throw TradeError.notSquare(rows: n, columns: row.count) }
            flat += matrix.flatMap { $0 }
        }
        try self.init(regions: regions, sectorCount: sCount, flatFlows: flat, tariffs: tariffs)
    }

    /// Calibrates from flat sector flows (see the type's layout).
    public init(regions: [String], sectorCount sCount: Int, flatFlows x: [Double], tariffs: [TariffMatrix]? = nil) throws {
        let n = regions.count, nn = n * n
        guard sCount >= 1 else { throw TradeError.invalidSectors("need at least one sector") }
        guard x.count == sCount * nn else { throw TradeError.sizeMismatch(what: "sector flows", expected: sCount * nn, found: x.count) }
        let t = tariffs ?? [TariffMatrix](repeating: TariffMatrix(zeros: n), count: sCount)
        guard t.count == sCount else { throw TradeError.invalidSectors("\(sCount) sectors of flows but \(t.count) of tariffs") }
        // validates regions, each sector's flows and tariffs through the one-sector calibration
        var total = [Double](repeating: 0, count: nn)
        for s in 0..<sCount {
            try t[s].validate(regions: regions)
            for k in 0..<nn {
                let v = x[s * nn + k]
                if !(v >= 0) || !v.isFinite {
                    throw TradeError.invalidFlow(exporter: regions[k / n], importer: regions[k % n], value: v)
                }
                total[k] += v
            }
        }
        let aggregate = try Baseline(regions: regions, flatFlows: total)
        var spend = [Double](repeating: 0, count: sCount * n)   // Σ_i (1+t) X per (s, j)
        var e = [Double](repeating: 0, count: n)
        var r = [Double](repeating: 0, count: n)
        for s in 0..<sCount {
            for i in 0..<n {
                for j in 0..<n {
                    let v = x[s * nn + i * n + j], tij = t[s].values[i * n + j]
                    spend[s * n + j] += (1 + tij) * v
                    e[j] += (1 + tij) * v
                    r[j] += tij * v
                }
            }
        }
        var lambda = [Double](repeating: 0, count: sCount * nn)
        var alpha = [Double](repeating: 0, count: sCount * n)
        for s in 0..<sCount {
            for j in 0..<n {
                alpha[s * n + j] = spend[s * n + j] / e[j]
                guard spend[s * n + j] > 0 else { continue }
                for i in 0..<n {
                    lambda[s * nn + i * n + j] = (1 + t[s].values[i * n + j]) * x[s * nn + i * n + j] / spend[s * n + j]
                }
            }
        }
        self.regions = regions
        self.sectorCount = sCount
        self.flows = x
        self.tariffs = t
        self.shares = lambda
        self.sectorShares = alpha
        self.output = aggregate.output
        self.expenditure = e
        self.tariffRevenue = r
        self.deficits = aggregate.deficits
    }

    /// The balanced baseline: unchanged tariffs with `D′ = 0`, recalibrated (cf. docs/model.md §10.4).
    public func purgingDeficits(elasticities: [Double]) throws -> MultiSectorBaseline {
        let solver = try MultiSectorSolver(baseline: self, elasticities: elasticities)
        let cf = try solver.solve(tariffs: tariffs, deficits: [Double](repeating: 0, count: count))
        return try MultiSectorBaseline(regions: regions, sectorCount: sectorCount, flatFlows: cf.flows, tariffs: tariffs)
    }
}
