import Foundation
import Testing
import Diplomacy
@testable import ScenarioFormat

/// Issue 15: inputs that validated but broke outputs, quirks of `--set`, unlocated rejections,
/// explicit tags, and limits on size.
@Suite struct HardeningTests {
    // MARK: 1. Dates must stay within the supported range (outputs and the store are ISO YYYY-MM-DD).

    @Test func aStartBeyondTheSupportedDatesIsRejectedWhereItIs() {
        let found = problems(replacing("start: 2025-01-06", with: "start: 9999-12-31"))
        #expect(found == ["t.yaml:3:8: start: 9999-12-31 is outside the supported dates 1900-01-01 – 2999-12-31"])
        #expect(problems(replacing("start: 2025-01-06", with: "start: 1899-12-31")).count == 1)
        #expect(problems(replacing("start: 2025-01-06", with: "start: 1900-01-01")) == [])
    }

    @Test func aHorizonThatEndsPastTheLastDateIsRejected() {
        let found = problems(replacing("start: 2025-01-06", with: "start: 2999-12-01"))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.yaml:4:8: weeks: the horizon 2999-12-01 + 26 weeks ends after the last supported date 2999-12-31") == true)
        // 26 weeks that end on 2999-12-31 exactly are fine.
        let start = ScenarioLimits.lastDate.adding(weeks: -26).adding(days: 1)
        #expect(problems(replacing("start: 2025-01-06", with: "start: \(start)")) == [])
    }

    // MARK: 6. `--set` with an empty value, and only the root cause of a bad start or horizon.

    @Test func anEmptyOverrideValueIsAnError() {
        for text in ["actors.USA.leader.leak=", "economy.model=", "name= "] {
            let found = problems(validYAML, overrides: [ScenarioOverride(text)!])
            #expect(found.count == 1, "\(text)")
            #expect(found.first?.contains("empty value") == true, "\(text): \(found)")
            #expect(found.first?.hasPrefix("--set") == true)
        }
    }

    static let withDates = validYAML + """

    events:
      - { kind: election, name: Midterms, actor: USA, week: 20 }
      - { kind: election, name: Later, actor: CHN, date: 2025-05-01 }
    outputs:
      questions:
        - { id: q1, kind: talks, by: 2025-03-01 }
    war_started: 2024-12-01
    """

    @Test func aBadStartOrHorizonReportsOnlyTheRootCause() {
        #expect(problems(Self.withDates) == [])
        let badStart = problems(Self.withDates, overrides: [ScenarioOverride("start=2025-02-30")!])
        #expect(badStart == [#"--set start=2025-02-30: start: "2025-02-30" is not a valid date (YYYY-MM-DD)"#])
        let badWeeks = problems(Self.withDates, overrides: [ScenarioOverride("weeks=0")!])
        #expect(badWeeks == ["--set weeks=0: weeks: 0 is out of range [1, 520]"])
        // A real horizon problem is still found when the horizon itself is fine.
        #expect(problems(Self.withDates, overrides: [ScenarioOverride("weeks=10")!]).count == 2)
    }

    // MARK: 9. Every rejection located: bytes that are not UTF-8, control characters.

    @Test func bytesThatAreNotUTF8AreLocatedOnce() throws {
        var bytes = Array("schema_version: 1\nname: Tést\nstart: 20".utf8)
        let offset = bytes.count
        bytes += [0xFF, 0x0A]
        do {
            _ = try ScenarioLoader.text(of: Data(bytes), file: "bad.yaml")
            Issue.record("accepted bytes that are not UTF-8")
        } catch {
            #expect(error.issues.count == 1)
            let text = error.description
            #expect(text == "bad.yaml:3:10: not UTF-8 text (byte 0xFF at offset \(offset))")
            #expect(text.components(separatedBy: "bad.yaml").count == 2)  // the name once
        }
        #expect(try ScenarioLoader.text(of: Data("name: é\n".utf8), file: "ok.yaml") == "name: é\n")
    }

