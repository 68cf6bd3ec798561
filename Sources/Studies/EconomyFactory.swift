import Diplomacy
import Trade
import TradeData

/// Builds the pain model a scenario asks for, one per worker thread.
public enum EconomyFactory {
    public static func make(for setup: EngineSetup) throws -> @Sendable () -> any PainModel {
        switch setup.scenario.economy.model {
        case .stylized:
            return { StylizedPain(setup: setup) }
        case .ge:
            let e = setup.scenario.economy
            let world: TradeWorld
            do {
                let calibration = try CalibrationLoader.resolve(e.calibration)
                var baseline = calibration.baseline
                // A union of states is one region: its members merged (docs/model.md §10.9).
                for actor in setup.scenario.actors where !actor.members.isEmpty {
                    baseline = try baseline.merging(actor.members, into: actor.regionID)
                }
                world = try TradeWorld(baseline: baseline, elasticity: e.elasticity, deficits: e.deficits)
                _ = try GEPain(world: world, setup: setup)  // checks the regions and the starting state
            } catch {
                throw BadInput("economy: \(error)")
            }
            return { try! GEPain(world: world, setup: setup) }  // succeeded just above with the same inputs
        }
    }
}
