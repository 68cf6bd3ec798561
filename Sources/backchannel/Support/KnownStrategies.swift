import Games

/// Strategy ids a scenario may name: the Games registry's.
enum KnownStrategies {
    static var ids: [String] { StrategyRegistry.ids }
}
