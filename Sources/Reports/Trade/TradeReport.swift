import Foundation
import Trade

/// The results of one `trade` invocation and their two renderings.
public struct TradeReport {
    public let calibration: String
    public let world: TradeWorld
    public let counterfactual: Counterfactual
    /// (importer, exporter) pairs set by --tariff, in order.
    public let setTariffs: [(String, String)]
    public var bestResponse: BestResponse?
    public var nash: NashEquilibrium?

    public init(calibration: String, world: TradeWorld, counterfactual: Counterfactual, setTariffs: [(String, String)]) {
        self.calibration = calibration
        self.world = world
        self.counterfactual = counterfactual
        self.setTariffs = setTariffs
    }

    // MARK: JSON (snake_case, numbers as numbers)

    struct BestResponseDTO: Encodable {
        var importer: String
        var exporter: String
        var tariffPct: Double
        var welfareChangePct: [String: Double]
        enum CodingKeys: String, CodingKey {
            case importer, exporter, tariffPct = "tariff_pct", welfareChangePct = "welfare_change_pct"
        }
    }

    struct NashDTO: Encodable {
        var tariffsPct: [String: Double]
        var welfareChangePct: [String: Double]
        var rounds: Int
        enum CodingKeys: String, CodingKey {
            case tariffsPct = "tariffs_pct", welfareChangePct = "welfare_change_pct", rounds
        }
    }

    struct DTO: Encodable {
        var calibration: String
        var regions: [String]
        var elasticity: Double
        var deficits: String
        var tariffsPct: [String: Double]
        var welfareChangePct: [String: Double]
        var wageHat: [String: Double]
        var priceIndexHat: [String: Double]
        var tariffRevenue: [String: Double]
        var tradeValueChangePct: [String: Double]
        var iterations: Int
        var method: String
        var converged: Bool
        var bestResponse: BestResponseDTO?
        var nash: NashDTO?
        enum CodingKeys: String, CodingKey {
            case calibration, regions, elasticity, deficits, iterations, method, converged, nash
            case tariffsPct = "tariffs_pct", welfareChangePct = "welfare_change_pct", wageHat = "wage_hat"
            case priceIndexHat = "price_index_hat", tariffRevenue = "tariff_revenue"
            case tradeValueChangePct = "trade_value_change_pct", bestResponse = "best_response"
        }
    }

