import Games

/// Strategy ids a scenario may name: the Games registry's.
enum KnownStrategies {
    static var ids: [String] { StrategyRegistry.ids }

    /// Why a strategy spec (`random:2`) cannot be built, or nil if it can.
    @Sendable static func problem(_ spec: String) -> String? {
        do {
            _ = try StrategyRegistry.strategy(spec)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