    @Test func aControlCharacterIsLocatedLikeEveryOtherProblem() {
        let yaml = replacing("name: Test", with: "name: Te\u{07}st")
        let found = problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("t.yaml:2:9: ") == true, "\(found)")
        #expect(found.first?.contains("YAML error: 9:16") == false)
    }

    // MARK: 10. Explicit tags are treated consistently; unknown tags are rejected.

    @Test func explicitTagsMeanWhatTheySay() {
        #expect(problems(replacing("weeks: 26", with: "weeks: '26'")) == [#"t.yaml:4:8: weeks: expected a whole number, got "26""#])
        #expect(problems(replacing("weeks: 26", with: "weeks: !!str 26")) == [#"t.yaml:4:8: weeks: expected a whole number, got "26""#])
        #expect(problems(replacing("weeks: 26", with: "weeks: !!int 26")) == [])
        #expect(problems(replacing("weeks: 26", with: "weeks: !!float 26")).count == 1)
        #expect(problems(replacing("name: Test", with: "name: !!str Test")) == [])
        #expect(problems(replacing("name: Test", with: "name: !money Test")) == ["t.yaml:2:7: name: unknown tag !money"])
        #expect(problems(replacing("name: Test", with: "name: !!binary VGVzdA==")) == ["t.yaml:2:7: name: unknown tag !!binary"])
        let taggedMap = problems(replacing("leader: { name: A }", with: "leader: !thing { name: A }"))
        #expect(taggedMap.count == 1 && taggedMap[0].contains("unknown tag !thing") && taggedMap[0].hasPrefix("t.yaml:8:13: "))
    }

    // MARK: 8. Limits on size, with a located error and bounded work.

    @Test func aFileOverTheSizeLimitIsRejectedBeforeParsing() {
        let big = Data(repeating: UInt8(ascii: "#"), count: ScenarioLimits.fileBytes + 1)
        #expect(throws: ScenarioError.self) { try ScenarioLoader.text(of: big, file: "big.yaml") }
        let ok = Data(repeating: UInt8(ascii: "#"), count: ScenarioLimits.fileBytes)
        #expect(throws: Never.self) { try ScenarioLoader.text(of: ok, file: "ok.yaml") }
    }

    @Test func aListOverTheLimitIsRejectedWhereItStarts() {
        let sources = (0...ScenarioLimits.listItems).map { "  - { title: s\($0) }" }.joined(separator: "\n")
        let found = problems(validYAML + "\nsources:\n" + sources)
        #expect(found == ["t.yaml:19:3: sources: 1001 elements; a list may have at most 1000"])
    }

    /// Decoding a map is quadratic in its size (Yams): 95 maps of 1000 entries took 55 s. An
    /// actor map holds at most a few actors; many such maps stay fast.
    @Test func bigActorMapsAreRefusedAndManySmallOnesStayFast() {
        let seventeen = (0...ScenarioLimits.actorMapEntries).map { "K\($0): 0.5" }.joined(separator: ", ")
        let found = problems(validYAML + "\nintermediaries:\n  - { id: m, name: M, access: { \(seventeen) } }\n")
        #expect(found == ["t.yaml:19:31: intermediaries[0].access: 17 entries; a mapping of actor ids may have at most 16"])
        let sixteen = (1..<ScenarioLimits.actorMapEntries).map { "K\($0): 0.5" }.joined(separator: ", ")
        let many = (0..<ScenarioLimits.listItems / 5).map { "  - { id: m\($0), name: M, access: { USA: 0.5, \(sixteen) } }" }.joined(separator: "\n")
        let clock = ContinuousClock()
        let started = clock.now
        let manyFound = problems(validYAML + "\nintermediaries:\n" + many + "\n")
        #expect(clock.now - started < .seconds(30))
        #expect(manyFound.count == ScenarioLimits.listItems / 5 * (ScenarioLimits.actorMapEntries - 1))  // each unknown key, located
    }

    @Test func aliasExpansionIsBounded() {
        // An actor with 1000 constituencies (one anchor, 999 aliases), then 999 aliases of the
        // actor: five million values once expanded, from a file of a few kilobytes.
        let constituencies = "      - &c { name: Everyone, capability: 1, salience: 1, stance: 50 }\n"
            + String(repeating: "      - *c\n", count: ScenarioLimits.listItems - 1)
        let yaml = """
        schema_version: 1
        name: Bomb
        start: 2025-01-06
        weeks: 26
        actors:
          - &a
            id: USA
            name: United States
            leader: { name: A }
            tariffs: { CHN: 20 }
            constituencies:

        """ + constituencies + String(repeating: "  - *a\n", count: ScenarioLimits.listItems - 1)
        #expect(yaml.utf8.count < 20_000)
        let clock = ContinuousClock()
        let started = clock.now
        let found = problems(yaml)
        #expect(clock.now - started < .seconds(30))
        #expect(found.contains { $0.contains("more than \(ScenarioLimits.values) values") }, "\(found.prefix(3))")
        #expect(found.allSatisfy { $0.hasPrefix("t.yaml:") && $0.split(separator: ":").count >= 4 })
    }

    @Test func theDocsStateTheValidatorsRealBounds() {
        let doc = SchemaMarkdown.document()
        #expect(!doc.contains("∞"))
        #expect(doc.contains("number [0, 1e9]"))
        #expect(doc.contains("1900-01-01"))
    }
}

@Suite struct OverrideParsingTests {
    /// ` =x` has no path: refused as a malformed --set (usage), not reported against an empty path.
    @Test func anOverrideWithoutAPathIsNotAnOverride() {
        #expect(ScenarioOverride(" =x") == nil)
        #expect(ScenarioOverride("=x") == nil)
        #expect(ScenarioOverride("a= ") != nil)
    }
}
