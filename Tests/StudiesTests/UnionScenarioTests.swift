import Diplomacy
import Foundation
import Randomness
import ScenarioFormat
import Studies
import Testing

/// An actor that is a union of states, under the general-equilibrium economy (docs/model.md §10.9).
@Suite struct UnionScenarioTests {
    static func yaml(members: String, region: String = "") -> String {
        """
        schema_version: 1
        name: United States and a European union of twelve (2006 flows)
        start: 2025-01-06
        weeks: 12
        economy: { model: ge, calibration: world30_2006 }
        actors:
          - id: USA
            name: United States
            leader: { name: A }
            tariffs: { EU: 25 }
            constituencies:
              - { name: Everyone, capability: 1, salience: 1, stance: 50 }
          - id: EU
            name: European Union
            \(region)members: \(members)
            leader: { name: B }
            tariffs: { USA: 25 }
            constituencies:
              - { name: Everyone, capability: 1, salience: 1, stance: 50 }
        """
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("union-\(UUID().uuidString).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aUnionActorRunsOnTheMergedWorldAndFeelsTheWar() throws {
        let path = try Self.write(Self.yaml(members: "[AUT, BEL, DEU, DNK, ESP, FIN, FRA, IRL, ITA, NLD, POL, SWE]"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let study = try RunStudy(source: try ScenarioSource.resolve(path), overrides: [], runs: 40, seed: Seed(1))
        let summary = try study.run(threads: 1)
        let first = summary.byWeek[0]
        #expect((first.welfareChangePct["EU"] ?? 0) < 0 && (first.welfareChangePct["USA"] ?? 0) < 0, "both lose at 25 % each way: \(first.welfareChangePct)")
    }

    @Test func badMembersAreReportedWithTheirPlace() throws {
        let path = try Self.write(Self.yaml(members: "[DEU, FRA, DEU, XYZ, USA]"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let messages: [String]
        do {
            _ = try PreparedScenario.load(try ScenarioSource.resolve(path))
            messages = []
        } catch {
            messages = "\(error)".split(separator: "\n").map(String.init)
        }
        #expect(messages.contains { $0.contains("actors[1].members[2]") && $0.contains("duplicate member \"DEU\"") }, "\(messages)")
        #expect(messages.contains { $0.contains("actors[1].members[3]") && $0.contains("\"XYZ\" is not in calibration world30_2006") })
        #expect(messages.contains { $0.contains("actors[1].members[4]") && $0.contains("also stands for actor USA") })
    }
}
