import Foundation
import Trade

/// Loads calibrations: bundled ones by name, or files (`.json` calibration format, `.csv` flow
/// list). All errors are ``TradeDataError``s naming the file.
public enum CalibrationLoader {
    /// The most regions a calibration may have (the model is dense: n × n flows and tariffs,
    /// an n × n Newton step); the bundled ones have 3 and 30.
    public static let maxRegions = 250
    /// The largest calibration file read, in bytes (64 MiB).
    public static let maxFileBytes = 64 << 20

    /// The calibrations shipped with the package.
    /// `calib_2024` (docs/model.md §10.7), `world11_2024` (§10.10: eleven regions, sourced 2024 flows and
    /// tariffs) and `world30_2006` (a 30-country flow list, no tariffs).
    public static let bundledNames = ["calib_2024", "world30_2006", "world11_2024"]

    /// A bundled calibration by name.
    public static func bundled(named name: String) throws -> Calibration {
        guard bundledNames.contains(name),
              let url = Bundle.module.url(forResource: name, withExtension: "json")
                ?? Bundle.module.url(forResource: name, withExtension: "csv")
        else {
            throw TradeDataError(file: name, message: "no bundled calibration of this name (bundled: \(bundledNames.joined(separator: ", ")))")
        }
        return try calibration(contentsOf: url, name: name)
    }

    /// A bundled calibration, for callers that know it exists (tests, benchmarks).
    public static func bundledOrFail(_ name: String) -> Calibration {
        do { return try bundled(named: name) } catch { fatalError("bundled calibration \(name): \(error)") }
    }

    /// A file by extension: `.json` (calibration format) or `.csv` (flow list).
    public static func calibration(contentsOf url: URL, name: String? = nil) throws -> Calibration {
        let label = name ?? url.lastPathComponent
        let kind = url.pathExtension.lowercased()
        guard kind == "json" || kind == "csv" else {
            throw TradeDataError(file: label, message: "unknown file type (expected .json or .csv)")
        }
        // Before reading: a device or FIFO (`/dev/zero.csv` via a link) would never end.
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard (attributes?[.type] as? FileAttributeType) == .typeRegular else {
            throw TradeDataError(file: label, message: "not a regular file")
        }
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxFileBytes else {
            throw TradeDataError(file: label, message: "the file has \(size) bytes; the limit is \(maxFileBytes) (64 MiB)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TradeDataError(file: label, message: "cannot read the file (\(error.localizedDescription))")
        }
        switch url.pathExtension.lowercased() {
        case "json":
            return try calibration(json: data, name: label)
        case "csv":
            guard let text = String(data: data, encoding: .utf8) else {
                throw TradeDataError(file: label, message: "not UTF-8 text")
            }
            return try calibration(flowListCSV: text, name: label)
        default:
            throw TradeDataError(file: label, message: "unknown file type (expected .json or .csv)")
        }
    }

    /// A bundled name, or else a path to a `.json`/`.csv` file.
    public static func resolve(_ nameOrPath: String) throws -> Calibration {
        if bundledNames.contains(nameOrPath) { return try bundled(named: nameOrPath) }
        let url = URL(fileURLWithPath: nameOrPath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw TradeDataError(
                file: nameOrPath,
                message: "no such file, and not a bundled calibration (bundled: \(bundledNames.joined(separator: ", ")))")
        }
        return try calibration(contentsOf: url)
    }
}
