import RealModule

/// The solved counterfactual and every output of docs/model.md §10.4.
///
/// Levels (`expenditure`, `flows`, `tariffRevenue`) are in the baseline's money units, with world
/// nominal GDP held fixed (the normalisation). Matrices are flat, `[exporter * N + importer]`.
public struct Counterfactual: Sendable {
    /// The baseline the changes are measured from (the balanced one when deficits are purged).
    public let baseline: Baseline
    public let elasticity: Double
    /// `t′` (fractions).
    public let tariffs: TariffMatrix
    /// `D′`.
    public let deficits: [Double]
    /// `ŵ_i`.
    public let wageHat: [Double]
    /// `P̂_j = S_j^(−1/ε)`.
    public let priceIndexHat: [Double]
    /// `E′_j` (tariff-inclusive absorption).
    public let expenditure: [Double]
    /// `X′[i][j]` at pre-tariff values.
    public let flows: [Double]
    /// `λ′[i][j]`.
    public let shares: [Double]
    /// `R′_j = Σ_i t′_ij X′_ij`.
    public let tariffRevenue: [Double]
    public let stats: SolveStats

    public var regions: [String] { baseline.regions }
    public var count: Int { baseline.count }
    public var iterations: Int { stats.iterations }

    /// `Ê_j = E′_j / E_j`.
    public var expenditureHat: [Double] { (0..<count).map { expenditure[$0] / baseline.expenditure[$0] } }

    /// `Ŵ_j = Ê_j / P̂_j`, the headline welfare change (real absorption).
    public var welfareHat: [Double] { (0..<count).map { expenditure[$0] / baseline.expenditure[$0] / priceIndexHat[$0] } }

    /// `100 (Ŵ_j − 1)`: "welfare %".
    public var welfareChangePercent: [Double] { welfareHat.map { 100 * ($0 - 1) } }

    /// `X′_ij`.
    public func flow(exporter i: Int, importer j: Int) -> Double { flows[i * count + j] }

    /// `100 (X′_ij / X_ij − 1)` (pre-tariff values, in world-GDP units); nil when `X_ij = 0`.
    public func tradeValueChangePercent(exporter i: Int, importer j: Int) -> Double? {
        let x0 = baseline.flows[i * count + j]
        return x0 > 0 ? 100 * (flows[i * count + j] / x0 - 1) : nil
    }

    /// `100 (X′_ij / (X_ij ŵ_i τ̂_ij) − 1)` for `τ̂ = 1`; nil when `X_ij = 0`.
    public func tradeVolumeChangePercent(exporter i: Int, importer j: Int, tradeCostHat: Double = 1) -> Double? {
        let x0 = baseline.flows[i * count + j]
        return x0 > 0 ? 100 * (flows[i * count + j] / (x0 * wageHat[i] * tradeCostHat) - 1) : nil
    }

    /// `100 (ŵ_j / P̂_j − 1)`.
    public var realWageChangePercent: [Double] { (0..<count).map { 100 * (wageHat[$0] / priceIndexHat[$0] - 1) } }

    /// `100 (((ŵ_j Y_j + R′_j)/(Y_j + R_j)) / P̂_j − 1)`: real income excluding the deficit.
    public var realIncomeExcludingDeficitChangePercent: [Double] {
        (0..<count).map { j in
            let y = baseline.output[j], r = baseline.tariffRevenue[j]
            return 100 * (((wageHat[j] * y + tariffRevenue[j]) / (y + r)) / priceIndexHat[j] - 1)
        }
    }

    /// `λ̂_jj = λ′_jj / λ_jj` (nil when `λ_jj = 0`).
    public func ownShareHat(_ j: Int) -> Double? {
        let l0 = baseline.shares[j * count + j]
        return l0 > 0 ? shares[j * count + j] / l0 : nil
    }

    /// `Σ_i X′_ij − Σ_k X′_jk`: the counterfactual deficit implied by the flows (equals `D′_j`).
    public func impliedDeficit(_ j: Int) -> Double {
        var imports = 0.0, exports = 0.0
        for k in 0..<count {
            imports += flows[k * count + j]
            exports += flows[j * count + k]
        }
        return imports - exports
    }
}
