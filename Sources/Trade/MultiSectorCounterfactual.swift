/// The solved multi-sector counterfactual.
public struct MultiSectorCounterfactual: Sendable {
    public let baseline: MultiSectorBaseline
    public let elasticities: [Double]
    public let wageHat: [Double]
    /// `P̂_sj`, flat `[s * N + j]`.
    public let sectorPriceIndexHat: [Double]
    /// `P̂_j = Π_s P̂_sj^α_sj`.
    public let priceIndexHat: [Double]
    /// `E′_j`.
    public let expenditure: [Double]
    /// `X′[s][i][j]`.
    public let flows: [Double]
    /// `R′_j`.
    public let tariffRevenue: [Double]
    public let stats: SolveStats

    /// `Ŵ_j = Ê_j / P̂_j`.
    public var welfareHat: [Double] {
        (0..<baseline.count).map { expenditure[$0] / baseline.expenditure[$0] / priceIndexHat[$0] }
    }
    public var welfareChangePercent: [Double] { welfareHat.map { 100 * ($0 - 1) } }

    /// `X′_ij` summed over sectors.
    public func totalFlow(exporter i: Int, importer j: Int) -> Double {
        let n = baseline.count
        return (0..<baseline.sectorCount).reduce(0) { $0 + flows[$1 * n * n + i * n + j] }
    }
}
