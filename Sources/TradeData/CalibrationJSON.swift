import Foundation
import Trade

/// The calibration JSON format of `calib_2024.json`: `regions`, `X` (rows exporter, columns
/// importer, pre-tariff values), optional `t0` (fractions, zero if absent), optional
/// `eps_default`; `derived.Y` and `derived.D_goods_deficit`, when present, must match `X`.
struct CalibrationFile: Decodable {
    struct Derived: Decodable {
        var Y: [Double]?
        var D_goods_deficit: [Double]?
    }
    var description: String?
    var regions: [String]
    var X: [[Double]]
    var t0: [[Double]]?
    var eps_default: Double?
    var derived: Derived?
}

extension CalibrationLoader {
    /// Decodes and calibrates a calibration JSON document; `name` is used in messages.
    public static func calibration(json data: Data, name: String) throws -> Calibration {
        let file: CalibrationFile
        do {
            file = try JSONDecoder().decode(CalibrationFile.self, from: data)
        } catch let error as DecodingError {
            throw TradeDataError(file: name, message: describe(error))
        } catch {
            throw TradeDataError(file: name, message: "not valid JSON (\(error.localizedDescription))")
        }
        let n = file.regions.count
        guard n <= maxRegions else {
            throw TradeDataError(file: name, message: "regions: \(n) regions; a calibration may have at most \(maxRegions)")
        }
        func checkShape(_ m: [[Double]], _ field: String) throws {
            guard m.count == n else {
                throw TradeDataError(file: name, message: "\(field): \(m.count) rows for \(n) regions (the matrix must be square, one row and column per region)")
            }
            for (r, row) in m.enumerated() where row.count != n {
                throw TradeDataError(file: name, message: "\(field): row \(r) (\(file.regions[r])) has \(row.count) entries, expected \(n) (the matrix must be square)")
            }
        }
        try checkShape(file.X, "X")
        if let t0 = file.t0 { try checkShape(t0, "t0") }
        if let eps = file.eps_default, !(eps > 0) || !eps.isFinite {
            throw TradeDataError(file: name, message: "eps_default: \(eps) must be positive and finite", underlying: .invalidElasticity(eps))
        }
        let baseline: Baseline
        do {
            let tariffs = try file.t0.map { try TariffMatrix(rows: $0) }
            baseline = try Baseline(regions: file.regions, flows: file.X, tariffs: tariffs, deficits: file.derived?.D_goods_deficit)
        } catch let error as TradeError {
            throw TradeDataError(file: name, message: error.description, underlying: error)
        }
        if let y = file.derived?.Y {
            guard y.count == n else {
                throw TradeDataError(file: name, message: "derived.Y: \(y.count) entries for \(n) regions")
            }
            for k in 0..<n where !(abs(y[k] - baseline.output[k]) <= 1e-9 * max(1, abs(y[k]))) {
                throw TradeDataError(file: name, message: "derived.Y: \(file.regions[k]) is \(y[k]) but its row of X sums to \(baseline.output[k])")
            }
        }
        return Calibration(name: name, baseline: baseline, defaultElasticity: file.eps_default, notes: file.description)
    }

    /// Decodes a calibration JSON string.
    public static func calibration(json text: String, name: String) throws -> Calibration {
        try calibration(json: Data(text.utf8), name: name)
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case let .keyNotFound(key, ctx):
            let p = path(ctx.codingPath + [key])
            return "\(p): missing"
        case let .typeMismatch(type, ctx):
            return "\(path(ctx.codingPath)): expected \(type)"
        case let .valueNotFound(type, ctx):
            return "\(path(ctx.codingPath)): expected \(type), found null"
        case let .dataCorrupted(ctx):
            let p = path(ctx.codingPath)
            return (p.isEmpty ? "" : p + ": ") + "not valid JSON (\(ctx.debugDescription))"
        @unknown default:
            return "cannot decode (\(error))"
        }
    }
}
