import ArgumentParser
import Foundation
import Trade
import TradeData

/// `backchannel trade CALIBRATION [--tariff IMPORTER:EXPORTER=PCT]… [--elasticity E]
/// [--deficits fixed|purged] [--best-response IMPORTER:EXPORTER] [--nash A,B] [--format table|json]`
struct TradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trade",
        abstract: "Solve a tariff counterfactual of the Armington trade model (exact hat algebra).",
        discussion: """
            CALIBRATION is a bundled name (\(CalibrationLoader.bundledNames.joined(separator: ", "))) or a path to \
            a calibration .json or a flow-list .csv (columns exporter,importer,trade; baseline tariffs zero).
            --tariff USA:CHN=145 sets the tariff LEVEL that USA imposes on goods from CHN to 145 % (not an \
            increment); other tariffs stay at baseline. Welfare is real absorption (TRADE_MODEL.md §4).
            Exit codes: 0 ok, 64 usage, 65 bad input, 70 no convergence.

            Examples:
              backchannel trade calib_2024 --tariff USA:CHN=145 --tariff CHN:USA=125
              backchannel trade calib_2024 --best-response USA:CHN --deficits purged --format json
              backchannel trade calib_2024 --nash USA,CHN --elasticity 8
              backchannel trade world30_2006 --tariff USA:CHN=60
            """
    )

    enum Deficits: String, ExpressibleByArgument, CaseIterable { case fixed, purged }

    @Argument(help: "A bundled calibration name or a .json/.csv file.")
    var calibration: String

    @Option(name: .customLong("tariff"), help: ArgumentHelp("Tariff level imposed by IMPORTER on EXPORTER, in percent (repeatable).", valueName: "IMPORTER:EXPORTER=PCT"))
    var tariffs: [String] = []

    @Option(help: "Trade elasticity ε (default: the calibration's eps_default, else 4).")
    var elasticity: Double?

    @Option(help: "Deficit treatment: fixed (in levels, default) or purged (balanced baseline first).")
    var deficits: Deficits = .fixed

    @Option(name: .customLong("best-response"), help: ArgumentHelp("Best-response tariff of IMPORTER against EXPORTER.", valueName: "IMPORTER:EXPORTER"))
    var bestResponse: String?

    @Option(help: ArgumentHelp("Nash tariffs of the pair A,B (others fixed).", valueName: "A,B"))
    var nash: String?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    // MARK: - Parsing (syntax errors are usage errors, exit 64)

    struct TariffSpec { var importer: String; var exporter: String; var percent: Double }

    static func parseTariff(_ text: String) throws -> TariffSpec {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let pair = parts.first.map { $0.split(separator: ":", omittingEmptySubsequences: false) } ?? []
        guard parts.count == 2, pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
            throw ValidationError("--tariff \(text): expected IMPORTER:EXPORTER=PCT, e.g. USA:CHN=145")
        }
        guard let pct = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("--tariff \(text): \"\(parts[1])\" is not a number (percent)")
        }
        return TariffSpec(importer: String(pair[0]), exporter: String(pair[1]), percent: pct)
    }

    static func parsePair(_ text: String, separator: Character, option: String, shape: String) throws -> (String, String) {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ValidationError("\(option) \(text): expected \(shape)")
        }
        return (parts[0], parts[1])
    }

    func validate() throws {
        for t in tariffs { _ = try Self.parseTariff(t) }
        if let br = bestResponse { _ = try Self.parsePair(br, separator: ":", option: "--best-response", shape: "IMPORTER:EXPORTER, e.g. USA:CHN") }
        if let pair = nash { _ = try Self.parsePair(pair, separator: ",", option: "--nash", shape: "A,B, e.g. USA,CHN") }
    }

    // MARK: - Run

    func run() throws {
        do {
            let report = try makeReport()
            switch format {
            case .json: print(try report.jsonString())
            case .table: try TradeReport.checkFinite(report.dto()); print(report.table())  // never print NaN/inf
            }
        } catch let error as TradeDataError {
            throw error.underlying?.isNonConvergence == true ? InternalFailure(error.description) as Error : BadInput(error.description)
        } catch let error as TradeError {
            throw error.isNonConvergence ? InternalFailure(error.description) as Error : BadInput(error.description)
        } catch let error as NonFiniteOutput {
            throw InternalFailure(error.description)
        }
    }

    /// Prints `error: …` on stderr and returns the exit code to throw.

    func makeReport() throws -> TradeReport {
        let calib = try CalibrationLoader.resolve(calibration)
        let eps = elasticity ?? calib.defaultElasticity ?? 4
        guard eps.isFinite, eps > 0 else { throw TradeError.invalidElasticity(eps) }
        let treatment: DeficitTreatment = deficits == .fixed ? .fixed : .purged
        let world = try TradeWorld(baseline: calib.baseline, elasticity: eps, deficits: treatment)
        let specs = try tariffs.map(Self.parseTariff)
        for s in specs {
            _ = try world.index(of: s.importer)
            _ = try world.index(of: s.exporter)
            guard s.percent.isFinite, s.percent >= 0, s.importer != s.exporter else {
                throw TradeError.invalidTariff(
                    importer: s.importer, exporter: s.exporter, value: s.percent / 100,
                    reason: !s.percent.isFinite ? "not finite" : (s.percent < 0 ? "negative" : "a region cannot tax its own goods"))
            }
        }
        let t = try world.tariffs(setting: specs.map { ($0.importer, $0.exporter, $0.percent / 100) })
        let cf = try world.solve(tariffs: t)
        var report = TradeReport(calibration: calib.name, world: world, counterfactual: cf, setTariffs: specs.map { ($0.importer, $0.exporter) })
        if let br = bestResponse {
            let (imp, exp) = try Self.parsePair(br, separator: ":", option: "--best-response", shape: "IMPORTER:EXPORTER")
            let result = try world.bestResponse(importer: world.index(of: imp), exporter: world.index(of: exp), tariffs: t)
            report.bestResponse = result
        }
        if let pair = nash {
            let (a, b) = try Self.parsePair(pair, separator: ",", option: "--nash", shape: "A,B")
            report.nash = try world.nashTariffs(world.index(of: a), world.index(of: b), tariffs: t)
        }
        return report
    }
}

struct NonFiniteOutput: Error, CustomStringConvertible {
    var field: String
    var description: String { "internal: non-finite value in \(field); nothing was printed" }
}

/// The results of one `trade` invocation and their two renderings.
struct TradeReport {
    let calibration: String
    let world: TradeWorld
    let counterfactual: Counterfactual
    /// (importer, exporter) pairs set by --tariff, in order.
    let setTariffs: [(String, String)]
    var bestResponse: BestResponse?
    var nash: NashEquilibrium?

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

    func jsonString() throws -> String {
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

    func table() -> String {
        let cf = counterfactual, r = world.regions
        func f(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
        func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
            s.count >= w ? s : (left ? s + String(repeating: " ", count: w - s.count) : String(repeating: " ", count: w - s.count) + s)
        }
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