    func byRegion(_ values: [Double]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(world.regions, values))
    }

    func dto() -> DTO {
        let n = world.count, r = world.regions
        var trade: [String: Double] = [:]
        for i in 0..<n {
            for j in 0..<n where i != j {
                if let v = counterfactual.tradeValueChangePercent(exporter: i, importer: j) { trade["\(r[i])->\(r[j])"] = v }
            }
        }
        var set: [String: Double] = [:]
        for (imp, exp) in setTariffs {
            let j = r.firstIndex(of: imp)!, i = r.firstIndex(of: exp)!
            set["\(imp):\(exp)"] = 100 * counterfactual.tariffs[exporter: i, importer: j]
        }
        var out = DTO(
            calibration: calibration, regions: r, elasticity: world.elasticity, deficits: world.deficits.rawValue,
            tariffsPct: set,
            welfareChangePct: byRegion(counterfactual.welfareChangePercent),
            wageHat: byRegion(counterfactual.wageHat),
            priceIndexHat: byRegion(counterfactual.priceIndexHat),
            tariffRevenue: byRegion(counterfactual.tariffRevenue),
            tradeValueChangePct: trade,
            iterations: counterfactual.iterations, method: counterfactual.stats.method.rawValue, converged: true)
        if let br = bestResponse {
            out.bestResponse = BestResponseDTO(
                importer: r[br.importer], exporter: r[br.exporter], tariffPct: 100 * br.tariff,
                welfareChangePct: byRegion(br.counterfactual.welfareChangePercent))
        }
        if let ne = nash {
            out.nash = NashDTO(
                tariffsPct: ["\(r[ne.a]):\(r[ne.b])": 100 * ne.tariffAOnB, "\(r[ne.b]):\(r[ne.a])": 100 * ne.tariffBOnA],
                welfareChangePct: byRegion(ne.counterfactual.welfareChangePercent), rounds: ne.rounds)
        }
        return out
    }

    public func jsonString() throws -> String {
        let d = dto()
        try Self.checkFinite(d)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(d), as: UTF8.self)
    }

    static func checkFinite(_ d: DTO) throws {
        let maps: [(String, [String: Double])] = [
            ("welfare_change_pct", d.welfareChangePct), ("wage_hat", d.wageHat), ("price_index_hat", d.priceIndexHat),
            ("tariff_revenue", d.tariffRevenue), ("trade_value_change_pct", d.tradeValueChangePct),
            ("best_response", d.bestResponse?.welfareChangePct ?? [:]), ("nash", d.nash?.welfareChangePct ?? [:]),
            ("nash.tariffs_pct", d.nash?.tariffsPct ?? [:]),
        ]
        for (name, map) in maps where !map.values.allSatisfy(\.isFinite) { throw NonFiniteOutput(field: name) }
        if let br = d.bestResponse, !br.tariffPct.isFinite { throw NonFiniteOutput(field: "best_response.tariff_pct") }
    }

    // MARK: Table (for people)

    /// The pairs whose flows are shown: among the regions named by --tariff, else USA–CHN, else
    /// the first two regions.
    func shownRegions() -> [Int] {
        let r = world.regions
        var names: [String] = []
        for (imp, exp) in setTariffs {
            for x in [imp, exp] where !names.contains(x) { names.append(x) }
        }
        if names.count < 2 { names = r.contains("USA") && r.contains("CHN") ? ["USA", "CHN"] : [r[0], r[1]] }
        return names.compactMap { r.firstIndex(of: $0) }
    }

    /// The table, or `NonFiniteOutput` rather than a NaN or infinity printed.
    public func checkedTable() throws -> String {
        try Self.checkFinite(dto())
        return table()
    }

    public func table() -> String {
        let cf = counterfactual, r = world.regions
        func f(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
        func pad(_ s: String, _ w: Int, left: Bool = false) -> String { left ? TextTable.left(s, w) : TextTable.right(s, w) }
        var lines: [String] = []
        lines.append("Trade counterfactual: \(calibration), ε = \(f(world.elasticity, 2)), deficits \(world.deficits.rawValue) "
            + "(\(cf.stats.method.rawValue), \(cf.iterations) iterations, residual \(String(format: "%.1e", cf.stats.residual)))")
        if !setTariffs.isEmpty {
            let set = setTariffs.map { imp, exp -> String in
                let j = r.firstIndex(of: imp)!, i = r.firstIndex(of: exp)!
                return "\(imp) on \(exp) \(f(100 * cf.tariffs[exporter: i, importer: j], 1))%"
            }
            lines.append("Tariffs set: " + set.joined(separator: ", ") + " (others at baseline)")
        }
        lines.append("")
        let w = max(6, (r.map(\.count).max() ?? 3) + 1)
        lines.append(pad("region", w, left: true) + pad("welfare %", 11) + pad("wage hat", 11) + pad("price hat", 11) + pad("real wage %", 13))
        let welfare = cf.welfareChangePercent, real = cf.realWageChangePercent
        for j in 0..<world.count {
            lines.append(pad(r[j], w, left: true) + pad(f(welfare[j], 4), 11) + pad(f(cf.wageHat[j], 6), 11)
                + pad(f(cf.priceIndexHat[j], 6), 11) + pad(f(real[j], 4), 13))
        }
        let shown = shownRegions()
        lines.append("")
        lines.append(pad("flow (pre-tariff value)", 24, left: true) + pad("baseline", 12) + pad("new", 12) + pad("change %", 10))
        for i in shown {
            for j in shown where i != j {
                let base = world.baseline.flow(exporter: i, importer: j), now = cf.flow(exporter: i, importer: j)
                let change = cf.tradeValueChangePercent(exporter: i, importer: j).map { f($0, 2) } ?? "n/a"
                lines.append(pad("\(r[i]) -> \(r[j])", 24, left: true) + pad(f(base, 1), 12) + pad(f(now, 1), 12) + pad(change, 10))
            }
        }
        if let br = bestResponse {
            lines.append("")
            let wel = br.counterfactual.welfareChangePercent
            lines.append("Best response of \(r[br.importer]) against \(r[br.exporter]): \(f(100 * br.tariff, 3))% "
                + "(welfare %: " + (0..<world.count).map { "\(r[$0]) \(f(wel[$0], 4))" }.joined(separator: ", ") + ")")
        }
        if let ne = nash {
            lines.append("")
            let wel = ne.counterfactual.welfareChangePercent
            lines.append("Nash tariffs of \(r[ne.a]) and \(r[ne.b]) (\(ne.rounds) rounds): \(r[ne.a]) on \(r[ne.b]) \(f(100 * ne.tariffAOnB, 3))%, "
                + "\(r[ne.b]) on \(r[ne.a]) \(f(100 * ne.tariffBOnA, 3))%")
            lines.append("  welfare %: " + (0..<world.count).map { "\(r[$0]) \(f(wel[$0], 4))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
