import Foundation

/// Regions of a trade calibration, for checking that each actor maps to one.
enum CalibrationRegions {
    /// Bundled calibrations and their regions.
    static let bundled = ["calib_2024": ["USA", "CHN", "ROW"]]

    @Sendable static func regions(_ nameOrPath: String) -> [String]? {
        if let regions = bundled[nameOrPath] { return regions }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else { return nil }
        if nameOrPath.hasSuffix(".json") {
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return object?["regions"] as? [String]
        }
        // A flow list: `exporter,importer,trade,…` with a header row.
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst()
        var seen: [String] = []
        for line in lines {
            guard let exporter = line.split(separator: ",").first.map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }) else { continue }
            if !seen.contains(exporter) { seen.append(exporter) }
        }
        return seen.isEmpty ? nil : seen
    }
}
