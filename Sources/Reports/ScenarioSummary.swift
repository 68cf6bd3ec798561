import Diplomacy

/// A short description of a scenario for people.
public enum ScenarioSummary {
    public static func text(_ s: Scenario) -> String {
        var lines = ["\(s.name)", "  \(s.start) + \(s.weeks) weeks, \(s.economy.model.rawValue) economy, diplomacy: \(s.diplomacy.mode.rawValue)"]
        for actor in s.actors {
            let tariffs = actor.tariffs.keys.sorted().map { "\($0) \(plainNumber(actor.tariffs[$0]!))%" }.joined(separator: ", ")
            lines.append("  \(actor.id) (\(actor.name)): leader \(actor.leader.name), strategy \(actor.strategy.kind), tariffs on \(tariffs), \(actor.constituencies.count) constituencies")
        }
        for m in s.channelIntermediaries {
            let access = m.access.keys.sorted().map { "\($0) \(plainNumber(m.access[$0]!))" }.joined(separator: ", ")
            lines.append("  intermediary \(m.name): access \(access), leak rate \(plainNumber(m.leakRate))/week, authority \(plainNumber(m.authority))")
        }
        lines.append("  \(s.events.count) events, \(s.outputs.questions.count) forecast questions, \(s.sources.count) sources")
        return lines.joined(separator: "\n")
    }
}
