import Foundation
import Testing
@testable import ScenarioFormat

/// One golden test per kind of diagnostic: exact text and location.
@Suite struct DiagnosticsTests {
    @Test func validFixtureIsValid() {
        #expect(problems(validYAML) == [])
    }

    @Test func misspeltKeySuggestsTheField() {
        let yaml = replacing("leader: { name: A }", with: "leader: { name: A, resolv: 40 }")
        #expect(problems(yaml) == [#"t.yaml:8:24: actors[0].leader.resolv: unknown key "resolv" (did you mean "resolve"?)"#])
    }

    @Test func wrongTypeNamesWhatWasExpected() {
        let yaml = replacing("weeks: 26", with: "weeks: many")
        #expect(problems(yaml) == [#"t.yaml:4:8: weeks: expected a whole number, got "many""#])
        let quoted = replacing("tariffs: { CHN: 20 }", with: #"tariffs: { CHN: "20" }"#)
        #expect(problems(quoted) == [#"t.yaml:9:21: actors[0].tariffs.CHN: expected a number, got the string "20""#])
    }

    @Test func negativeTariffIsOutOfRange() {
        let yaml = replacing("tariffs: { CHN: 20 }", with: "tariffs: { CHN: -5 }")
        #expect(problems(yaml) == ["t.yaml:9:21: actors[0].tariffs.CHN: -5 is out of range [0, 10000] %"])
    }

    @Test func nanAndInfinityAreRejected() {
        #expect(problems(replacing("stance: 50 }\n  - id: CHN", with: "stance: .nan }\n  - id: CHN"))
            == ["t.yaml:11:63: actors[0].constituencies[0].stance: must be a finite number, got .nan"])
        #expect(problems(replacing("tariffs: { USA: 20 }", with: "tariffs: { USA: .inf }"))
            == ["t.yaml:15:21: actors[1].tariffs.USA: must be a finite number, got .inf"])
    }

    @Test func impossibleDateIsRejected() {
        #expect(problems(replacing("start: 2025-01-06", with: "start: 2025-02-30"))
            == [#"t.yaml:3:8: start: "2025-02-30" is not a valid date (YYYY-MM-DD)"#])
    }

    @Test func unknownChoiceSuggestsTheValue() {
        let yaml = validYAML + "\ndiplomacy: { mode: gat }"
        #expect(problems(yaml) == [#"t.yaml:18:20: diplomacy.mode: "gat" is not one of no-talks, public, backchannel, gate (did you mean "gate"?)"#])
    }

    @Test func missingRequiredField() {
        let yaml = replacing("    name: China\n", with: "")
        #expect(problems(yaml) == [#"t.yaml:12:5: actors[1]: missing required field "name""#])
    }

    @Test func duplicateIdPointsAtTheFirst() {
        let yaml = replacing("id: CHN", with: "id: USA")
        #expect(problems(yaml).contains(#"t.yaml:12:9: actors[1].id: duplicate actor id "USA" (first at actors[0])"#))
    }

    @Test func intermediaryWithAccessToUnknownCountry() {
        let yaml = validYAML + "\nintermediaries:\n  - { id: envoy, name: Envoy, access: { USA: 0.5, CHM: 0.5 } }"
        #expect(problems(yaml) == [#"t.yaml:19:56: intermediaries[0].access.CHM: unknown actor "CHM" (did you mean "CHN"?)"#])
    }

    @Test func unknownStrategySuggestsTheId() {
        let yaml = replacing("    leader: { name: B }\n", with: "    leader: { name: B }\n    strategy: { kind: grudgerr }\n")
        #expect(problems(yaml) == [#"t.yaml:15:23: actors[1].strategy.kind: unknown strategy "grudgerr" (did you mean "grudger"?)"#])
    }

    @Test func eventVariantRules() {
        let yaml = validYAML + "\nevents:\n  - { kind: summit, snapback: true }"
        #expect(problems(yaml) == [
            #"t.yaml:19:5: events[0]: a summit needs "week" or "date""#,
            #"t.yaml:19:21: events[0].snapback: "snapback" does not apply to a summit"#,
        ])
    }

    @Test func spilloverViolationAndFormalChannelEvents() throws {
        let good = validYAML + """

        events:
          - { kind: export_control, name: chip controls, date: 2025-02-03, actor: USA, pain: 0.5, duration: 8 }
          - { kind: violation, name: purchases short, weekly_probability: 0.01, actor: CHN }
          - { kind: formal_channel, name: Vice-Premier and Treasury Secretary, week: 4, access: high, authority: 0.8 }
        """
        #expect(problems(good) == [])
        let s = try testLoader.load(yaml: good, file: "t.yaml")
        #expect(s.events.map(\.kind) == [.exportControl, .violation, .formalChannel])
        #expect(s.events[2].access == LevelScales.scale("access")!.values[3] && s.events[2].authority == 0.8)
        let bad = validYAML + """

        events:
          - { kind: export_control, week: 3 }
          - { kind: violation, week: 3, weekly_probability: 0.1, actor: CHN }
          - { kind: formal_channel, week: 2, access: 1.5, cut: 0.5 }
        """
        #expect(problems(bad) == [
            #"t.yaml:19:5: events[0]: an export_control needs "actor""#,
            #"t.yaml:20:5: events[1]: a violation takes only one of "week" or "date" or "weekly_probability", got "week" and "weekly_probability""#,
            "t.yaml:21:46: events[2].access: 1.5 is out of range [0, 1]",
            #"t.yaml:21:51: events[2].cut: "cut" does not apply to a formal_channel"#,
        ])
    }

    @Test func measuresAddUpWithinTheirTariffAndAreNamedRight() {
        let measures = replacing("tariffs: { CHN: 20 }", with: """
        tariffs: { CHN: 20 }
            measures:
              - { name: List 1, rate: 10, coverage: 0.4 }
              - { name: List 4A, rate: 10, coverage: 0.5, products: consumer goods }
        """)
        #expect(problems(measures) == [])
        // 4 + 15 = 19 points, above the war part 20 − 10 = 10 (peacetime 10 %, the default).
        #expect(problems(measures.replacingOccurrences(of: "rate: 10, coverage: 0.5", with: "rate: 30, coverage: 0.5")) == [
            "t.yaml:11:7: actors[0].measures: the measures add 19% (coverage × rate) to the average tariff, above the war part of the tariff on CHN they are part of (20% − peacetime 10% = 10%)",
        ])
        let named = measures + """

        events:
          - { kind: tariff, date: 2025-02-03, actor: USA, level: 30, measure: List 4a }
          - { kind: tariff, date: 2025-02-03, actor: CHN, level: 30, measure: List 1 }
        outputs:
          questions:
            - { id: q, kind: tariff_above, actor: USA, level: 20, date: 2025-03-03, measure: List 1 }
            - { id: r, kind: talks, by: 2025-03-03, measure: List 1 }
        """
        #expect(problems(named) == [
            #"t.yaml:22:71: events[0].measure: unknown measure "List 4a" of USA (did you mean "List 4A"?) (measures: List 1, List 4A)"#,
            "t.yaml:23:71: events[1].measure: CHN has no measures (actors[].measures)",
            #"t.yaml:27:45: outputs.questions[1].measure: "measure" does not apply to a talks"#,
        ])
    }

    @Test func eventOutsideHorizon() {
        let yaml = validYAML + "\nevents:\n  - { kind: summit, date: 2026-01-01 }"
        #expect(problems(yaml) == ["t.yaml:19:27: events[0].date: 2026-01-01 is outside the scenario's horizon 2025-01-06 – 2025-07-06"])
    }

    @Test func threeActorsAreRejected() {
        let third = "\n  - id: JPN\n    name: Japan\n    leader: { name: C }\n    tariffs: { USA: 1, CHN: 1 }\n    constituencies:\n      - { name: E, capability: 1, salience: 1, stance: 5 }"
        let yaml = replacing("stance: 50 }\n", with: "stance: 50 }\n", in: validYAML) + third
        #expect(problems(yaml).contains("t.yaml:6:3: actors: a scenario needs exactly two actors, got 3"))
    }

    @Test func regionMustExistInCalibration() {
        let yaml = validYAML + "\neconomy: { model: ge }"
        let renamed = replacing("    name: China\n", with: "    name: China\n    region: CHA\n", in: yaml)
        #expect(problems(renamed) == [#"t.yaml:14:13: actors[1].region: region "CHA" is not in calibration calib_2024 (regions: USA, CHN, ROW) (did you mean "CHN"?)"#])
    }

    @Test func yamlSyntaxErrorIsLocated() {
        let lines = problems("name: [unclosed\nweeks: 3\n")
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("t.yaml:2:6: YAML syntax error: did not find expected"))
    }

    @Test func fiveDifferentErrorsAreAllReported() throws {
        let url = try #require(Bundle.module.url(forResource: "five-errors", withExtension: "yaml", subdirectory: "Fixtures"))
        let yaml = try String(contentsOf: url, encoding: .utf8)
        #expect(problems(yaml, file: "five-errors.yaml") == [
            #"five-errors.yaml:8:24: actors[0].leader.resolv: unknown key "resolv" (did you mean "resolve"?)"#,
            "five-errors.yaml:9:21: actors[0].tariffs.CHN: -5 is out of range [0, 10000] %",
            #"five-errors.yaml:15:23: actors[1].strategy.kind: unknown strategy "grim-triger""#,
            #"five-errors.yaml:20:56: intermediaries[0].access.JPN: unknown actor "JPN""#,
            #"five-errors.yaml:22:29: events[0].date: "2024-13-01" is not a valid date (YYYY-MM-DD)"#,
        ])
    }
}
