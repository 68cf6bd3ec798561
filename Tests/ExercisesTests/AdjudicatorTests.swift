import Diplomacy
import Foundation
import Randomness
import Studies
import Testing
@testable import Exercises

/// Adjudication by replay (docs/serve.md): the engine replays the exercise's run with every
/// stored decision.
struct AdjudicatorTests {
    static func adjudicator(_ name: String = "us-china-2025", seed: UInt64 = 11) throws -> Adjudicator {
        try Adjudicator(source: ScenarioSource.resolve(name), seed: Seed(seed), posterior: nil)
    }

    static func entry(_ actor: String, _ week: Int, _ moves: String) throws -> SubmittedDecision {
        try SubmittedDecision.entry(moves: Data(moves.utf8), actor: actor, week: week).get()
    }

    /// A decision in week w changes nothing before w: what the seats saw stays true.
    @Test func aDecisionNeverRewritesThePast() throws {
        let a = try Self.adjudicator()
        let without = try a.replay([], weeks: 12)
        let with = try a.replay([Self.entry("CHN", 6, #"{"tariff": 30, "statement": "conciliatory"}"#)], weeks: 12)
        #expect(Array(without.weeks.prefix(6)) == Array(with.weeks.prefix(6)))
        #expect(without.events.filter { $0.week < 6 } == with.events.filter { $0.week < 6 })
        // … and it does change what follows.
        #expect(without.weeks[6] != with.weeks[6])
        #expect(abs(with.weeks[6].sides[1].tariff - 30) < 1e-9)
    }

    @Test func theSameDecisionsReplayTheSameWar() throws {
        let decisions = [try Self.entry("USA", 0, #"{"tariff_move": "hold"}"#), try Self.entry("CHN", 2, #"{"signal": "costly", "cost": 1}"#)]
        let one = try Self.adjudicator().replay(decisions, weeks: 20), two = try Self.adjudicator().replay(decisions, weeks: 20)
        #expect(one.weeks == two.weeks && one.events == two.events)
        let otherSeed = try Self.adjudicator(seed: 12).replay(decisions, weeks: 20)
        #expect(otherSeed.events != one.events || otherSeed.weeks != one.weeks)
    }

    @Test func problemsAreLocatedInsideTheDecision() throws {
        let a = try Self.adjudicator()
        #expect(a.problems([try Self.entry("USA", 0, #"{"tariff": 84}"#)]).isEmpty)
        let bad = a.problems([try Self.entry("USA", 0, #"{"tariff": -5, "colour": "red"}"#)])
        #expect(bad.count == 2 && bad.contains { $0.hasPrefix("tariff:") } && bad.contains { $0.hasPrefix("colour:") })
        let unknown = a.problems([try Self.entry("USA", 0, #"{"open_backchannel": "nobody"}"#)])
        #expect(unknown.count == 1 && unknown[0].hasPrefix("open_backchannel:") && unknown[0].contains("john-thornton"))
        // The server sets actor and week; a player may not.
        if case .success = SubmittedDecision.entry(moves: Data(#"{"actor": "CHN", "tariff": 1}"#.utf8), actor: "USA", week: 0) { Issue.record("actor accepted") }
        if case .success = SubmittedDecision.entry(moves: Data("[1, 2]".utf8), actor: "USA", week: 0) { Issue.record("a list accepted") }
    }

    @Test func aScenarioWithoutIntermediariesHasTheUnnamedGoBetween() throws {
        let a = try Self.adjudicator("minimal")
        #expect(a.intermediaries.map(\.id) == ["go-between"])
        #expect(try a.replay([], weeks: 500).finished)
    }
}
