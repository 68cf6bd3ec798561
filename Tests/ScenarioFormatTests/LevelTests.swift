import Testing
import Diplomacy
@testable import ScenarioFormat

/// Qualitative levels (`resolve: high`): each is the number its scale gives, the scale can be
/// changed in the file or with --set, and a wrong level or scale is reported where it is.
@Suite struct LevelTests {
    let leveled = replacing("leader: { name: A }", with: "leader: { name: A, resolve: high, bluster: very_low, leak: low }")

    @Test func aLevelIsTheNumberOfItsScale() throws {
        let s = try testLoader.load(yaml: leveled, file: "t.yaml")
        #expect(s.actors[0].leader.resolve == LevelScales.scale("resolve")!.values[3])
        #expect(s.actors[0].leader.bluster == LevelScales.scale("bluster")!.values[0])
        #expect(s.actors[0].leader.leak == LevelScales.scale("leak")!.values[1])
        // The other leader keeps the numeric defaults.
        #expect(s.actors[1].leader.resolve == 40)
    }

    @Test func everyLevelFieldTakesEveryWord() throws {
        for (k, word) in LevelScales.words.enumerated() {
            var yaml = replacing("leader: { name: A }", with: "leader: { name: A, resolve: \(word), face: \(word), determination: \(word) }")
            yaml = replacing("- { name: Everyone, capability: 1, salience: 1, stance: 50 }\n  - id: CHN",
                             with: "- { name: Everyone, capability: 1, salience: \(word), stance: \(word) }\n  - id: CHN", in: yaml)
            yaml += "\nintermediaries:\n  - { id: envoy, name: E, access: { USA: \(word), CHN: 1 }, leak_rate: \(word), authority: \(word) }\n"
            yaml += "diplomacy: { formal: { name: Ministers, access: \(word), authority: \(word) } }\n"
            let s = try testLoader.load(yaml: yaml, file: "t.yaml")
            func v(_ scale: String) -> Double { LevelScales.scale(scale)!.values[k] }
            #expect(s.actors[0].leader.resolve == v("resolve"))
            #expect(s.actors[0].leader.face == v("face"))
            #expect(s.actors[0].leader.determination == v("determination"))
            #expect(s.actors[0].constituencies[0].salience == v("salience"))
            #expect(s.actors[0].constituencies[0].stance == v("stance"))
            #expect(s.intermediaries[0].access["USA"] == v("access"))
            #expect(s.intermediaries[0].leakRate == v("leak_rate"))
            #expect(s.intermediaries[0].authority == v("authority"))
            #expect(s.diplomacy.formal?.access == v("access"))
            #expect(s.diplomacy.formal?.authority == v("authority"))
        }
    }

    @Test func theFileAndSetChangeTheScale() throws {
        let inFile = leveled + "\nlevels: { resolve: { high: 75 } }\n"
        #expect(try testLoader.load(yaml: inFile, file: "t.yaml").actors[0].leader.resolve == 75)
        let set = try testLoader.load(yaml: leveled, file: "t.yaml", overrides: [ScenarioOverride("levels.resolve.high=66")!])
        #expect(set.actors[0].leader.resolve == 66)
        // A level set on the command line, too.
        let word = try testLoader.load(yaml: validYAML, file: "t.yaml", overrides: [ScenarioOverride("actors.CHN.leader.resolve=very_high")!])
        #expect(word.actors[1].leader.resolve == 90)
    }

    @Test func aScenarioWithLevelsEqualsOneWithTheirNumbers() throws {
        let numbers = replacing("leader: { name: A }", with: "leader: { name: A, resolve: 60, bluster: 0.02, leak: 0.005 }")
        #expect(try testLoader.load(yaml: leveled, file: "t.yaml") == testLoader.load(yaml: numbers, file: "t.yaml"))
    }

    @Test func wrongLevelsAreLocatedWithASuggestion() {
        let typo = replacing("leader: { name: A }", with: "leader: { name: A, resolve: hihg }")
        #expect(problems(typo) == [#"t.yaml:8:33: actors[0].leader.resolve: expected a number or a level (very_low, low, medium, high, very_high), got "hihg" (did you mean "high"?)"#])
        // Fields without a scale take numbers only.
        let noScale = replacing("leader: { name: A }", with: "leader: { name: A, audience: high }")
        #expect(problems(noScale) == [#"t.yaml:8:34: actors[0].leader.audience: expected a number, got "high""#])
    }

    @Test func aScaleMustRise() {
        #expect(problems(leveled + "\nlevels: { resolve: { low: 50 } }\n")
            == ["t.yaml:18:20: levels.resolve: the numbers must rise from very_low to very_high, got 10, 50, 40, 60, 90"])
        #expect(problems(leveled, overrides: [ScenarioOverride("levels.bluster.high=0.9")!])
            == ["--set levels.bluster.high=0.9: levels.bluster: the numbers must rise from very_low to very_high, got 0.02, 0.1, 0.25, 0.9, 0.7"])
        #expect(problems(leveled + "\nlevels: { leak: { high: 2 } }\n")
            == ["t.yaml:18:25: levels.leak.high: 2 is out of range [0, 1] 1/week"])
    }
}
