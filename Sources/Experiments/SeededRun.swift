import Diplomacy
import Randomness

/// One run of a scenario from its seed to the horizon, with its forecast questions answered:
/// the loop every ensemble and batch shares.
enum SeededRun {
    /// Plays run `seed` to the horizon; `eachWeek` sees the simulation after every step.
    /// `economy` and `tracker` are the worker's (the economy's cache stays warm across runs).
    @inline(__always)
    static func play(_ setup: EngineSetup, seed: Seed, economy: inout any PainModel, tracker: inout QuestionTracker,
                     eachWeek: (Int, borrowing Simulation) -> Void) -> (outcome: RunOutcome, answers: [Bool]) {
        var sim = Simulation(setup: setup, seed: seed, economy: economy)
        tracker.reset()
        for w in 0..<setup.weeks {
            sim.step()
            eachWeek(w, sim)
            tracker.observe(sim, week: w)
        }
        economy = sim.economy
        let outcome = sim.outcome
        return (outcome, tracker.answers(outcome))
    }
}
