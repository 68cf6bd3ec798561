import TradeData

/// Regions of a trade calibration, for checking that each actor maps to one.
enum CalibrationRegions {
    @Sendable static func regions(_ nameOrPath: String) -> [String]? {
        (try? CalibrationLoader.resolve(nameOrPath))?.baseline.regions
    }
}
