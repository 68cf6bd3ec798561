@testable import Diplomacy
import Experiments
import Foundation
import Randomness

/// What a test needs from one run.
struct RunRecord: Equatable {
    var ending: Ending?
    var end: Int?
    /// Weeks to settle; the horizon for runs that never end.
    var duration: Int
    var audienceCost: [Double]
    var leaks: Int
    var repudiations: Int
    var milestones: Milestones
    var totalAudienceCost: Double { audienceCost[0] + audienceCost[1] }

    /// The side that backed down (capitulation), nil otherwise.
    var capitulator: Side? {
        if case let .capitulation(by)? = ending { return by }
        return nil
    }

    var isDeal: Bool {
        if case .deal? = ending { return true }
        return false
    }
}

/// One week of one side, for trajectory comparisons.
struct SideSnapshot: Equatable {
    var tariff, pain, painStock, commitment, nationalism, receptivity, hazard, share, cost, pressure, opposition, audienceCostPaid: Double

    init(_ s: SideState) {
        tariff = s.tariff; pain = s.pain; painStock = s.painStock; commitment = s.commitment; nationalism = s.nationalism
        receptivity = s.receptivity; hazard = s.hazard; share = s.share; cost = s.cost; pressure = s.pressure
        opposition = s.opposition; audienceCostPaid = s.audienceCostPaid
    }

    /// Largest absolute difference between two snapshots.
    func distance(to o: SideSnapshot) -> Double {
        let a = [tariff, pain, painStock, commitment, nationalism, receptivity, hazard, share, cost, pressure, opposition, audienceCostPaid]
        let b = [o.tariff, o.pain, o.painStock, o.commitment, o.nationalism, o.receptivity, o.hazard, o.share, o.cost, o.pressure,
                 o.opposition, o.audienceCostPaid]
        return zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }
}

enum Engine {
    static func setup(_ s: Scenario) -> EngineSetup {
        do { return try EngineSetup(scenario: s) } catch { fatalError("bad fixture: \(error)") }
    }

    static func simulation(_ setup: EngineSetup, seed: UInt64, economy: (any PainModel)? = nil) -> Simulation {
        Simulation(setup: setup, seed: Seed(seed), economy: economy ?? StylizedPain(setup: setup))
    }

    static func record(_ sim: Simulation) -> RunRecord {
        let o = sim.outcome
        return RunRecord(ending: o.ending, end: o.milestones.end, duration: o.milestones.end ?? sim.setup.weeks,
                         audienceCost: o.audienceCostPaid, leaks: o.leaks, repudiations: o.repudiations, milestones: o.milestones)
    }

    /// One run to the horizon.
    static func run(_ setup: EngineSetup, seed: UInt64, economy: (any PainModel)? = nil) -> RunRecord {
        var sim = simulation(setup, seed: seed, economy: economy)
        sim.run()
        return record(sim)
    }

    /// Runs on seeds 0..<n (common random numbers across variants: the same seeds everywhere).
    static func runs(_ s: Scenario, seeds n: Int = 300, economy: ((EngineSetup) -> any PainModel)? = nil) -> [RunRecord] {
        let setup = setup(s)
        return (0..<n).map { run(setup, seed: UInt64($0), economy: economy?(setup)) }
    }

    /// Every week's snapshot of both sides (after the week's step).
    static func trajectory(_ setup: EngineSetup, seed: UInt64, economy: (any PainModel)? = nil) -> (weeks: [[SideSnapshot]], sim: Simulation) {
        var sim = simulation(setup, seed: seed, economy: economy)
        var weeks: [[SideSnapshot]] = []
        while sim.week < setup.weeks {
            sim.step()
            weeks.append(sim.sides.map(SideSnapshot.init))
        }
        return (weeks, sim)
    }
}

extension Array where Element == RunRecord {
    var meanDuration: Double { mean(map { Double($0.duration) }) }
    var meanAudienceCost: Double { mean(map(\.totalAudienceCost)) }
    func share(_ p: (RunRecord) -> Bool) -> Double { Double(filter(p).count) / Double(Swift.max(1, count)) }
}

func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
