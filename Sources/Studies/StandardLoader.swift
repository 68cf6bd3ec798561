import Games
import ScenarioFormat
import TradeData

extension ScenarioLoader {
    /// The loader with the project's strategy registry and trade calibrations: what every
    /// command and study validates scenarios with.
    public static let standard = ScenarioLoader(
        strategyIDs: StrategyRegistry.ids,
        regionsOfCalibration: { (try? CalibrationLoader.resolve($0))?.baseline.regions },
        checkStrategy: { spec in
            do {
                _ = try StrategyRegistry.strategy(spec)
                return nil
            } catch {
                return "\(error)"
            }
        })
}
