import Diplomacy
import Experiments
import Foundation
import Randomness
import Studies
import Testing
@testable import Exercises

/// Events the umpire injects (docs/serve.md): played from their week on, never rewriting a week
/// already played, checked against the scenario with located problems.
struct InjectedEventTests {
    static func event(_ json: String, open: Int = 5, horizon: Int = 60) throws -> InjectedEvent {
        try InjectedEvent.entry(event: Data(json.utf8), open: open, horizon: horizon).get()
    }

    /// One valid event of every kind the umpire may inject, for `us-china-2025`.
    static let everyKind = [
        #"{"kind": "market_shock", "pain": 4, "actor": "CHN"}"#, #"{"kind": "summit", "name": "G20"}"#,
        #"{"kind": "deadline", "snapback": false}"#, #"{"kind": "pause", "duration": 8, "cut": 0.5}"#,
        #"{"kind": "formal_channel", "access": 0.9, "authority": 0.9}"#, #"{"kind": "export_control", "actor": "USA", "pain": 0.5}"#,
        #"{"kind": "violation", "actor": "CHN"}"#, #"{"kind": "protest_allowed", "actor": "CHN"}"#,
        #"{"kind": "protest_repressed", "actor": "CHN"}"#, #"{"kind": "justification", "actor": "USA"}"#,
    ]

    @Test func everyKindCoversTheList() {
        #expect(Self.everyKind.count == InjectedEvent.kinds.count)
    }

    /// The point of the kinds allowed: whatever the umpire injects in week 5, weeks 0–4 replay
    /// exactly as the seats saw them, with and without the bundled posterior.
    @Test(arguments: everyKind) func anInjectedEventNeverRewritesThePast(_ json: String) throws {
        for posterior in [nil, try Posterior.resolve("default")] {
            let a = try Adjudicator(source: ScenarioSource.resolve("us-china-2025"), seed: Seed(11), posterior: posterior)
            let e = try Self.event(json)
            let b = try a.checked(injecting: e).get()
            let without = try a.replay([], weeks: 14), with = try b.replay([], weeks: 14)
            let before: [Replay.Week] = Array(without.weeks.prefix(5)), after: [Replay.Week] = Array(with.weeks.prefix(5))
            #expect(before == after, "\(json)")
            let earlier: [EngineEvent] = without.events.filter { $0.week < 5 }, later: [EngineEvent] = with.events.filter { $0.week < 5 }
            #expect(earlier == later, "\(json)")
            // It is played: the engine records it in its week (or it moves the war). A violation
            // needs an agreement in force, and none is in week 5.
            let changed = with.events.filter { $0.week == 5 } != without.events.filter { $0.week == 5 } || with.weeks != without.weeks
            #expect(changed || json.contains("violation"), "\(json)")
        }
    }

    @Test func aMarketShockHurtsInItsWeek() throws {
        let a = try AdjudicatorTests.adjudicator()
        let b = try a.injecting(try Self.event(#"{"kind": "market_shock", "pain": 4, "actor": "CHN", "week": 7}"#))
        let without = try a.replay([], weeks: 10), with = try b.replay([], weeks: 10)
        #expect(with.weeks[7].sides[1].pain > without.weeks[7].sides[1].pain + 1)
        #expect(with.events.contains { $0.week == 7 && $0.text.contains("market shock") })
        // The forecast made at the start does not know it.
        #expect(b.base.scenario.events.count == a.prepared.scenario.events.count)
        #expect(b.prepared.scenario.events.count == a.prepared.scenario.events.count + 1)
    }

    @Test func theNoticeReadsAsWords() throws {
        #expect(try Self.event(#"{"kind": "market_shock", "pain": 3, "actor": "CHN", "name": "bond sell-off"}"#).summary
                == "market shock (bond sell-off): actor CHN, pain 3")
        #expect(try Self.event(#"{"kind": "summit", "week": 9}"#).summary == "summit")
    }

    @Test func whatTheUmpireMayNotInjectIsRefusedWithItsReason() {
        func refused(_ json: String, _ fragment: String, open: Int = 5) {
            switch InjectedEvent.entry(event: Data(json.utf8), open: open, horizon: 60) {
            case .success: Issue.record("accepted: \(json)")
            case let .failure(error): #expect(error.message.contains(fragment), "\(json): \(error.message)")
            }
        }
        refused(#"{"kind": "election", "actor": "USA"}"#, "kind:")
        refused(#"{"kind": "tariff", "actor": "USA", "level": 200}"#, "kind:")
        refused(#"{"pain": 2}"#, "kind: required")
        refused(#"{"kind": "market_shock", "pain": 2, "weekly_probability": 0.1}"#, "weekly_probability:")
        refused(#"{"kind": "summit", "date": "2025-06-01"}"#, "date:")
        refused(#"{"kind": "summit", "week": 4}"#, "has been played")
        refused(#"{"kind": "summit", "week": 60}"#, "ends after week 59")
        refused(#"{"kind": "summit", "week": 6.5}"#, "whole number")
        refused("[1]", "JSON object")
    }

    @Test func problemsAreLocatedInsideTheEvent() throws {
        let a = try AdjudicatorTests.adjudicator()
        func problems(_ json: String, open: Int = 5) throws -> [String] {
            switch a.checked(injecting: try Self.event(json, open: open)) {
            case .success: return []
            case let .failure(error): return error.message.components(separatedBy: "; ")
            }
        }
        let bad = try problems(#"{"kind": "market_shock", "pain": -2, "actor": "XYZ", "colour": "red"}"#)
        #expect(bad.contains { $0.hasPrefix("pain:") }, "\(bad)")
        #expect(bad.contains { $0.hasPrefix("actor:") }, "\(bad)")
        #expect(bad.contains { $0.hasPrefix("colour:") }, "\(bad)")
        #expect(try problems(#"{"kind": "market_shock"}"#).contains { $0.contains("pain") })
        #expect(try problems(#"{"kind": "summit", "week": true}"#, open: 0).contains { $0.hasPrefix("week:") })
        #expect(try problems(#"{"kind": "summit"}"#).isEmpty)
    }

    /// The scenario's own events stay; the injected ones follow them, in the order injected.
    @Test func injectedEventsFollowTheScenarios() throws {
        let a = try AdjudicatorTests.adjudicator()
        let b = try a.injecting(try Self.event(#"{"kind": "summit", "name": "one"}"#)).injecting(try Self.event(#"{"kind": "summit", "name": "two", "week": 9}"#))
        #expect(Array(b.prepared.scenario.events.prefix(a.prepared.scenario.events.count)) == a.prepared.scenario.events)
        #expect(b.prepared.scenario.events.suffix(2).map(\.name) == ["one", "two"])
        // A scenario without an events list gets one; so does one whose `events:` is empty.
        let minimal = try AdjudicatorTests.adjudicator("minimal")
        #expect(minimal.prepared.scenario.events.isEmpty)
        #expect(try minimal.injecting(try Self.event(#"{"kind": "summit"}"#)).prepared.scenario.events.count == 1)
        let text = try #require(ScenarioSource.bundled("minimal")).text
        #expect(!text.contains("\nevents:"))
        for empty in ["events:\n", "events: ~\n", "events:\n  # - {kind: summit, week: 3}\n"] {
            let source = ScenarioSource(name: "uploaded", text: text + "\n" + empty, file: "uploaded.yaml")
            let a = try Adjudicator(source: source, seed: Seed(1), posterior: nil)
            #expect(try a.checked(injecting: try Self.event(#"{"kind": "summit"}"#)).get().prepared.scenario.events.count == 1, "\(empty)")
        }
    }
}
