import Diplomacy
import Reports
import TestSupport
import Testing

/// The scenario summary names the intermediaries a backchannel can go through.
@Suite struct ScenarioSummaryTests {
    @Test func theUnnamedGoBetweenIsListedWhenNoneIsNamed() {
        let named = Fixture.proto(weeks: 4)
        #expect(ScenarioSummary.text(named).contains("intermediary \(named.intermediaries[0].name)"))
        let unnamed = Fixture.with(named) { $0.intermediaries = [] }
        #expect(ScenarioSummary.text(unnamed).contains("intermediary an unnamed go-between: access CHN 0.3, USA 0.3"))
        let none = Fixture.with(unnamed) { $0.diplomacy.unnamed.access = 0 }
        #expect(!ScenarioSummary.text(none).contains("intermediary"))
    }
}
