import Testing
import Diplomacy
@testable import ScenarioFormat

@Suite struct OverrideTests {
    func load(_ sets: String...) throws -> Scenario {
        try testLoader.load(yaml: validYAML, file: "t.yaml", overrides: sets.map { ScenarioOverride($0)! })
    }

    @Test func setsAFieldByActorId() throws {
        let s = try load("actors.USA.leader.leak=0.3")
        #expect(s.actors[0].leader.leak == 0.3)
        #expect(s.actors[1].leader.leak == 0.01)
    }

    @Test func starSetsEveryElement() throws {
        let s = try load("actors.*.leader.bluster=0.9", "diplomacy.mode=public")
        #expect(s.actors.map(\.leader.bluster) == [0.9, 0.9])
        #expect(s.diplomacy.mode == .public)
    }

    @Test func setsNestedParameterThatWasDefaulted() throws {
        let s = try load("parameters.audience.leak_penalty=0.5", "economy.elasticity=8")
        #expect(s.parameters.audience.leakPenalty == 0.5)
        #expect(s.economy.elasticity == 8)
    }

    @Test func badPathNamesTheChoices() {
        #expect(problems(validYAML, overrides: [ScenarioOverride("actors.USA.leader.lek=0.3")!])
            == [#"--set: actors.USA.leader.lek: unknown field "lek" in actors.USA.leader (did you mean "leak"?); valid: name, resolve, face, determination, bluster, leak, nationalism, audience, pain_weight, thresholds"#])
        #expect(problems(validYAML, overrides: [ScenarioOverride("actors.JPN.name=x")!])
            == [#"--set: actors.JPN.name: no element "JPN" in actors; valid: USA, CHN, *"#])
    }

    @Test func badValueIsReportedAgainstTheOverride() {
        #expect(problems(validYAML, overrides: [ScenarioOverride("actors.CHN.leader.leak=2")!])
            == ["--set actors.CHN.leader.leak=2: actors[1].leader.leak: 2 is out of range [0, 1] 1/week"])
        #expect(problems(validYAML, overrides: [ScenarioOverride("diplomacy.mode=secret")!])
            == [#"--set diplomacy.mode=secret: diplomacy.mode: "secret" is not one of no-talks, public, backchannel, gate"#])
    }

    @Test func parsesPathEqualsValue() {
        #expect(ScenarioOverride("a.b=c=d") == ScenarioOverride(path: "a.b", value: "c=d"))
        #expect(ScenarioOverride("novalue") == nil)
        #expect(ScenarioOverride("=x") == nil)
    }
}

@Suite struct PerActorEconomyTests {
    @Test func anActorCanHaveItsOwnStylizedCoefficients() throws {
        let s = try testLoader.load(yaml: validYAML, file: "t.yaml", overrides: [ScenarioOverride("actors.CHN.stylized.exposure=1.5")!])
        #expect(s.actors[1].stylized == StylizedEconomy(exposure: 1.5))
        #expect(s.actors[0].stylized == nil)
    }
}
