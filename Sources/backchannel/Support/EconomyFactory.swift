import Diplomacy

/// Builds the pain model a scenario asks for, one per worker thread.
enum EconomyFactory {
    static func make(for setup: EngineSetup) throws -> @Sendable () -> any PainModel {
        switch setup.scenario.economy.model {
        case .stylized:
            return { StylizedPain(setup: setup) }
        case .ge:
            throw BadInput("the ge economy needs the Trade module, which is not built yet; use --set economy.model=stylized")
        }
    }
}
