@testable import Diplomacy
import Experiments
import Foundation
import Randomness
import TestSupport
import Testing

/// A scenario that names no intermediary still allows a backchannel, through a go-between
/// nobody can name yet (docs/model.md §6), unless its access is 0.
@Suite struct UnnamedIntermediaryTests {
    static func scenario(access: Double?) -> Scenario {
        Fixture.with(Fixture.proto(mode: .gate, weeks: 40)) {
            $0.intermediaries = []
            if let access { $0.diplomacy.unnamed.access = access }
            $0.outputs.questions = [Question(id: "backchannel", kind: .talks, channel: .backchannel, by: Fixture.start.adding(days: 7 * 39))]
        }
    }

    static func backchannelRuns(_ s: Scenario) -> Int {
        let setup = Engine.setup(s)
        return (0..<300 as Range<UInt64>).filter { seed in
            var sim = Engine.simulation(setup, seed: seed)
            sim.run()
            return sim.milestones.backchannelOpen != nil
        }.count
    }

    @Test func anUnnamedGoBetweenCarriesABackchannelWhenNoneIsNamed() {
        let open = Self.scenario(access: nil)
        let setup = Engine.setup(open)
        #expect(setup.intermediaries.map(\.id) == ["go-between"])
        #expect(setup.intermediaries[0].access == ["USA": 0.3, "CHN": 0.3])
        let opened = Self.backchannelRuns(open)
        #expect(opened > 0, "some runs open a backchannel through it")
        #expect(QuestionTracker(scenario: open).settled == [nil], "so the question is left to the runs")

        let closed = Self.scenario(access: 0)
        #expect(Engine.setup(closed).intermediaries.isEmpty)
        #expect(Self.backchannelRuns(closed) == 0)
        #expect(QuestionTracker(scenario: closed).settled == [false], "access 0: no backchannel, and the scenario says so")

        // More access, more backchannels.
        #expect(Self.backchannelRuns(Self.scenario(access: 0.9)) > opened)
    }

    @Test func aNamedIntermediaryReplacesTheUnnamedOne() {
        let named = Fixture.proto(mode: .gate, weeks: 10)
        #expect(Engine.setup(named).intermediaries.map(\.id) == named.intermediaries.map(\.id))
        #expect(!named.intermediaries.isEmpty && !named.intermediaries.contains { $0.id == "go-between" })
    }
}
