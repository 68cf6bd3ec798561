import Diplomacy
import Experiments
import Randomness

/// Scenarios and run helpers shared by the test targets (engine, experiments, reports, studies).
///
/// The default fixture is the reference prototype at default constants: stylized economy, both
/// sides tit-for-tat, the US one step up (35%) against China at the 10% baseline, four
/// constituencies each, one intermediary with access 1 to both.
public enum Fixture {
    public static let start = CivilDate(iso: "2025-01-06")!

    public static func usa(tariff: Double = 35) -> Actor {
        Actor(
            id: "USA", name: "United States", leader: Leader(name: "US leader"),
            tariffs: ["CHN": tariff],
            constituencies: [
                Constituency(name: "Hawks", capability: 30, salience: 0.8, stance: 85, pain: 0.2),
                Constituency(name: "Business", capability: 40, salience: 0.6, stance: 30, pain: 1.0),
                Constituency(name: "Farmers", capability: 15, salience: 0.7, stance: 50, pain: 0.9, exposedTo: .exports),
                Constituency(name: "Labor", capability: 15, salience: 0.6, stance: 75, pain: 0.3),
            ])
    }

    public static func chn(tariff: Double = 10) -> Actor {
        Actor(
            id: "CHN", name: "China", leader: Leader(name: "CN leader", nationalism: 0.5),
            tariffs: ["USA": tariff],
            constituencies: [
                Constituency(name: "Security hawks", capability: 35, salience: 0.7, stance: 80, pain: 0.2),
                Constituency(name: "Exporters", capability: 30, salience: 0.8, stance: 30, pain: 1.0, exposedTo: .exports),
                Constituency(name: "SOE and finance", capability: 20, salience: 0.5, stance: 50, pain: 0.6),
                Constituency(name: "Public", capability: 15, salience: 0.4, stance: 60, pain: 0.4),
            ])
    }

    public static func envoy() -> Intermediary {
        Intermediary(id: "envoy", name: "Envoy", access: ["USA": 1, "CHN": 1])
    }

    /// The reference prototype at defaults.
    public static func proto(mode: DiplomacyMode = .gate, weeks: Int = 52) -> Scenario {
        Scenario(name: "ENGINE prototype defaults", start: start, weeks: weeks, economy: EconomySettings(model: .stylized),
                 actors: [usa(), chn()], intermediaries: [envoy()], diplomacy: DiplomacySettings(mode: mode))
    }

    /// A copy of `s` with a change applied to a mutable copy.
    public static func with(_ s: Scenario, _ change: (inout Scenario) -> Void) -> Scenario {
        var copy = s
        change(&copy)
        return copy
    }

    /// No leak from any source: intermediary, leaders and spoilers.
    public static func leakFree(_ s: inout Scenario) {
        for m in s.intermediaries.indices { s.intermediaries[m].leakRate = 0 }
        for i in s.actors.indices { s.actors[i].leader.leak = 0 }
        s.parameters.leaks.spoiler = 0
    }

    /// The same scenario with the two actors' order swapped (labels and all parameters).
    public static func swapped(_ s: Scenario) -> Scenario {
        with(s) { $0.actors.reverse() }
    }
}


extension Fixture {
    /// A scenario's arm on the stylized economy (for batches and comparisons).
    public static func arm(_ s: Scenario) -> BatchArm {
        let setup = try! EngineSetup(scenario: s)
        return BatchArm(setup: setup, makeEconomy: { StylizedPain(setup: setup) })
    }

    /// An ensemble of `s` on the stylized economy.
    public static func ensemble(_ s: Scenario, seed: Seed, runs: Int) -> Ensemble {
        let setup = try! EngineSetup(scenario: s)
        return Ensemble(setup: setup, seed: seed, runs: runs) { StylizedPain(setup: setup) }
    }
}
